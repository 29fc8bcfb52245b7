"""Citizens' saved-search e-mail alerts: the sign-up form and the signed links.

The form answers every well-formed request with the same page ("check your mail"), so
it never tells a visitor whether an address is already subscribed. The confirmation
message carries no text from the form; the search words are short and must hold no
personal data (layer 1), and department and document type must be values the list
offers. Requests are limited per client address (``SUBSCRIBE_RATE_LIMIT``) and per
recipient (:data:`disclosure.subscriptions.CONFIRMATIONS_PER_DAY`). Confirming and
unsubscribing are POSTs behind the signed link's page (one button each): mail
scanners that open every link in a message must not sign people up or off. The e-mail
address is never shown on any page. Domain logic: :mod:`disclosure.subscriptions`.

The alerts' ``List-Unsubscribe-Post`` header lets a mail program unsubscribe with one
click: it POSTs ``List-Unsubscribe=One-Click`` to the signed link, without a form
token. So the unsubscribe endpoint alone is exempt from the global CSRF check; the
signed link authorises it, and any other POST to it must still carry the form token.
"""
from __future__ import annotations

import logging
import re

from flask import Blueprint, abort, current_app, render_template, request
from flask_babel import gettext, lazy_gettext
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import BooleanField, EmailField, RadioField, SelectField, StringField
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

from disclosure import db
from disclosure import subscriptions as subs
from domain.types import DocumentMeta
from web import notices, security
from web.dbs import instance, session

log = logging.getLogger(__name__)
bp = Blueprint("subscriptions", __name__)

CONFIG = {"SUBSCRIBE_RATE_LIMIT": "5 per minute;20 per day",
          "SUBSCRIPTION_LINK_RATE_LIMIT": "30 per minute"}
security.RATE_LIMITED.update({
    "subscriptions.subscribe": ("SUBSCRIBE_RATE_LIMIT", ["POST"]),
    "subscriptions.confirm": ("SUBSCRIPTION_LINK_RATE_LIMIT", None),
    "subscriptions.unsubscribe": ("SUBSCRIPTION_LINK_RATE_LIMIT", None)})
security.CSRF_EXEMPT.add("subscriptions.unsubscribe")      # checked in the view instead
try:                                    # WTForms 3.3 deprecates (value, label) tuples
    from wtforms.fields.choices import SelectChoice as _Choice
except ImportError:                     # older WTForms: plain tuples
    def _Choice(value, label):
        return (value, label)
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


@bp.record_once
def _defaults(state):
    for key, value in CONFIG.items():
        state.app.config.setdefault(key, value)


class SubscribeForm(FlaskForm):
    email = EmailField(lazy_gettext("전자우편"), validators=[
        DataRequired(lazy_gettext("전자우편 주소를 입력해 주세요.")), Length(max=254),
        Regexp(_EMAIL, message=lazy_gettext("전자우편 주소 형식이 올바르지 않습니다."))])
    q = StringField(lazy_gettext("검색어 (선택)"), validators=[Optional(), Length(max=subs.QUERY_MAX)])
    department = SelectField(lazy_gettext("부서 (선택)"), validate_choice=False, default="")
    doc_type = SelectField(lazy_gettext("문서 유형 (선택)"), validate_choice=False, default="")
    frequency = RadioField(lazy_gettext("알림 주기"),
                           choices=[_Choice("instant", lazy_gettext("공개될 때마다")),
                                    _Choice("weekly", lazy_gettext("매주 한 번"))],
                           default="instant",
                           validators=[DataRequired(lazy_gettext("알림 주기를 선택해 주세요."))])
    consent = BooleanField(lazy_gettext("전자우편 주소 수집·이용에 동의합니다"),
                           validators=[DataRequired(lazy_gettext("알림을 받으려면 동의가 필요합니다."))])
    website = StringField("website", validators=[Optional()])        # honeypot

    def validate_q(self, field):
        """Search words, not a message: layer 1 must find no personal data in them (and
        must work: failing closed)."""
        text = (field.data or "").strip()
        if not text:
            return
        try:
            found = instance().layer1.detect(text, DocumentMeta(id="subscription-query"))
        except Exception:
            log.exception("layer 1 failed on a subscription's search words")
            raise ValidationError(lazy_gettext("검색어를 지금 확인할 수 없습니다. 잠시 후 다시 "
                                               "시도해 주세요.")) from None
        if found:
            raise ValidationError(lazy_gettext("검색어에는 전화번호·주소·이름 같은 개인정보를 "
                                               "넣을 수 없습니다."))

    def validate_department(self, field):
        _listed(field)

    def validate_doc_type(self, field):
        _listed(field)


