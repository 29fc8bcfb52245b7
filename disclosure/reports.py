"""Citizens' reports of a missed mask: their numbers, the takedown decision under a
global cap, and closing them.

A report takes its document down at once only with evidence (the quoted value is
readable in the public copy: :mod:`disclosure.report_evidence`) and only while fewer
than ``cap`` reports took a document down in the last ``window``, counted over every
address together: one person with many addresses cannot empty the catalogue. The report
row is written and the takedowns of the window are counted in one write transaction,
so two reports arriving together are counted one after the other (SQLite lets one
writer in at a time), in this process or another.
"""
from __future__ import annotations

import json
import logging
import re
import secrets
from datetime import timedelta

from sqlalchemy import func, select

from disclosure import audit, db, personal_words, publish
from disclosure.instance import atomic_write
from disclosure.report_evidence import readable_in_public_copy
from domain import lifecycle
from domain.lifecycle import Status

log = logging.getLogger(__name__)

OUTCOMES = ("taken_down", "priority", "capped")
OUTCOME_KO = {"taken_down": "즉시 내림", "priority": "우선 검토 (공개 유지)",
              "capped": "우선 검토 (내림 한도 초과, 공개 유지)"}
STATUS_KO = {"open": "처리 중", "closed": "처리 완료"}
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"          # no 0/O, 1/I lookalikes
NUMBER_RE = re.compile(r"^R-\d{8}-[A-Z0-9]{10}$")


def new_number() -> str:
    """R-YYYYMMDD-XXXXXXXXXX: 50 random bits, so numbers cannot be guessed or walked."""
    return f"R-{db.utcnow():%Y%m%d}-" + "".join(secrets.choice(_ALPHABET) for _ in range(10))


def private_path(inst, number: str):
    """Where the citizen's own words are kept (the private store: never public)."""
    return inst.private_dir / "reports" / f"{number}.json"


def keep_private(inst, number: str, doc_id: str, text: str) -> None:
    atomic_write(private_path(inst, number), json.dumps({
        "id": number, "document_id": doc_id, "at": db.utcnow().isoformat(), "text": text},
        ensure_ascii=False, indent=1).encode("utf-8"))


