"""Public pages: home, search, document, downloads (masked text, redacted PDF).

Everything here is built from the masked text and public metadata of documents whose
status is ``published`` *right now*. Search hits are checked against the database again
(``inst.published_ids``) so a stale index entry can never surface a withdrawn document,
and any other document answers 404, never 403, so its existence is not revealed.
"""
from __future__ import annotations

import math
import re
from datetime import date

from dataclasses import dataclass

from flask import Blueprint, abort, current_app, render_template, request, send_from_directory
from flask_babel import gettext
from sqlalchemy import select

from disclosure import db
from disclosure.public_fields import public_meta
from web.ask_form import AskForm
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
    if doc is None or not doc.is_public:
        abort(404)
    return doc


def _facets() -> dict[str, list[str]]:
    """Departments and document types that have at least one published document."""
    s = session()
    out = {}
    for name, col in (("departments", db.Document.department), ("doc_types", db.Document.doc_type)):
        out[name] = sorted(v for v in s.scalars(
            select(col).where(db.public_documents()).distinct()) if v)
    return out


@bp.get("/")
def home():
    latest = session().scalars(
        select(db.Document).where(db.public_documents())
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
            problems.append(gettext("날짜는 YYYY-MM-DD 형식으로 입력해 주세요."))
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
    questions = session().scalars(
        select(db.Question).where(db.Question.document_id == doc.id,
                                  db.Question.status == "answered")
        .order_by(db.Question.updated_at.desc())).all()
    return render_template("public/document.html", doc=doc, blocks=masked_blocks(doc.masked_text),
                           approval=approval_info(doc), related=related_groups(instance(), doc),
                           has_pdf=(instance().public_doc_dir(doc.id) / "document.pdf").is_file(),
                           questions=questions, form=AskForm())


# "서울특별시 시설계획과": the institution comes first in many departments' names.
# (a district's or a county's department belongs to the district: "서울특별시 노원구
# 복지정책과" is 서울특별시 노원구's, not 서울특별시's)
_ORG_PREFIX = re.compile(r"^(\S+(?:특별시|광역시|특별자치시|특별자치도|도)(?:\s+\S+(?:시|군|구)(?=\s)){0,2}"
                         r"|\S+(?:시|군|구))\s+(\S.*)$")


def approval_info(doc: db.Document) -> dict:
    """The approval metadata a citizen reads, from columns and the sidecar's ``meta``.

    Unknown items stay empty (the template shows "-") rather than being guessed."""
    org, department = public_meta(doc, "organization"), doc.department or ""
    m = _ORG_PREFIX.match(department)
    if m:
        org, department = org or m.group(1), m.group(2)
    approver = " ".join(v for v in (public_meta(doc, "approver"), f"({doc.approver_rank})"
                                    if doc.approver_rank else "") if v)
    category = " › ".join(v for v in (doc.doc_type, public_meta(doc, "category")) if v)
    return {"organization": org or current_app.config.get("ORGANIZATION_NAME", ""),
            "department": department, "drafter": public_meta(doc, "drafter"),
            "approver": approver, "retention": public_meta(doc, "retention"),
            "category": category}


@dataclass(frozen=True)
class RelatedDoc:
    id: str
    title: str
    department: str
    approved_at: str
    doc_number: str


# A cited document number: "일자리정책과-8418" (department name, hyphen, serial).
_DOC_NUMBER = re.compile(r"(?<![\w·-])([가-힣][가-힣A-Za-z0-9·]{0,40}-\d{1,8})(?!\d)")
RELATED_LIMIT = 5


def related_groups(inst, doc: db.Document) -> list[tuple[str, list[RelatedDoc]]]:
    """(kind, documents) for the document page: cited, similar text, same department.

    Each document appears once, in the first group that finds it; every candidate is a
    currently published document (the database decides, not the index)."""
    seen, groups = {doc.id}, []
    for kind, found in (("cited", _cited(doc)), ("similar", _similar(inst, doc.id)),
                        ("department", _same_department(doc))):
        fresh = [r for r in found if r.id not in seen]
        seen.update(r.id for r in fresh)
        if fresh:
            groups.append((kind, fresh[:RELATED_LIMIT]))
    return groups


def _row(d: db.Document) -> RelatedDoc:
    return RelatedDoc(d.id, d.title, d.department, d.approved_at, d.doc_number)


def _published():
    return select(db.Document).where(db.public_documents())


def _cited(doc: db.Document) -> list[RelatedDoc]:
    numbers = list(dict.fromkeys(_DOC_NUMBER.findall(doc.masked_text or "")))[:30]
    numbers = [n for n in numbers if n != doc.doc_number]
    if not numbers:
        return []
    rows = session().scalars(_published().where(db.Document.doc_number.in_(numbers))).all()
    order = {n: i for i, n in enumerate(numbers)}
    return [_row(d) for d in sorted(rows, key=lambda d: order[d.doc_number])]


def _similar(inst, doc_id: str) -> list[RelatedDoc]:
    try:
        hits = inst.search.related(doc_id, limit=RELATED_LIMIT + 1)
    except Exception:           # related documents are a nicety; the page must still load
        current_app.logger.exception("related documents failed for %s", doc_id)
        return []
    live = inst.published_ids([h.id for h in hits])
    return [RelatedDoc(h.id, h.title, h.department, h.approved_at, h.doc_number)
            for h in hits if h.id in live and h.id != doc_id]


def _same_department(doc: db.Document) -> list[RelatedDoc]:
    """Newest documents of the same department, those of the same category first."""
    if not doc.department:
        return []
    rows = session().scalars(
        _published().where(db.Document.department == doc.department, db.Document.id != doc.id)
        .order_by((db.Document.doc_type == doc.doc_type).desc(), db.Document.approved_at.desc())
        .limit(RELATED_LIMIT)).all()
    return [_row(d) for d in rows]


def _download_name(doc: db.Document, suffix: str) -> str:
    name = re.sub(r"[^\w가-힣.-]+", "_", doc.doc_number or doc.id).strip("_") or "document"
    return f"{name}.{suffix}"


def _public_file(doc_id: str, suffix: str, mimetype: str):
    """A file publishing wrote for a published document; absent means 404, never a file
    made on the fly from anything else."""
    doc = published_document(doc_id)
    folder = instance().public_doc_dir(doc.id)
    name = f"document.{suffix}"
    if not (folder / name).is_file():
        abort(404)
    return send_from_directory(folder, name, as_attachment=True,
                               download_name=_download_name(doc, suffix), mimetype=mimetype, max_age=0)


@bp.get("/documents/<doc_id>/download.txt")
def download(doc_id: str):
    return _public_file(doc_id, "txt", "text/plain")


@bp.get("/documents/<doc_id>/download.pdf")
def download_pdf(doc_id: str):
    """The redacted PDF publishing wrote (disclosure.redact)."""
    return _public_file(doc_id, "pdf", "application/pdf")
