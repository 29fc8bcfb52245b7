"""Counts an official or a citizen can read: by status, grade, department; the release ratio."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from disclosure import db
from disclosure.instance import Instance
from domain.dates import seoul_iso

RECENT_FAILURES = 20

# A failure is current until the same path or the same content is ingested (or found
# already ingested) later: disclosure.pipeline then sets ``resolved_at``.
_current = db.IngestFailure.resolved_at.is_(None)


def collect(inst: Instance) -> dict:
    with inst.Session() as s:
        def group(col, *where):
            q = select(col, func.count()).group_by(col)
            for w in where:
                q = q.where(w)
            return {k: v for k, v in s.execute(q)}

        by_status = group(db.Document.status)
        total = sum(by_status.values())
        released = by_status.get("published", 0)
        return {
            "documents": total,
            "paused": inst.paused,
            "by_status": by_status,
            "by_grade": group(db.Document.grade),
            "by_department": group(db.Document.department),
            "published_by_department": group(db.Document.department, db.public_documents()),
            "release_ratio": released / total if total else 0.0,
            "failures": s.scalar(select(func.count()).select_from(db.IngestFailure)
                                 .where(_current)),
            "failures_resolved": s.scalar(select(func.count()).select_from(db.IngestFailure)
                                          .where(~_current)),
            "recent_failures": [
                {"path": f.path, "reason": f.reason, "at": _seoul(f.at)}
                for f in s.scalars(select(db.IngestFailure).where(_current)
                                   .order_by(db.IngestFailure.id.desc()).limit(RECENT_FAILURES))],
            "notifications": group(db.Notification.status),
            "questions": group(db.Question.status),
        }


def _seoul(at: datetime) -> str:
    """A stored (naive UTC) time as Seoul time, e.g. 2026-03-02T09:00:00+09:00."""
    return seoul_iso(at)
