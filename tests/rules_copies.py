"""Copies of the shipped rules with one setting changed, for tests that need an instance
configured otherwise (a plain module: ``from conftest import`` would find tests/web's)."""
from __future__ import annotations

from pathlib import Path


def rules_publishing_personal_info(folder: Path) -> Path:
    """A copy of the shipped rules in ``folder`` whose policy publishes Korean documents
    with personal information by themselves (rules/policy.yaml
    review_languages_with_personal_info: [en]), as an instance that has measured its own
    filter may: for the tests of what happens to a masked document once it is published."""
    import shutil

    from rules import rules_dir

    rules = Path(folder) / "rules"
    shutil.copytree(rules_dir(), rules)
    policy = rules / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    assert "review_languages_with_personal_info: [ko, en]" in text
    policy.write_text(text.replace("review_languages_with_personal_info: [ko, en]",
                                   "review_languages_with_personal_info: [en]"), encoding="utf-8")
    return rules
