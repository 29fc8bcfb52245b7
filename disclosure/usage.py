"""Page-view and search-term counts kept without storing who asked.

What is written: per day, a count per public path, and per normalised search term a
count and an approximate number of distinct searchers. What is never written: IP
addresses, user agents, query strings, any search term in which layer 1 finds
personal information, or any term with a word shaped like a personal name
(:mod:`disclosure.personal_words`: ``김영희 불륜`` has no role word for layer 1 to go
on, but it is about a person all the same).

Distinct searchers are counted in memory only: a visitor is the hash of (a random
per-process salt that changes every day, the address, the term); the set of hashes is
dropped at midnight and the salt with it, so nothing links a stored count to a person.
With several server processes a visitor may be counted once per process, which only
raises counts slightly. Terms are published (:func:`public_terms`) only when at least
``K_ANONYMITY`` distinct searchers used them on a day; the rest stays private and is
deleted after a day (:meth:`UsageRecorder.flush`). What is shown
(:meth:`UsageRecorder.shown_terms`) is checked again at that moment, with the rules in
force, and only a term that finds at least one published document is shown: a phrase
nobody published a document about is not a topic of the catalogue, whoever typed it.

Recording only buffers; the layer-1 check and the database write happen in
:meth:`UsageRecorder.flush`, which the web app calls after the response has been sent,
so a page never waits for layer 1 or for a locked database.
"""
from __future__ import annotations

import hashlib
import logging
import re
import secrets
import threading
import time
import unicodedata
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert

from disclosure import db, personal_words

log = logging.getLogger(__name__)

K_ANONYMITY = 3
MAX_TERM_CHARS = 50
MAX_VISITORS_TRACKED = 200_000          # memory bound for the per-day visitor set
# Belt and braces beside layer 1: an @ or a long digit run is an identifier, not a topic.
_IDENTIFIER_LIKE = re.compile(r"@|\d[\d\s-]{5,}\d")


def normalise_term(raw: str) -> str:
    """NFKC, lower case, single spaces; "" when empty or too long to be a topic."""
    term = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw or "")).strip().lower()
    return term if 0 < len(term) <= MAX_TERM_CHARS else ""


def term_is_safe(layer1, term: str, rules=None) -> bool:
    """False if the term looks like personal data (layer 1 finds something, or, with the
    ``rules`` of :func:`disclosure.personal_words.rules_for`, a word is shaped like a
    name), or if that cannot be told (fail closed)."""
    if _IDENTIFIER_LIKE.search(term):
        return False
    try:
        if rules is not None and personal_words.name_shaped_words(term, rules):
            return False
        return not layer1.detect(term)
    except Exception:
        log.exception("layer 1 failed on a search term; the term is dropped")
        return False


def matches_published(inst, term: str) -> bool:
    """At least one document published right now is found by ``term`` (every word of it,
    as the public search finds them); False when the search fails."""
    try:
        hits = inst.search.search(term, per_page=20).hits
        return bool(inst.published_ids([h.id for h in hits]))
    except Exception:
        log.exception("search failed for a popular term; the term is not shown")
        return False


