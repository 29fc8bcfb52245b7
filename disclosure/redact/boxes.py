"""Where each mask is on the page: layer 1's character offsets → rectangles in points.

The extractor (``disclosure.extract.pdf``) records one ``Box`` per word with the word's
offsets in the text, so a mask maps to every word box it overlaps — on several lines or
in several table cells when the value was wrapped. A word that is only partly masked
("김영수님", "연락처:010-1234-5678") is split at its characters when the page's characters
can be matched to the word exactly; when they cannot, the whole word is covered
(over-masking a particle is better than leaving half a value readable).

The same walk produces the *kept* pieces of text, with their rectangles, for the
invisible text layer: a rasterised page is searchable again, but only with what was kept.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable, Optional

from domain.types import Box, PageLayout

from .masks import Mask

#: chars(page, box) -> one (x0, top, x1, bottom) per character of the word, or None.
CharLocator = Callable[[int, Box, str], Optional[list[tuple[float, float, float, float]]]]


@dataclass
class Cover:
    """A rectangle to paint over; ``tag`` is set on the first rectangle of each mask."""

    x0: float
    top: float
    x1: float
    bottom: float
    order: int                 # text offset, so the text layer keeps reading order
    tag: str | None = None


@dataclass
class Piece:
    """Kept text to write back invisibly at its place."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    order: int
    end: int = -1              # text offset after the piece (−1: unknown)


@dataclass
class PagePlan:
    covers: list[Cover] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)

    @property
    def masked(self) -> bool:
        return bool(self.covers)


def plan_pages(text: str, boxes: list[Box], masks: list[Mask], page_count: int,
               locate: CharLocator | None = None) -> list[PagePlan]:
    """One plan per page: what to cover and what text to keep, from word boxes."""
    plans = [PagePlan() for _ in range(page_count)]
    starts, ends = [m.start for m in masks], [m.end for m in masks]
    tagged: set[Mask] = set()
    for box in sorted(boxes, key=lambda b: b.start):
        if not 0 <= box.page < page_count:
            raise ValueError(f"word box on page {box.page + 1} of a {page_count}-page document")
        word = text[box.start:box.end]
        plan = plans[box.page]
        hits = _overlapping(masks, starts, ends, box.start, box.end)
        if not hits:
            plan.pieces.append(Piece(word, box.x0, box.top, box.x1, box.bottom, box.start, box.end))
            continue
        flags = [any(m.start <= i < m.end for m in hits) for i in range(box.start, box.end)]
        chars = None if all(flags) else (locate(box.page, box, word) if locate else None)
        if chars is None or len(chars) != len(word):
            chars = _even_split(box, len(word)) if not all(flags) else None
            _cover_whole(plan, box, hits, tagged)
            if chars is not None:          # kept characters still go to the text layer
                for run_start, run_end, masked in _runs(flags):
                    if not masked:
                        plan.pieces.append(_piece(word, chars, run_start, run_end, box.start))
            continue
        for run_start, run_end, masked in _runs(flags):
            if masked:
                at = box.start + run_start
                mask = next(m for m in hits if m.start <= at < m.end)
                tag = None if mask in tagged else mask.tag
                tagged.add(mask)
                plan.covers.append(Cover(*_union(chars[run_start:run_end]), order=at, tag=tag))
            else:
                plan.pieces.append(_piece(word, chars, run_start, run_end, box.start))
    for plan in plans:
        plan.pieces = join_lines(text, plan.pieces)
    return plans


def join_lines(text: str, pieces: list[Piece]) -> list[Piece]:
    """Join kept words that follow each other on one line, with their spaces.

    Written word by word, the invisible layer would read back without spaces (readers
    infer a space from a gap, and a word's box has none after it), which breaks search
    in Korean. A run of words becomes one string spanning the run's width instead."""
    out: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: p.order):
        last = out[-1] if out else None
        if last is not None and last.end >= 0 and piece.order >= last.end:
            gap = text[last.end:piece.order]
            height = min(last.bottom - last.top, piece.bottom - piece.top)
            overlap = min(last.bottom, piece.bottom) - max(last.top, piece.top)
            if gap.strip(" ") == "" and overlap > 0.5 * height and piece.x0 >= last.x1 - 1:
                out[-1] = Piece(last.text + gap + piece.text, last.x0, min(last.top, piece.top),
                                piece.x1, max(last.bottom, piece.bottom), last.order, piece.end)
                continue
        out.append(piece)
    return out


def _overlapping(masks: list[Mask], starts: list[int], ends: list[int], start: int,
                 end: int) -> list[Mask]:
    """Masks overlapping [start, end): they are disjoint and sorted, so by both ends."""
    return masks[bisect.bisect_right(ends, start):bisect.bisect_left(starts, end)]


def _cover_whole(plan: PagePlan, box: Box, hits: list[Mask], tagged: set[Mask]) -> None:
    tag = None
    for m in hits:
        if m not in tagged:
            tagged.add(m)
            tag = tag or m.tag
    plan.covers.append(Cover(box.x0, box.top, box.x1, box.bottom, order=box.start, tag=tag))


def _runs(flags: list[bool]):
    start = 0
    for i in range(1, len(flags) + 1):
        if i == len(flags) or flags[i] != flags[start]:
            yield start, i, flags[start]
            start = i


def _union(rects):
    return (min(r[0] for r in rects), min(r[1] for r in rects),
            max(r[2] for r in rects), max(r[3] for r in rects))


def _piece(word: str, chars, a: int, b: int, offset: int) -> Piece:
    return Piece(word[a:b], *_union(chars[a:b]), order=offset + a, end=offset + b)


def _even_split(box: Box, n: int):
    """Equal-width character cells: only used to place *invisible* kept text."""
    width = (box.x1 - box.x0) / max(n, 1)
    return [(box.x0 + i * width, box.top, box.x0 + (i + 1) * width, box.bottom) for i in range(n)]


class LayoutChars:
    """Character rectangles of a word, from the characters the extractor kept
    (``Extracted.pages``: deduplicated, on the media box in display orientation), so the
    source is not parsed again."""

    def __init__(self, pages: list[PageLayout]):
        self.pages = pages

    def __call__(self, page: int, box: Box, word: str):
        eps = 0.5
        inside = [c for c in self.pages[page].chars
                  if box.x0 - eps <= (c[1] + c[3]) / 2 <= box.x1 + eps
                  and box.top - eps <= (c[2] + c[4]) / 2 <= box.bottom + eps]
        inside.sort(key=lambda c: c[1])
        if "".join(c[0] for c in inside) != word or any(len(c[0]) != 1 for c in inside):
            return None
        return [c[1:] for c in inside]
