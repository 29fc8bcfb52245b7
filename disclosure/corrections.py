"""Officials' corrections as labelled data (``disclosure corrections export``).

Every decision an official makes in the review workspace is a label the filter got
wrong or right: a mask kept, added or lifted, a grade or its grounds corrected. This
module writes them in the annotated-corpus form of ``shared/corpus/GUIDELINE.md``
(``id, text, entities[{start, end, label, text}], grade, grounds`` plus the approval
metadata) so the layers can be retrained and measured on them.

The file holds the **unmasked** original text and is therefore private: it is written
with owner-only permissions and must never be put on a public surface.

Which documents: only those an official reviewed (an audit event by a person, not by
the system, for a reviewing action) and whose review is finished (not back in the
queue), unless ``include_open`` asks for the ones still being worked on too.
Entities are the masks in force after review (auto detections the official let stand,
accepted, added); the masks the official lifted are listed under ``rejected`` as
negative examples, so over-masking can be learned too.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from disclosure import audit, db
from disclosure.instance import Instance

# Actions in which an official looks at a document's masks or grade and decides.
REVIEW_ACTIONS = ("detection_accept", "detection_reject", "detection_add", "grade_change",
                  "remask", "publish", "withhold", "schedule")
OPEN_STATUSES = ("review", "publish_pending")
META_KEYS = ("title", "department", "doc_type", "approved_at", "approver_rank", "lang")
PRIORITY = {"added": 0, "accepted": 1, "auto": 2}


@dataclass
class ExportSummary:
    documents: int = 0
    entities: int = 0
    rejected: int = 0
    skipped_open: int = 0
    skipped_unreadable: int = 0


def reviewed_documents(s) -> dict[str, list[db.Event]]:
    """Document id → the officials' reviewing events on it, oldest first."""
    events = s.scalars(select(db.Event).where(
        db.Event.action.in_(REVIEW_ACTIONS), db.Event.actor != audit.SYSTEM,
        db.Event.document_id.is_not(None)).order_by(db.Event.at, db.Event.id))
    out: dict[str, list[db.Event]] = {}
    for e in events:
        out.setdefault(e.document_id, []).append(e)
    return out


def entities(original: str, rows) -> list[dict]:
    """Masks in force, as non-overlapping guideline entities.

    Where two overlap (an official's added mask over an auto detection of another
    extent), the official's decision wins, then the longer span."""
    chosen: list = []
    ranked = sorted((r for r in rows if r.status != "rejected"),
                    key=lambda r: (PRIORITY.get(r.status, 3), -(r.end - r.start), r.start))
    for r in ranked:
        if 0 <= r.start < r.end <= len(original) and \
                all(r.end <= c.start or r.start >= c.end for c in chosen):
            chosen.append(r)
    return [_entity(original, r) for r in sorted(chosen, key=lambda r: (r.start, r.end))]


def _entity(original: str, r) -> dict:
    return {"start": r.start, "end": r.end, "label": r.label, "text": original[r.start:r.end]}


def record(doc: db.Document, original: str, events: list[db.Event]) -> dict:
    """One guideline-form line for a reviewed document."""
    meta = doc.meta or {}
    rec = {"id": doc.id, **{k: getattr(doc, k) or "" for k in META_KEYS},
           "drafter": meta.get("drafter", ""), "approver": meta.get("approver", ""),
           "text": original, "entities": entities(original, doc.detections),
           "grade": doc.grade, "grounds": sorted(int(g) for g in (doc.grounds or []))}
    rec["rejected"] = [_entity(original, r) for r in doc.detections
                       if r.status == "rejected" and 0 <= r.start < r.end <= len(original)]
    rec["review"] = {
        "status": doc.status,
        "reviewers": sorted({e.actor for e in events}),
        "actions": sorted({e.action for e in events}),
        "last_at": events[-1].at.isoformat(timespec="seconds"),
        "filter_grade": (doc.classification or {}).get("grade", ""),
        "filter_grounds": (doc.classification or {}).get("grounds", []),
        "counts": {k: sum(r.status == k for r in doc.detections)
                   for k in ("auto", "accepted", "added", "rejected")},
        "rules_version": doc.rules_version,
    }
    return rec


def export_corrections(inst: Instance, out: Path, *, include_open: bool = False) -> ExportSummary:
    """Write the reviewed documents to ``out`` (JSONL, owner-only, atomically)."""
    inst.require()
    out = Path(out)
    summary = ExportSummary()
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f, inst.Session() as s:
            for doc_id, events in sorted(reviewed_documents(s).items()):
                doc = s.get(db.Document, doc_id)
                if doc is None:
                    continue
                if doc.status in OPEN_STATUSES and not include_open:
                    summary.skipped_open += 1
                    continue
                try:
                    original = inst.read_private_text(doc_id)
                except OSError:
                    summary.skipped_unreadable += 1
                    continue
                rec = record(doc, original, events)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                summary.documents += 1
                summary.entities += len(rec["entities"])
                summary.rejected += len(rec["rejected"])
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.chmod(out, 0o600)
    return summary