def _listed(field) -> None:
    """Only a value the list offers (the page shows it; never free text)."""
    values = {getattr(c, "value", None) or (c[0] if isinstance(c, tuple) else "")
              for c in field.choices or ()}
    if field.data and field.data not in values:
        raise ValidationError(lazy_gettext("목록에 있는 항목을 골라 주세요."))


def describe(sub: db.Subscription) -> str:
    """:func:`disclosure.subscriptions.describe` in the page's language (the e-mails
    stay Korean)."""
    parts = []
    if sub.query:
        parts.append(gettext("검색어 「%(q)s」", q=sub.query))
    if sub.department:
        parts.append(gettext("부서 %(department)s", department=sub.department))
    if sub.doc_type:
        parts.append(gettext("문서 유형 %(doc_type)s", doc_type=sub.doc_type))
    return " · ".join(parts) or gettext("새로 공개되는 모든 문서")


def _choices(column) -> list[tuple[str, str]]:
    values = session().scalars(select(column).where(db.public_documents())
                               .distinct())
    return [_Choice("", gettext("전체"))] + [_Choice(v, v) for v in sorted(v for v in values if v)]


@bp.route("/subscribe", methods=["GET", "POST"])
def subscribe():
    form = SubscribeForm()
    form.department.choices = _choices(db.Document.department)
    form.doc_type.choices = _choices(db.Document.doc_type)
    if request.method == "GET":
        form.q.data = request.args.get("q", "")[:subs.QUERY_MAX]
        form.department.data = request.args.get("department", "")
        form.doc_type.data = request.args.get("doc_type", "")
    if not form.validate_on_submit():
        return render_template("subscribe/form.html", form=form), \
            (400 if request.method == "POST" else 200)
    if form.website.data:                       # a bot: same answer, nothing stored
        return render_template("subscribe/sent.html")
    inst = instance()
    s = session()
    try:
        subs.apply(s, inst.secret_key, current_app.config["PUBLIC_BASE_URL"],
                   email=form.email.data, query=form.q.data or "",
                   department=form.department.data or "", doc_type=form.doc_type.data or "",
                   frequency=form.frequency.data)
    except subs.SubscriptionRefused:            # same page: no hint about the address
        current_app.logger.info("a subscription request was refused")
    else:
        notices.try_send(inst)
    return render_template("subscribe/sent.html")


def _from_token(token: str, purpose: str) -> db.Subscription:
    sub = subs.from_token(session(), instance().secret_key, token, purpose)
    if sub is None:
        abort(404)
    return sub


# The paths come from the domain module, which builds the links for the e-mails.
@bp.route(subs.CONFIRM_PATH.format(token="<token>"), methods=["GET", "POST"])
def confirm(token: str):
    sub = _from_token(token, "confirm")
    if request.method == "POST":
        subs.activate(session(), sub)
        return render_template("subscribe/done.html", action="confirmed",
                               what=describe(sub), frequency=sub.frequency)
    return render_template("subscribe/link.html", action="confirm", what=describe(sub),
                           frequency=sub.frequency)


@bp.route(subs.UNSUBSCRIBE_PATH.format(token="<token>"), methods=["GET", "POST"])
def unsubscribe(token: str):
    """GET: the page with the button. POST: unsubscribe — from that button (with its form
    token) or from a mail program's one-click request (RFC 8058, no form token)."""
    sub = _from_token(token, "unsubscribe")
    if request.method == "POST":
        one_click = request.form.get("List-Unsubscribe") == "One-Click"
        if not one_click and current_app.config["WTF_CSRF_ENABLED"]:
            current_app.extensions["csrf"].protect()     # exempt from the global check only
        what = describe(sub)
        subs.cancel(session(), sub)
        return render_template("subscribe/done.html", action="unsubscribed", what=what)
    return render_template("subscribe/link.html", action="unsubscribe", what=describe(sub),
                           frequency=sub.frequency)