def private_text(inst, number: str) -> str | None:
    """The citizen's own words (officials only), or None if they cannot be read."""
    if not NUMBER_RE.match(number or ""):
        return None
    try:
        return json.loads(private_path(inst, number).read_text(encoding="utf-8"))["text"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def takedowns_since(s, since) -> int:
    return s.scalar(select(func.count()).select_from(db.CitizenReport).where(
        db.CitizenReport.outcome == "taken_down", db.CitizenReport.created_at >= since)) or 0


def record(inst, doc_id: str, number: str, text_masked: str | None, evidence: list, *,
           cap: int, window: timedelta) -> str:
    """Store the report and return its outcome: ``taken_down`` when there is evidence and
    the cap allows it, ``capped`` when there is evidence but it does not, else
    ``priority``. The caller takes the document down for ``taken_down`` only."""
    with inst.Session.begin() as s:
        report = db.CitizenReport(number=number, document_id=doc_id, text_masked=text_masked or "",
                                  evidence=[e.as_dict() for e in evidence],
                                  outcome="taken_down" if evidence else "priority")
        s.add(report)
        s.flush()                   # the write lock is ours from here to the commit
        if evidence and takedowns_since(s, db.utcnow() - window) > cap:
            report.outcome = "capped"
        return report.outcome


def cap_alert_due(s, window: timedelta) -> bool:
    """No alert about the cap went out in the last ``window``: one alert a window, not
    one per refused takedown."""
    since = db.utcnow() - window
    events = s.scalars(select(db.Event.after).where(db.Event.action == "report_cap",
                                                    db.Event.at >= since))
    return not any((after or {}).get("alerted") for after in events)


def by_number(s, number: str) -> db.CitizenReport | None:
    if not NUMBER_RE.match(number or ""):
        return None
    return s.scalar(select(db.CitizenReport).where(db.CitizenReport.number == number))


def listing(department: str | None, status: str = "open"):
    """(report, document) pairs, newest first; ``department`` None means every one."""
    q = (select(db.CitizenReport, db.Document)
         .join(db.Document, db.Document.id == db.CitizenReport.document_id))
    if status in STATUS_KO:
        q = q.where(db.CitizenReport.status == status)
    if department is not None:
        q = q.where(db.Document.department == department)
    return q.order_by(db.CitizenReport.created_at.desc(), db.CitizenReport.id.desc())


def close(s, report: db.CitizenReport, actor: str, resolution: str) -> None:
    """Mark the report handled, with the official's note (audited; not shown publicly),
    and commit."""
    before = {"report": report.number, "status": report.status}
    report.status, report.closed_at = "closed", db.utcnow()
    report.closed_by, report.resolution = actor, resolution
    audit.record(s, actor, "report_close", report.document_id, before=before,
                 after={"report": report.number, "status": "closed"}, comment=resolution)
    s.commit()


def take_down(inst, doc_id: str, number: str, evidence=(), *, actor: str) -> bool:
    """Withdraw a reported document. Returns True when the whole withdrawal (index, public
    files, status) succeeded.

    If the withdrawal fails before the document left ``published``, the document is
    still moved to ``withdraw_pending`` (on the way back to review), which every public
    surface checks, and the next reconcile removes its public copies."""
    found = "; ".join(e.ko() for e in evidence)
    reason = (f"시민이 가려지지 않은 개인정보를 신고함 (신고번호 {number})"
              + (f" — {found}" if found else ""))
    try:
        publish.unpublish(inst, doc_id, actor=actor, reason=reason, to_status="review")
        return True
    except publish.WithdrawalIncomplete:
        # hidden everywhere already (withdraw_pending, audited); reconcile finishes it
        log.exception("removal after report %s is incomplete", number)
        return False
    except Exception:
        log.exception("unpublish after report %s failed", number)
    try:
        with inst.Session.begin() as s:
            doc = s.get(db.Document, doc_id)
            before = audit.snapshot(doc)
            lifecycle.move(doc, Status.WITHDRAW_PENDING, decision="review")
            doc.reasons = [reason] + list(doc.reasons or [])
            audit.record(s, actor, "withdraw", doc_id, before=before, after=audit.snapshot(doc),
                         comment=reason + " — 공개 파일·색인 정리 실패")
    except Exception:
        log.exception("could not even hide %s after report %s", doc_id, number)
    return False


def receive(inst, s, doc: db.Document, number: str, details: str, masked: str | None, *,
            cap: int, window: timedelta, actor: str, announce_report=None, announce_cap=None) -> str:
    """A citizen's report, start to end: keep their words privately, look for the quoted
    value in the public copy, record the outcome under the cap, take the document down
    on evidence, audit, and queue the messages (``announce_report(s, doc, outcome,
    taken_down, evidence)``, ``announce_cap(s)``, composed by the front end). Returns the
    outcome. Each step that fails is logged and the next still runs: a report with
    evidence of a leak takes the document down even when the rest fails."""
    try:
        keep_private(inst, number, doc.id, details)
    except Exception:           # the decision below matters more than the copy
        log.exception("could not store report %s", number)
    evidence = _evidence(inst, details, doc)
    try:
        outcome = record(inst, doc.id, number, masked, evidence, cap=cap, window=window)
    except Exception:           # no record, no cap: evidence of a leak still wins
        log.exception("could not record report %s", number)
        outcome = "taken_down" if evidence else "priority"
    taken_down = take_down(inst, doc.id, number, evidence, actor=actor) if outcome == "taken_down" else False
    try:
        doc = s.get(db.Document, doc.id)
        s.refresh(doc)
        audit.record(s, actor, "citizen_report", doc.id,
                     after={"report": number, "outcome": outcome, "taken_down": taken_down,
                            "evidence": [e.as_dict() for e in evidence]},
                     comment=masked or "(가림 처리 실패: 비공개 저장소의 신고 원문 참조)")
        if announce_report is not None:
            announce_report(s, doc, outcome, taken_down, evidence)
        if outcome == "capped":
            alert = cap_alert_due(s, window)
            audit.record(s, actor, "report_cap", doc.id,
                         after={"report": number, "cap": cap,
                                "window_seconds": int(window.total_seconds()), "alerted": alert},
                         comment=f"시간당 자동 내림 한도({cap}건) 초과: "
                                 f"문서를 내리지 않고 우선 검토로 보냄 (신고번호 {number})")
            if alert and announce_cap is not None:
                announce_cap(s)
        s.commit()
    except Exception:
        s.rollback()
        log.exception("could not record or announce report %s", number)
    return outcome


def _evidence(inst, details: str, doc: db.Document) -> list:
    """What the report quotes that is readable in the public copy; none if that cannot be
    told (then an official looks first: a failure must not take documents down)."""
    try:
        return readable_in_public_copy(inst.layer1, personal_words.rules_of(inst), details, doc)
    except Exception:
        log.exception("could not compare a report with %s", doc.id)
        return []
