"""Times as people read them: stored in UTC (naive datetimes, as ``datetime.utcnow``
gives), shown in Seoul time. Korea has no daylight saving time, so Seoul is UTC+9 all
year and a fixed offset is exact (no time-zone database needed)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

SEOUL = timezone(timedelta(hours=9), "KST")


def to_seoul(at: datetime) -> datetime:
    """A stored time (naive UTC, or aware) as an aware Seoul time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(SEOUL)


def seoul_text(at: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """``at`` in Seoul time for a page (``-`` for no time)."""
    return to_seoul(at).strftime(fmt) if at else "-"


def seoul_iso(at: datetime) -> str:
    """``at`` in Seoul time, ISO 8601 with its offset (2026-03-02T09:00:00+09:00)."""
    return to_seoul(at).isoformat(timespec="seconds")
