"""Scheduling a document for release on a later date (공개 예정일).

An official who decides "public, but not before <date>" (e.g. a plan that may be
released once the council has been briefed) sets the date here; ``disclosure.review.
schedule`` re-masks and checks the document now, and ``disclosure release-due`` later
publishes it through the core's verifying ``publish`` (see disclosure/release.py).
"""
from __future__ import annotations

from datetime import date, timedelta

from flask import flash, request
from flask_login import current_user

from disclosure import review
from domain.lifecycle import PUBLIC_GRADES
from web.dbs import instance, session
from web.review.blueprint import back, bp, comment_field, document_for_official, editable, refused

MAX_AHEAD = timedelta(days=5 * 366)


def _release_date(text: str, today: date) -> date | None:
    """A date after today and within five years, or None (with a flashed message)."""
    try:
        when = date.fromisoformat(text.strip())
    except ValueError:
        flash("공개 예정일을 YYYY-MM-DD 형식으로 입력해 주세요.", "error")
        return None
    if when <= today:
        flash("공개 예정일은 내일 이후여야 합니다. 오늘 공개하려면 「가림 적용 후 공개」를 쓰세요.",
              "error")
        return None
    if when - today > MAX_AHEAD:
        flash("공개 예정일은 5년 이내여야 합니다.", "error")
        return None
    return when


@bp.post("/documents/<doc_id>/schedule")
def schedule(doc_id: str):
    doc = document_for_official(doc_id)
    if not editable(doc):
        return back(doc_id)
    if doc.grade not in PUBLIC_GRADES:
        flash("공개구분이 공개 또는 부분공개인 문서만 공개 예정일을 정할 수 있습니다.", "error")
        return back(doc_id, "grade")
    when = _release_date(request.form.get("release_date", ""), date.today())
    if when is None:
        return back(doc_id, "schedule")
    comment = comment_field(required=False) or ""
    try:
        review.schedule(instance(), session(), doc, when, current_user.username, comment)
    except review.Refused as e:
        return refused(doc_id, e)
    flash(f"{doc.release_date}에 공개하도록 예정했습니다.", "success")
    return back(doc_id)
