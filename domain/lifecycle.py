"""A document's lifecycle: its statuses, the moves allowed between them, and whether the
public may see it.

::

    (new) ──► review ◄──► withheld ◄──► scheduled
                 │            │             │
                 └────────────┴─────┬───────┘
                                    ▼
                             publish_pending ──► published ──► withdraw_pending ──► review / withheld

* ``publish_pending`` is the crash-safe step between the decision and the public store
  and index: the public files are written and verified, then the status becomes
  ``published`` (``disclosure.publish``; ``disclosure.reconcile`` finishes a step a
  crash interrupted). Nothing reaches ``published`` any other way.
* ``withdraw_pending`` is the same step on the way back: the document is already off
  every public surface (nothing serves a status other than ``published``) while its
  public files and index entry are removed. Nothing leaves ``published`` any other way.

:func:`move` is the one place a status is assigned; it refuses a move the table does not
allow. :func:`is_public` is the one answer to "may the public see this document?".
"""
from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    REVIEW = "review"
    WITHHELD = "withheld"
    SCHEDULED = "scheduled"
    PUBLISH_PENDING = "publish_pending"
    PUBLISHED = "published"
    WITHDRAW_PENDING = "withdraw_pending"


#: what officials read for each status
STATUS_KO: dict[str, str] = {
    Status.REVIEW: "검토 대기", Status.PUBLISHED: "공개됨", Status.WITHHELD: "비공개 결정",
    Status.SCHEDULED: "공개 예정", Status.PUBLISH_PENDING: "공개 처리 중",
    Status.WITHDRAW_PENDING: "공개 철회 처리 중",
}

_NOT_YET_PUBLIC = {Status.REVIEW, Status.WITHHELD, Status.SCHEDULED, Status.PUBLISH_PENDING,
                   Status.WITHDRAW_PENDING}
#: where a document may go from each status (staying where it is is always allowed: a
#: re-examination can confirm a status). ``None`` is a document being created.
MOVES: dict[Status | None, frozenset[Status]] = {
    None: frozenset({Status.REVIEW, Status.WITHHELD, Status.SCHEDULED, Status.PUBLISH_PENDING}),
    Status.REVIEW: frozenset(_NOT_YET_PUBLIC),
    Status.WITHHELD: frozenset(_NOT_YET_PUBLIC),
    Status.SCHEDULED: frozenset(_NOT_YET_PUBLIC),
    Status.PUBLISH_PENDING: frozenset(_NOT_YET_PUBLIC | {Status.PUBLISHED}),
    Status.PUBLISHED: frozenset({Status.WITHDRAW_PENDING}),
    Status.WITHDRAW_PENDING: frozenset({Status.REVIEW, Status.WITHHELD}),
}

#: the grades a published document may carry
PUBLIC_GRADES = ("public", "partial")
#: decisions (the filter's or an official's) and the statuses they lead to
DECISION_STATUS = {"publish": Status.PUBLISH_PENDING, "review": Status.REVIEW,
                   "withhold": Status.WITHHELD}


class IllegalMove(ValueError):
    """A status change the lifecycle does not allow (a bug, never a user's mistake)."""


def allowed(old: str | None, new: str) -> bool:
    new = Status(new)
    if old is not None and Status(old) == new:
        return True
    return new in MOVES[Status(old) if old is not None else None]


def move(doc, to: str, *, decision: str | None = None) -> None:
    """Set ``doc.status`` (and ``doc.decision`` when given) after checking the move.

    ``doc`` is anything with ``status`` and ``decision`` attributes (the database row)."""
    old = getattr(doc, "status", None) or None
    if not allowed(old, to):
        raise IllegalMove(f"문서 상태를 '{STATUS_KO.get(old, old)}'에서 '{STATUS_KO.get(to, to)}'(으)로 "
                          f"바꿀 수 없습니다 ({old} -> {to})")
    doc.status = Status(to).value
    if decision is not None:
        doc.decision = decision


def is_public(status: str, grade: str) -> bool:
    """May the public see a document in this state? Published, and never graded nonpublic."""
    return status == Status.PUBLISHED and grade != "nonpublic"
