"""A PDF's pages as PDFium (pypdfium2) reads them: characters, pictures, shapes, ruling lines.

pdfplumber (on pdfminer, in Python) took 35-60 ms a page to give the extractor what it
needs; PDFium gives the same in C++ at a few milliseconds (``benchmarks/ingest_bench.py``).
Each page here offers what the extractor and its checks read, under the names
pdfplumber gives them, so that the code reading them stays as it was:

* ``chars``: every character drawn, in drawing order, as a dict with ``text``, its box
  (``x0``, ``top``, ``x1``, ``bottom``), ``size`` (the font size in points, as drawn), ``fontname``, ``upright``,
  ``non_stroking_color`` (its fill colour, RGB in 0..1) and ``invisible`` (render mode 3
  or 7: neither filled nor stroked). A glyph without a Unicode mapping is ``\\ufffd``.
  Spaces PDFium makes up between words (``FPDFText_IsGenerated``) are not characters.
* ``images``: the box of every picture, also inside form XObjects;
* ``shapes``: the box, fill flag and fill colour of every filled path;
* ``edges``: every straight segment of every path, as pdfplumber's edge dicts, and
  ``find_tables()``: pdfplumber's own table finder (``pdfplumber.table.TableFinder``,
  default settings) run on those edges. Tables are found from ruling lines only, so
  pdfplumber's geometry code is all that is needed of it, not its parser.

Coordinates are pdfplumber's: points from the top-left corner of the media box as the
page is displayed (after ``/Rotate``), which is also how the redaction draws the page
(``disclosure.redact.burn``). ``upright`` is pdfminer's test on the character's matrix
in that display frame. ``benchmarks/pdfium_chars.py`` and ``tests/test_pdf_pages.py``
compare all of this with pdfplumber's reading of the same pages.

PDFium is not thread-safe: documents are read under ``disclosure.redact.fonts.PDFIUM_LOCK``.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

from .errors import ExtractionError

#: How deep form XObjects inside form XObjects are followed for pictures and lines.
MAX_FORM_DEPTH = 8
#: Render modes that draw nothing (3: invisible, 7: add to the clip path only).
INVISIBLE_MODES = (3, 7)
#: Points by which a segment may be off the vertical or horizontal and still be a rule.
STRAIGHT = 0.01


@dataclass
class Page:
    """One page as the extractor reads it (see the module's docstring)."""

    number: int
    width: float
    height: float
    crop: tuple[float, float, float, float]         # x0, top, x1, bottom (the crop box)
    rotation: int
    chars: list[dict] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)
    shapes: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.width, self.height)

    @property
    def cropbox(self) -> tuple[float, float, float, float]:
        return self.crop

    def find_tables(self):
        """pdfplumber's tables (default settings: ruling lines) found on this page's edges."""
        from pdfplumber.table import TableFinder

        return TableFinder(self).tables


@dataclass
class Document:
    pages: list[Page]
    encrypted: bool


class _Frame:
    """Maps PDF user space to the display frame: top-left of the media box, after /Rotate."""

    def __init__(self, mediabox, rotation: int):
        x0, y0, x1, y1 = mediabox
        self.x0, self.y0 = min(x0, x1), min(y0, y1)
        self.x1, self.y1 = max(x0, x1), max(y0, y1)
        self.rotation = rotation % 360
        w, h = self.x1 - self.x0, self.y1 - self.y0
        self.width, self.height = (h, w) if self.rotation in (90, 270) else (w, h)

    def point(self, x: float, y: float) -> tuple[float, float]:
        r = self.rotation
        if r == 90:
            return y - self.y0, x - self.x0
        if r == 180:
            return self.x1 - x, y - self.y0
        if r == 270:
            return self.y1 - y, self.x1 - x
        return x - self.x0, self.y1 - y

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """A box in user space as (x0, top, x1, bottom) in the display frame."""
        r = self.rotation
        if r == 0:
            return left - self.x0, self.y1 - top, right - self.x0, self.y1 - bottom
        (ax, ay), (bx, by) = self.point(left, bottom), self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def vector(self, dx: float, dy: float) -> tuple[float, float]:
        """A direction in user space in the display frame (y grows upwards, as pdfminer's)."""
        r = self.rotation
        if r == 90:
            return dy, -dx
        if r == 180:
            return -dx, -dy
        if r == 270:
            return -dy, dx
        return dx, dy


