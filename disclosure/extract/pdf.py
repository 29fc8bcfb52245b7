"""PDF: text in reading order, table cells kept apart, one Box per word.

The pages are read by PDFium (``pdf_pages``: characters with their boxes, pictures,
shapes and ruling lines, ~2-5 ms a page) and the tables are found by pdfplumber's table
finder on PDFium's ruling lines. pdfplumber's own parser (pdfminer, 35-60 ms a page) is
not used: it read the same characters at the same places (``tests/test_pdf_pages.py``
compares the two). The documents draw many tables as ruled grids, and in a ruled grid
each cell wraps on its own, so plain line-by-line text interleaves the lines of
neighbouring cells ("서울시 강서구 화곡로 / 방화-41 최민준 194다9118 ... / 88, 113동
1604호 (") and no address survives: the cells are read one by one.

Text is built from characters rather than from a reader's own text so that every
emitted character knows its offset: that gives exact ``Box.start/end`` for each word,
also when a soft wrap is joined (the two halves of a word are two boxes at adjacent
offsets, both mapping into the joined word).

Fail-closed rules: a file without ``%PDF-``/``%%EOF`` is refused (a truncated file
parses "successfully" into fewer pages); a page that is only an image means the text
layer is missing, and the whole file is refused ("needs OCR") instead of publishing
the unreadable page unmasked; undecodable glyphs beyond a trace are refused.
Pictures on pages with text are read by OCR (``pdf_images``): their words follow the
page's text, with boxes, and a picture not read confidently is a warning.

Glyphs drawn twice over themselves are removed by ``glyphs.dedupe_chars``; text a
reader cannot see (tiny, invisible, white, off the page) is read and named in a warning
(``pdf_hidden``); a document with more than ``limits.MAX_CHARS`` characters is refused
as its pages are read.
"""
from __future__ import annotations

from collections import Counter

from domain.types import Box, Extracted, PageLayout

from . import limits
from .errors import ExtractionError
from .glyphs import dedupe_chars
from .pdf_hidden import hidden_text_warnings
from .pdf_images import emit as emit_image_text
from .pdf_images import read_pdf_images
from .pdf_pages import read_document
from .wrap import Line, soft_wrap_joiner

MAX_PAGES = 2000
CELL_SEPARATOR = " | "
#: Share of undecodable glyphs above which the text layer is considered garbage.
MAX_CID_SHARE = 0.02


def extract_pdf(data: bytes) -> Extracted:
    _check_envelope(data)
    warnings: list[str] = []
    try:
        document = read_document(data, MAX_PAGES)
        if document.encrypted:
            warnings.append("PDF is encrypted without a user password (permission restrictions only)")
        pages = document.pages
        builder = _Builder()
        page_chars = _all_page_chars(pages)
        _check_text_layer(pages, page_chars, warnings)
        warnings += hidden_text_warnings(pages, page_chars)
        images = read_pdf_images(data, pages, page_chars, warnings)
        right_margin = _body_right(pages, page_chars)
        for index, (page, chars) in enumerate(zip(pages, page_chars)):
            if index:
                builder.text("\n")
            builder.page_offsets.append(builder.length)
            _render_page(page, index, chars, right_margin[index], builder, warnings)
            emit_image_text(builder, index, images.texts[index])
        layouts = [page_layout(page, chars) for page, chars in zip(pages, page_chars)]
    except ExtractionError:
        raise
    except Exception as exc:
        raise _pdf_error(exc) from exc
    return Extracted(text=builder.result(), format="pdf", page_offsets=builder.page_offsets,
                     boxes=builder.boxes, warnings=warnings, image_regions=images.regions,
                     pages=layouts)


def page_layout(page, chars: list[dict]) -> PageLayout:
    """The page's geometry and drawn characters, kept for the redaction (one parse)."""
    crop = page.crop if any(abs(a - b) > 0.01 for a, b in zip(page.bbox, page.crop)) else None
    return PageLayout(float(page.width), float(page.height), crop,
                      [(c["text"], c["x0"], c["top"], c["x1"], c["bottom"])
                       for c in chars if not c["text"].isspace()])


def _check_envelope(data: bytes) -> None:
    if b"%PDF-" not in data[:1024]:
        raise ExtractionError("not a PDF: missing %PDF- header")
    if b"%%EOF" not in data[-2048:]:
        raise ExtractionError("broken PDF: no %%EOF trailer at the end (truncated file?)")