class UsageRecorder:
    """Buffers counts in memory and writes them in batches. Thread-safe."""

    def __init__(self, inst, flush_seconds: float = 60.0, max_buffer: int = 500):
        self.inst = inst
        self.flush_seconds = flush_seconds
        self.max_buffer = max_buffer
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._views: Counter = Counter()          # (day, path) -> n
        self._terms: Counter = Counter()          # (day, raw normalised term) -> n
        self._new_visitors: Counter = Counter()   # (day, term) -> n first-time searchers
        self._day, self._salt, self._seen = "", b"", set()
        self._last_flush = time.monotonic()
        self._verdicts: dict[str, bool] = {}      # term -> safe to show, with these rules

    # -- recording (request time: cheap, in memory) ---------------------------------
    def page_view(self, path: str, day: str | None = None) -> None:
        with self._lock:
            self._views[(day or _today(), path[:300])] += 1

    def search(self, raw_term: str, address: str, day: str | None = None) -> None:
        term = normalise_term(raw_term)
        if not term:
            return
        day = day or _today()
        with self._lock:
            if day != self._day:                    # new day: forget everyone
                self._day, self._salt, self._seen = day, secrets.token_bytes(16), set()
            visitor = hashlib.sha256(self._salt + address.encode() + b"\0" + term.encode()).digest()[:12]
            self._terms[(day, term)] += 1
            if visitor not in self._seen and len(self._seen) < MAX_VISITORS_TRACKED:
                self._seen.add(visitor)
                self._new_visitors[(day, term)] += 1

    def due(self) -> bool:
        with self._lock:
            size = len(self._views) + len(self._terms)
        return size > 0 and (size >= self.max_buffer
                             or time.monotonic() - self._last_flush >= self.flush_seconds)

    # -- writing (after the response) -----------------------------------------------
    def flush(self) -> None:
        """Check buffered terms with layer 1 and add everything to the database."""
        with self._flush_lock:
            with self._lock:
                views, terms, visitors = self._views, self._terms, self._new_visitors
                self._views, self._terms, self._new_visitors = Counter(), Counter(), Counter()
                self._last_flush = time.monotonic()
            if not views and not terms:
                return
            safe = self._safe_terms({t for (_, t) in terms}) if terms else set()
            try:
                with self.inst.Session.begin() as s:
                    for (day, path), n in views.items():
                        _add(s, db.PageView, {"day": day, "path": path}, count=n)
                    for (day, term), n in terms.items():
                        if term in safe:
                            _add(s, db.SearchTerm, {"day": day, "term": term}, count=n,
                                 visitors=visitors.get((day, term), 0))
                    cutoff = (date.fromisoformat(_today()) - timedelta(days=1)).isoformat()
                    s.execute(delete(db.SearchTerm).where(db.SearchTerm.day < cutoff,
                                                          db.SearchTerm.visitors < K_ANONYMITY))
            except Exception:               # counts are not worth failing anything for
                log.exception("usage counts could not be written; %d dropped",
                              len(views) + len(terms))

    def flush_if_due(self) -> None:
        if self.due():
            self.flush()

    # -- showing ----------------------------------------------------------------------
    def _safe_terms(self, terms) -> set[str]:
        """The terms that pass layer 1 and the name check; none if the rules or layer 1
        cannot be loaded. Verdicts are remembered: rules change only with a restart."""
        todo = [t for t in terms if t not in self._verdicts]
        if todo:
            try:
                layer1, rules = self.inst.layer1, personal_words.rules_of(self.inst)
            except Exception:
                log.exception("layer 1 or the name rules cannot be loaded; terms dropped")
                return {t for t in terms if self._verdicts.get(t)}
            if len(self._verdicts) > MAX_VISITORS_TRACKED // 10:
                self._verdicts.clear()
            for t in todo:
                self._verdicts[t] = term_is_safe(layer1, t, rules)
        return {t for t in terms if self._verdicts[t]}

    def shown_terms(self, s, days: int = 30, limit: int = 20) -> list[tuple[str, int]]:
        """:func:`public_terms` that are still safe and find a published document."""
        candidates = public_terms(s, days=days, limit=limit * 5)
        safe = self._safe_terms({t for t, _ in candidates})
        shown = []
        for term, n in candidates:
            if term in safe and matches_published(self.inst, term):
                shown.append((term, n))
                if len(shown) == limit:
                    break
        return shown


def _add(s, model, key: dict, **amounts) -> None:
    """Upsert: insert the row or add the amounts to it (one statement, no race)."""
    stmt = insert(model).values(**key, **amounts)
    s.execute(stmt.on_conflict_do_update(
        index_elements=list(key),
        set_={k: getattr(model, k) + stmt.excluded[k] for k in amounts}))


def _today() -> str:
    return db.utcnow().date().isoformat()


def public_terms(s, days: int = 30, limit: int = 20, k: int = K_ANONYMITY,
                 today: date | None = None) -> list[tuple[str, int]]:
    """The most searched terms of the last ``days`` days, counting only the days on which
    at least ``k`` distinct searchers used a term."""
    since = ((today or db.utcnow().date()) - timedelta(days=days - 1)).isoformat()
    total = func.sum(db.SearchTerm.count)
    rows = s.execute(select(db.SearchTerm.term, total)
                     .where(db.SearchTerm.day >= since, db.SearchTerm.visitors >= k)
                     .group_by(db.SearchTerm.term).order_by(total.desc(), db.SearchTerm.term)
                     .limit(limit))
    return [(t, int(n)) for t, n in rows]


def views_by_day(s, days: int = 30, today: date | None = None) -> list[tuple[str, int]]:
    """Page views per day for the last ``days`` days, days without views included."""
    today = today or db.utcnow().date()
    since = today - timedelta(days=days - 1)
    counts = dict(s.execute(select(db.PageView.day, func.sum(db.PageView.count))
                            .where(db.PageView.day >= since.isoformat())
                            .group_by(db.PageView.day)).all())
    return [((since + timedelta(days=i)).isoformat(),
             int(counts.get((since + timedelta(days=i)).isoformat(), 0))) for i in range(days)]


def top_paths(s, prefix: str, days: int = 30, limit: int = 50,
              today: date | None = None) -> list[tuple[str, int]]:
    """The most viewed paths starting with ``prefix`` (callers re-check what they show)."""
    since = ((today or db.utcnow().date()) - timedelta(days=days - 1)).isoformat()
    total = func.sum(db.PageView.count)
    rows = s.execute(select(db.PageView.path, total)
                     .where(db.PageView.day >= since, db.PageView.path.startswith(prefix))
                     .group_by(db.PageView.path).order_by(total.desc()).limit(limit))
    return [(p, int(n)) for p, n in rows]
