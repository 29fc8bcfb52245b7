"""``disclosure reprocess``: after a rules change, a released document whose masks or
grade would change leaves the public side at once; reviewers' decisions survive;
unchanged documents stay as they are with the new rules version.

The layers are small real stand-ins (regex layer 1, fixed-grade classifier) so a "rules
change" is simply switching what they find.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from disclosure import db
from disclosure.instance import Instance, atomic_write
from disclosure.publish import publish
from disclosure.reprocess import merge_decisions, reprocess
from domain.types import Classification, Detection
from rules import rules_version

NAME, PHONE, MAIL = "홍길동", "010-5555-0101", "hong@example.com"
TEXT = f"민원 회신\n민원인 {NAME} (연락처 {PHONE}, 전자우편 {MAIL}) 께 회신함.\n담당 주무관 김담당"
PATTERNS = {"PHONE": r"010-\d{4}-\d{4}", "EMAIL": r"[\w.]+@[\w.]+\.com", "PERSON": NAME}


@dataclass
class Masked:
    text: str


class RegexLayer1:
    """Finds the labels it is told to; ``fail`` makes it raise like a broken rule file."""

    def __init__(self, labels=("PHONE", "PERSON"), fail=False):
        self.labels, self.fail = labels, fail

    def detect(self, text, meta=None):
        if self.fail:
            raise RuntimeError("broken recognizer")
        return [Detection(m.start(), m.end(), label, 0.9, f"test:{label}", "test")
                for label in self.labels for m in re.finditer(PATTERNS[label], text)]

    def mask(self, text, dets):
        chars = list(text)
        for d in dets:
            chars[d.start:d.end] = "*" * (d.end - d.start)
        return Masked("".join(chars))


class FixedClassifier:
    def __init__(self, grade="partial", grounds=(6,)):
        self.grade, self.grounds = grade, list(grounds)

    def classify(self, text, meta, detections):
        return Classification(self.grade, self.grounds if self.grade != "public" else [], 0.95)


@pytest.fixture
def inst(instance):
    instance.layer1, instance.classifier = RegexLayer1(), FixedClassifier()
    return instance


def make_published(inst: Instance, doc_id: str, *, statuses=None, grade="partial",
                   extra_rows=(), status="published") -> str:
    """A document released under the "old rules": what the current fakes find, masked."""
    atomic_write(inst.private_text_path(doc_id), TEXT.encode())
    dets = inst.layer1.detect(TEXT)
    rows = [db.DetectionRow(**d.to_dict(), status=(statuses or {}).get(d.label, "auto"))
            for d in dets] + list(extra_rows)
    in_force = [Detection(r.start, r.end, r.label, r.score, r.source, r.reason)
                for r in rows if r.status != "rejected"]
    with inst.Session.begin() as s:
        doc = db.Document(
            id=doc_id, content_hash=hashlib.sha256(doc_id.encode()).hexdigest(),
            filename=f"{doc_id}.txt", format="txt", title="민원 회신", department="민원과",
            approver_rank="과장", meta={"id": doc_id, "approver_rank": "과장"},
            status="publish_pending" if status == "published" else status, decision="publish",
            reasons=["ok"], grade=grade, grounds=[6] if grade != "public" else [],
            classification={"grade": "partial", "grounds": [6]},
            masked_text=inst.layer1.mask(TEXT, in_force).text, rules_version="old-rules")
        doc.detections = rows
        s.add(doc)
    if status == "published":
        assert publish(inst, doc_id)
    return doc_id


def doc(inst, doc_id):
    with inst.Session() as s:
        d = s.get(db.Document, doc_id)
        _ = d.detections
        return d


def events(inst, doc_id):
    with inst.Session() as s:
        return list(s.scalars(select(db.Event).where(db.Event.document_id == doc_id)
                              .order_by(db.Event.id)))


def test_unchanged_document_stays_published_with_new_rules_version(inst):
    make_published(inst, "same-1")
    [out] = reprocess(inst, actor="ops")
    assert out.result == "unchanged"
    d = doc(inst, "same-1")
    assert d.status == "published" and d.rules_version == rules_version(inst.rules_dir)
    assert (inst.public_doc_dir("same-1") / "document.txt").exists()
    ev = events(inst, "same-1")[-1]
    assert (ev.action, ev.actor, ev.before, ev.after["rules_version"]) == (
        "reprocess", "ops", {"rules_version": "old-rules"}, d.rules_version)


def test_new_mask_takes_document_down_with_reason_and_new_detections(inst):
    make_published(inst, "mail-1")
    assert inst.search.search("민원").total == 1
    inst.layer1 = RegexLayer1(("PHONE", "PERSON", "EMAIL"))          # the rules now find e-mails
    [out] = reprocess(inst, actor="ops")
    assert out.result == "changed"
    d = doc(inst, "mail-1")
    assert d.status == "review" and d.published_at is None
    assert d.reasons[0].startswith("규칙 변경 재처리") and "가림 추가 1건(EMAIL 1)" in d.reasons[0]
    assert MAIL not in d.reasons[0]                                  # the reason names no value
    assert not inst.public_doc_dir("mail-1").exists() and inst.search.search("민원").total == 0
    assert sorted(r.label for r in d.detections) == ["EMAIL", "PERSON", "PHONE"]
    assert MAIL not in d.masked_text and PHONE not in d.masked_text
    assert d.rules_version == rules_version(inst.rules_dir)
    assert [e.action for e in events(inst, "mail-1")][-3:] == [
        "withdraw", "withdraw_complete", "reprocess"]
    assert events(inst, "mail-1")[-1].after["added"] == [[TEXT.index(MAIL), TEXT.index(MAIL) + len(MAIL), "EMAIL"]]


def test_lifted_mask_is_a_change_too(inst):
    make_published(inst, "lift-1")
    inst.layer1 = RegexLayer1(("PHONE",))                            # PERSON no longer found
    [out] = reprocess(inst)
    assert out.result == "changed" and "가림 제외 1건(PERSON 1)" in out.reason
    d = doc(inst, "lift-1")
    assert d.status == "review" and NAME in d.masked_text


def test_reviewers_decisions_survive_and_do_not_count_as_changes(inst):
    start = TEXT.index("김담당")
    added = db.DetectionRow(start=start, end=start + 3, label="PERSON", score=1.0,
                            source="reviewer:rev", reason="담당자 지정", status="added")
    make_published(inst, "kept-1", statuses={"PERSON": "rejected", "PHONE": "accepted"},
                   extra_rows=[added])
    assert NAME in doc(inst, "kept-1").masked_text                    # the lifted mask
    [out] = reprocess(inst)
    assert out.result == "unchanged", out.reason
    assert doc(inst, "kept-1").status == "published"
    # the rules stop finding the phone number the reviewer confirmed: it stays masked
    inst.layer1 = RegexLayer1(("PERSON", "EMAIL"))
    [out] = reprocess(inst)
    assert out.result == "changed" and "PHONE" not in out.reason and "EMAIL 1" in out.reason
    by_label = {r.label: r.status for r in doc(inst, "kept-1").detections if r.source != "reviewer:rev"}
    assert by_label == {"PERSON": "rejected", "PHONE": "accepted", "EMAIL": "auto"}
    d = doc(inst, "kept-1")
    assert [r.status for r in d.detections if r.source == "reviewer:rev"] == ["added"]
    assert NAME in d.masked_text and PHONE not in d.masked_text and "김담당" not in d.masked_text


def test_grade_change_takes_document_down_but_a_reviewer_override_is_not_one(inst):
    make_published(inst, "grade-1")
    make_published(inst, "override-1", grade="public")   # a reviewer made the partial public
    inst.classifier = FixedClassifier("nonpublic", [5])
    outs = {o.doc_id: o for o in reprocess(inst)}
    assert outs["grade-1"].result == "changed" and "공개구분 partial→nonpublic" in outs["grade-1"].reason
    d = doc(inst, "grade-1")
    assert (d.status, d.grade, d.grounds) == ("review", "nonpublic", [5])
    # back to the old opinion: the reviewer's public grade on override-1 was never a rule change
    inst.classifier = FixedClassifier("partial", [6])
    make_published(inst, "override-2", grade="public")
    outs = {o.doc_id: o for o in reprocess(inst)}
    assert outs["override-2"].result == "unchanged"
    assert doc(inst, "override-2").grade == "public"


def test_broken_filter_fails_closed(inst):
    make_published(inst, "err-1")
    inst.layer1 = RegexLayer1(fail=True)
    [out] = reprocess(inst)
    assert out.result == "failed" and "필터 오류" in out.reason
    d = doc(inst, "err-1")
    assert d.status == "review" and not inst.public_doc_dir("err-1").exists()
    assert len(d.detections) == 2                                   # nothing replaced blindly


def test_pending_documents_are_covered_and_dry_run_changes_nothing(inst):
    make_published(inst, "pend-1", status="publish_pending")
    make_published(inst, "rev-1", status="review")                  # not on its way out: skipped
    inst.layer1 = RegexLayer1(("PHONE", "PERSON", "EMAIL"))
    outs = reprocess(inst, dry_run=True)
    assert [(o.doc_id, o.result) for o in outs] == [("pend-1", "changed")]
    assert doc(inst, "pend-1").status == "publish_pending" and doc(inst, "pend-1").rules_version == "old-rules"
    assert events(inst, "pend-1") == []
    reprocess(inst)
    assert doc(inst, "pend-1").status == "review"


def test_merge_keeps_one_row_per_span():
    old = [db.DetectionRow(start=0, end=3, label="PERSON", score=1, source="reviewer:x",
                           reason="", status="added")]
    new = [Detection(0, 3, "PERSON", 0.9, "rule", ""), Detection(0, 3, "PERSON", 0.8, "ner", "")]
    rows = merge_decisions(new, old)
    assert [(r.start, r.end, r.status, r.source) for r in rows] == [(0, 3, "added", "reviewer:x")]


def test_cli_reprocess(inst, monkeypatch):
    from disclosure.cli import cli

    make_published(inst, "cli-1")
    make_published(inst, "cli-2")
    monkeypatch.setattr(Instance, "layer1", property(lambda self: RegexLayer1(("PHONE",))))
    monkeypatch.setattr(Instance, "classifier", property(lambda self: FixedClassifier()))
    result = CliRunner().invoke(cli, ["--instance", str(inst.path), "reprocess", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "2 would be taken down" in result.output and "가림 제외 1건(PERSON 1)" in result.output
    assert doc(inst, "cli-1").status == "published"
    result = CliRunner().invoke(cli, ["--instance", str(inst.path), "reprocess"])
    assert "0 unchanged, 2 taken down for review" in result.output
    assert doc(inst, "cli-1").status == "review" and doc(inst, "cli-2").status == "review"