def _pdf_error(exc: Exception) -> ExtractionError:
    """Map PDFium's (and pdfplumber's table finder's) exceptions to one clear line."""
    chain, seen = [], exc
    while seen is not None and len(chain) < 5:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__ or (seen.args[0] if seen.args and isinstance(seen.args[0], Exception) else None)
    names = " ".join(f"{type(e).__name__} {e}" for e in chain)
    if "Password" in names or "Encrypt" in names or "password" in names:
        return ExtractionError("encrypted PDF: it needs a password to open; submit an unencrypted copy")
    return ExtractionError(f"broken PDF: cannot parse ({type(chain[-1]).__name__}: {chain[-1]})")


def _page_chars(page) -> list[dict]:
    chars = dedupe_chars(page.chars)
    return [c for c in chars if c.get("text")]


def _all_page_chars(pages) -> list[list[dict]]:
    """Every page's characters; stops as soon as the document has too many to be read."""
    budget, out = limits.Budget(), []
    for page in pages:
        chars = _page_chars(page)
        budget.take(len(chars))
        out.append(chars)
    return out


def _check_text_layer(pages, page_chars, warnings: list[str]) -> None:
    total = sum(len(c) for c in page_chars)
    ink = [[c for c in chars if not c["text"].isspace()] for chars in page_chars]
    if not any(ink):
        raise ExtractionError("PDF has no text layer; needs OCR (scanned pages or text drawn as outlines)")
    for number, (page, chars) in enumerate(zip(pages, ink), start=1):
        if not chars:
            if page.images:
                raise ExtractionError(f"page {number} has no text layer; needs OCR (the page is only an image: scanned)")
            warnings.append(f"page {number} is blank")
            continue
        if any(not c.get("upright", True) for c in chars):
            warnings.append(f"page {number} has rotated or vertical text; its reading order may be wrong")
    bad = sum(1 for chars in page_chars for c in chars if c["text"].startswith("(cid:") or "\ufffd" in c["text"])
    if bad and bad > MAX_CID_SHARE * total:
        raise ExtractionError(f"PDF text layer is not decodable ({bad} of {total} glyphs have no Unicode mapping); needs OCR")
    if bad:
        warnings.append(f"{bad} glyph(s) have no Unicode mapping and appear as (cid:n)")


def _body_right(pages, page_chars) -> list[float]:
    """Right edge of the text frame per page, assuming symmetric margins.

    The left margin is the most common line start (running headers sit elsewhere);
    the right edge mirrors it. Lines are judged "full" against this edge.
    """
    result = []
    for page, chars in zip(pages, page_chars):
        starts = Counter(round(line.x0, 1) for line in group_lines(chars) if line.ink)
        left = starts.most_common(1)[0][0] if starts else 0.0
        result.append(float(page.width) - left)
    return result


def group_lines(chars: list[dict]) -> list[Line]:
    """Cluster characters into lines by vertical centre, then order each left to right."""
    groups: list[list[dict]] = []
    mids: list[float] = []
    for c in sorted(chars, key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"])):
        mid = (c["top"] + c["bottom"]) / 2
        height = max(c["bottom"] - c["top"], 1.0)
        if groups and abs(mid - mids[-1]) <= 0.35 * height:
            groups[-1].append(c)
        else:
            groups.append([c])
            mids.append(mid)
    return [Line(sorted(group, key=lambda c: c["x0"])) for group in groups]


def _tables(page, chars: list[dict]):
    """Ruled tables with at least two cells; returns [(table, {cell_bbox: [chars]})] and leftovers."""
    found = []
    for table in page.find_tables():
        cells = [cell for row in table.rows for cell in row.cells if cell is not None]
        if len(cells) >= 2:
            found.append(table)
    if not found:
        return [], chars
    assigned: dict[tuple, list[dict]] = {}
    # each table's cells, behind the box around them all: a character outside the box
    # is in none of them (the first cell that holds a character gets it, as before)
    boxed = []
    for table in found:
        cells = [cell for row in table.rows for cell in row.cells if cell is not None]
        boxed.append(((min(c[0] for c in cells), min(c[1] for c in cells),
                       max(c[2] for c in cells), max(c[3] for c in cells)), cells))
    rest = []
    for c in chars:
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        cell = next((cell for box, cells in boxed if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]
                     for cell in cells if cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]), None)
        if cell is None:
            rest.append(c)     # never drop a character: outside every cell it is body text
        else:
            assigned.setdefault(cell, []).append(c)
    return [(t, assigned) for t in found], rest


