"""The rule files read with PyYAML's C parser (``rules.load_yaml``) are exactly what the
plain ``yaml.safe_load`` reads: the faster reader must not change a single rule."""
from pathlib import Path

import pytest
import yaml

from rules import RULES_DIR, load_yaml

FILES = sorted(Path(RULES_DIR).rglob("*.yaml"))


def test_there_are_rule_files():
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_fast_reader_reads_what_the_plain_one_reads(path):
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_bad_yaml_is_still_an_error():
    with pytest.raises(yaml.YAMLError):
        load_yaml("a: [1, 2\nb: c")
