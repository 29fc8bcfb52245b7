"""Citizens report personal information the filter missed (문제 신고), and follow their
report by its number.

One anonymous click must not take a document down. A report does so at once only when
the value it quotes (a phone number, an RRN, a name...) is actually readable in the
public copy and looks like personal information (:mod:`disclosure.report_evidence`),
and only while fewer than ``REPORT_TAKEDOWN_CAP`` reports took a document down in the
last ``REPORT_TAKEDOWN_WINDOW_SECONDS``, counted over all addresses together
(:mod:`disclosure.reports`). Every other report leaves the document up and waits at the
top of the officials' review queue as a priority; past the cap the disclosure office is
alerted (once a window) through the notification outbox. Every report, takedown and cap
event is audited.

The form is CSRF-protected, rate limited per client (``REPORT_RATE_LIMIT``), has a
honeypot and accepts nothing but a bounded free text. The report may quote the very
value that leaked, so its text is kept in the private store
(``private/reports/<number>.json``) and never shown on a public page; the database, the
audit log and the officials' e-mail carry its layer-1-masked form only. The citizen gets
a report number (``R-YYYYMMDD-XXXXXXXXXX``, random like a question's tracking number)
and a status page that shows what happened, never the text.

The routes hang on the public blueprint (endpoints ``public.report_problem``,
``public.report_status``, ``public.report_lookup``): reporting is part of a document's
public page, and it needs the same ``published_document`` gate. Importing this module
registers them.
"""
from __future__ import annotations

from datetime import timedelta

from flask import Flask, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext, lazy_gettext
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from disclosure import db, reports
from web import notices
from web.citizen_text import mask_citizen_text
from web.dbs import instance, session
from web.public import bp, published_document

ACTOR = "citizen-report"
REPORT_MAX = 1000
DEFAULT_RATE_LIMIT = "3 per minute;10 per day"
CONFIG = {
    "REPORT_RATE_LIMIT": DEFAULT_RATE_LIMIT,
    # At most this many documents taken down by reports in the window, all addresses
    # together; later reports with evidence are queued for priority review instead.
    "REPORT_TAKEDOWN_CAP": 10,
    "REPORT_TAKEDOWN_WINDOW_SECONDS": 3600,
    # Who is alerted when the cap is reached (empty: DEFAULT_DEPARTMENT_EMAIL).
    "REPORT_ALERT_EMAILS": [],
}


class ReportForm(FlaskForm):
    details = TextAreaField(lazy_gettext("어디에 어떤 개인정보가 보이나요?"), validators=[
        DataRequired(lazy_gettext("무엇이 보이는지 적어 주세요.")),
        Length(max=REPORT_MAX, message=lazy_gettext("신고 내용은 1,000자 이내로 입력해 주세요."))])
    # Honeypot: hidden from people by CSS and aria-hidden; bots fill every field.
    website = StringField("website", validators=[Optional()])


@bp.route("/documents/<doc_id>/report", methods=["GET", "POST"])
def report_problem(doc_id: str):
    doc = published_document(doc_id)
    form = ReportForm()
    if request.method == "POST" and form.website.data:
        abort(400)                          # the honeypot was filled: a bot, change nothing
    if not form.validate_on_submit():
        return (render_template("public/report.html", doc=doc, form=form, limit=REPORT_MAX),
                400 if request.method == "POST" else 200)

    inst, number, cfg = instance(), reports.new_number(), current_app.config
    details = form.details.data.strip()
    masked = mask_citizen_text(inst, details, ref=number)
    window = timedelta(seconds=cfg["REPORT_TAKEDOWN_WINDOW_SECONDS"])
    reports.receive(
        inst, session(), doc, number, details, masked, cap=cfg["REPORT_TAKEDOWN_CAP"], window=window,
        actor=ACTOR,
        announce_report=lambda s, d, outcome, taken_down, evidence: notices.queue_report(
            s, d, number, masked, outcome, taken_down, [e.ko() for e in evidence]),
        announce_cap=lambda s: notices.queue_report_cap_alert(s, cfg["REPORT_TAKEDOWN_CAP"], window))
    notices.try_send(inst)
    flash(gettext("신고가 접수되었습니다. 신고번호 %(id)s 를 보관해 주세요.", id=number), "success")
    return redirect(url_for("public.report_status", number=number), 303)


@bp.get("/reports/<number>")
def report_status(number: str):
    r = reports.by_number(session(), number)
    if r is None:
        abort(404)
    doc = session().get(db.Document, r.document_id)
    public_doc = doc if doc is not None and doc.is_public else None
    return render_template("public/report_status.html", r=r, doc=public_doc)


@bp.get("/reports")
def report_lookup():
    number = request.args.get("number", "").strip().upper()
    if number:
        if reports.NUMBER_RE.match(number):
            return redirect(url_for("public.report_status", number=number))
        flash(gettext("신고번호 형식이 올바르지 않습니다. 예: R-20250101-ABCDEFGH23"), "error")
    return render_template("public/report_lookup.html", number=number)


def init_limits(app: Flask) -> None:
    """Rate-limit reports per client with the app's limiter (made by web.security), and
    the status pages as question tracking pages are."""
    for key, value in CONFIG.items():
        app.config.setdefault(key, value)
    limiter = app.extensions["disclosure_limiter"]
    for endpoint, key, methods in (("public.report_problem", "REPORT_RATE_LIMIT", ["POST"]),
                                   ("public.report_status", "TRACKING_RATE_LIMIT", None),
                                   ("public.report_lookup", "TRACKING_RATE_LIMIT", None)):
        app.view_functions[endpoint] = limiter.limit(
            lambda key=key: current_app.config[key], methods=methods)(app.view_functions[endpoint])
