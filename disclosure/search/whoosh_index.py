"""`SearchIndex` on Whoosh 2.7: a file index the Flask app reads while the pipeline writes.

Speed choices (numbers in benchmarks/search_bench.py and the module docs):
- Whoosh stores; arrays.py evaluates. Whoosh's per-document Python matchers cost
  p95 ~100 ms at only 2,000 documents; the same queries as numpy operations over
  cached per-segment postings cost a few ms, with an exact total.
- One long-lived searcher (and its array view), rebuilt only when the index
  generation changed — a directory listing per query. Segment arrays are cached
  across rebuilds, so a small write costs reading only the new segment.
- One indexed field, `content`: title terms (boost 2) and body terms together, so a
  query word is one postings list, not an OR over two fields.
- Filters are term postings turned into masks; dates are an unstored NUMERIC column
  read once per segment, so ranges and date sorting are array comparisons.
- Kiwi runs once per distinct query string (cached); bulk writes analyse whole
  batches on Kiwi's worker threads; snippets are a regex over the shown page's
  masked text (snippet.py), never the analyzer.

Only the caller's keys are stored: `title` and `text` as STORED, the metadata as ID
fields. `content` and `day` are indexed but never stored.

Concurrency: one lock serialises use of the searcher (Whoosh readers share seek-based
file objects; the GIL would serialise the Python anyway, and the numpy parts are
short). Writers take Whoosh's file lock, shared with other processes, with a timeout,
plus a thread lock for writers in this process.
"""
from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from whoosh import index as whoosh_index
from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema
from whoosh.formats import Frequency

from .analyzer import (ANALYZER_VERSION, PreAnalyzed, analyze_many, korean_analyzer,
                       query_groups)
from .arrays import ArrayView, SegmentCache
from .interface import (DOC_FIELDS, MAX_QUERY_CHARS, Hit, SearchIndex, SearchResults,
                        check_doc, check_search_args, parse_day)
from .snippet import make_snippet

INDEX_NAME = "disclosure"
CONTENT = "content"        # unstored: title + text terms, the only searched field
DAY_FIELD = "day"          # unstored: yyyymmdd as int, for ranges and sorting
TITLE_BOOST = 2.0
BATCH = 256                # documents analysed per Kiwi batch in upsert_many
RELATED_TERMS = 12


def build_schema() -> Schema:
    """Every stored field is one of the caller's keys; helper fields are unstored."""
    return Schema(
        id=ID(stored=True, unique=True),
        title=STORED(),
        text=STORED(),
        department=ID(stored=True),
        doc_type=ID(stored=True),
        doc_number=ID(stored=True),
        approved_at=ID(stored=True),
        grade=ID(stored=True),
        # Term vectors let related() pick a document's key terms without Kiwi.
        **{CONTENT: TEXT(analyzer=korean_analyzer(), stored=False, phrase=False,
                         vector=Frequency()),
           DAY_FIELD: NUMERIC(int, bits=32, signed=False, stored=False, sortable=True)},
    )


