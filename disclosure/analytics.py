"""Monitoring figures for officials and citizens: what was produced, released, withheld.

Everything is computed from the database on demand (no second bookkeeping that could
drift): documents by department and by month of approval, each counted by its outcome;
the review backlog and its age; layer-1 detections by type; reviewers' corrections per
week; how long questions waited for an answer.

"Published automatically" versus "after review" is read from the audit log, not from a
column: a published document whose latest ``publish`` event was recorded by the
``system`` actor went out on its own; one published by a person went out after an
official looked at it. That stays true however a document got there (ingest, review,
scheduled release, re-publication after a takedown).

The figures contain counts and department names only. They are shown to citizens too
(``/statistics``), so nothing here returns a title, a name or a text of a document that
is not published; the officials' dashboard adds such lists itself, per department.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from disclosure import audit, db
from domain.dates import seoul_text

OUTCOMES = ("auto", "reviewed", "withheld", "scheduled", "in_review")
# Which outcome a document status counts as (published is split by the audit log).
_STATUS_OUTCOME = {"withheld": "withheld", "scheduled": "scheduled", "review": "in_review",
                   "publish_pending": "in_review"}
BACKLOG_BUCKETS = ((0, 2, "2일 이내"), (3, 7, "3~7일"), (8, 30, "8~30일"), (31, None, "30일 초과"))
_MONTH = re.compile(r"^\d{4}-\d{2}")


@dataclass
class Counts:
    produced: int = 0
    auto: int = 0
    reviewed: int = 0
    withheld: int = 0
    scheduled: int = 0
    in_review: int = 0

    @property
    def released(self) -> int:
        return self.auto + self.reviewed

    @property
    def release_ratio(self) -> float:
        return self.released / self.produced if self.produced else 0.0

    def add(self, outcome: str) -> None:
        self.produced += 1
        setattr(self, outcome, getattr(self, outcome) + 1)

    def as_dict(self) -> dict:
        return {**asdict(self), "released": self.released,
                "release_ratio": round(self.release_ratio, 4)}


@dataclass
class Report:
    scope: str                                   # a department, or "" for all
    totals: dict
    departments: list[dict]
    months: list[dict]
    backlog: dict
    detections: list[dict]
    corrections: list[dict]
    questions: dict
    laggard_rule: str = ""
    generated_at: str = ""
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def last_publish_actors(s) -> dict[str, str]:
    """Document id → the actor of its most recent ``publish`` event."""
    latest = (select(func.max(db.Event.id)).where(db.Event.action == "publish")
              .group_by(db.Event.document_id))
    rows = s.execute(select(db.Event.document_id, db.Event.actor).where(db.Event.id.in_(latest)))
    return {doc_id: actor for doc_id, actor in rows}


def outcome(status: str, publish_actor: str | None) -> str:
    """The outcome a document counts under. A published document without any publish
    event (made outside the pipeline) counts as reviewed: it was not the filter's call."""
    if status == db.PUBLIC_STATUS:
        return "auto" if publish_actor == audit.SYSTEM else "reviewed"
    return _STATUS_OUTCOME.get(status, "in_review")


def production_month(approved_at: str, created_at: datetime | None) -> str:
    if approved_at and _MONTH.match(approved_at):
        return approved_at[:7]
    return created_at.strftime("%Y-%m") if created_at else ""


def month_range(first: str, last: str, limit: int) -> list[str]:
    """Every month from ``first`` to ``last`` (YYYY-MM), at most the ``limit`` latest."""
    y, m = map(int, first.split("-"))
    ly, lm = map(int, last.split("-"))
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out[-limit:]


