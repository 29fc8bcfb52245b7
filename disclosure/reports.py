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
import re
import secrets
from datetime import timedelta

from sqlalchemy import func, select

from disclosure import audit, db
from disclosure.instance import atomic_write

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
    """Mark the report handled, with the official's note (audited; not shown publicly)."""
    before = {"report": report.number, "status": report.status}
    report.status, report.closed_at = "closed", db.utcnow()
    report.closed_by, report.resolution = actor, resolution
    audit.record(s, actor, "report_close", report.document_id, before=before,
                 after={"report": report.number, "status": "closed"}, comment=resolution)
