"""The review queue and the review page of one document."""
from __future__ import annotations

from flask import render_template, request
from flask_login import current_user
from sqlalchemy import select

from disclosure import db
from web.dbs import instance, session
from web.render import highlight_original, masked_blocks
from web.review import bp, document_for_official

QUEUE_STATUSES = ("review", "withheld", "scheduled", "publish_pending", "published")


@bp.get("/")
def queue():
    status = request.args.get("status", "review")
    if status not in QUEUE_STATUSES:
        status = "review"
    q = select(db.Document).where(db.Document.status == status)
    if current_user.is_admin:
        department = request.args.get("department", "").strip()
    else:
        department = current_user.department        # a reviewer sees their department only
    if department:
        q = q.where(db.Document.department == department)
    docs = session().scalars(q.order_by(db.Document.created_at).limit(500)).all()
    departments = sorted(d for d in session().scalars(
        select(db.Document.department).distinct()) if d) if current_user.is_admin else []
    return render_template("review/queue.html", docs=docs, status=status, department=department,
                           departments=departments, statuses=QUEUE_STATUSES)


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    doc = document_for_official(doc_id)
    try:
        original = instance().read_private_text(doc.id)
    except OSError:
        original = None
    events = session().scalars(select(db.Event).where(db.Event.document_id == doc.id)
                               .order_by(db.Event.at.desc(), db.Event.id.desc()).limit(20)).all()
    questions = session().scalars(select(db.Question).where(db.Question.document_id == doc.id)
                                  .order_by(db.Question.created_at.desc())).all()
    return render_template(
        "review/document.html", doc=doc, original=original,
        original_html=highlight_original(original, doc.detections) if original is not None else None,
        original_length=len(original) if original is not None else 0,
        masked=masked_blocks(doc.masked_text), events=events, questions=questions,
        values={d.id: original[d.start:d.end] for d in doc.detections} if original else {})
