"""Citizens' questions about a published document (문의하기) and their status pages.

The question is committed before anything else happens (notifications, sending), so
no later failure can lose it. Its tracking number is random (not a counter) because the
status page is reachable by number alone; the page shows the masked question and
answer only, never the contact details.
"""
from __future__ import annotations

import re
import secrets

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext, lazy_gettext
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import BooleanField, EmailField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

from disclosure import db
from web import notices
from web.citizen_text import mask_citizen_text
from web.dbs import instance, session
from web.public import published_document

bp = Blueprint("ask", __name__)

_TRACK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"       # no 0/O, 1/I lookalikes
TRACKING_RE = re.compile(r"^Q-\d{8}-[A-Z0-9]{10}$")
_MOBILE = re.compile(r"^01[016789]\d{7,8}$")
# Deliberately simple (no email_validator dependency): one @, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def new_tracking() -> str:
    """Q-YYYYMMDD-XXXXXXXXXX: 50 random bits, so numbers cannot be guessed or walked."""
    tail = "".join(secrets.choice(_TRACK_ALPHABET) for _ in range(10))
    return f"Q-{db.utcnow():%Y%m%d}-{tail}"


def _mobile(form, field):
    digits = re.sub(r"[\s-]", "", field.data or "")
    if digits and not _MOBILE.match(digits):
        raise ValidationError(gettext("휴대전화 번호는 010-1234-5678 형식으로 입력해 주세요."))


class AskForm(FlaskForm):
    body = TextAreaField(lazy_gettext("문의 내용"), validators=[
        DataRequired(lazy_gettext("문의 내용을 입력해 주세요.")),
        Length(max=2000, message=lazy_gettext("문의 내용은 2,000자 이내로 입력해 주세요."))])
    name = StringField(lazy_gettext("이름 (선택)"), validators=[Optional(), Length(max=50)])
    email = EmailField(lazy_gettext("전자우편 (선택, 답변 알림용)"), validators=[
        Optional(), Length(max=254),
        Regexp(_EMAIL, message=lazy_gettext("전자우편 주소 형식이 올바르지 않습니다."))])
    phone = StringField(lazy_gettext("휴대전화 (선택, 답변 알림용)"),
                        validators=[Optional(), Length(max=20), _mobile])
    consent = BooleanField(lazy_gettext("개인정보 수집·이용에 동의합니다"))
    # Honeypot: hidden from people by CSS and aria-hidden; bots fill every field.
    website = StringField("website", validators=[Optional()])

    def validate_consent(self, field):
        if (self.name.data or self.email.data or self.phone.data) and not field.data:
            raise ValidationError(gettext(
                "이름이나 연락처를 남기시려면 개인정보 수집·이용에 동의해 주세요."))


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
    s = session()
    q = db.Question(tracking=tracking, document_id=doc.id, body=body, body_masked=masked or "",
                    name=name, email=email, phone=phone, consent=bool(form.consent.data))
    s.add(q)
    s.commit()                              # the question is safe from here on
    try:
        notices.queue_question_received(s, q, doc)
        s.commit()
    except Exception:
        s.rollback()
        current_app.logger.exception("could not queue notifications for %s", tracking)
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
    public_doc = doc if doc is not None and doc.status == db.PUBLIC_STATUS else None
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
