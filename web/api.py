"""Open data JSON API (/api/v1): published documents and answered questions.

Read-only and public. Every list is built from the search index *and then* re-read
from the database restricted to ``status == "published"`` (the index may lag a
takedown), and every record is shaped by :mod:`disclosure.opendata` from an explicit
field list, so only approval metadata, masked text and masked questions ever leave.
Errors are JSON too; limits per client address come from ``API_RATE_LIMIT``.
The description is served at /api/v1/openapi.json.
"""
from __future__ import annotations

import json
import math
import re
from datetime import date

from flask import Blueprint, abort, current_app, request, url_for
from sqlalchemy import func, select
from werkzeug.exceptions import BadRequest, HTTPException

from disclosure import db, opendata
from disclosure.search.interface import MAX_PER_PAGE, MAX_QUERY_CHARS
from web import security
from web.dbs import instance, session
from web.labels import PUBLIC_GRADES

bp = Blueprint("api", __name__, url_prefix="/api/v1")

CONFIG = {"API_RATE_LIMIT": "120 per minute;3000 per hour", "API_PER_PAGE": 20}
security.RATE_LIMITED.update({f"api.{name}": ("API_RATE_LIMIT", None) for name in (
    "documents", "document", "questions", "openapi")})
MAX_PAGE = 1000
CHUNK = 500
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@bp.record_once
def _defaults(state):
    for key, value in CONFIG.items():
        state.app.config.setdefault(key, value)


def json_response(data, status: int = 200):
    """UTF-8 JSON (not \\u escapes: people read it) that any site may fetch (no cookies)."""
    resp = current_app.response_class(json.dumps(data, ensure_ascii=False), status=status,
                                      mimetype="application/json")
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


@bp.errorhandler(HTTPException)
def _error(e: HTTPException):
    messages = {404: "not found", 429: "rate limit exceeded; slow down"}
    resp = json_response({"error": e.description if e.code == 400 else
                          messages.get(e.code, e.name.lower())}, e.code or 500)
    for k, v in e.get_headers():
        if k.lower() == "retry-after":
            resp.headers[k] = v
    return resp


def public_url(endpoint: str, **values) -> str:
    """Absolute link on the public site (PUBLIC_BASE_URL, not the request's Host header)."""
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + url_for(endpoint, **values)


def document_urls(doc_id: str) -> dict:
    return {"url": public_url("public.document", doc_id=doc_id),
            "api_url": public_url("api.document", doc_id=doc_id),
            "download_url": public_url("public.download", doc_id=doc_id),
            "questions_url": public_url("api.questions", document=doc_id)}


def published(ids) -> dict[str, db.Document]:
    """The documents among ``ids`` that are published right now (nonpublic never)."""
    ids, out = list(ids), {}
    for i in range(0, len(ids), CHUNK):          # SQLite caps the parameters of one query
        live = instance().published_ids(ids[i:i + CHUNK])
        if live:
            out.update((d.id, d) for d in session().scalars(select(db.Document).where(
                db.Document.id.in_(list(live)), db.public_documents())))
    return out


def _int_arg(name: str, default: int, lo: int, hi: int) -> int:
    raw = request.args.get(name, "")
    if raw == "":
        return default
    if not raw.isdigit() or not lo <= int(raw) <= hi:
        raise BadRequest(f"{name} must be an integer from {lo} to {hi}")
    return int(raw)


def paging() -> tuple[int, int]:
    return (_int_arg("page", 1, 1, MAX_PAGE),
            _int_arg("per_page", current_app.config["API_PER_PAGE"], 1, MAX_PER_PAGE))


