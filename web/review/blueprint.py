"""The officials' blueprint and what its routes share: the sign-in gate, the queue
count in the header, the department check, the comment field, and the way back to a
document's page with a message."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, request, url_for
from flask_login import current_user
from sqlalchemy import func, select

from disclosure import db, review
from web.dbs import session

bp = Blueprint("review", __name__, url_prefix="/review")


@bp.before_request
def _officials_only():
    if not current_user.is_authenticated:
        return current_app.login_manager.unauthorized()


@bp.app_context_processor
def _queue_count():
    """The number of documents waiting for this official, shown in the header."""
    if not current_user.is_authenticated:
        return {}
    q = select(func.count()).select_from(db.Document).where(db.Document.status == "review")
    if not current_user.is_admin:
        q = q.where(db.Document.department == current_user.department)
    return {"review_count": session().scalar(q) or 0}


# Actions added by the workspace and the maintenance commands, named for the audit views
# (web.labels.ACTION_KO names the rest; unknown codes show as themselves).
ACTION_KO_EXTRA = {"schedule": "공개 예정일 지정", "reprocess": "규칙 변경 재처리",
                   "release": "예정일 공개", "release_review": "예정일 도래 재검토"}


@bp.context_processor
def _action_names():
    return {"ACTION_KO_EXTRA": ACTION_KO_EXTRA}


def document_for_official(doc_id: str) -> db.Document:
    """The document if it exists (404) and the official may act on it (403)."""
    doc = session().get(db.Document, doc_id)
    if doc is None:
        abort(404)
    if not current_user.may_act_on(doc.department):
        abort(403)
    return doc


def comment_field(name: str = "comment", *, required: bool,
                  message: str = "처리 사유를 입력해 주세요.") -> str | None:
    """The trimmed comment, or None (with a flashed message) if required and missing."""
    text = request.form.get(name, "").strip()[:2000]
    if required and not text:
        flash(message, "error")
        return None
    return text


def back(doc_id: str, anchor: str = ""):
    return redirect(url_for("review.document", doc_id=doc_id) + (f"#{anchor}" if anchor else ""), 303)


def editable(doc: db.Document) -> bool:
    try:
        review.require_editable(doc)
    except review.Refused as e:
        flash(e.message, "error")
        return False
    return True


def refused(doc_id: str, e: review.Refused):
    flash(e.message, "error")
    return back(doc_id, e.anchor)