def _render_page(page, index: int, chars: list[dict], right: float, builder: "_Builder", warnings: list[str]) -> None:
    tables, body_chars = _tables(page, chars)
    items: list[tuple[float, str, object]] = [(line.top, "line", line) for line in group_lines(body_chars) if line.ink]
    for table, assigned in tables:
        for row in table.rows:
            cells = [cell for cell in row.cells if cell is not None]
            if cells:
                items.append((min(cell[1] for cell in cells), "row", (cells, assigned)))
    items.sort(key=lambda item: item[0])
    previous: Line | None = None
    first = True
    space = _space_width(chars)
    for _, kind, obj in items:
        if kind == "line":
            joiner = soft_wrap_joiner(previous, obj, right, space(obj)) if previous is not None else None
            if not first:
                builder.text("\n" if joiner is None else joiner)
            builder.line(obj, index)
            previous = obj
        else:
            if not first:
                builder.text("\n")
            cells, assigned = obj
            for position, cell in enumerate(cells):
                if position:
                    builder.text(CELL_SEPARATOR)
                _render_cell(cell, assigned.get(cell, []), index, builder, space)
            previous = None
        first = False


def _render_cell(cell, chars: list[dict], index: int, builder: "_Builder", space) -> None:
    lines = [line for line in group_lines(chars) if line.ink]
    if not lines:
        return
    pad = max(min(line.x0 for line in lines) - cell[0], 0.0)
    right = cell[2] - pad
    for i, line in enumerate(lines):
        if i:
            joiner = soft_wrap_joiner(lines[i - 1], line, right, space(line))
            builder.text("\n" if joiner is None else joiner)
        builder.line(line, index)


def _space_width(chars: list[dict]):
    """Width of a space in the line's font and size, measured from drawn spaces if any."""
    measured: dict[tuple, float] = {}
    for c in chars:
        if c["text"] == " " and c["x1"] > c["x0"]:
            measured.setdefault((c["fontname"], round(c["size"], 1)), c["x1"] - c["x0"])

    def width(line: Line) -> float:
        ink = line.ink
        key = (ink[-1]["fontname"], round(ink[-1]["size"], 1)) if ink else None
        return measured.get(key, 0.28 * (line.size or 10.0))
    return width


class _Builder:
    """Accumulates text and records a Box for every word as it is emitted."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.boxes: list[Box] = []
        self.page_offsets: list[int] = []

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def line(self, line: Line, page: int) -> None:
        chars = line.chars
        # Drop leading/trailing drawn spaces: they are layout, not content.
        lo, hi = 0, len(chars)
        while lo < hi and chars[lo]["text"].isspace():
            lo += 1
        while hi > lo and chars[hi - 1]["text"].isspace():
            hi -= 1
        word: list[dict] = []
        word_start = self.length
        prev = None
        for c in chars[lo:hi]:
            if c["text"].isspace():
                self._flush(word, word_start, page)
                word = []
                self.text(c["text"])
                prev = c
                continue
            if prev is not None and c["x0"] - prev["x1"] > 0.2 * c["size"]:
                # Characters drawn apart without a space character: a word boundary.
                # After a drawn space, the gap is a second space (PDFium reads a run
                # of drawn spaces as one).
                self._flush(word, word_start, page)
                word = []
                self.text("  " if c["x0"] - prev["x1"] > 1.5 * c["size"] and not prev["text"].isspace() else " ")
            if not word:
                word_start = self.length
            word.append(c)
            self.text(c["text"])
            prev = c
        self._flush(word, word_start, page)

    def _flush(self, word: list[dict], start: int, page: int) -> None:
        if not word:
            return
        end = start + sum(len(c["text"]) for c in word)
        self.boxes.append(Box(
            page=page,
            x0=min(c["x0"] for c in word), top=min(c["top"] for c in word),
            x1=max(c["x1"] for c in word), bottom=max(c["bottom"] for c in word),
            start=start, end=end,
        ))

    def result(self) -> str:
        return "".join(self.parts)
