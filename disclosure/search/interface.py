"""The engine-neutral search interface the web app and the pipeline program against.

Why an ABC and plain dataclasses: at city scale a server engine (OpenSearch with the
nori analyzer, say) can replace Whoosh by implementing `SearchIndex`; callers only
ever see `SearchResults` and `Hit`, never a Whoosh object.

Contract every engine keeps: only the fields of `DOC_FIELDS` exist, the `text` it is
given is already masked and is the only text it may show, and `snippet_html` is safe
to insert into a page as is (escaped, with `<mark>` around matches).
"""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

# The keys a document may carry. Anything else (notably any unmasked original text)
# is refused, so nothing the pipeline did not mean to publish can enter the index.
DOC_FIELDS = ("id", "title", "department", "doc_type", "doc_number", "approved_at",
              "grade", "text")
SORTS = ("relevance", "date")
MAX_PER_PAGE = 100
# A public search box: longer input is cut, so one request cannot buy seconds of Kiwi.
MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    department: str
    doc_type: str
    doc_number: str
    approved_at: str
    grade: str
    snippet_html: str


@dataclass(frozen=True)
class SearchResults:
    total: int
    page: int
    per_page: int
    hits: list[Hit] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def parse_day(value: str | date | None, what: str) -> date | None:
    """Dates travel as "YYYY-MM-DD" strings; a bad one is the caller's error."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{what} must be YYYY-MM-DD, got {value!r}") from None


def check_doc(doc: dict) -> dict:
    """Validate one document for indexing; returns it with str values."""
    unknown = set(doc) - set(DOC_FIELDS)
    if unknown:
        raise ValueError(f"unknown document keys {sorted(unknown)}; allowed: {DOC_FIELDS}")
    if not doc.get("id"):
        raise ValueError("document needs a non-empty 'id'")
    out = {k: ("" if v is None else str(v)) for k, v in doc.items()}
    if out.get("approved_at"):
        parse_day(out["approved_at"], "approved_at")
    return out


def check_search_args(sort: str, page: int, per_page: int) -> None:
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {SORTS}, got {sort!r}")
    if int(page) < 1:
        raise ValueError("page starts at 1")
    if not 1 <= int(per_page) <= MAX_PER_PAGE:
        raise ValueError(f"per_page must be 1..{MAX_PER_PAGE}")


class SearchIndex(abc.ABC):
    """A searchable store of masked documents. Safe to share between threads."""

    @abc.abstractmethod
    def upsert(self, doc: dict) -> None:
        """Add or replace the document with ``doc["id"]``."""

    @abc.abstractmethod
    def upsert_many(self, docs: Iterable[dict]) -> int:
        """Add or replace many documents in one commit; returns how many."""

    @abc.abstractmethod
    def remove(self, doc_id: str) -> bool:
        """Take a document out; later searches no longer see it. True if it existed."""

    @abc.abstractmethod
    def search(self, q: str = "", *, department: str | None = None,
               doc_type: str | None = None, grade: str | None = None,
               date_from: str | date | None = None, date_to: str | date | None = None,
               sort: str = "relevance", page: int = 1, per_page: int = 10) -> SearchResults:
        """Full-text search with filters. Empty ``q`` lists everything, newest first."""

    @abc.abstractmethod
    def related(self, doc_id: str, limit: int = 5) -> list[Hit]:
        """Documents sharing the most distinctive keywords with ``doc_id``."""

    @abc.abstractmethod
    def ids(self) -> set[str]:
        """The ids of every searchable document (for reconciling with the database)."""

    @abc.abstractmethod
    def count(self) -> int:
        """Number of searchable documents."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release files; the object is unusable afterwards."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
