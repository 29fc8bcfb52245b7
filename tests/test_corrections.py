"""``disclosure corrections export``: what officials decided, as guideline-form JSONL
with the unmasked text, for reviewed documents only, in a private file."""
from __future__ import annotations

import hashlib
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from disclosure import audit, db
from disclosure.corrections import export_corrections
from disclosure.instance import atomic_write

NAME, PHONE, OFFICIAL = "홍길동", "010-5555-0101", "김담당"
TEXT = f"민원 회신\n민원인 {NAME} (연락처 {PHONE}) 께 회신함.\n담당 주무관 {OFFICIAL}\n주소 마포구 월드컵로 212"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "pii_score.py"


def span(value, label, status="auto", source="rule"):
    start = TEXT.index(value)
    return db.DetectionRow(start=start, end=start + len(value), label=label, score=0.9,
                           source=source, reason="", status=status)


def make(inst, doc_id, rows, *, status="published", grade="partial", grounds=(6,),
         events=(), classification=None):
    atomic_write(inst.private_text_path(doc_id), TEXT.encode())
    with inst.Session.begin() as s:
        doc = db.Document(
            id=doc_id, content_hash=hashlib.sha256(doc_id.encode()).hexdigest(),
            filename="x.txt", format="txt", title="민원 회신", department="민원과",
            approver_rank="과장", approved_at="2026-03-02", lang="ko",
            meta={"drafter": "이기안", "approver": "박결재"}, status=status, decision="publish",
            reasons=[], grade=grade, grounds=list(grounds),
            classification=classification or {"grade": "public", "grounds": []},
            masked_text="(masked)")
        doc.detections = rows
        s.add(doc)
        for actor, action in events:
            audit.record(s, actor, action, doc_id)
    return doc_id


def read(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def reviewed(instance):
    """One document an official corrected in every way, and documents they did not."""
    address = "마포구 월드컵로 212"
    make(instance, "fixed-1",
         [span(NAME, "PERSON"), span(PHONE, "PHONE", "accepted"),
          span(OFFICIAL, "PERSON", "rejected"), span(address, "ADDRESS", "added", "reviewer:rev_a"),
          span("월드컵로", "ADDRESS")],                                 # overlapped by the added one
         events=[("system", "ingest"), ("rev_a", "detection_reject"), ("rev_a", "detection_add"),
                 ("rev_b", "grade_change"), ("rev_a", "publish")])
    make(instance, "auto-1", [span(PHONE, "PHONE")], events=[("system", "ingest"),
                                                             ("system", "publish")])
    make(instance, "open-1", [span(PHONE, "PHONE", "accepted")], status="review",
         events=[("rev_a", "detection_accept")])
    make(instance, "taken-1", [span(PHONE, "PHONE")], events=[("rev_a", "withdraw")],
         status="review")
    return instance


def test_export_has_guideline_form_with_officials_decisions(reviewed, tmp_path):
    out = tmp_path / "corr.jsonl"
    summary = export_corrections(reviewed, out)
    [rec] = read(out)
    assert (summary.documents, summary.skipped_open) == (1, 1)
    assert rec["id"] == "fixed-1" and rec["text"] == TEXT                # unmasked on purpose
    for e in rec["entities"] + rec["rejected"]:
        assert TEXT[e["start"]:e["end"]] == e["text"]
    assert [(e["text"], e["label"]) for e in rec["entities"]] == [
        (NAME, "PERSON"), (PHONE, "PHONE"), ("마포구 월드컵로 212", "ADDRESS")]
    assert [(e["text"], e["label"]) for e in rec["rejected"]] == [(OFFICIAL, "PERSON")]
    assert (rec["grade"], rec["grounds"]) == ("partial", [6])
    assert rec["review"]["filter_grade"] == "public"                     # the grade was corrected
    assert rec["review"]["reviewers"] == ["rev_a", "rev_b"]
    assert rec["review"]["counts"] == {"auto": 2, "accepted": 1, "added": 1, "rejected": 1}
    assert (rec["approver_rank"], rec["drafter"], rec["lang"]) == ("과장", "이기안", "ko")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600                     # a private file


def test_include_open_adds_documents_still_in_review(reviewed, tmp_path):
    out = tmp_path / "corr.jsonl"
    export_corrections(reviewed, out, include_open=True)
    assert [r["id"] for r in read(out)] == ["fixed-1", "open-1"]          # never auto-1 / taken-1


def test_export_is_readable_by_the_corpus_scorer(reviewed, tmp_path):
    if not SCORER.exists():
        pytest.skip(f"{SCORER} is not beside the repository")
    out = tmp_path / "corr.jsonl"
    export_corrections(reviewed, out)
    result = subprocess.run([sys.executable, str(SCORER), str(out), str(out), "--json"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert NAME not in result.stdout                                     # scores, not text


def test_cli_export_says_the_file_is_private(reviewed, tmp_path):
    from disclosure.cli import cli

    out = tmp_path / "c.jsonl"
    help_text = CliRunner().invoke(cli, ["corrections", "export", "--help"]).output
    assert "PRIVATE" in help_text and "UNMASKED" in help_text
    result = CliRunner().invoke(cli, ["--instance", str(reviewed.path), "corrections", "export", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 1 reviewed document" in result.output and "PRIVATE" in result.output
    assert [r["id"] for r in read(out)] == ["fixed-1"]


def test_an_export_is_what_train_corrections_reads(reviewed, tmp_path):
    """The export round-trips through the validator ``disclosure train --corrections`` uses."""
    from disclosure.corrections import load_corrections

    out = tmp_path / "corr.jsonl"
    export_corrections(reviewed, out, include_open=True)
    recs = load_corrections([out])
    assert [r["id"] for r in recs] == ["fixed-1", "open-1"]
    fixed = recs[0]
    assert [(e["text"], e["label"]) for e in fixed["entities"]] == [
        (NAME, "PERSON"), (PHONE, "PHONE"), ("마포구 월드컵로 212", "ADDRESS")]
    assert [e["text"] for e in fixed["rejected"]] == [OFFICIAL]      # never a training entity
    assert (fixed["grade"], fixed["grounds"]) == ("partial", [6])