def search_args() -> dict:
    """Validated filters; anything malformed is a 400 that says what is wrong."""
    a = request.args
    args = {"q": a.get("q", "").strip()[:MAX_QUERY_CHARS]}
    for key in ("department", "doc_type"):
        args[key] = a.get(key, "").strip()[:256] or None
    grade = a.get("grade", "")
    if grade and grade not in PUBLIC_GRADES:
        raise BadRequest(f"grade must be one of {', '.join(PUBLIC_GRADES)}")
    args["grade"] = grade or None
    for key in ("date_from", "date_to"):
        v = a.get(key, "").strip()
        try:
            ok = not v or (_DAY.match(v) and date.fromisoformat(v))
        except ValueError:
            ok = False
        if not ok:
            raise BadRequest(f"{key} must be a date YYYY-MM-DD")
        args[key] = v or None
    sort = a.get("sort", "")
    if sort and sort not in ("relevance", "date"):
        raise BadRequest("sort must be relevance or date")
    args["sort"] = sort or ("relevance" if args["q"] else "date")
    return args


def _page(items: list, total: int, page: int, per_page: int) -> dict:
    return {"total": total, "page": page, "per_page": per_page,
            "pages": max(1, math.ceil(total / per_page)), "items": items}


@bp.get("/documents")
def documents():
    args = search_args()
    page, per_page = paging()
    results = instance().search.search(**args, page=page, per_page=per_page)
    docs = published(h.id for h in results.hits)
    items = [opendata.document_summary(docs[h.id], document_urls)
             for h in results.hits if h.id in docs]
    return json_response(_page(items, results.total, page, per_page))


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    doc = published([doc_id]).get(doc_id)
    if doc is None:
        abort(404)
    return json_response(opendata.document_detail(doc, document_urls))


@bp.get("/questions")
def questions():
    page, per_page = paging()
    doc_id = request.args.get("document", "").strip()
    where = [db.Question.status == "answered", db.Question.body_masked != "",
             db.Question.answer_masked != "", db.public_documents()]
    if doc_id:
        if not published([doc_id]):
            abort(404)
        where.append(db.Question.document_id == doc_id)
    base = select(db.Question).join(db.Document, db.Document.id == db.Question.document_id) \
        .where(*where)
    s = session()
    total = s.scalar(select(func.count()).select_from(base.subquery()))
    rows = s.scalars(base.order_by(db.Question.updated_at.desc(), db.Question.id.desc())
                     .offset((page - 1) * per_page).limit(per_page))
    items = [opendata.question_record(q) for q in rows if opendata.is_public_question(q)]
    return json_response(_page(items, total, page, per_page))


@bp.get("/openapi.json")
def openapi():
    return json_response(opendata.openapi_spec(
        current_app.config["PUBLIC_BASE_URL"].rstrip("/"), MAX_PER_PAGE))


@bp.app_template_global("document_jsonld_tag")
def document_jsonld_tag(doc: db.Document):
    """For the public document page's ``<head>``: its schema.org/DCAT JSON-LD block
    (``{{ document_jsonld_tag(doc) }}``); empty for anything not published.

    Built from :func:`disclosure.publish.public_record` only (approval metadata and the
    masked text). Its distributions are the downloads the page offers: the redacted PDF
    when publishing wrote one, and the masked text."""
    if doc is None or not doc.is_public:
        return ""
    from disclosure.publish import public_record
    text_url = public_url("public.download", doc_id=doc.id)
    data = opendata.document_jsonld(
        public_record(doc), public_url("public.document", doc_id=doc.id),
        download_url=text_url, published_at=opendata.iso_utc(doc.published_at))
    if (instance().public_doc_dir(doc.id) / "document.pdf").is_file():
        pdf_url = public_url("public.download_pdf", doc_id=doc.id)
        data["dcat:distribution"] = [
            {"@type": "dcat:Distribution", "dcat:downloadURL": pdf_url,
             "dcat:mediaType": "application/pdf"}, data["dcat:distribution"]]
        data["encoding"] = [{"@type": "MediaObject", "contentUrl": pdf_url,
                             "encodingFormat": "application/pdf"}, data["encoding"]]
    return opendata.jsonld_script(data)
