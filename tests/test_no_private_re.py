"""The project's modules use ``re`` through its public API only: CPython's regex parser
and constants (``re._parser``, ``re._constants``, the old ``sre_parse``/``sre_constants``)
are private and change between versions (issue 16)."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["masking", "disclosure", "classifiers", "web", "rules", "benchmarks", "scripts", "corpus_families"]
PRIVATE = re.compile(r"\bre\s*\.\s*_\w+|\bfrom\s+re\s+import\s+_|\bsre_(?:parse|constants|compile)\b|\b_sre\b")


def private_uses(text: str) -> list[str]:
    return [m.group() for m in PRIVATE.finditer(text)]


def test_the_check_finds_each_form():
    for line in ["from re import _parser as P", "import re._constants", "x = re._parser.parse(p)",
                 "import sre_parse", "from sre_constants import LITERAL", "import _sre"]:
        assert private_uses(line), line
    assert not private_uses("import re\nre.compile(p)\nre.escape(w)\nsre = 1")


def test_no_module_reaches_into_private_re():
    files = [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))]
    assert len(files) > 50
    found = {str(p.relative_to(ROOT)): private_uses(p.read_text(encoding="utf-8")) for p in files}
    assert {k: v for k, v in found.items() if v} == {}