def read_document(data: bytes, max_pages: int | None = None) -> Document:
    """Every page of the PDF in ``data``; a PDF without pages or with more than
    ``max_pages`` is refused before any page is read."""
    import pypdfium2
    import pypdfium2.raw as raw

    from disclosure.redact.fonts import PDFIUM_LOCK, pdfium_korean_fonts

    with PDFIUM_LOCK:
        # the fonts PDFium substitutes for fonts a PDF does not embed give the boxes of
        # their characters: the same fonts in every process, before the first reading
        pdfium_korean_fonts()
        document = pypdfium2.PdfDocument(data)
        try:
            count = len(document)
            if not count:
                raise ExtractionError("broken PDF: it has no pages")
            if max_pages is not None and count > max_pages:
                raise ExtractionError(f"PDF has {count} pages, more than the limit of {max_pages}")
            encrypted = raw.FPDF_GetSecurityHandlerRevision(document.raw) != -1
            pages = []
            for index in range(count):
                page = document[index]
                try:
                    pages.append(_read_page(page, index + 1))
                finally:
                    page.close()
        finally:
            document.close()
    return Document(pages, encrypted)


def _read_page(page, number: int) -> Page:
    frame = _Frame(page.get_mediabox(), page.get_rotation())
    crop = frame.box(*page.get_cropbox())
    out = Page(number, frame.width, frame.height, crop, frame.rotation)
    out.chars, read = _chars(page, frame)
    _objects(page, frame, out, read)
    return out


def _chars(page, frame: _Frame) -> tuple[list[dict], dict[int, list[dict]]]:
    """The characters of the text page, and those of each text object."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        count = raw.FPDFText_CountChars(tp)
        rect = raw.FS_RECTF()
        rect_ref = ctypes.byref(rect)
        objects: dict[int, dict] = {}
        chars: list[dict] = []
        by_object: dict[int, list[dict]] = {}
        pending_high = None
        is_generated, unicode_of = raw.FPDFText_IsGenerated, raw.FPDFText_GetUnicode
        map_error, char_box = raw.FPDFText_HasUnicodeMapError, raw.FPDFText_GetLooseCharBox
        text_object, address = raw.FPDFText_GetTextObject, ctypes.c_void_p
        for i in range(count):
            if is_generated(tp, i) == 1:
                continue
            code = unicode_of(tp, i)
            if 0xD800 <= code <= 0xDBFF:             # the first half of a surrogate pair
                pending_high = code
                continue
            if 0xDC00 <= code <= 0xDFFF and pending_high is not None:
                code = 0x10000 + ((pending_high - 0xD800) << 10) + (code - 0xDC00)
            pending_high = None
            unmapped = map_error(tp, i) == 1
            if code in (0, 0xFFFE, 0xFFFF) and not unmapped:
                continue                              # not a drawn character
            if unmapped:
                text = "\ufffd"
            else:
                text = chr(code)
                if text in "\r\n":
                    continue
            char_box(tp, i, rect_ref)
            x0, y0, x1, y1 = frame.box(rect.left, rect.bottom, rect.right, rect.top)
            handle = text_object(tp, i)
            key = ctypes.cast(handle, address).value or 0
            style = objects.get(key)
            if style is None:       # what is the same for every character of a text object
                style = objects[key] = _style(raw, tp, i, handle, frame)
            chars.append(char := {"text": text, "x0": x0, "top": y0, "x1": x1, "bottom": y1, **style})
            by_object.setdefault(key, []).append(char)
        return chars, by_object
    finally:
        textpage.close()


def _style(raw, tp, index: int, handle, frame: _Frame) -> dict:
    """Font name and size, orientation, fill colour and render mode of the text object
    a character belongs to (the same for all its characters)."""
    size = raw.FPDFText_GetFontInfo(tp, index, None, 0, None)
    name = ""
    if size > 0:
        buffer = ctypes.create_string_buffer(size)
        raw.FPDFText_GetFontInfo(tp, index, buffer, size, None)
        name = buffer.value.decode("utf-8", "replace")
    matrix = raw.FS_MATRIX()
    raw.FPDFText_GetMatrix(tp, index, ctypes.byref(matrix))
    a, b = frame.vector(matrix.a, matrix.b)
    c, d = frame.vector(matrix.c, matrix.d)
    fill = [ctypes.c_uint() for _ in range(4)]
    colour = None
    if raw.FPDFText_GetFillColor(tp, index, *(ctypes.byref(v) for v in fill)):
        colour = tuple(v.value / 255.0 for v in fill[:3])
    invisible = False
    if handle:
        invisible = raw.FPDFTextObj_GetTextRenderMode(handle) in INVISIBLE_MODES
    return {"size": raw.FPDFText_GetFontSize(tp, index), "fontname": name,
            "upright": bool(0 < a * d and b * c <= 0), "non_stroking_color": colour,
            "invisible": invisible}


def _objects(page, frame: _Frame, out: Page, read: dict[int, list[dict]]) -> None:
    """Pictures, filled shapes and path segments of the page and of its form XObjects,
    and the text PDFium's text page leaves out (``read``: the characters it has of each
    text object): a drawn space that starts a line, and a repeated text object."""
    import pypdfium2.raw as raw

    count = raw.FPDFPage_CountObjects(page.raw)
    texts: list[_Text] = []
    _walk(raw, [raw.FPDFPage_GetObject(page.raw, i) for i in range(count)], _IDENTITY, frame, out, 0, read, texts)


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(m, n):
    """The matrix that applies ``m`` and then ``n`` (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u)


