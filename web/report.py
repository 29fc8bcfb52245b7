"""Citizens report personal information the filter missed (문제 신고).

One report takes the document off every public surface at once and puts it back in the
review queue (``publish.unpublish(..., to_status="review")``) until an official has
looked: a leak costs more than a document being offline for a day, so one citizen's
word is enough. This is the one place where an anonymous visitor changes a document's
status, so the form is CSRF-protected, rate limited per client (``REPORT_RATE_LIMIT``),
has a honeypot and accepts nothing but a bounded free text.

The report may quote the very value that leaked, so its text is kept in the private
store (``private/reports/<id>.json``) and never shown on a public page; the audit log
and the officials' e-mail carry its layer-1-masked form and the report number only.

The routes hang on the public blueprint (endpoints ``public.report_problem`` and
``public.report_received``): reporting is part of a document's public page, and it needs
the same ``published_document`` gate. Importing this module registers them.
"""
from __future__ import annotations

import json
import secrets

from flask import Flask, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext, lazy_gettext
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from disclosure import audit, db, publish
from disclosure.instance import Instance, atomic_write
from web import notices
from web.citizen_text import mask_citizen_text
from web.dbs import instance, session
from web.public import bp, published_document

ACTOR = "citizen-report"
REPORT_MAX = 1000
DEFAULT_RATE_LIMIT = "3 per minute;10 per day"
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class ReportForm(FlaskForm):
    details = TextAreaField(lazy_gettext("어디에 어떤 개인정보가 보이나요?"), validators=[
        DataRequired(lazy_gettext("무엇이 보이는지 적어 주세요.")),
        Length(max=REPORT_MAX, message=lazy_gettext("신고 내용은 1,000자 이내로 입력해 주세요."))])
    # Honeypot: hidden from people by CSS and aria-hidden; bots fill every field.
    website = StringField("website", validators=[Optional()])


def new_report_id() -> str:
    return f"R-{db.utcnow():%Y%m%d}-" + "".join(secrets.choice(_ALPHABET) for _ in range(10))


def reports_dir(inst: Instance):
    return inst.private_dir / "reports"


@bp.route("/documents/<doc_id>/report", methods=["GET", "POST"])
def report_problem(doc_id: str):
    doc = published_document(doc_id)
    form = ReportForm()
    if request.method == "POST" and form.website.data:
        abort(400)                          # the honeypot was filled: a bot, change nothing
    if not form.validate_on_submit():
        return (render_template("public/report.html", doc=doc, form=form, limit=REPORT_MAX),
                400 if request.method == "POST" else 200)

    inst, report_id = instance(), new_report_id()
    details = form.details.data.strip()
    _keep_private(inst, report_id, doc.id, details)
    taken_down = take_down(inst, doc.id, report_id)         # first: before any slow step
    masked = mask_citizen_text(inst, details, ref=report_id)
    _audit_and_notify(doc.id, report_id, masked, taken_down)
    notices.try_send(inst)
    flash(gettext("신고가 접수되었습니다 (신고번호 %(id)s). 담당자가 확인할 때까지 이 문서는 공개되지 않습니다.",
                  id=report_id), "success")
    return redirect(url_for("public.report_received"), 303)


@bp.get("/reports/received")
def report_received():
    return render_template("public/report_received.html")


def _keep_private(inst: Instance, report_id: str, doc_id: str, details: str) -> None:
    try:
        atomic_write(reports_dir(inst) / f"{report_id}.json", json.dumps({
            "id": report_id, "document_id": doc_id, "at": db.utcnow().isoformat(),
            "text": details}, ensure_ascii=False, indent=1).encode("utf-8"))
    except Exception:           # the takedown below matters more than the copy
        current_app.logger.exception("could not store report %s", report_id)


def take_down(inst: Instance, doc_id: str, report_id: str) -> bool:
    """Unpublish; if that fails, at least flip the status, which every public view checks.

    Returns True when the full unpublish (index, public files, status) succeeded."""
    reason = f"시민이 가려지지 않은 개인정보를 신고함 (신고번호 {report_id})"
    try:
        publish.unpublish(inst, doc_id, actor=ACTOR, reason=reason, to_status="review")
        return True
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


def _audit_and_notify(doc_id: str, report_id: str, masked: str | None, taken_down: bool) -> None:
    s = session()
    try:
        doc = s.get(db.Document, doc_id)
        s.refresh(doc)
        audit.record(s, ACTOR, "citizen_report", doc_id,
                     after={"report": report_id, "taken_down": taken_down},
                     comment=masked or "(가림 처리 실패: 비공개 저장소의 신고 원문 참조)")
        notices.queue_report(s, doc, report_id, masked, taken_down)
        s.commit()
    except Exception:
        s.rollback()
        current_app.logger.exception("could not record or announce report %s", report_id)


def init_limits(app: Flask) -> None:
    """Rate-limit reports per client with the app's limiter (made by web.security)."""
    app.config.setdefault("REPORT_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    limiter = app.extensions["disclosure_limiter"]
    endpoint = "public.report_problem"
    app.view_functions[endpoint] = limiter.limit(
        lambda: current_app.config["REPORT_RATE_LIMIT"], methods=["POST"])(
        app.view_functions[endpoint])
