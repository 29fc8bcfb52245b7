"""A clean PDF of a non-PDF source (DOCX, TXT, HTML): its masked text, typeset.

There is no original page to keep, so the page is drawn from the unmasked text with
every mask replaced by a black box carrying its white label ("[성명]") — the same
look as a burned PDF page, and the same text a reader can copy. The values are never
written, so nothing needs rasterising. Lines wrap at spaces when they can and anywhere
in a run of Hangul when they must (Korean wraps inside words); a label never splits.
"""
from __future__ import annotations

import io

from .fonts import MYEONGJO, korean_font, text_width
from .masks import Mask, kept_segments

PAGE = (595.28, 841.89)          # A4 in points
MARGIN = 56.0
SIZE = 10.0
LEADING = 15.0


def render_text(text: str, masks: list[Mask]) -> bytes:
    """The masked text as an A4 PDF; the page count follows from the text."""
    from reportlab.pdfgen.canvas import Canvas

    font = korean_font(MYEONGJO)
    label_font = korean_font()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=PAGE, invariant=1, pageCompression=1)
    width = PAGE[0] - 2 * MARGIN
    y = PAGE[1] - MARGIN
    for line in _lines(kept_segments(text, masks), width, font):
        if y < MARGIN:
            canvas.showPage()
            y = PAGE[1] - MARGIN
        x = MARGIN
        for piece, mask in line:
            if mask is None:
                canvas.setFont(font, SIZE)
                canvas.drawString(x, y, piece)
                x += text_width(piece, font, SIZE)
            else:
                w = text_width(piece, label_font, SIZE - 1)
                canvas.rect(x, y - 3, w + 4, SIZE + 3, stroke=0, fill=1)
                canvas.setFillColorRGB(1, 1, 1)
                canvas.setFont(label_font, SIZE - 1)
                canvas.drawString(x + 2, y, piece)
                canvas.setFillColorRGB(0, 0, 0)
                x += w + 4
        y -= LEADING
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _tokens(segments):
    """Break kept text into words-with-trailing-space and newlines; labels are atoms."""
    for piece, mask in segments:
        if mask is not None:
            yield piece, mask
            continue
        word = ""
        for ch in piece.replace("\r\n", "\n").replace("\r", "\n"):
            if ch == "\n":
                if word:
                    yield word, None
                    word = ""
                yield "\n", None
            elif ch == "\t":
                word += "    "
            else:
                word += ch
                if ch == " ":
                    yield word, None
                    word = ""
        if word:
            yield word, None


def _lines(segments, width: float, font: str):
    label_font = korean_font()
    line: list[tuple[str, Mask | None]] = []
    used = 0.0

    def measure(piece, mask):
        if mask is None:
            return text_width(piece, font, SIZE)
        return text_width(piece, label_font, SIZE - 1) + 4

    for piece, mask in _tokens(segments):
        if piece == "\n" and mask is None:
            yield line
            line, used = [], 0.0
            continue
        w = measure(piece, mask)
        if line and used + w > width:
            yield line
            line, used = [], 0.0
            if mask is None:
                piece = piece.lstrip(" ")
                w = measure(piece, mask)
        while mask is None and w > width and len(piece) > 1:
            # a word longer than a whole line: cut it where the line ends
            cut = max(_fit(piece, width, font), 1)
            yield [(piece[:cut], None)]
            piece = piece[cut:]
            w = measure(piece, mask)
        line.append((piece, mask))
        used += w
    yield line


def _fit(piece: str, room: float, font: str) -> int:
    n = 0
    while n < len(piece) and text_width(piece[:n + 1], font, SIZE) <= room:
        n += 1
    return n
