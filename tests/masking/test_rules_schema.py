"""A broken rule file must stop start-up (no silent fallback)."""
import shutil

import pytest

from masking import Layer1, RulesError
from rules import rules_dir


@pytest.fixture()
def rules_copy(tmp_path):
    dst = tmp_path / "rules"
    shutil.copytree(rules_dir(), dst, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return dst


def test_shipped_rules_load():
    Layer1.from_rules()


@pytest.mark.parametrize("content", [
    "kind: patterns\nrecognizers:\n  - name: X\n    entity: PHONE\n    patterns:\n      - {name: a, regex: '(unclosed', score: 0.5}\n",
    "kind: patterns\nrecognizers:\n  - name: X\n    entity: NOT_A_LABEL\n    patterns:\n      - {name: a, regex: 'x', score: 0.5}\n",
    "kind: patterns\nrecognizers:\n  - name: X\n    entity: PHONE\n    validators: [no_such_validator]\n    patterns:\n      - {name: a, regex: 'x', score: 0.5}\n",
    "kind: patterns\nrecognizers:\n  - name: X\n    entity: PHONE\n    patterns:\n      - {name: a, regex: 'x', score: 1.5}\n",
    "kind: nonsense\n",
    "recognizers: [\n",
])
def test_broken_recognizer_file_raises(rules_copy, content):
    (rules_copy / "recognizers" / "zz_broken.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(RulesError):
        Layer1.from_rules(rules_copy)


def test_default_masking_must_hide_everything(rules_copy):
    (rules_copy / "masking.yaml").write_text(
        "default: {type: keep_edges, keep_first: 1}\n", encoding="utf-8")
    with pytest.raises(RulesError):
        Layer1.from_rules(rules_copy)


def test_broken_exemptions_raise(rules_copy):
    (rules_copy / "exemptions.yaml").write_text("office_phone_prefixes: [abc]\n", encoding="utf-8")
    with pytest.raises(RulesError):
        Layer1.from_rules(rules_copy)