def _day_int(d: date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def _to_fields(doc: dict, title_terms: list, text_terms: list) -> dict:
    """Whoosh add_document kwargs for a checked doc."""
    fields = dict(doc)
    title, text = doc.get("title", ""), doc.get("text", "")
    fields[CONTENT] = PreAnalyzed(f"{title}\n{text}",
                                  [(title_terms, TITLE_BOOST), (text_terms, 1.0)])
    if doc.get("approved_at"):
        fields[DAY_FIELD] = _day_int(parse_day(doc["approved_at"], "approved_at"))
    return fields


class WhooshSearchIndex(SearchIndex):
    """See module doc. Create with `open_index(path)`."""

    def __init__(self, path: Path, *, lock_timeout: float = 30.0):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        if whoosh_index.exists_in(str(self.path), indexname=INDEX_NAME):
            self._ix = whoosh_index.open_dir(str(self.path), indexname=INDEX_NAME)
            schema = self._ix.schema
            missing = set(DOC_FIELDS) - set(schema.names())
            if missing or CONTENT not in schema:
                raise RuntimeError(f"index at {self.path} lacks fields {sorted(missing)}; rebuild it")
            built_with = getattr(schema[CONTENT].analyzer, "version", None)
            if built_with != ANALYZER_VERSION:
                raise RuntimeError(f"index at {self.path} was built by analyzer version "
                                   f"{built_with}, this code has {ANALYZER_VERSION}; rebuild it")
        else:
            self._ix = whoosh_index.create_in(str(self.path), build_schema(), indexname=INDEX_NAME)
        self.lock_timeout = lock_timeout
        self._searcher = None
        self._view: ArrayView | None = None
        self._cache = SegmentCache()
        self._read_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._closed = False

    # -- writing -------------------------------------------------------------

    def _writer(self):
        # Whoosh's own retry loop: raises whoosh.index.LockError after the timeout.
        return self._ix.writer(timeout=self.lock_timeout, delay=0.05, limitmb=256)

    def upsert(self, doc: dict) -> None:
        self.upsert_many([doc])

    def upsert_many(self, docs: Iterable[dict]) -> int:
        """Returns how many documents were (re)written. A document identical to the
        stored one is skipped, so re-running the pipeline costs no Kiwi time.

        Whoosh's update_document cannot see documents added earlier in the same
        writer, so an id repeated within one call forces an intermediate commit
        (a rare case: normally this is a single commit)."""
        self._check_open()
        n = 0
        with self._write_lock:
            writer = self._writer()
            try:
                seen: set[str] = set()
                for batch in _batches(docs, BATCH):
                    checked = list({d["id"]: d for d in map(check_doc, batch)}.values())
                    if seen.intersection(d["id"] for d in checked):
                        writer.commit()
                        writer = self._writer()
                        seen.clear()
                    seen.update(d["id"] for d in checked)
                    with writer.searcher() as current:
                        checked = [d for d in checked if current.document(id=d["id"]) != d]
                    if not checked:
                        continue
                    both = analyze_many([d.get("title", "") for d in checked]
                                        + [d.get("text", "") for d in checked])
                    titles, texts = both[:len(checked)], both[len(checked):]
                    for doc, tt, xt in zip(checked, titles, texts):
                        writer.update_document(**_to_fields(doc, tt, xt))
                        n += 1
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
        return n

    def remove(self, doc_id: str) -> bool:
        self._check_open()
        with self._write_lock:
            writer = self._writer()
            try:
                removed = writer.delete_by_term("id", str(doc_id))
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
        return bool(removed)

    # -- reading -------------------------------------------------------------

    def _fresh_view(self) -> ArrayView:
        """Call with _read_lock held. Reopens only what changed since last time."""
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        elif not self._searcher.up_to_date():
            self._searcher = self._searcher.refresh()
        if self._view is None or self._view.searcher is not self._searcher:
            self._view = ArrayView(self._searcher, self._cache, CONTENT, DAY_FIELD)
        return self._view

    def ids(self) -> set[str]:
        self._check_open()
        with self._read_lock:
            reader = self._fresh_view().searcher.reader()
            return {f.get("id", "") for f in reader.all_stored_fields()} - {""}

    def count(self) -> int:
        self._check_open()
        with self._read_lock:
            return self._fresh_view().n_live

    def search(self, q: str = "", *, department=None, doc_type=None, grade=None,
               date_from=None, date_to=None, sort="relevance", page=1,
               per_page=10) -> SearchResults:
        self._check_open()
        check_search_args(sort, page, per_page)
        page, per_page = int(page), int(per_page)
        q = (q or "").strip()[:MAX_QUERY_CHARS]
        groups = query_groups(q) if q else ()
        lo, hi = parse_day(date_from, "date_from"), parse_day(date_to, "date_to")
        if q and not groups:
            # only particles/punctuation: nothing to look for
            return SearchResults(total=0, page=page, per_page=per_page, hits=[])
        marks = _highlight_terms(groups)
        limit = page * per_page
        with self._read_lock:
            view = self._fresh_view()
            if groups:
                mask, scores = view.match(groups)
            else:
                mask, scores = view.live.copy(), None
            for name, value in (("department", department), ("doc_type", doc_type),
                                ("grade", grade)):
                if value not in (None, ""):
                    mask &= view.term_mask(name, str(value))
            if lo or hi:   # an undated document is outside every date range
                mask &= view.days >= (_day_int(lo) if lo else 1)
            if hi:
                mask &= view.days <= _day_int(hi)
            total = int(np.count_nonzero(mask))
            order = view.top(mask, None if sort == "date" else scores, limit)
            hits = [self._hit(view.searcher, int(d), marks)
                    for d in order[(page - 1) * per_page:limit]]
        return SearchResults(total=total, page=page, per_page=per_page, hits=hits)

    def related(self, doc_id: str, limit: int = 5) -> list[Hit]:
        """Score every document by the BM25 of this one's most distinctive terms
        (tf·idf over its stored term vector, so no Kiwi here). Single syllables and
        terms no other document has cannot point to a related document: skipped."""
        self._check_open()
        with self._read_lock:
            view = self._fresh_view()
            s = view.searcher
            docnum = s.document_number(id=str(doc_id))
            if docnum is None or not s.reader().has_vector(docnum, CONTENT):
                return []
            weighted = []
            for term, weight in s.reader().vector_as("weight", docnum, CONTENT):
                if len(term) < 2:
                    continue
                df = s.doc_frequency(CONTENT, term)
                if df > 1:
                    weighted.append((weight * np.log(view.n_live / df), term))
            weighted.sort(reverse=True)
            keys = [t for _, t in weighted[:RELATED_TERMS]]
            if not keys:
                return []
            scores = np.zeros(view.n, dtype=np.float32)
            for t in keys:
                scores += view.term_scores(t)
            mask = view.live & (scores > 0)
            mask[docnum] = False
            order = view.top(mask, scores, limit)
            return [self._hit(s, int(d), (tuple(keys), ())) for d in order]

    def _hit(self, searcher, docnum: int, marks: tuple) -> Hit:
        f = searcher.stored_fields(docnum)
        return Hit(id=f.get("id", ""), title=f.get("title", ""),
                   department=f.get("department", ""), doc_type=f.get("doc_type", ""),
                   doc_number=f.get("doc_number", ""), approved_at=f.get("approved_at", ""),
                   grade=f.get("grade", ""), snippet_html=make_snippet(f.get("text", ""), *marks))

    # -- lifecycle -----------------------------------------------------------

    def _check_open(self):
        if self._closed:
            raise RuntimeError("search index is closed")

    def close(self) -> None:
        with self._read_lock:
            self._view = None
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self._closed = True
            self._ix.close()


def _highlight_terms(groups) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words to <mark>, bigrams to <mark> only if no word is found). Lone syllables
    are never marked: they would light up half the text."""
    words, grams = [], []
    for alts in groups:
        for k, alt in enumerate(alts):
            # alternatives whose terms are all bigrams of a longer run come last
            target = grams if (k > 0 and len(alt) > 1) else words
            target.extend(t for t in alt if len(t) > 1 or not ("\uac00" <= t <= "\ud7a3"))
    return tuple(dict.fromkeys(words)), tuple(dict.fromkeys(grams))


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def open_index(path: Path) -> SearchIndex:
    """Open (creating if missing) the Whoosh index in directory ``path``."""
    return WhooshSearchIndex(Path(path))
