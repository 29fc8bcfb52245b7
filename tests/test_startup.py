"""Start fast: `disclosure --help` loads no database layer and no model, and
`disclosure stats` on a real instance loads no model (spaCy, Kiwi, Presidio, the
filter layers) and no PDF library. Checked on the modules a fresh interpreter
imported (`python -X importtime`), not on a clock: this machine's speed wanders."""
from __future__ import annotations

import subprocess
import sys

import pytest

from disclosure.instance import Instance

MODELS = ("spacy", "kiwipiepy", "presidio_analyzer", "thinc", "masking", "classifiers")
PDF = ("pdfplumber", "pdfminer", "pypdfium2", "pypdf", "reportlab")


def imported(*args: str) -> set[str]:
    """Top-level names of every module `disclosure ARGS` imports, in a new interpreter."""
    code = f"import sys; from disclosure.cli import cli; cli({list(args)!r})"
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", code],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    names = set()
    for line in run.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":
                names.add(name.split(".")[0])
    assert "click" in names, "no import was seen: -X importtime gave nothing"
    return names


def test_help_loads_no_database_layer_nor_model():
    names = imported("--help")
    assert not names & {"sqlalchemy", "whoosh", *MODELS, *PDF}, sorted(names)


@pytest.mark.parametrize("args", [["stats"], ["stats", "--json"]])
def test_stats_loads_no_model_nor_pdf_library(tmp_path, args):
    inst = Instance(tmp_path / "instance")
    inst.init()
    names = imported("--instance", str(inst.path), *args)
    assert "sqlalchemy" in names                       # it did read the database
    assert not names & {*MODELS, *PDF}, sorted(names & {*MODELS, *PDF})


def test_scan_loads_no_database_layer_nor_pdf_library(tmp_path):
    # `scan` reads JSONL and writes JSONL: the instance (and SQLAlchemy with it) is
    # never made, so the filter's first document is not kept waiting for it
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "민원인 홍길동 010-1234-5678"}\n', encoding="utf-8")
    names = imported("scan", str(src), str(tmp_path / "out.jsonl"))
    assert "masking" in names
    assert not names & {"sqlalchemy", "whoosh", *PDF}, sorted(names & {"sqlalchemy", "whoosh", *PDF})
