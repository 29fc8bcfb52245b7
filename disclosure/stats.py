"""Counts an official or a citizen can read: by status, grade, department; the release ratio."""
from __future__ import annotations

from sqlalchemy import func, select

from disclosure import db
from disclosure.instance import Instance


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
            "published_by_department": group(db.Document.department,
                                             db.Document.status == db.PUBLIC_STATUS),
            "release_ratio": released / total if total else 0.0,
            "failures": s.scalar(select(func.count()).select_from(db.IngestFailure)),
            "notifications": group(db.Notification.status),
            "questions": group(db.Question.status),
        }