def _apply(m, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _matrix(raw, obj):
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


@dataclass
class _Text:
    """A text object as drawn: its font, size, extent and origin, and its characters."""

    font: int                   # the font's address, to compare
    font_handle: object         # the font, to ask PDFium about
    size: float
    extent: tuple[float, float]
    origin: tuple[float, float]
    chars: list[dict]


def _text_object(raw, obj, m, frame: _Frame, out: Page, read: dict[int, list[dict]], texts: list[_Text]) -> None:
    """Add what the text page left out of this text object (see ``_objects``)."""
    chars = read.get(ctypes.cast(obj, ctypes.c_void_p).value or 0)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top)))
    font_size = ctypes.c_float()
    raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(font_size))
    font = raw.FPDFTextObj_GetFont(obj)
    drawn = _Text(ctypes.cast(font, ctypes.c_void_p).value or 0, font, font_size.value,
                  (round(right.value - left.value, 2), round(top.value - bottom.value, 2)),
                  frame.point(m[4], m[5]), chars or [])
    if not chars and drawn.extent[0] > 0.01:         # it advances: not an empty object
        # PDFium drops a text object that repeats an earlier one nearby (its test for
        # text drawn twice): the same font, size and extent. Its characters are the
        # earlier one's, moved by the distance between the two.
        same = [t for t in texts if t.chars and (t.font, t.size, t.extent) == (drawn.font, drawn.size, drawn.extent)]
        if not same:
            raise ExtractionError(f"page {out.number}: PDFium left out text it did not read; "
                                  "the page cannot be read completely")
        dx, dy = drawn.origin[0] - same[-1].origin[0], drawn.origin[1] - same[-1].origin[1]
        drawn.chars = [dict(c, x0=c["x0"] + dx, x1=c["x1"] + dx, top=c["top"] + dy, bottom=c["bottom"] + dy)
                       for c in same[-1].chars]
        out.chars.extend(drawn.chars)
    first = min(drawn.chars, key=lambda c: c["x0"]) if drawn.chars else None
    space = _left_out_space(raw, drawn, m, frame, first)
    if space is not None:
        out.chars.append(space)
    texts.append(drawn)


def _walk(raw, objects, outer, frame: _Frame, out: Page, depth: int, read: dict[int, list[dict]],
          texts: list[_Text]) -> None:
    for obj in objects:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            _text_object(raw, obj, _compose(_matrix(raw, obj), outer), frame, out, read, texts)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            if depth < MAX_FORM_DEPTH:
                inner = _compose(_matrix(raw, obj), outer)
                n = raw.FPDFFormObj_CountObjects(obj)
                _walk(raw, [raw.FPDFFormObj_GetObject(obj, i) for i in range(n)], inner, frame, out, depth + 1, read, texts)
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            m = _compose(_matrix(raw, obj), outer)
            out.images.append(_box([frame.point(*_apply(m, x, y)) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]))
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            _path(raw, obj, _compose(_matrix(raw, obj), outer), frame, out)


