"""Append-only audit trail: every action on a document, by whom, before and after, and why."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from disclosure.db import Event

SYSTEM = "system"


def record(session: Session, actor: str, action: str, document_id: str | None = None, *,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
           comment: str = "") -> Event:
    ev = Event(actor=actor or SYSTEM, action=action, document_id=document_id,
               before=before or {}, after=after or {}, comment=comment or "")
    session.add(ev)
    return ev


def snapshot(doc) -> dict[str, Any]:
    """The parts of a document's state an auditor compares before and after an action."""
    return {"status": doc.status, "decision": doc.decision, "grade": doc.grade,
            "grounds": list(doc.grounds or []), "release_date": doc.release_date or ""}
