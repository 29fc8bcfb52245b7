"""Citizens' questions about published documents: asked, assigned, answered.

Each function is one unit of work and commits it. The messages that go with each step
(to the department, to the citizen) are composed by the front end, which knows the
addresses and links, and handed in as ``announce(session, question)``: the question is
committed first, so a failing message never loses it, and a message that cannot be
queued is logged and rolled back alone.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from disclosure import audit, db
from domain.limits import CONTACT_RETENTION_DAYS

log = logging.getLogger(__name__)

Announce = Callable[[Session, db.Question], None]


def _announce(s: Session, q: db.Question, announce: Announce | None) -> None:
    if announce is None:
        return
    try:
        announce(s, q)
        s.commit()
    except Exception:
        s.rollback()
        log.exception("could not queue the messages about question %s", q.tracking)


def ask(s: Session, doc: db.Document, *, tracking: str, body: str, body_masked: str, name: str,
        email: str, phone: str, consent: bool, announce: Announce | None = None) -> db.Question:
    q = db.Question(tracking=tracking, document_id=doc.id, body=body, body_masked=body_masked,
                    name=name, email=email, phone=phone, consent=consent)
    s.add(q)
    s.commit()                              # the question is safe from here on
    _announce(s, q, announce)
    return q


def assign(s: Session, q: db.Question, actor: str) -> bool:
    """The official takes the question on. False if it was already taken."""
    if q.status != "received":
        return False
    q.status, q.answered_by = "assigned", actor
    audit.record(s, actor, "question_assign", q.document_id,
                 before={"question": q.tracking, "status": "received"},
                 after={"question": q.tracking, "status": "assigned"})
    s.commit()
    return True


def answer(s: Session, q: db.Question, actor: str, text: str, masked: str,
           announce: Announce | None = None) -> None:
    """Store the answer and its masked form (the only one the public sees)."""
    before = {"question": q.tracking, "status": q.status}
    q.answer, q.answer_masked, q.status = text, masked, "answered"
    q.answered_by = actor
    audit.record(s, actor, "question_answer", q.document_id, before=before,
                 after={"question": q.tracking, "status": "answered"})
    s.commit()
    _announce(s, q, announce)


def purge_contacts(s: Session, now: datetime, days: int = CONTACT_RETENTION_DAYS,
                   actor: str = audit.SYSTEM) -> int:
    """Erase the name, e-mail and phone of questions answered more than ``days`` ago, and
    those addresses from the messages already sent or given up on: the retention period
    the consent text promises. Messages still to be sent keep theirs. Returns how many
    questions were cleared; each is audited (which question, not what was erased)."""
    cutoff = now - timedelta(days=days)
    due = s.scalars(select(db.Question).where(
        db.Question.status == "answered", db.Question.updated_at < cutoff,
        (db.Question.name != "") | (db.Question.email != "") | (db.Question.phone != ""))).all()
    for q in due:
        addresses = {v for v in (q.email, q.phone) if v}
        if addresses:
            for n in s.scalars(select(db.Notification).where(
                    db.Notification.recipient.in_(addresses), db.Notification.status != "pending")):
                n.recipient = "(파기됨)"
        q.name = q.email = q.phone = ""
        audit.record(s, actor, "contact_purge", q.document_id,
                     after={"question": q.tracking, "contact": "erased"},
                     comment=f"답변 후 {days}일이 지나 연락처를 파기함")
    s.commit()
    return len(due)
