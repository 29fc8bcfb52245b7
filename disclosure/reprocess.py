"""Re-running the filter over released documents after the rules changed
(``disclosure reprocess``).

A document on (or about to go onto) the public side was masked and graded by the rules
of its day. When the rules change, each one is filtered again from the private text
and compared with what it carries now:

* the masks in force, as a set of ``(start, end, label)``;
* the filter's grade (the classifier's grade, not an official's override of it, so a
  reviewer's corrected grade is not mistaken for a rule change).

Reviewers' decisions are carried over where they still apply: a mask they rejected
stays rejected if the new rules find the same span again, a mask they accepted or
added stays in force even if the new rules no longer find it (the text has not
changed, so neither has the person's right to have it hidden). Only what the rules
themselves changed therefore counts as a change.

A changed document is taken off every public surface first (``unpublish`` to
``review``, with a reason saying what changed) and only then gets its new detections,
grade and masked text; a run killed in between leaves it in review, never public. A
filter error counts as a change (fail closed). Unchanged documents keep their status
and are stamped with the new rules version. Every document gets an audit event.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select

from disclosure import audit, db, public_fields
from disclosure.filter import run_filter
from disclosure.instance import Instance
from disclosure.publish import WithdrawalIncomplete, unpublish
from domain.types import Detection, DocumentMeta
from rules import rules_version

STATUSES = ("published", "publish_pending", "scheduled")
KEPT_DECISIONS = ("accepted", "added")


@dataclass
class Change:
    added: list[tuple[int, int, str]] = field(default_factory=list)      # new masks
    removed: list[tuple[int, int, str]] = field(default_factory=list)    # masks lifted
    grade: tuple[str, str] | None = None                                 # (old, new)
    errors: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.grade or self.errors)

    def describe(self, old_version: str, new_version: str) -> str:
        """One line for the review queue; labels and counts only, never the values."""
        def labels(spans):
            return ", ".join(f"{k} {v}" for k, v in sorted(Counter(s[2] for s in spans).items()))
        parts = []
        if self.added:
            parts.append(f"가림 추가 {len(self.added)}건({labels(self.added)})")
        if self.removed:
            parts.append(f"가림 제외 {len(self.removed)}건({labels(self.removed)})")
        if self.grade:
            parts.append(f"공개구분 {self.grade[0] or '-'}→{self.grade[1] or '-'}")
        if self.errors:
            parts.append("필터 오류: " + "; ".join(self.errors))
        return (f"규칙 변경 재처리(규칙 {old_version or '-'}→{new_version}): "
                + "; ".join(parts))


@dataclass
class Outcome:
    doc_id: str
    result: str                  # unchanged / changed / failed
    reason: str = ""


def merge_decisions(new: list[Detection], old_rows) -> list[db.DetectionRow]:
    """The new detections as rows, with reviewers' earlier decisions applied.

    * same (start, end, label) rejected before → stays rejected;
    * same span accepted before → stays accepted (the new detection's source/reason);
    * accepted or added before and no longer found → kept as it was;
    * everything else is a fresh ``auto`` detection.
    """
    old_by_key = {}
    for r in old_rows:
        old_by_key.setdefault((r.start, r.end, r.label), r)
    rows, seen = [], set()
    for d in new:
        key = (d.start, d.end, d.label)
        if key in seen:
            continue
        seen.add(key)
        old = old_by_key.get(key)
        if old is not None and old.status == "added":
            continue                                    # the reviewer's row is kept below
        status = old.status if old is not None and old.status in ("accepted", "rejected") else "auto"
        rows.append(db.DetectionRow(start=d.start, end=d.end, label=d.label, score=d.score,
                                    source=d.source, reason=d.reason, status=status))
    for key, old in old_by_key.items():
        if old.status in KEPT_DECISIONS and (old.status == "added" or key not in seen):
            rows.append(db.DetectionRow(start=old.start, end=old.end, label=old.label,
                                        score=old.score, source=old.source, reason=old.reason,
                                        status=old.status))
    return sorted(rows, key=lambda r: (r.start, r.end, r.label))


def masks(rows) -> set[tuple[int, int, str]]:
    return {(r.start, r.end, r.label) for r in rows if r.status != "rejected"}


def filter_grade(doc: db.Document) -> str:
    """The grade the filter gave last time (an official's later override is not a rule)."""
    return (doc.classification or {}).get("grade") or doc.grade or ""


def reprocess(inst: Instance, *, actor: str = audit.SYSTEM, dry_run: bool = False,
              statuses: tuple[str, ...] = STATUSES) -> list[Outcome]:
    inst.require()
    version = rules_version(inst.rules_dir)
    with inst.Session() as s:
        ids = list(s.scalars(select(db.Document.id).where(db.Document.status.in_(statuses))
                             .order_by(db.Document.id)))
    return [reprocess_one(inst, doc_id, version, actor=actor, dry_run=dry_run) for doc_id in ids]


def reprocess_one(inst: Instance, doc_id: str, version: str, *, actor: str,
                  dry_run: bool = False) -> Outcome:
    with inst.Session() as s:
        doc = s.get(db.Document, doc_id)
        old_version, old_rows = doc.rules_version, list(doc.detections)
        old_grade, meta = filter_grade(doc), DocumentMeta.from_dict(doc.meta)
        s.expunge_all()
    change, fr, rows = Change(), None, []
    try:
        original = inst.read_private_text(doc_id)
    except OSError as e:
        change.errors.append(f"원문을 읽을 수 없음: {e.strerror or e}")
    else:
        fr = run_filter(original, meta, inst.layer1, inst.classifier, inst.policy, screen=inst.screen)
        change.errors += fr.errors
        if fr.masked_text is None and not fr.errors:
            change.errors.append("가림 결과 없음")
        rows = merge_decisions(fr.detections, old_rows)
        before, after = masks(old_rows), masks(rows)
        change.added, change.removed = sorted(after - before), sorted(before - after)
        new_grade = fr.classification.grade if fr.classification else ""
        if new_grade != old_grade:
            change.grade = (old_grade, new_grade)
    if dry_run:
        return Outcome(doc_id, "changed" if change else "unchanged",
                       change.describe(old_version, version) if change else "")
    if not change:
        with inst.Session.begin() as s:
            doc = s.get(db.Document, doc_id)
            doc.rules_version = version
            audit.record(s, actor, "reprocess", doc_id, before={"rules_version": old_version},
                         after={"rules_version": version}, comment="변경 없음")
        return Outcome(doc_id, "unchanged")
    reason = change.describe(old_version, version)
    try:
        unpublish(inst, doc_id, actor=actor, reason=reason, to_status="review")
    except WithdrawalIncomplete:
        pass    # off every public surface already; the next reconcile removes the copies
    if fr is None or fr.masked_text is None:
        return Outcome(doc_id, "failed", reason)  # off the public side; nothing else to store
    with inst.Session.begin() as s:
        doc = s.get(db.Document, doc_id)
        before = audit.snapshot(doc) | {"rules_version": old_version, "masks": len(masks(old_rows))}
        doc.detections = rows
        in_force = [Detection(r.start, r.end, r.label, r.score, r.source, r.reason)
                    for r in rows if r.status != "rejected"]
        doc.masked_text = inst.layer1.mask(original, in_force).text
        if fr.fields is not None:
            public_fields.apply(doc, fr.fields)
        if fr.classification is not None:
            cls = fr.classification
            doc.classification, doc.confidence = cls.to_dict(), cls.confidence
            if change.grade:
                doc.grade, doc.grounds = cls.grade, list(cls.grounds)
        doc.rules_version = version
        audit.record(s, actor, "reprocess", doc_id,
                     before=before, after=audit.snapshot(doc) | {
                         "rules_version": version, "masks": len(masks(rows)),
                         "added": [list(a) for a in change.added],
                         "removed": [list(r) for r in change.removed]},
                     comment=reason)
    return Outcome(doc_id, "changed", reason)
