"""Remove glyphs drawn twice on top of each other ("fake bold"), and only those.

Some producers embolden text by drawing every glyph twice, a fraction of a point
apart; read naively that doubles every character ("홍홍길길동동"). pdfplumber's
``dedupe_chars`` removes a glyph when another with the same text, font and size lies
within a fixed 1 pt, chaining neighbours into one cluster. At a normal size
neighbouring glyphs are several points apart, but text drawn at 0.8 pt advances less
than half a point per glyph, so equal neighbours ("00", "11") were merged as
duplicates and ``900101-1234567`` came out as ``90 1 - 234567``: not a resident
registration number any more, so layer 1 let it through.

Here the tolerance scales with the glyph: two glyphs are one only if they are closer
than half a glyph's width (and half its size vertically), capped at pdfplumber's 1 pt.
A glyph is compared with the glyphs kept so far, not chained, and the result keeps the
drawing order, in time linear in the number of glyphs.
"""
from __future__ import annotations

import math

#: pdfplumber's default tolerance, kept as the cap so normal text dedupes as before.
MAX_TOLERANCE = 1.0
#: Share of a glyph's width (height) that a copy may be offset by and still be a copy.
SHARE = 0.5


def dedupe_chars(chars: list[dict]) -> list[dict]:
    """``chars`` without the copies of a glyph drawn over itself, in their order."""
    kept: list[dict] = []
    grid: dict[tuple, list[dict]] = {}
    seen: set[tuple] = set()            # the glyphs kept so far: a new one has no copy to be
    for c in chars:
        key = (c.get("upright"), c["text"], c.get("fontname"), c.get("size"))
        cx, cy = math.floor(c["x0"] / MAX_TOLERANCE), math.floor(c["top"] / MAX_TOLERANCE)
        if key not in seen:
            seen.add(key)
        else:
            tol_x = _tolerance(c["x1"] - c["x0"])
            tol_y = _tolerance(c["bottom"] - c["top"])
            if any(abs(o["x0"] - c["x0"]) <= tol_x and abs(o["top"] - c["top"]) <= tol_y
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                   for o in grid.get((key, cx + dx, cy + dy), ())):
                continue
        grid.setdefault((key, cx, cy), []).append(c)
        kept.append(c)
    return kept


def _tolerance(extent: float) -> float:
    return min(MAX_TOLERANCE, SHARE * max(extent, 0.0))
