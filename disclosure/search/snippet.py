"""Highlighted snippets from the stored masked text, without re-running Kiwi.

Why not Whoosh's highlighter: it re-analyses every shown document (Kiwi costs ~10 ms
per KB, so ~100 ms for a page of ten) or needs character offsets stored in every
posting. The query's terms are known, and a Korean noun appears in the text exactly
as written (홍길동 inside 홍길동은), so one compiled regex finds them in microseconds.
English terms are stems (road for roads), matched as the start of a Latin word.
The cost: a verb stem that changes shape when conjugated (만나 → 만났다) goes
unmarked; the document still matches, only the <mark> is missing.

Everything that leaves here is HTML-escaped; only our own <mark> tags are raw.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache

WIDTH = 160          # characters of text shown
LEAD = 40            # context kept before the first match of the window
_MAX_MATCHES = 400   # enough to choose a window; bounds the work on huge texts


@lru_cache(maxsize=2048)
def _pattern(terms: tuple[str, ...]) -> re.Pattern | None:
    parts = []
    for t in sorted(set(terms), key=len, reverse=True):
        if not t:
            continue
        if t.isascii() and t.isalpha():
            parts.append(rf"(?<![A-Za-z]){re.escape(t)}[A-Za-z]*")
        elif t.isdigit():
            parts.append(rf"(?<!\d){re.escape(t)}(?!\d)")
        else:
            parts.append(re.escape(t))
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _best_window(text: str, spans: list[tuple[int, int]], width: int) -> int:
    """Start of the window that shows the most distinct matched words."""
    best_start, best_key = 0, (-1, -1)
    for i, (s, _) in enumerate(spans):
        limit = s + width - LEAD
        words, n = set(), 0
        for s2, e2 in spans[i:]:
            if e2 > limit:
                break
            words.add(text[s2:e2].lower())
            n += 1
        key = (len(words), n)
        if key > best_key:
            best_key, best_start = key, max(0, s - LEAD)
    return best_start


def _find(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    pat = _pattern(tuple(terms)) if terms else None
    spans: list[tuple[int, int]] = []
    if pat is not None:
        for k, m in enumerate(pat.finditer(text)):
            if k >= _MAX_MATCHES:
                break
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
    return _merge(spans)


def make_snippet(text: str, terms: tuple[str, ...] = (), fallback: tuple[str, ...] = (),
                 width: int = WIDTH) -> str:
    """An escaped excerpt of ``text`` around the densest group of ``terms``; if none
    occurs, of ``fallback`` (the bigrams of a compound the text spells differently)."""
    text = " ".join((text or "").split())   # one line: layout whitespace is noise here
    spans = _find(text, terms) or _find(text, fallback)
    start = _best_window(text, spans, width) if spans else 0
    end = min(len(text), start + width)
    out = ["…" if start > 0 else ""]
    pos = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(html.escape(text[pos:s]))
        out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    if end < len(text):
        out.append("…")
    return "".join(out)
