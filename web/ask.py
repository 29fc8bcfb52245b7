"""Citizens' questions about a published document (문의하기) and their status pages.

The question is committed before anything else happens (notifications, sending), so
no later failure can lose it. Its tracking number is random (not a counter) because the
status page is reachable by number alone; the page shows the masked question and
answer only, never the contact details.
"""
from __future__ import annotations

import re
import secrets

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from sqlalchemy import select

from disclosure import db
from disclosure import questions as questions_service
from web import notices
from web.ask_form import AskForm
from web.citizen_text import mask_citizen_text
from web.dbs import instance, session
from web.public import published_document

bp = Blueprint("ask", __name__)

_TRACK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"       # no 0/O, 1/I lookalikes
TRACKING_RE = re.compile(r"^Q-\d{8}-[A-Z0-9]{10}$")


def new_tracking() -> str:
    """Q-YYYYMMDD-XXXXXXXXXX: 50 random bits, so numbers cannot be guessed or walked."""
    tail = "".join(secrets.choice(_TRACK_ALPHABET) for _ in range(10))
    return f"Q-{db.utcnow():%Y%m%d}-{tail}"


@bp.route("/documents/<doc_id>/ask", methods=["GET", "POST"])
def ask(doc_id: str):
    doc = published_document(doc_id)
    form = AskForm()
    if request.method == "POST" and form.website.data:
        abort(400)                          # the honeypot was filled: a bot, store nothing
    if not form.validate_on_submit():
        return render_template("ask/form.html", doc=doc, form=form), (400 if request.method == "POST" else 200)

    inst = instance()
    tracking = new_tracking()
    name = (form.name.data or "").strip()
    email = (form.email.data or "").strip()
    phone = re.sub(r"[\s-]", "", form.phone.data or "")
    body = form.body.data.strip()
    masked = mask_citizen_text(inst, body, (name, email, phone), ref=tracking)
    questions_service.ask(session(), doc, tracking=tracking, body=body, body_masked=masked or "",
                          name=name, email=email, phone=phone, consent=bool(form.consent.data),
                          announce=lambda s, q: notices.queue_question_received(s, q, doc))
    notices.try_send(inst)
    flash(gettext("문의가 접수되었습니다. 접수번호 %(tracking)s 를 보관해 주세요.", tracking=tracking),
          "success")
    return redirect(url_for("ask.status", tracking=tracking), 303)


@bp.get("/questions/<tracking>")
def status(tracking: str):
    if not TRACKING_RE.match(tracking):
        abort(404)
    q = session().scalar(select(db.Question).where(db.Question.tracking == tracking))
    if q is None:
        abort(404)
    doc = session().get(db.Document, q.document_id)
    public_doc = doc if doc is not None and doc.is_public else None
    return render_template("ask/status.html", q=q, doc=public_doc, deliveries=_deliveries(q))


def _deliveries(q: db.Question) -> list[db.Notification]:
    """The messages to this citizen about this question (the outbox has no question id,
    so they are found by recipient and the tracking number every message carries)."""
    contacts = [c for c in (q.email, q.phone) if c]
    if not contacts:
        return []
    return list(session().scalars(
        select(db.Notification).where(db.Notification.recipient.in_(contacts),
                                      db.Notification.body.contains(q.tracking))
        .order_by(db.Notification.id)))


@bp.get("/questions")
def lookup():
    tracking = request.args.get("tracking", "").strip().upper()
    if tracking:
        if TRACKING_RE.match(tracking):
            return redirect(url_for("ask.status", tracking=tracking))
        flash(gettext("접수번호 형식이 올바르지 않습니다. 예: Q-20250101-ABCDEFGH23"), "error")
    return render_template("ask/lookup.html", tracking=tracking)
