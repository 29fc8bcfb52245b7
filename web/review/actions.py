"""What an official can do to a document: confirm or lift a mask, add a mask, change the
grade, publish, withhold, withdraw.

The views read the form and say what happened; the state changes, their audit events
and the rules about when they are allowed are the services' (``disclosure.review``,
``disclosure.publish``).
"""
from __future__ import annotations

from flask import Response, abort, current_app, flash, request
from flask_login import current_user

from disclosure import db, review
from disclosure.publish import WithdrawalIncomplete, removal_error_ko, unpublish
from domain.lifecycle import Status
from domain.types import GRADES
from web.dbs import instance, session
from web.labels import GROUNDS_KO, LABEL_KO
from web.review.blueprint import back, bp, comment_field, document_for_official, editable, refused

MAX_ADDED_SPAN = 500


@bp.post("/documents/<doc_id>/detections/<int:det_id>")
def detection(doc_id: str, det_id: int):
    doc = document_for_official(doc_id)
    if not editable(doc):
        return back(doc_id)
    det = session().get(db.DetectionRow, det_id)
    if det is None or det.document_id != doc.id:
        abort(404)
    action = request.form.get("action")
    if action not in ("accept", "reject"):
        flash("알 수 없는 작업입니다.", "error")
        return back(doc_id)
    comment = comment_field(required=action == "reject",
                            message="가림을 해제하는 사유를 입력해 주세요.")
    if comment is None:
        return back(doc_id, f"row-{det.id}")
    review.decide_detection(session(), doc, det, action == "accept", current_user.username, comment)
    flash("가림을 확인했습니다." if action == "accept" else "가림을 해제했습니다.", "success")
    return back(doc_id, f"row-{det.id}")


def _spans_to_add(original: str) -> list[tuple[int, int]] | None:
    """Spans from a selection (start/end/text) or, without JS, every occurrence of a phrase."""
    f = request.form
    if f.get("start", "").strip() or f.get("end", "").strip():
        try:
            start, end = int(f["start"]), int(f["end"])
        except (KeyError, ValueError):
            flash("선택 범위가 올바르지 않습니다.", "error")
            return None
        if not (0 <= start < end <= len(original)) or end - start > MAX_ADDED_SPAN:
            flash("선택 범위가 문서 밖에 있거나 너무 깁니다.", "error")
            return None
        chosen = f.get("text")
        if chosen is not None and original[start:end] != chosen:
            start = _nearest(original, chosen, start)
            if start is None:
                flash("선택한 글자와 원문이 일치하지 않습니다. 다시 선택해 주세요.", "error")
                return None
            end = start + len(chosen)
        # trim surrounding whitespace: a mask covers the value, not the spaces around it
        while start < end and original[start].isspace():
            start += 1
        while end > start and original[end - 1].isspace():
            end -= 1
        return [(start, end)] if start < end else None
    phrase = f.get("phrase", "").strip()
    if len(phrase) < 2 or len(phrase) > MAX_ADDED_SPAN:
        flash("가릴 글자를 본문에서 선택하거나, 2자 이상 입력해 주세요.", "error")
        return None
    spans, pos = [], original.find(phrase)
    while pos != -1:
        spans.append((pos, pos + len(phrase)))
        pos = original.find(phrase, pos + len(phrase))
    if not spans:
        flash("입력한 글자를 원문에서 찾지 못했습니다.", "error")
        return None
    return spans


def _nearest(original: str, chosen: str, near: int) -> int | None:
    """Where ``chosen`` really starts: browsers turn CR LF into LF, shifting offsets by at
    most the number of CRs before it. Anything further away is a wrong selection."""
    if not chosen:
        return None
    slack = original.count("\r", 0, near + len(chosen) + 1)
    best = None
    pos = original.find(chosen, max(0, near - 1), near + slack + len(chosen) + 1)
    while pos != -1 and pos <= near + slack:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        pos = original.find(chosen, pos + 1, near + slack + len(chosen) + 1)
    return best


@bp.post("/documents/<doc_id>/detections/add")
def add_detection(doc_id: str):
    doc = document_for_official(doc_id)
    if not editable(doc):
        return back(doc_id)
    label = request.form.get("label", "")
    if label not in LABEL_KO:
        flash("가림 종류를 선택해 주세요.", "error")
        return back(doc_id, "add-mask")
    comment = comment_field(required=False) or ""
    try:
        original = instance().read_private_text(doc.id)
    except OSError:
        flash("원문을 읽을 수 없어 가림을 추가할 수 없습니다.", "error")
        return back(doc_id)
    spans = _spans_to_add(original)
    if not spans:
        return back(doc_id, "add-mask")
    review.add_masks(session(), doc, spans, label, current_user.username, comment)
    flash(f"가림 {len(spans)}건을 추가했습니다. 공개하면 반영됩니다.", "success")
    return back(doc_id, "detections")


