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

from disclosure import audit, db, personal_words, publish, reports
from disclosure.instance import Instance
from disclosure.report_evidence import Evidence, readable_in_public_copy
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
    _keep_private(inst, number, doc.id, details)
    evidence = _evidence(inst, details, doc)
    masked = mask_citizen_text(inst, details, ref=number)
    window = timedelta(seconds=cfg["REPORT_TAKEDOWN_WINDOW_SECONDS"])
    try:
        outcome = reports.record(inst, doc.id, number, masked, evidence,
                                 cap=cfg["REPORT_TAKEDOWN_CAP"], window=window)
    except Exception:           # no record, no cap: evidence of a leak still wins
        current_app.logger.exception("could not record report %s", number)
        outcome = "taken_down" if evidence else "priority"
    taken_down = take_down(inst, doc.id, number, evidence) if outcome == "taken_down" else False
    _audit_and_notify(doc.id, number, masked, outcome, taken_down, evidence, window)
    notices.try_send(inst)
    flash(gettext("신고가 접수되었습니다. 신고번호 %(id)s 를 보관해 주세요.", id=number), "success")
    return redirect(url_for("public.report_status", number=number), 303)


def _evidence(inst: Instance, details: str, doc: db.Document) -> list[Evidence]:
    """What the report quotes that is readable in the public copy; none if that cannot be
    told (then an official looks first: a failure must not take documents down)."""
    try:
        return readable_in_public_copy(inst.layer1, personal_words.rules_of(inst), details, doc)
    except Exception:
        current_app.logger.exception("could not compare a report with %s", doc.id)
        return []


@bp.get("/reports/<number>")
def report_status(number: str):
    r = reports.by_number(session(), number)
    if r is None:
        abort(404)
    doc = session().get(db.Document, r.document_id)
    public_doc = doc if doc is not None and doc.status == db.PUBLIC_STATUS else None
    return render_template("public/report_status.html", r=r, doc=public_doc)


@bp.get("/reports")
def report_lookup():
    number = request.args.get("number", "").strip().upper()
    if number:
        if reports.NUMBER_RE.match(number):
            return redirect(url_for("public.report_status", number=number))
        flash(gettext("신고번호 형식이 올바르지 않습니다. 예: R-20250101-ABCDEFGH23"), "error")
    return render_template("public/report_lookup.html", number=number)


def _keep_private(inst: Instance, number: str, doc_id: str, details: str) -> None:
    try:
        reports.keep_private(inst, number, doc_id, details)
    except Exception:           # the decision below matters more than the copy
        current_app.logger.exception("could not store report %s", number)


def take_down(inst: Instance, doc_id: str, report_id: str, evidence=()) -> bool:
    """Unpublish; if that fails, at least flip the status, which every public view checks.

    Returns True when the full unpublish (index, public files, status) succeeded."""
    found = "; ".join(e.ko() for e in evidence)
    reason = (f"시민이 가려지지 않은 개인정보를 신고함 (신고번호 {report_id})"
              + (f" — {found}" if found else ""))
    try:
        publish.unpublish(inst, doc_id, actor=ACTOR, reason=reason, to_status="review")
        return True
    except publish.WithdrawalIncomplete:
        # hidden everywhere already (withdraw_pending, audited); reconcile finishes it
        current_app.logger.exception("removal after report %s is incomplete", report_id)
        return False
    except Exception:
        current_app.logger.exception("unpublish after report %s failed", report_id)
    try:
        with inst.Session.begin() as s:
            doc = s.get(db.Document, doc_id)
            before = audit.snapshot(doc)
            doc.status, doc.decision = "review", "review"
            doc.reasons = [reason] + list(doc.reasons or [])
            audit.record(s, ACTOR, "withdraw", doc_id, before=before, after=audit.snapshot(doc),
                         comment=reason + " — 공개 파일·색인 정리 실패")
    except Exception:
        current_app.logger.exception("could not even hide %s after report %s", doc_id, report_id)
    return False


def _audit_and_notify(doc_id: str, number: str, masked: str | None, outcome: str,
                      taken_down: bool, evidence: list[Evidence], window: timedelta) -> None:
    cfg = current_app.config
    s = session()
    try:
        doc = s.get(db.Document, doc_id)
        s.refresh(doc)
        audit.record(s, ACTOR, "citizen_report", doc_id,
                     after={"report": number, "outcome": outcome, "taken_down": taken_down,
                            "evidence": [e.as_dict() for e in evidence]},
                     comment=masked or "(가림 처리 실패: 비공개 저장소의 신고 원문 참조)")
        notices.queue_report(s, doc, number, masked, outcome, taken_down,
                             [e.ko() for e in evidence])
        if outcome == "capped":
            alert = reports.cap_alert_due(s, window)
            audit.record(s, ACTOR, "report_cap", doc_id,
                         after={"report": number, "cap": cfg["REPORT_TAKEDOWN_CAP"],
                                "window_seconds": int(window.total_seconds()), "alerted": alert},
                         comment=f"시간당 자동 내림 한도({cfg['REPORT_TAKEDOWN_CAP']}건) 초과: "
                                 f"문서를 내리지 않고 우선 검토로 보냄 (신고번호 {number})")
            if alert:
                notices.queue_report_cap_alert(s, cfg["REPORT_TAKEDOWN_CAP"], window)
        s.commit()
    except Exception:
        s.rollback()
        current_app.logger.exception("could not record or announce report %s", number)


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
