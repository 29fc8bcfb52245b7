"""Scheduling a document for release on a later date (공개 예정일).

An official who decides "public, but not before <date>" (e.g. a plan that may be
released once the council has been briefed) sets the date here. Everything that makes
a release safe happens now, while the official is looking: the original is re-masked
with the detections in force and checked for readable masked values, exactly as
publishing would. ``disclosure release-due`` later publishes the document through the
core's verifying ``publish`` (see disclosure/release.py).
"""
from __future__ import annotations

from datetime import date, timedelta

from flask import flash, request
from flask_login import current_user

from disclosure import audit
from disclosure.publish import leaked_values
from web.dbs import instance, session
from web.labels import PUBLIC_GRADES
from web.review import bp, comment_field, document_for_official
from web.review.actions import _back, _editable, _remask

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
    if not _editable(doc):
        return _back(doc_id)
    if doc.grade not in PUBLIC_GRADES:
        flash("공개구분이 공개 또는 부분공개인 문서만 공개 예정일을 정할 수 있습니다.", "error")
        return _back(doc_id, "grade")
    when = _release_date(request.form.get("release_date", ""), date.today())
    if when is None:
        return _back(doc_id, "schedule")
    comment = comment_field(required=False) or ""
    s = session()
    remasked = _remask(doc)
    if remasked is None:
        flash("가림 처리를 다시 적용하지 못했습니다. 공개 예정일을 정하지 않았습니다.", "error")
        return _back(doc_id)
    masked, in_force = remasked
    try:
        leaks = leaked_values(instance().read_private_text(doc.id), masked, doc.detections)
    except OSError:
        leaks = ["(원문 없음)"]
    if leaks:
        flash("가린 값이 공개본에 남아 있어 공개 예정일을 정하지 않았습니다. 가림을 추가한 뒤 "
              "다시 시도해 주세요.", "error")
        return _back(doc_id, "add-mask")
    before = audit.snapshot(doc)
    doc.masked_text = masked
    doc.status, doc.decision, doc.release_date = "scheduled", "publish", when.isoformat()
    line = f"담당자 공개 예정일 지정: {doc.release_date}"
    doc.reasons = [line] + [r for r in (doc.reasons or []) if not r.startswith("담당자 공개 예정일 지정")]
    audit.record(s, current_user.username, "schedule", doc.id, before=before,
                 after=audit.snapshot(doc),
                 comment=comment or f"가림 {len(in_force)}건 적용, {doc.release_date} 공개 예정")
    s.commit()
    flash(f"{doc.release_date}에 공개하도록 예정했습니다.", "success")
    return _back(doc_id)