@bp.post("/documents/<doc_id>/grade")
def grade(doc_id: str):
    doc = document_for_official(doc_id)
    if not editable(doc):
        return back(doc_id)
    new_grade = request.form.get("grade", "")
    try:
        grounds = sorted({int(g) for g in request.form.getlist("grounds")})
    except ValueError:
        grounds = [0]
    if new_grade not in GRADES or any(g not in GROUNDS_KO for g in grounds):
        flash("공개구분 또는 비공개 근거가 올바르지 않습니다.", "error")
        return back(doc_id, "grade")
    if new_grade != "public" and not grounds:
        flash("부분공개·비공개에는 제9조제1항의 근거를 하나 이상 골라 주세요.", "error")
        return back(doc_id, "grade")
    comment = comment_field(required=True, message="공개구분을 바꾸는 사유를 입력해 주세요.")
    if comment is None:
        return back(doc_id, "grade")
    review.change_grade(session(), doc, new_grade, grounds, current_user.username, comment)
    flash("공개구분을 변경했습니다.", "success")
    return back(doc_id, "grade")


@bp.post("/documents/<doc_id>/publish")
def publish_document(doc_id: str):
    doc = document_for_official(doc_id)
    if request.form.get("confirm") != "yes":
        flash("공개하려면 가린 내용을 확인했다는 확인란에 표시해 주세요.", "error")
        return back(doc_id, "publish")
    comment = comment_field(required=False) or ""
    try:
        ok = review.publish_reviewed(instance(), session(), doc, current_user.username, comment)
    except review.Refused as e:
        return refused(doc_id, e)
    if ok:
        flash("문서를 공개했습니다.", "success")
    elif doc.status == Status.REVIEW:
        flash("공개 전 검증에서 가려야 할 값이 공개본에 남아 있는 것이 발견되어 공개하지 "
              "않았습니다. 가림을 추가한 뒤 다시 시도해 주세요.", "error")
    return back(doc_id)


@bp.get("/documents/<doc_id>/preview.pdf")
def preview(doc_id: str):
    """The redacted PDF as citizens would download it, for the official to read before
    publishing (never stored, never cached)."""
    doc = document_for_official(doc_id)
    try:
        data = review.preview_pdf(instance(), doc)
    except review.Refused as e:
        return refused(doc_id, e)
    return Response(data, mimetype="application/pdf", headers={
        "Content-Disposition": f'inline; filename="preview-{doc.id}.pdf"',
        "Cache-Control": "no-store", "X-Robots-Tag": "noindex"})


@bp.post("/documents/<doc_id>/withhold")
def withhold(doc_id: str):
    doc = document_for_official(doc_id)
    grounds = sorted({int(g) for g in request.form.getlist("ground") if g.isdigit() and int(g) in GROUNDS_KO})
    if not grounds or len(grounds) != len(request.form.getlist("ground")):
        flash("비공개 근거(제9조제1항 제1호~제8호)를 하나 이상 골라 주세요.", "error")
        return back(doc_id, "withhold")
    comment = comment_field(required=True, message="비공개 결정 사유를 입력해 주세요.")
    if comment is None:
        return back(doc_id, "withhold")
    try:
        incomplete = review.withhold(instance(), session(), doc, grounds, current_user.username, comment)
    except Exception:
        current_app.logger.exception("withholding %s failed", doc_id)
        flash("비공개 결정을 저장하지 못했습니다. " + _withdraw_failed(doc_id), "error")
        return back(doc_id, "withhold")
    flash("비공개로 결정했습니다.", "success")
    if incomplete:
        flash(_incomplete_message(incomplete), "error")
    return back(doc_id)


def _withdraw_failed(doc_id: str) -> str:
    """What an official is told when a withdrawal stopped on an unexpected error: where
    the document is now, read again from the database."""
    s = session()
    s.rollback()
    doc = s.get(db.Document, doc_id)
    if doc is not None and doc.status == Status.PUBLISHED:
        return "공개를 철회하지 못했습니다. 문서는 아직 공개 중입니다. 잠시 후 다시 시도해 주세요."
    return ("공개 화면·검색·내려받기에서는 내려졌지만 철회 처리가 끝나지 않았습니다. 다음 정리 "
            "작업(disclosure reconcile)에서 마무리됩니다.")


def _incomplete_message(e: WithdrawalIncomplete) -> str:
    return (f"문서는 공개 화면·검색·내려받기에서 모두 내려졌지만 {removal_error_ko(e.error)}. "
            "남은 파일은 다음 정리 작업(disclosure reconcile, 매 수집 시작 때도 실행)에서 "
            "삭제됩니다. 계속되면 시스템 관리자에게 알려 주세요.")


@bp.post("/documents/<doc_id>/withdraw")
def withdraw(doc_id: str):
    doc = document_for_official(doc_id)
    if doc.status != Status.PUBLISHED:
        flash("공개 중인 문서가 아닙니다.", "error")
        return back(doc_id)
    reason = comment_field("reason", required=True, message="공개 철회 사유를 입력해 주세요.")
    if reason is None:
        return back(doc_id, "withdraw")
    if request.form.get("confirm") != "yes":
        flash("공개를 철회하려면 공개본을 내린다는 확인란에 표시해 주세요.", "error")
        return back(doc_id, "withdraw")
    session().rollback()
    try:
        unpublish(instance(), doc.id, actor=current_user.username, reason=reason,
                  to_status="review")
    except WithdrawalIncomplete as e:
        flash("공개를 철회했습니다. " + _incomplete_message(e), "error")
        return back(doc_id)
    except Exception:
        current_app.logger.exception("withdrawing %s failed", doc_id)
        flash(_withdraw_failed(doc_id), "error")
        return back(doc_id, "withdraw")
    flash("공개를 철회했습니다. 문서는 검토 대기로 돌아갔습니다.", "success")
    return back(doc_id)
