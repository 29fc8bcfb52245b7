"""What an official can do to a document: confirm or lift a mask, add a mask, change the
grade, publish, withhold, withdraw.

Masks and grades can only change while the document is not public: a published
document is withdrawn first, so what the public sees always matches a reviewed state.
Publishing re-masks the *original* with the detections still in force (never edits the
old masked text), and the core's ``publish`` verifies that no masked value remains.
"""
from __future__ import annotations

from flask import abort, current_app, flash, redirect, request, url_for
from flask_login import current_user

from disclosure import audit, db
from disclosure.models import GRADES, Detection
from disclosure.publish import WithdrawalIncomplete, publish, removal_error_ko, unpublish
from web.dbs import instance, session
from web.labels import GROUNDS_KO, LABEL_KO, PUBLIC_GRADES
from web.review import bp, comment_field, document_for_official

MAX_ADDED_SPAN = 500


def _back(doc_id: str, anchor: str = ""):
    return redirect(url_for("review.document", doc_id=doc_id) + (f"#{anchor}" if anchor else ""), 303)


def _editable(doc: db.Document) -> bool:
    if doc.status == db.PUBLIC_STATUS:
        flash("공개 중인 문서는 먼저 공개를 철회한 뒤 수정할 수 있습니다.", "error")
        return False
    return True


def _det_state(d: db.DetectionRow) -> dict:
    return {"detection": d.id, "start": d.start, "end": d.end, "label": d.label,
            "source": d.source, "status": d.status}


@bp.post("/documents/<doc_id>/detections/<int:det_id>")
def detection(doc_id: str, det_id: int):
    doc = document_for_official(doc_id)
    if not _editable(doc):
        return _back(doc_id)
    det = session().get(db.DetectionRow, det_id)
    if det is None or det.document_id != doc.id:
        abort(404)
    action = request.form.get("action")
    if action not in ("accept", "reject"):
        flash("알 수 없는 작업입니다.", "error")
        return _back(doc_id)
    comment = comment_field(required=action == "reject",
                            message="가림을 해제하는 사유를 입력해 주세요.")
    if comment is None:
        return _back(doc_id, f"row-{det.id}")
    before = _det_state(det)
    det.status = "accepted" if action == "accept" else "rejected"
    audit.record(session(), current_user.username, f"detection_{action}", doc.id,
                 before=before, after=_det_state(det), comment=comment)
    session().commit()
    flash("가림을 확인했습니다." if action == "accept" else "가림을 해제했습니다.", "success")
    return _back(doc_id, f"row-{det.id}")


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
    if not _editable(doc):
        return _back(doc_id)
    label = request.form.get("label", "")
    if label not in LABEL_KO:
        flash("가림 종류를 선택해 주세요.", "error")
        return _back(doc_id, "add-mask")
    comment = comment_field(required=False) or ""
    try:
        original = instance().read_private_text(doc.id)
    except OSError:
        flash("원문을 읽을 수 없어 가림을 추가할 수 없습니다.", "error")
        return _back(doc_id)
    spans = _spans_to_add(original)
    if not spans:
        return _back(doc_id, "add-mask")
    s = session()
    for start, end in spans:
        row = db.DetectionRow(document_id=doc.id, start=start, end=end, label=label, score=1.0,
                              source=f"reviewer:{current_user.username}",
                              reason=comment or "담당자가 직접 지정", status="added")
        s.add(row)
        s.flush()
        audit.record(s, current_user.username, "detection_add", doc.id,
                     after=_det_state(row), comment=comment)
    s.commit()
    flash(f"가림 {len(spans)}건을 추가했습니다. 공개하면 반영됩니다.", "success")
    return _back(doc_id, "detections")


@bp.post("/documents/<doc_id>/grade")
def grade(doc_id: str):
    doc = document_for_official(doc_id)
    if not _editable(doc):
        return _back(doc_id)
    new_grade = request.form.get("grade", "")
    try:
        grounds = sorted({int(g) for g in request.form.getlist("grounds")})
    except ValueError:
        grounds = [0]
    if new_grade not in GRADES or any(g not in GROUNDS_KO for g in grounds):
        flash("공개구분 또는 비공개 근거가 올바르지 않습니다.", "error")
        return _back(doc_id, "grade")
    if new_grade != "public" and not grounds:
        flash("부분공개·비공개에는 제9조제1항의 근거를 하나 이상 골라 주세요.", "error")
        return _back(doc_id, "grade")
    comment = comment_field(required=True, message="공개구분을 바꾸는 사유를 입력해 주세요.")
    if comment is None:
        return _back(doc_id, "grade")
    before = audit.snapshot(doc)
    doc.grade, doc.grounds = new_grade, (grounds if new_grade != "public" else [])
    audit.record(session(), current_user.username, "grade_change", doc.id,
                 before=before, after=audit.snapshot(doc), comment=comment)
    session().commit()
    flash("공개구분을 변경했습니다.", "success")
    return _back(doc_id, "grade")


