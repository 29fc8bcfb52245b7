"""The review queue and the review page of one document.

The queue is built for clearing a department's backlog quickly: it filters (status,
department, grade, approver rank, minimum age, words in the title or reason), sorts by
age, department or approver rank, and the header counts every matching document, not
just the page shown. The review page links to the next document waiting, so an
official goes from one decision to the next without returning to the list. Citizens'
open reports head the queue as priorities (:mod:`web.review.reports`), and documents
with one are flagged in the list.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from flask import render_template, request, url_for
from flask_login import current_user
from sqlalchemy import String, cast, or_, select

from disclosure import db
from disclosure.reports import OUTCOME_KO, private_text as private_report_text
from domain.types import GRADES
from web.dbs import instance, session
from web.render import highlight_original, masked_blocks
from web.review import reports as citizen_reports
from web.review.blueprint import bp, document_for_official

QUEUE_STATUSES = ("review", "withheld", "scheduled", "publish_pending", "withdraw_pending",
                  "published")
SORTS = ("age", "department", "rank")
AGE_CHOICES = (0, 3, 7, 14, 30)
PAGE_SIZE = 100
MAX_MATCHED = 5000      # more than any department's queue; keeps one request bounded


@dataclass
class QueueQuery:
    """The queue's filters and sort, read from the query string (bad values → defaults)."""

    status: str = "review"
    department: str = ""
    grade: str = ""
    rank: str = ""
    min_age: int = 0
    q: str = ""
    sort: str = "age"
    desc: bool = True           # age: oldest first; rank: highest first; department: Z→A
    page: int = 1

    @classmethod
    def from_args(cls, args, *, is_admin: bool, own_department: str) -> "QueueQuery":
        def intarg(name, default):
            try:
                return int(args.get(name, default))
            except (TypeError, ValueError):
                return default
        status = args.get("status", "review")
        sort = args.get("sort", "age")
        grade = args.get("grade", "")
        return cls(
            status=status if status in QUEUE_STATUSES else "review",
            # a reviewer sees their own department only, whatever the URL says
            department=args.get("department", "").strip() if is_admin else own_department,
            grade=grade if grade in GRADES else "",
            rank=args.get("rank", "").strip()[:64],
            min_age=max(0, min(intarg("min_age", 0), 3650)),
            q=args.get("q", "").strip()[:100],
            sort=sort if sort in SORTS else "age",
            desc=args.get("desc", "1" if sort in ("age", "rank") or sort not in SORTS else "0") == "1",
            page=max(1, intarg("page", 1)),
        )

    def args(self, **changes) -> dict:
        """Query-string arguments for a link that keeps every filter but ``changes``."""
        values = {"status": self.status, "department": self.department if current_user.is_admin else "",
                  "grade": self.grade, "rank": self.rank, "min_age": self.min_age or "",
                  "q": self.q, "sort": self.sort, "desc": "1" if self.desc else "0"}
        values.update(changes)
        return {k: v for k, v in values.items() if v not in ("", None)}


def _rank_level():
    """``rank -> level`` from the policy; an unreadable policy sorts every rank as unknown
    rather than breaking the queue (the queue must stay usable while rules are fixed)."""
    try:
        policy = instance().policy
    except Exception:
        return lambda rank: None
    return policy.rank_level


def _filtered(qq: QueueQuery):
    q = select(db.Document).where(db.Document.status == qq.status)
    if qq.department:
        q = q.where(db.Document.department == qq.department)
    if qq.grade:
        q = q.where(db.Document.grade == qq.grade)
    if qq.rank:
        q = q.where(db.Document.approver_rank == qq.rank)
    if qq.min_age:
        q = q.where(db.Document.created_at <= db.utcnow() - timedelta(days=qq.min_age))
    if qq.q:
        like = f"%{qq.q.replace('%', '').replace('_', '')}%"
        q = q.where(or_(db.Document.title.ilike(like), db.Document.id.ilike(like),
                        cast(db.Document.reasons, String).ilike(like)))
    return q


def sort_documents(docs: list, sort: str, desc: bool, rank_level) -> list:
    """Sort in Python: rank order comes from the policy file, not from the database.

    Ties always fall back to age, oldest first, so a department works its backlog in
    order; documents with an unknown rank go last when sorting by rank (either way)."""
    by_age = sorted(docs, key=lambda d: (d.created_at, d.id))
    if sort == "age":
        return by_age if desc else by_age[::-1]
    if sort == "department":
        return sorted(by_age, key=lambda d: d.department or "", reverse=desc)
    known = [d for d in by_age if rank_level(d.approver_rank) is not None]
    unknown = [d for d in by_age if rank_level(d.approver_rank) is None]
    return sorted(known, key=lambda d: rank_level(d.approver_rank), reverse=desc) + unknown


@bp.get("/")
def queue():
    qq = QueueQuery.from_args(request.args, is_admin=current_user.is_admin,
                              own_department=current_user.department)
    matched = session().scalars(_filtered(qq).limit(MAX_MATCHED)).all()
    docs = sort_documents(list(matched), qq.sort, qq.desc, _rank_level())
    pages = max(1, -(-len(docs) // PAGE_SIZE))
    page = min(qq.page, pages)
    scope = select(db.Document.approver_rank).distinct()
    if not current_user.is_admin:
        scope = scope.where(db.Document.department == current_user.department)
    ranks = sorted({r for r in session().scalars(scope) if r})
    departments = sorted(d for d in session().scalars(
        select(db.Document.department).distinct()) if d) if current_user.is_admin else []
    shown = docs[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    return render_template(
        "review/queue.html", docs=shown, total=len(docs),
        reported=citizen_reports.open_report_documents(d.id for d in shown),
        **citizen_reports.open_reports_box(), OUTCOME_KO=OUTCOME_KO,
        truncated=len(matched) >= MAX_MATCHED, page=page, pages=pages, qq=qq,
        status=qq.status, department=qq.department, departments=departments, ranks=ranks,
        statuses=QUEUE_STATUSES, age_choices=AGE_CHOICES, sorts=SORTS,
        queue_url=lambda **changes: url_for("review.queue", **qq.args(**changes)))


def next_in_queue(doc: db.Document) -> db.Document | None:
    """The next document waiting for review that this official may act on: the oldest
    one after ``doc`` (by ingestion), wrapping round to the oldest of all."""
    q = select(db.Document).where(db.Document.status == "review", db.Document.id != doc.id)
    if not current_user.is_admin:
        q = q.where(db.Document.department == current_user.department)
    order = (db.Document.created_at, db.Document.id)
    after = q.where(or_(db.Document.created_at > doc.created_at,
                        (db.Document.created_at == doc.created_at) & (db.Document.id > doc.id)))
    return (session().scalars(after.order_by(*order).limit(1)).first()
            or session().scalars(q.order_by(*order).limit(1)).first())


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
        next_doc=next_in_queue(doc), tomorrow=(date.today() + timedelta(days=1)).isoformat(),
        values={d.id: original[d.start:d.end] for d in doc.detections} if original else {},
        citizen_reports=[(r, private_report_text(instance(), r.number) if r.status == "open" else None)
                         for r in citizen_reports.for_document(doc.id)],
        OUTCOME_KO=OUTCOME_KO)
