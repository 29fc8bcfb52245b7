"""What an official does to a document under review, as functions that the web workspace
(``web/review``) and any other front end call: confirm or lift a mask, add masks, change
the grade, publish, withhold, schedule a release.

Each takes the instance or the open session, the document row (the caller has checked
that it exists and that the official may act on it) and the official's name; it moves
the document through :mod:`domain.lifecycle`, writes the audit event and commits. What
cannot be done raises :class:`Refused` with a line an official can act on, and changes
nothing.

Masks and grades change only while the document is not public: a published document is
withdrawn first, so what the public sees always matches a reviewed state. Publishing
re-masks the *original* with the detections still in force (never edits the old masked
text), and ``disclosure.publish.publish`` verifies that no masked value remains.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from disclosure import audit, db
from disclosure.instance import Instance
from disclosure.public_fields import leaked_values
from disclosure.publish import WithdrawalIncomplete, publish, unpublish
from domain import lifecycle
from domain.lifecycle import PUBLIC_GRADES, Status
from domain.types import Detection


class Refused(Exception):
    """The action was not carried out; ``message`` says why in plain Korean, ``anchor``
    names the part of the document page it concerns."""

    def __init__(self, message: str, anchor: str = ""):
        super().__init__(message)
        self.message, self.anchor = message, anchor


def require_editable(doc: db.Document) -> None:
    if doc.status == Status.PUBLISHED:
        raise Refused("공개 중인 문서는 먼저 공개를 철회한 뒤 수정할 수 있습니다.")


def detection_state(d: db.DetectionRow) -> dict:
    return {"detection": d.id, "start": d.start, "end": d.end, "label": d.label,
            "source": d.source, "status": d.status}


def decide_detection(s: Session, doc: db.Document, det: db.DetectionRow, accept: bool,
                     actor: str, comment: str) -> None:
    """Confirm (``accept``) or lift a mask layer 1 proposed."""
    require_editable(doc)
    before = detection_state(det)
    det.status = "accepted" if accept else "rejected"
    audit.record(s, actor, "detection_accept" if accept else "detection_reject", doc.id,
                 before=before, after=detection_state(det), comment=comment)
    s.commit()


def add_masks(s: Session, doc: db.Document, spans: list[tuple[int, int]], label: str,
              actor: str, comment: str) -> None:
    """Masks an official adds (character spans of the original), one audit event each."""
    require_editable(doc)
    for start, end in spans:
        row = db.DetectionRow(document_id=doc.id, start=start, end=end, label=label, score=1.0,
                              source=f"reviewer:{actor}", reason=comment or "담당자가 직접 지정",
                              status="added")
        s.add(row)
        s.flush()
        audit.record(s, actor, "detection_add", doc.id, after=detection_state(row), comment=comment)
    s.commit()


def change_grade(s: Session, doc: db.Document, grade: str, grounds: list[int], actor: str,
                 comment: str) -> None:
    require_editable(doc)
    before = audit.snapshot(doc)
    doc.grade, doc.grounds = grade, (grounds if grade != "public" else [])
    audit.record(s, actor, "grade_change", doc.id, before=before, after=audit.snapshot(doc),
                 comment=comment)
    s.commit()


def remask(inst: Instance, doc: db.Document) -> tuple[str, list[Detection]]:
    """The original masked again with the detections in force, and those detections.

    Always from the private original, never by editing the stored masked text, so a
    lifted mask really reappears and an added one really disappears."""
    try:
        original = inst.read_private_text(doc.id)
        in_force = [Detection(r.start, r.end, r.label, r.score, r.source, r.reason)
                    for r in doc.detections if r.masks]
        return inst.layer1.mask(original, in_force).text, in_force
    except Exception as e:
        raise Refused("가림 처리를 다시 적용하지 못했습니다.") from e


def _remasked_for_release(inst: Instance, s: Session, doc: db.Document, may: str,
                          not_done: str) -> tuple[str, list[Detection]]:
    """What publishing and scheduling both check first: the document is editable, of a
    public grade, and its original masks again (``may`` and ``not_done`` finish the
    Korean messages: what only such a document may have, what did not happen)."""
    require_editable(doc)
    if doc.grade not in PUBLIC_GRADES:
        raise Refused(f"공개구분이 공개 또는 부분공개인 문서만 {may}.", "grade")
    try:
        return remask(inst, doc)
    except Refused as e:
        s.rollback()
        raise Refused(f"{e.message} {not_done}") from e


def preview_pdf(inst: Instance, doc: db.Document) -> bytes:
    """The redacted PDF exactly as citizens would download it now: made by the same code
    as publishing (``publish.public_pdf``) from the original and the masks in force, read
    back and verified; kept nowhere. Refused, in Korean, when it cannot be made or a
    masked value would still be readable in it."""
    from disclosure.publish import public_pdf

    try:
        original = inst.read_private_text(doc.id)
    except OSError as e:
        raise Refused("원문을 읽지 못해 미리보기를 만들 수 없습니다.") from e
    made = public_pdf(inst, doc, original)
    if made.data is None:
        raise Refused("가린 값이 공개본에 아직 읽히는 곳이 있어 미리보기를 보여 줄 수 없습니다. 가림을 추가해 주세요."
                      if made.leaked else "공개본 PDF를 만들지 못했습니다. 담당 부서 관리자에게 알려 주세요.")
    return made.data


def publish_reviewed(inst: Instance, s: Session, doc: db.Document, actor: str, comment: str) -> bool:
    """Re-mask, then publish through the verifying ``publish``. True when published; False
    when verification found a masked value readable (the document is back in review)."""
    masked, in_force = _remasked_for_release(inst, s, doc, "공개할 수 있습니다", "문서는 공개되지 않았습니다.")
    before = audit.snapshot(doc)
    doc.masked_text = masked
    lifecycle.move(doc, Status.PUBLISH_PENDING, decision="publish")
    audit.record(s, actor, "remask", doc.id, before=before, after=audit.snapshot(doc),
                 comment=f"가림 {len(in_force)}건 적용")
    s.commit()          # release the write lock: publish() opens its own session
    try:
        return publish(inst, doc.id, actor=actor, comment=comment)
    except ValueError as e:
        raise Refused(f"공개하지 못했습니다: {e}") from e
    finally:
        s.expire_all()


def withhold(inst: Instance, s: Session, doc: db.Document, grounds: int | list[int], actor: str,
             comment: str) -> WithdrawalIncomplete | None:
    """Decide the document nonpublic on one or more Art. 9(1) grounds, withdrawing it first when
    it is public. Returns the incomplete removal, if the public copies could not all be
    removed yet (the document is off every public surface all the same, and reconcile
    finishes the removal and then withholds it). Other errors of the withdrawal are
    raised with nothing changed beyond what the withdrawal itself audited."""
    chosen = sorted({int(g) for g in ([grounds] if isinstance(grounds, int) else grounds)})
    if not chosen or any(not 1 <= g <= 8 for g in chosen):
        raise Refused("비공개 근거는 제9조제1항 제1호~제8호 가운데 하나 이상이어야 합니다.")
    incomplete = None
    if doc.status == Status.PUBLISHED:
        s.rollback()
        try:
            unpublish(inst, doc.id, actor=actor, reason=comment, to_status="withheld")
        except WithdrawalIncomplete as e:
            incomplete = e
        s.expire_all()
        doc = s.get(db.Document, doc.id)
    before = audit.snapshot(doc)
    # a removal still pending stays pending: reconcile finishes it and then withholds
    lifecycle.move(doc, Status.WITHDRAW_PENDING if incomplete else Status.WITHHELD, decision="withhold")
    doc.grade = "nonpublic"
    doc.grounds = sorted({int(g) for g in (doc.grounds or [])} | set(chosen))
    items = "·".join(f"제{g}호" for g in chosen)
    doc.reasons = [f"담당자 비공개 결정 (제9조제1항 {items}): {comment}"] + list(doc.reasons or [])
    audit.record(s, actor, "withhold", doc.id, before=before, after=audit.snapshot(doc), comment=comment)
    s.commit()
    return incomplete


SCHEDULE_LINE = "담당자 공개 예정일 지정"


def schedule(inst: Instance, s: Session, doc: db.Document, when: date, actor: str, comment: str) -> None:
    """Publish on ``when`` (``disclosure release-due`` does it then). Everything that
    makes the release safe happens now: the original is re-masked with the detections in
    force and checked for readable masked values, as publishing would."""
    masked, in_force = _remasked_for_release(inst, s, doc, "공개 예정일을 정할 수 있습니다",
                                             "공개 예정일을 정하지 않았습니다.")
    try:
        leaks = leaked_values(inst.read_private_text(doc.id), masked, doc.detections)
    except OSError:
        leaks = ["(원문 없음)"]
    if leaks:
        raise Refused("가린 값이 공개본에 남아 있어 공개 예정일을 정하지 않았습니다. 가림을 추가한 뒤 "
                      "다시 시도해 주세요.", "add-mask")
    before = audit.snapshot(doc)
    doc.masked_text = masked
    lifecycle.move(doc, Status.SCHEDULED, decision="publish")
    doc.release_date = when.isoformat()
    line = f"{SCHEDULE_LINE}: {doc.release_date}"
    doc.reasons = [line] + [r for r in (doc.reasons or []) if not r.startswith(SCHEDULE_LINE)]
    audit.record(s, actor, "schedule", doc.id, before=before, after=audit.snapshot(doc),
                 comment=comment or f"가림 {len(in_force)}건 적용, {doc.release_date} 공개 예정")
    s.commit()
