"""Releasing scheduled documents whose date has come (``disclosure release-due``).

A document is ``scheduled`` for one of two reasons, and its date means different
things:

* an official chose "public, on <date>" (grade public/partial, decision ``publish``):
  on the date it is published through :func:`disclosure.publish.publish`, which
  verifies the masked text once more and sends it to review if anything is readable;
* the filter withheld it under Art. 9(1)5 until a decision is made (grade
  ``nonpublic``): on the date it is re-examined, as open.go.kr does — the filter runs
  again on the private text with item 5 lapsed (and a drafter's marking made only for
  item 5 lapsed with it). If the decision table then says publish, it is published
  through the same verifying :func:`publish`; if other grounds remain it stays
  withheld; anything uncertain goes to the review queue.

While automatic publishing is paused nothing is released (fail closed); the run
reports how many documents are waiting.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from disclosure import audit, db
from disclosure.filter import run_filter
from disclosure.instance import Instance
from disclosure.publish import publish
from domain import lifecycle
from domain.lifecycle import PUBLIC_GRADES, Status
from domain.types import DocumentMeta
from rules import rules_version



@dataclass
class ReleaseOutcome:
    doc_id: str
    result: str          # published / review / paused


def due_ids(inst: Instance, today: date) -> list[str]:
    with inst.Session() as s:
        return list(s.scalars(select(db.Document.id).where(
            db.Document.status == "scheduled", db.Document.release_date != "",
            db.Document.release_date <= today.isoformat()).order_by(db.Document.release_date,
                                                                    db.Document.id)))


def release_due(inst: Instance, *, today: date | None = None,
                actor: str = audit.SYSTEM) -> list[ReleaseOutcome]:
    today = today or date.today()
    ids = due_ids(inst, today)
    if inst.paused:
        return [ReleaseOutcome(i, "paused") for i in ids]
    return [_release_one(inst, doc_id, actor) for doc_id in ids]


def _release_one(inst: Instance, doc_id: str, actor: str) -> ReleaseOutcome:
    with inst.Session.begin() as s:
        doc = s.get(db.Document, doc_id)
        before = audit.snapshot(doc)
        if doc.grade in PUBLIC_GRADES and doc.decision == "publish":
            lifecycle.move(doc, Status.PUBLISH_PENDING)
            audit.record(s, actor, "release", doc_id, before=before, after=audit.snapshot(doc),
                         comment=f"공개 예정일 {doc.release_date} 도래")
        else:
            result = _reexamine(inst, s, doc, actor, before)
            if result != "publish_pending":
                return ReleaseOutcome(doc_id, result)
    try:
        ok = publish(inst, doc_id, actor=actor, comment="공개 예정일 도래")
    except ValueError:       # graded nonpublic meanwhile: publish() refuses
        ok = False
        _to_review(inst, doc_id, actor)
    return ReleaseOutcome(doc_id, "published" if ok else "review")


def _to_review(inst: Instance, doc_id: str, actor: str) -> None:
    with inst.Session.begin() as s:
        doc = s.get(db.Document, doc_id)
        before = audit.snapshot(doc)
        lifecycle.move(doc, Status.REVIEW, decision="review")
        audit.record(s, actor, "release_review", doc_id, before=before,
                     after=audit.snapshot(doc), comment="공개 예정일 도래, 공개 불가 등급")


class _Item5Lapsed:
    """Layer 2 as it is, except that a decision in progress (item 5) has ended."""

    def __init__(self, inner):
        self.inner = inner

    def classify(self, text, meta, detections):
        c = self.inner.classify(text, meta, detections)
        if c.grade == "nonpublic" and set(c.grounds) - {6} <= {5}:
            personal = bool(detections)
            c = replace(c, grade="partial" if personal else "public",
                        grounds=[6] if personal else [], release_date="",
                        reasons=list(c.reasons) + ["item 5 lapsed: the release date has passed"])
        return c


def _reexamine(inst: Instance, s, doc: db.Document, actor: str, before: dict) -> str:
    """Run the filter again with item 5 lapsed and store the result on ``doc``.

    Returns the new status (``publish_pending`` when the caller should publish)."""
    from disclosure.pipeline import apply_result

    meta = DocumentMeta.from_dict(doc.meta)
    if meta.marked_grade == "nonpublic" and set(meta.marked_grounds) - {6} <= {5}:
        meta.marked_grade = ""      # the drafter's marking was for the decision in progress
    fr = run_filter(inst.read_private_text(doc.id), meta, inst.layer1,
                    _Item5Lapsed(inst.classifier), inst.policy, paused=inst.paused, screen=inst.screen)
    head = f"공개 예정일 {doc.release_date} 도래: 재검토"
    apply_result(doc, fr, rules_version(inst.rules_dir))
    if doc.status == Status.SCHEDULED:      # the text names a later decision date
        lifecycle.move(doc, Status.REVIEW)
    doc.reasons = [head] + list(doc.reasons or [])
    audit.record(s, actor, "reexamine", doc.id, before=before, after=audit.snapshot(doc),
                 comment="; ".join(doc.reasons)[:2000])
    return {"publish_pending": "publish_pending", "withheld": "withheld"}.get(doc.status, "review")
