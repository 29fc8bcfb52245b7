"""Citizens' reports for officials: the priority list, and closing a report.

Every open report is a priority, whether its document was taken down (the quoted value
was readable in the public copy) or left up (it was not, or the takedown cap was
reached). Open reports head the review queue (:func:`open_reports_box`) and have their
own list here; a reviewer sees their department's only. Closing a report records what
the official found (audited); the citizen's status page then says it is handled, never
the note itself.
"""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select

from disclosure import db, reports
from web.dbs import session
from web.review.blueprint import bp, comment_field

PAGE_SIZE = 100
QUEUE_BOX = 20          # open reports shown above the review queue


def _scope() -> str | None:
    return None if current_user.is_admin else current_user.department


def _count(q) -> int:
    return session().scalar(select(func.count()).select_from(q.subquery())) or 0


def open_reports_box() -> dict:
    """The open reports at the top of the review queue: the newest ``QUEUE_BOX`` and the
    count of all of them."""
    q = reports.listing(_scope(), "open")
    return {"open_reports": session().execute(q.limit(QUEUE_BOX)).all(),
            "open_reports_total": _count(q)}


def open_report_documents(doc_ids) -> set[str]:
    """Which of these documents have an open report (flagged in the queue)."""
    ids = list(doc_ids)
    if not ids:
        return set()
    return set(session().scalars(select(db.CitizenReport.document_id).where(
        db.CitizenReport.document_id.in_(ids), db.CitizenReport.status == "open")))


def for_document(doc_id: str) -> list[db.CitizenReport]:
    return list(session().scalars(select(db.CitizenReport).where(
        db.CitizenReport.document_id == doc_id).order_by(db.CitizenReport.created_at.desc())))


@bp.get("/reports", endpoint="reports")
def reports_list():
    status = request.args.get("status", "open")
    status = status if status in reports.STATUS_KO else "open"
    q = reports.listing(_scope(), status)
    total = _count(q)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, request.args.get("page", 1, type=int) or 1), pages)
    rows = session().execute(q.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).all()
    return render_template("review/reports.html", rows=rows, total=total, pages=pages,
                           status=status, args={"status": status, "page": page},
                           OUTCOME_KO=reports.OUTCOME_KO, REPORT_STATUS_KO=reports.STATUS_KO)


@bp.post("/reports/<number>/close")
def close_report(number: str):
    s = session()
    r = reports.by_number(s, number)
    if r is None:
        abort(404)
    doc = s.get(db.Document, r.document_id)
    if doc is None or not current_user.may_act_on(doc.department):
        abort(403)
    back = url_for("review.document", doc_id=doc.id) + "#citizen-reports"
    if r.status == "closed":
        flash("이미 처리 완료된 신고입니다.", "error")
        return redirect(back, 303)
    note = comment_field("resolution", required=True, message="처리 결과를 입력해 주세요.")
    if note is None:
        return redirect(back, 303)
    reports.close(s, r, current_user.username, note)
    flash(f"신고 {number}를 처리 완료로 바꿨습니다.", "success")
    return redirect(back, 303)