def _left_out_space(raw, drawn: _Text, m, frame: _Frame, first: dict | None) -> dict | None:
    """The drawn space PDFium's text page dropped at the start of a text object, if any.

    PDFium drops a drawn space that starts a line, but the extractor needs it: a line
    that starts with a drawn space was wrapped at that space (``wrap.soft_wrap_joiner``).
    Two cases: the object's first character read lies right of the object's origin (a
    space was drawn from the origin up to it: its box is that gap, as pdfplumber's), or
    the text page has no character of the object and it draws no ink (an object that
    is only a space: its box is pdfminer's, from the font's descent, one font size high,
    a quarter of the size wide, the advance not being available)."""
    a, b, c, d, e, f = m
    ua, ub = frame.vector(a, b)
    uc, ud = frame.vector(c, d)
    if not (0 < ua * ud and abs(ub) < 1e-6 and abs(uc) < 1e-6):
        return None                          # only upright, unskewed text
    x, y = frame.point(e, f)                 # the origin of the text, on its baseline
    if first is not None:
        if not first["upright"] or first["x0"] - x <= 0.15 * first["size"] or first["x0"] - x > 2 * first["size"]:
            return None
        return dict(first, text=" ", x0=x, x1=first["x0"], invisible=False)
    if drawn.extent[0] > 0.01 or drawn.extent[1] > 0.01 or not drawn.size:
        return None                          # it draws something: not a space
    scale = abs(a * d - b * c) ** 0.5
    size = drawn.size * scale
    descent = ctypes.c_float()
    if not drawn.font or not raw.FPDFFont_GetDescent(drawn.font_handle, drawn.size, ctypes.byref(descent)):
        descent.value = 0.0
    bottom_y = y - descent.value * scale     # descent is negative: below the baseline
    return {"text": " ", "x0": x, "top": bottom_y - size, "x1": x + 0.25 * size,
            "bottom": bottom_y, "size": size, "fontname": "", "upright": True,
            "non_stroking_color": None, "invisible": False}


def _box(shown) -> dict:
    """The box around points of the display frame."""
    xs, ys = [p[0] for p in shown], [p[1] for p in shown]
    return {"x0": min(xs), "top": min(ys), "x1": max(xs), "bottom": max(ys)}


def _path(raw, obj, m, frame: _Frame, out: Page) -> None:
    """The path's straight segments as edges; its box as a shape if it is filled."""
    point = [ctypes.c_float(), ctypes.c_float()]
    subpaths: list[list[tuple[float, float]]] = []
    for i in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, i)
        if not raw.FPDFPathSegment_GetPoint(segment, *(ctypes.byref(v) for v in point)):
            continue
        shown = frame.point(*_apply(m, point[0].value, point[1].value))
        if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([shown])
        else:
            subpaths[-1].append(shown)
        if raw.FPDFPathSegment_GetClose(segment) and len(subpaths[-1]) > 2:
            subpaths[-1].append(subpaths[-1][0])
    every = [p for sub in subpaths for p in sub]
    if not every:
        return
    for sub in subpaths:
        for (ax, ay), (bx, by) in zip(sub, sub[1:]):
            out.edges.append(_edge(ax, ay, bx, by))
    fillmode, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fillmode), ctypes.byref(stroke))
    if fillmode.value:
        rgba = [ctypes.c_uint() for _ in range(4)]
        colour = None
        if raw.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(v) for v in rgba)):
            colour = tuple(v.value / 255.0 for v in rgba[:3])
        out.shapes.append({**_box(every), "fill": True, "non_stroking_color": colour})


def _edge(ax: float, ay: float, bx: float, by: float) -> dict:
    """pdfplumber's edge dict for one straight segment (as ``utils.curve_to_edges``); a
    segment off the vertical or horizontal by less than ``STRAIGHT`` is made exactly so
    (the float noise of a rotated frame)."""
    if abs(ax - bx) < STRAIGHT:
        ax = bx = (ax + bx) / 2
    if abs(ay - by) < STRAIGHT:
        ay = by = (ay + by) / 2
    x0, x1, top, bottom = min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)
    return {"object_type": "curve_edge", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": bottom - top,
            "orientation": "v" if ax == bx else ("h" if ay == by else None)}