def iso_week(d: datetime | date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _docs(s, department: str | None):
    q = select(db.Document.id, db.Document.department, db.Document.status,
               db.Document.approved_at, db.Document.created_at)
    if department is not None:
        q = q.where(db.Document.department == department)
    return s.execute(q).all()


def documents_by(s, department: str | None, months: int = 24,
                 laggard_gap: float = 0.10, laggard_min: int = 3):
    """(totals, per-department rows, per-month rows, the laggard rule in words).

    A department lags when it produced at least ``laggard_min`` documents and released
    a share more than ``laggard_gap`` below the share of all departments together."""
    actors = last_publish_actors(s)
    totals, by_dept, by_month = Counts(), defaultdict(Counts), defaultdict(Counts)
    for doc_id, dept, status, approved_at, created_at in _docs(s, department):
        o = outcome(status, actors.get(doc_id))
        totals.add(o)
        by_dept[dept or "(부서 없음)"].add(o)
        month = production_month(approved_at, created_at)
        if month:
            by_month[month].add(o)
    threshold = totals.release_ratio - laggard_gap
    depts = []
    for name, c in sorted(by_dept.items(), key=lambda kv: (kv[1].release_ratio, kv[0])):
        row = {"department": name, **c.as_dict()}
        row["laggard"] = c.produced >= laggard_min and c.release_ratio < threshold
        depts.append(row)
    month_rows = []
    if by_month:
        for m in month_range(min(by_month), max(by_month), months):
            month_rows.append({"month": m, **by_month.get(m, Counts()).as_dict()})
    rule = (f"문서 {laggard_min}건 이상 생산했고 공개율이 전체 공개율({totals.release_ratio:.0%})보다 "
            f"{laggard_gap:.0%}p 넘게 낮은 부서")
    return totals.as_dict(), depts, month_rows, rule


def backlog(s, department: str | None, now: datetime) -> dict:
    """Documents waiting in the review queue and how long since each entered it.

    A document enters the queue at its latest audit event whose ``after`` state is
    ``review`` (ingest, takedown, failed verification); without one, at creation."""
    q = select(db.Document.id, db.Document.created_at).where(db.Document.status == "review")
    if department is not None:
        q = q.where(db.Document.department == department)
    waiting = dict(s.execute(q).all())
    entered = dict(waiting)
    if waiting:
        events = s.execute(select(db.Event.document_id, db.Event.at, db.Event.after)
                           .where(db.Event.document_id.in_(list(waiting)))
                           .order_by(db.Event.id))
        for doc_id, at, after in events:
            if (after or {}).get("status") == "review":
                entered[doc_id] = at
    ages = {doc_id: max(0, (now - at).days) if at else 0 for doc_id, at in entered.items()}
    buckets = [{"label": label, "count": sum(1 for a in ages.values()
                                              if a >= lo and (hi is None or a <= hi))}
               for lo, hi, label in BACKLOG_BUCKETS]
    values = sorted(ages.values())
    return {"count": len(values), "oldest_days": values[-1] if values else 0,
            "median_days": statistics.median(values) if values else 0, "buckets": buckets,
            "ages": ages}


def detections_by_label(s, department: str | None) -> list[dict]:
    """Per personal-information type: found by layer 1, of those lifted by officials
    (false alarms), and added by officials (misses)."""
    q = (select(db.DetectionRow.label, db.DetectionRow.status, func.count())
         .join(db.Document, db.Document.id == db.DetectionRow.document_id)
         .group_by(db.DetectionRow.label, db.DetectionRow.status))
    if department is not None:
        q = q.where(db.Document.department == department)
    table: dict[str, Counter] = defaultdict(Counter)
    for label, status, n in s.execute(q):
        table[label]["added" if status == "added" else "found"] += n
        if status == "rejected":
            table[label]["rejected"] += n
    rows = [{"label": label, "found": c["found"], "rejected": c["rejected"], "added": c["added"]}
            for label, c in table.items()]
    return sorted(rows, key=lambda r: (-(r["found"] + r["added"]), r["label"]))


def corrections_by_week(s, department: str | None, now: datetime, weeks: int = 12) -> list[dict]:
    """Officials' mask corrections per ISO week, the last ``weeks`` weeks (empty ones too):
    misses = masks an official added, false alarms = masks an official lifted."""
    start = (now - timedelta(weeks=weeks - 1))
    start = datetime(start.year, start.month, start.day) - timedelta(days=start.weekday())
    q = (select(db.Event.at, db.Event.action)
         .where(db.Event.action.in_(("detection_add", "detection_reject")),
                db.Event.actor != audit.SYSTEM, db.Event.at >= start))
    if department is not None:
        q = q.join(db.Document, db.Document.id == db.Event.document_id).where(
            db.Document.department == department)
    counts: dict[str, Counter] = defaultdict(Counter)
    for at, action in s.execute(q):
        counts[iso_week(at)][action] += 1
    out = []
    for i in range(weeks):
        week = iso_week(start + timedelta(weeks=i))
        c = counts.get(week, Counter())
        out.append({"week": week, "misses": c["detection_add"],
                    "false_alarms": c["detection_reject"]})
    return out


def _percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def question_times(s, department: str | None, now: datetime, months: int = 12) -> dict:
    """Hours from a question to its answer (the first ``question_answer`` event naming
    its tracking number; else the question's last update), overall and by month asked;
    and how long the still-open questions have waited."""
    q = (select(db.Question.tracking, db.Question.status, db.Question.created_at,
                db.Question.updated_at)
         .join(db.Document, db.Document.id == db.Question.document_id))
    if department is not None:
        q = q.where(db.Document.department == department)
    rows = s.execute(q).all()
    answered_at: dict[str, datetime] = {}
    for at, after in s.execute(select(db.Event.at, db.Event.after)
                               .where(db.Event.action == "question_answer").order_by(db.Event.id)):
        answered_at.setdefault((after or {}).get("question", ""), at)
    hours, by_month, open_ages = [], defaultdict(list), []
    for tracking, status, created, updated in rows:
        if status == "answered":
            done = answered_at.get(tracking) or updated
            h = max(0.0, (done - created).total_seconds() / 3600)
            hours.append(h)
            by_month[created.strftime("%Y-%m")].append(h)
        else:
            open_ages.append(max(0, (now - created).days))
    month_rows = []
    if by_month:
        for m in month_range(min(by_month), max(by_month), months):
            hs = by_month.get(m, [])
            month_rows.append({"month": m, "answered": len(hs),
                               "median_hours": round(statistics.median(hs), 1) if hs else 0.0})
    return {"asked": len(rows), "answered": len(hours), "open": len(open_ages),
            "median_hours": round(statistics.median(hours), 1) if hours else 0.0,
            "p90_hours": round(_percentile(hours, 0.9), 1),
            "oldest_open_days": max(open_ages, default=0), "months": month_rows}


def report(s, department: str | None = None, now: datetime | None = None, *,
           laggard_gap: float = 0.10, laggard_min: int = 3) -> Report:
    """Every figure of the dashboard for one department (or all, with ``None``)."""
    now = now or db.utcnow()
    totals, depts, months, rule = documents_by(s, department, laggard_gap=laggard_gap,
                                               laggard_min=laggard_min)
    waiting = backlog(s, department, now)
    waiting.pop("ages")
    return Report(scope=department or "", totals=totals, departments=depts, months=months,
                  backlog=waiting, detections=detections_by_label(s, department),
                  corrections=corrections_by_week(s, department, now),
                  questions=question_times(s, department, now), laggard_rule=rule,
                  generated_at=seoul_text(now))
