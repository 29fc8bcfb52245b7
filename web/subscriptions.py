"""Citizens' saved-search e-mail alerts: the sign-up form and the signed links.

The form answers every well-formed request with the same page ("check your mail"), so
it never tells a visitor whether an address is already subscribed. Confirming and
unsubscribing are POSTs behind the signed link's page (one button each): mail
scanners that open every link in a message must not sign people up or off. The e-mail
address is never shown on any page. Domain logic: :mod:`disclosure.subscriptions`.
"""
from __future__ import annotations

import re

from flask import Blueprint, abort, current_app, render_template, request
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import BooleanField, EmailField, RadioField, SelectField, StringField
from wtforms.validators import DataRequired, Length, Optional, Regexp

from disclosure import db
from disclosure import subscriptions as subs
from web import notices, security
from web.dbs import instance, session

bp = Blueprint("subscriptions", __name__)

CONFIG = {"SUBSCRIBE_RATE_LIMIT": "5 per minute;20 per day",
          "SUBSCRIPTION_LINK_RATE_LIMIT": "30 per minute"}
security.RATE_LIMITED.update({
    "subscriptions.subscribe": ("SUBSCRIBE_RATE_LIMIT", ["POST"]),
    "subscriptions.confirm": ("SUBSCRIPTION_LINK_RATE_LIMIT", None),
    "subscriptions.unsubscribe": ("SUBSCRIPTION_LINK_RATE_LIMIT", None)})
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
    email = EmailField("전자우편", validators=[
        DataRequired("전자우편 주소를 입력해 주세요."), Length(max=254),
        Regexp(_EMAIL, message="전자우편 주소 형식이 올바르지 않습니다.")])
    q = StringField("검색어 (선택)", validators=[Optional(), Length(max=200)])
    department = SelectField("부서 (선택)", validate_choice=False, default="")
    doc_type = SelectField("문서 유형 (선택)", validate_choice=False, default="")
    frequency = RadioField("알림 주기", choices=[_Choice("instant", "공개될 때마다"), _Choice("weekly", "매주 한 번")],
                           default="instant", validators=[DataRequired("알림 주기를 선택해 주세요.")])
    consent = BooleanField("전자우편 주소 수집·이용에 동의합니다",
                           validators=[DataRequired("알림을 받으려면 동의가 필요합니다.")])
    website = StringField("웹사이트", validators=[Optional()])        # honeypot


def _choices(column) -> list[tuple[str, str]]:
    values = session().scalars(select(column).where(db.Document.status == db.PUBLIC_STATUS)
                               .distinct())
    return [_Choice("", "전체")] + [_Choice(v, v) for v in sorted(v for v in values if v)]


@bp.route("/subscribe", methods=["GET", "POST"])
def subscribe():
    form = SubscribeForm()
    form.department.choices = _choices(db.Document.department)
    form.doc_type.choices = _choices(db.Document.doc_type)
    if request.method == "GET":
        form.q.data = request.args.get("q", "")[:200]
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
        subs.subscribe(s, inst.secret_key, current_app.config["PUBLIC_BASE_URL"],
                       email=form.email.data, query=form.q.data or "",
                       department=form.department.data or "", doc_type=form.doc_type.data or "",
                       frequency=form.frequency.data)
        s.commit()
    except subs.SubscriptionRefused:
        s.rollback()                             # same page: no hint about the address
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
        subs.confirm(sub)
        session().commit()
        return render_template("subscribe/done.html", action="confirmed",
                               what=subs.describe(sub), frequency=sub.frequency)
    return render_template("subscribe/link.html", action="confirm", what=subs.describe(sub),
                           frequency=sub.frequency)


@bp.route(subs.UNSUBSCRIBE_PATH.format(token="<token>"), methods=["GET", "POST"])
def unsubscribe(token: str):
    sub = _from_token(token, "unsubscribe")
    if request.method == "POST":
        what = subs.describe(sub)
        subs.unsubscribe(session(), sub)
        session().commit()
        return render_template("subscribe/done.html", action="unsubscribed", what=what)
    return render_template("subscribe/link.html", action="unsubscribe", what=subs.describe(sub),
                           frequency=sub.frequency)
