"""Public pages: home, search, document, download.

Everything here is built from the masked text and public metadata of documents whose
status is ``published`` *right now*. Search hits are checked against the database again
(``inst.published_ids``) so a stale index entry can never surface a withdrawn document,
and any other document answers 404, never 403, so its existence is not revealed.
"""
from __future__ import annotations

import math
import re
from datetime import date

from flask import Blueprint, abort, current_app, render_template, request, send_from_directory
from sqlalchemy import select

from disclosure import db
from web.dbs import instance, session
from web.labels import PUBLIC_GRADES
from web.render import masked_blocks, safe_snippet

bp = Blueprint("public", __name__)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SORTS = ("relevance", "date")


def _is_day(value: str) -> bool:
    try:
        return bool(_DATE.match(value)) and bool(date.fromisoformat(value))
    except ValueError:
        return False


def published_document(doc_id: str) -> db.Document:
    doc = session().get(db.Document, doc_id)
    # nonpublic is never published (publish() refuses it); checked again all the same
    if doc is None or doc.status != db.PUBLIC_STATUS or doc.grade == "nonpublic":
        abort(404)
    return doc


def _facets() -> dict[str, list[str]]:
    """Departments and document types that have at least one published document."""
    s = session()
    out = {}
    for name, col in (("departments", db.Document.department), ("doc_types", db.Document.doc_type)):
        out[name] = sorted(v for v in s.scalars(
            select(col).where(db.Document.status == db.PUBLIC_STATUS).distinct()) if v)
    return out


@bp.get("/")
def home():
    latest = session().scalars(
        select(db.Document).where(db.Document.status == db.PUBLIC_STATUS)
        .order_by(db.Document.published_at.desc(), db.Document.approved_at.desc())
        .limit(current_app.config["HOME_LATEST"])).all()
    return render_template("public/home.html", latest=latest, **_facets())


def _search_args() -> tuple[dict, list[str]]:
    """Read and validate the query string; bad filters are dropped with a message."""
    a, problems = request.args, []
    args = {"q": a.get("q", "").strip()[:200]}
    for key in ("department", "doc_type"):
        args[key] = a.get(key, "").strip()[:256] or None
    grade = a.get("grade", "")
    args["grade"] = grade if grade in PUBLIC_GRADES else None
    for key in ("date_from", "date_to"):
        v = a.get(key, "").strip()
        if v and not _is_day(v):
            problems.append("날짜는 YYYY-MM-DD 형식으로 입력해 주세요.")
            v = ""
        args[key] = v or None
    args["sort"] = a.get("sort") if a.get("sort") in SORTS else ("relevance" if args["q"] else "date")
    args["page"] = max(1, min(a.get("page", 1, type=int) or 1, 1000))
    return args, problems


@bp.get("/search")
def search():
    args, problems = _search_args()
    per_page = current_app.config["SEARCH_PER_PAGE"]
    inst = instance()
    results = inst.search.search(**args, per_page=per_page)
    live = inst.published_ids([h.id for h in results.hits])   # defence in depth
    hits = [(h, safe_snippet(h.snippet_html)) for h in results.hits if h.id in live]
    pages = max(1, math.ceil(results.total / per_page))
    return render_template("public/search.html", args=args, hits=hits, total=results.total,
                           pages=pages, problems=problems, grade_options=PUBLIC_GRADES,
                           **_facets())


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    doc = published_document(doc_id)
    inst = instance()
    related = _related(inst, doc.id)
    questions = session().scalars(
        select(db.Question).where(db.Question.document_id == doc.id,
                                  db.Question.status == "answered")
        .order_by(db.Question.updated_at.desc())).all()
    from web.ask import AskForm   # the form is the ask blueprint's; rendered inline here
    return render_template("public/document.html", doc=doc, blocks=masked_blocks(doc.masked_text),
                           related=related, questions=questions, form=AskForm())


def _related(inst, doc_id: str):
    try:
        hits = inst.search.related(doc_id, limit=5)
    except Exception:           # related documents are a nicety; the page must still load
        current_app.logger.exception("related documents failed for %s", doc_id)
        return []
    live = inst.published_ids([h.id for h in hits])
    return [h for h in hits if h.id in live and h.id != doc_id]


@bp.get("/documents/<doc_id>/download.txt")
def download(doc_id: str):
    doc = published_document(doc_id)
    folder = instance().public_doc_dir(doc.id)
    if not (folder / "document.txt").is_file():
        abort(404)
    name = re.sub(r"[^\w가-힣.-]+", "_", doc.doc_number or doc.id).strip("_") or "document"
    return send_from_directory(folder, "document.txt", as_attachment=True,
                               download_name=f"{name}.txt", mimetype="text/plain; charset=utf-8",
                               max_age=0)
