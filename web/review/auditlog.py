"""The audit log, per document on screen and as CSV (admins: every event).

Times are Seoul time with their offset (2026-03-02T09:00:00+09:00). CSV cells that a spreadsheet would run as a formula (starting with = + - @ or a
control character) are prefixed with an apostrophe: comments are typed by people and
the file is meant to be opened in Excel.
"""
from __future__ import annotations

import csv
import io
import json

from flask import Response, render_template
from flask_login import current_user
from sqlalchemy import select

from disclosure import db
from domain.dates import seoul_iso
from web.dbs import session
from web.review.blueprint import bp, document_for_official

CSV_COLUMNS = ("id", "at", "actor", "action", "document_id", "before", "after", "comment")


def _cell(value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, (dict, list)) \
        else ("" if value is None else str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(events, filename: str) -> Response:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)
    for e in events:
        w.writerow([_cell(e.id), _cell(seoul_iso(e.at)), _cell(e.actor),
                    _cell(e.action), _cell(e.document_id), _cell(e.before), _cell(e.after),
                    _cell(e.comment)])
    # UTF-8 with BOM so Excel on Korean Windows reads Hangul correctly
    return Response("\ufeff" + buf.getvalue(), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _doc_events(doc_id: str):
    return session().scalars(select(db.Event).where(db.Event.document_id == doc_id)
                             .order_by(db.Event.at, db.Event.id)).all()


@bp.get("/documents/<doc_id>/audit")
def document_audit(doc_id: str):
    doc = document_for_official(doc_id)
    return render_template("review/audit.html", doc=doc, events=_doc_events(doc.id))


@bp.get("/documents/<doc_id>/audit.csv")
def document_audit_csv(doc_id: str):
    doc = document_for_official(doc_id)
    return _csv(_doc_events(doc.id), "audit-document.csv")


@bp.get("/audit.csv")
def audit_csv():
    """Admins: every event. Reviewers: events on their department's documents."""
    q = select(db.Event).order_by(db.Event.at, db.Event.id)
    if not current_user.is_admin:
        q = q.where(db.Event.document_id.in_(
            select(db.Document.id).where(db.Document.department == current_user.department)))
    return _csv(session().scalars(q).all(), "audit.csv")
