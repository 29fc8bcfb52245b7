"""Citizens' questions for the official's department: list, assign, answer.

The answer is masked by layer 1 (and the citizen's own contact values) before it is
stored as ``answer_masked``, the only form the public sees. If masking fails the
answer is not saved at all, so nothing unmasked can be published by accident.
"""
from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select

from disclosure import db
from disclosure import questions as questions_service
from web import notices
from web.citizen_text import mask_citizen_text
from web.dbs import instance, session
from web.labels import QUESTION_STEPS
from web.review.blueprint import bp

PAGE_SIZE = 100


def _question_for_official(qid: int) -> tuple[db.Question, db.Document]:
    q = session().get(db.Question, qid)
    if q is None:
        abort(404)
    doc = session().get(db.Document, q.document_id)
    if doc is None:
        abort(404)
    if not current_user.may_act_on(doc.department):
        abort(403)
    return q, doc


@bp.get("/questions")
def questions():
    """Newest first, ``PAGE_SIZE`` a page; the header counts every matching question."""
    status = request.args.get("status", "")
    status = status if status in QUESTION_STEPS else ""
    q = select(db.Question, db.Document).join(db.Document, db.Document.id == db.Question.document_id)
    if status:
        q = q.where(db.Question.status == status)
    if not current_user.is_admin:
        q = q.where(db.Document.department == current_user.department)
    total = session().scalar(select(func.count()).select_from(q.subquery())) or 0
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, request.args.get("page", 1, type=int) or 1), pages)
    rows = session().execute(q.order_by(db.Question.created_at.desc(), db.Question.id.desc())
                             .limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).all()
    return render_template("review/questions.html", rows=rows, status=status, total=total,
                           pages=pages, page_size=PAGE_SIZE,
                           args={"status": status or None, "page": page})


@bp.get("/questions/<int:qid>")
def question(qid: int):
    q, doc = _question_for_official(qid)
    return render_template("review/question.html", q=q, doc=doc)


@bp.post("/questions/<int:qid>/assign")
def assign_question(qid: int):
    q, doc = _question_for_official(qid)
    if questions_service.assign(session(), q, current_user.username):
        flash("담당자로 배정되었습니다.", "success")
    return redirect(url_for("review.question", qid=qid), 303)


@bp.post("/questions/<int:qid>/answer")
def answer_question(qid: int):
    q, doc = _question_for_official(qid)
    answer = request.form.get("answer", "").strip()
    limit = current_app.config["ANSWER_MAX"]
    if not answer or len(answer) > limit:
        flash("답변 내용을 입력해 주세요." if not answer else f"답변은 {limit:,}자 이내로 입력해 주세요.",
              "error")
        return redirect(url_for("review.question", qid=qid), 303)
    inst = instance()
    masked = mask_citizen_text(inst, answer, (q.name, q.email, q.phone), ref=q.tracking)
    if masked is None:
        flash("개인정보 가림 처리에 실패해 답변을 저장하지 않았습니다. 잠시 후 다시 시도해 주세요.", "error")
        return redirect(url_for("review.question", qid=qid), 303)
    questions_service.answer(session(), q, current_user.username, answer, masked,
                             announce=notices.queue_question_answered)
    notices.try_send(inst)
    flash("답변을 등록했습니다. 문의한 분께 알림을 보냈습니다.", "success")
    return redirect(url_for("review.question", qid=qid), 303)