def _remask(doc: db.Document) -> tuple[str, list[Detection]] | None:
    """The original re-masked with the detections in force (None if that fails).

    Always from the private original, never by editing the stored masked text, so a
    lifted mask really reappears and an added one really disappears."""
    inst = instance()
    try:
        original = inst.read_private_text(doc.id)
        in_force = [Detection(r.start, r.end, r.label, r.score, r.source, r.reason)
                    for r in doc.detections if r.masks]
        return inst.layer1.mask(original, in_force).text, in_force
    except Exception:
        return None


@bp.post("/documents/<doc_id>/publish")
def publish_document(doc_id: str):
    doc = document_for_official(doc_id)
    if not _editable(doc):
        return _back(doc_id)
    if doc.grade not in PUBLIC_GRADES:
        flash("공개구분이 공개 또는 부분공개인 문서만 공개할 수 있습니다.", "error")
        return _back(doc_id, "grade")
    comment = comment_field(required=False) or ""
    inst, s = instance(), session()
    remasked = _remask(doc)
    if remasked is None:
        s.rollback()
        flash("가림 처리를 다시 적용하지 못했습니다. 문서는 공개되지 않았습니다.", "error")
        return _back(doc_id)
    masked, in_force = remasked
    before = audit.snapshot(doc)
    doc.masked_text = masked
    doc.status, doc.decision = "publish_pending", "publish"
    audit.record(s, current_user.username, "remask", doc.id, before=before,
                 after=audit.snapshot(doc), comment=f"가림 {len(in_force)}건 적용")
    s.commit()          # release the write lock: publish() opens its own session
    try:
        ok = publish(inst, doc.id, actor=current_user.username, comment=comment)
    except ValueError as e:
        ok = False
        flash(f"공개하지 못했습니다: {e}", "error")
    s.expire_all()
    if ok:
        flash("문서를 공개했습니다.", "success")
    elif doc.status == "review":
        flash("공개 전 검증에서 가려야 할 값이 공개본에 남아 있는 것이 발견되어 공개하지 "
              "않았습니다. 가림을 추가한 뒤 다시 시도해 주세요.", "error")
    return _back(doc_id)


@bp.post("/documents/<doc_id>/withhold")
def withhold(doc_id: str):
    doc = document_for_official(doc_id)
    try:
        ground = int(request.form.get("ground", ""))
    except ValueError:
        ground = 0
    if ground not in GROUNDS_KO:
        flash("비공개 근거(제9조제1항 제1호~제8호)를 골라 주세요.", "error")
        return _back(doc_id, "withhold")
    comment = comment_field(required=True, message="비공개 결정 사유를 입력해 주세요.")
    if comment is None:
        return _back(doc_id, "withhold")
    inst, s = instance(), session()
    incomplete = None
    if doc.status == db.PUBLIC_STATUS:
        s.rollback()
        try:
            unpublish(inst, doc.id, actor=current_user.username, reason=comment,
                      to_status="withheld")
        except WithdrawalIncomplete as e:
            incomplete = e
        except Exception:
            current_app.logger.exception("withdrawing %s before withholding failed", doc_id)
            flash("비공개 결정을 저장하지 못했습니다. " + _withdraw_failed(doc_id), "error")
            return _back(doc_id, "withhold")
        s.expire_all()
        doc = document_for_official(doc_id)
    before = audit.snapshot(doc)
    # a removal still pending stays pending: reconcile finishes it and then withholds
    doc.status = db.WITHDRAW_PENDING if incomplete else "withheld"
    doc.decision, doc.grade = "withhold", "nonpublic"
    doc.grounds = sorted({int(g) for g in (doc.grounds or [])} | {ground})
    doc.reasons = [f"담당자 비공개 결정 (제9조제1항 제{ground}호): {comment}"] + list(doc.reasons or [])
    audit.record(s, current_user.username, "withhold", doc.id, before=before,
                 after=audit.snapshot(doc), comment=comment)
    s.commit()
    flash("비공개로 결정했습니다.", "success")
    if incomplete:
        flash(_incomplete_message(incomplete), "error")
    return _back(doc_id)


def _withdraw_failed(doc_id: str) -> str:
    """What an official is told when a withdrawal stopped on an unexpected error: where
    the document is now, read again from the database."""
    s = session()
    s.rollback()
    doc = s.get(db.Document, doc_id)
    if doc is not None and doc.status == db.PUBLIC_STATUS:
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
    if doc.status != db.PUBLIC_STATUS:
        flash("공개 중인 문서가 아닙니다.", "error")
        return _back(doc_id)
    reason = comment_field("reason", required=True, message="공개 철회 사유를 입력해 주세요.")
    if reason is None:
        return _back(doc_id, "withdraw")
    session().rollback()
    try:
        unpublish(instance(), doc.id, actor=current_user.username, reason=reason,
                  to_status="review")
    except WithdrawalIncomplete as e:
        flash("공개를 철회했습니다. " + _incomplete_message(e), "error")
        return _back(doc_id)
    except Exception:
        current_app.logger.exception("withdrawing %s failed", doc_id)
        flash(_withdraw_failed(doc_id), "error")
        return _back(doc_id, "withdraw")
    flash("공개를 철회했습니다. 문서는 검토 대기로 돌아갔습니다.", "success")
    return _back(doc_id)
