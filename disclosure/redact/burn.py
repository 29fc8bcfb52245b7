"""Rasterise a page that has masks, burn the boxes into its pixels, and lay the kept
text back over it invisibly.

Drawing a black rectangle over text leaves the text in the file: that is how the famous
redaction leaks happened. Here a masked page is replaced by a picture of itself
(pypdfium2), the covers are painted into that picture's pixels (Pillow), and the page
the public gets holds only the picture, the visible labels (white text on the boxes)
and an invisible text layer (render mode 3) made of the kept words at their places, so
the page stays searchable and selectable. Nothing of the original page's content
stream, fonts or annotations is carried over.

Geometry: the extraction (``disclosure.extract.pdf_pages``) gives word boxes in points
from the top-left of the media box in display orientation (after /Rotate), as pdfplumber
did. The page is rendered over the same media box in
the same orientation, so a point maps to a pixel by one scale factor; a renderer whose
bitmap does not have the page's proportions is refused rather than trusted.
"""
from __future__ import annotations

from dataclasses import dataclass

from .boxes import Cover, PagePlan
from .fonts import korean_font, text_width

#: Resolution of the burned pages. 150 dpi keeps 9-pt Hangul legible; on the dev inbox
#: it burns a page in ~160 ms against ~270 ms at 300 dpi, and the public PDF is 40 %
#: smaller (benchmarks/redact_bench.py --dpi).
DPI = 150
#: Covers grow by this many points on every side: glyphs ink slightly outside their
#: font box (italics, fake bold drawn twice, anti-aliasing).
PAD = 1.2
#: Below this, a label is not drawn visibly (it would be a smear), only as text.
MIN_LABEL_SIZE = 3.5


class RasterError(RuntimeError):
    """The page could not be rasterised faithfully; the document must not be published."""


@dataclass
class Geometry:
    """A page's media box in display orientation, as the extraction measured it."""

    width: float
    height: float
    crop: tuple[float, float, float, float] | None = None   # x0, top, x1, bottom


def rasterise(pdfium_page, geometry: Geometry, plan: PagePlan, dpi: int = DPI):
    """The page as a PIL image with every cover painted black."""
    from PIL import ImageDraw

    # Render the whole media box (pdfium would render only the crop box) so that
    # the extraction's coordinates and the bitmap share one origin.
    pdfium_page.set_cropbox(*pdfium_page.get_mediabox())
    scale = dpi / 72.0
    bitmap = pdfium_page.render(scale=scale, draw_annots=False, may_draw_forms=False)
    image = bitmap.to_pil().convert("RGB")
    w, h = image.size
    if abs(w / scale - geometry.width) > 2 or abs(h / scale - geometry.height) > 2:
        raise RasterError(f"rendered page is {w / scale:.0f}x{h / scale:.0f} pt but its "
                          f"text was laid out on {geometry.width:.0f}x{geometry.height:.0f} pt")
    draw = ImageDraw.Draw(image)
    for c in plan.covers:
        draw.rectangle([int((c.x0 - PAD) * scale), int((c.top - PAD) * scale),
                        int((c.x1 + PAD) * scale + 1), int((c.bottom + PAD) * scale + 1)],
                       fill=(0, 0, 0))
    return image


def draw_page(canvas, image, geometry: Geometry, plan: PagePlan) -> None:
    """One output page: the burned image, the labels, the invisible kept text."""
    from reportlab.lib.utils import ImageReader

    width, height = geometry.width, geometry.height
    canvas.setPageSize((width, height))
    if geometry.crop:
        x0, top, x1, bottom = geometry.crop
        canvas.setCropBox((x0, height - bottom, x1, height - top))
    canvas.drawImage(ImageReader(_grey_if_possible(image)), 0, 0, width, height)
    font = korean_font()
    items = sorted([*plan.pieces, *[c for c in plan.covers if c.tag]], key=lambda i: i.order)
    for item in items:
        if isinstance(item, Cover):
            _label(canvas, item, height, font)
        else:
            _invisible(canvas, item.text, item.x0, item.top, item.x1, item.bottom, height, font)
    canvas.showPage()


def _label(canvas, cover: Cover, height: float, font: str) -> None:
    """White label text fitted inside its (padded) black box."""
    box_w = cover.x1 - cover.x0 + 2 * PAD
    box_h = cover.bottom - cover.top + 2 * PAD
    size = min(box_h * 0.75, 10.0)
    natural = text_width(cover.tag, font, size) or 1.0
    squeeze = min(1.0, (box_w - 1.0) / natural)
    visible = squeeze > 0 and size * squeeze >= MIN_LABEL_SIZE
    baseline = height - (cover.bottom + cover.top) / 2 - size * 0.35
    _text(canvas, cover.tag, font, size, 100 * max(squeeze, 0.05),
          cover.x0 - PAD + 0.5, baseline, visible=visible, white=True)


def _invisible(canvas, s: str, x0: float, top: float, x1: float, bottom: float,
               height: float, font: str) -> None:
    size = max(bottom - top, 1.0)
    natural = text_width(s, font, size) or 1.0
    _text(canvas, s, font, size, max(100 * (x1 - x0) / natural, 1.0),
          x0, height - bottom + 0.12 * size, visible=False)


def _text(canvas, s: str, font: str, size: float, scale: float, x: float, y: float, *,
          visible: bool, white: bool = False) -> None:
    """One run of text inside q/Q. The text render mode and fill colour are graphics
    state that outlives BT/ET, and reportlab writes a mode only when *it* thinks the
    mode changed: without q/Q one invisible word made every later label invisible."""
    canvas.saveState()
    if white:
        canvas.setFillColorRGB(1, 1, 1)
    text = canvas.beginText()
    text.setTextRenderMode(0 if visible else 3)
    text.setFont(font, size)
    text.setHorizScale(scale)
    text.setTextOrigin(x, y)
    text.textOut(s)
    canvas.drawText(text)
    canvas.restoreState()


def _grey_if_possible(image):
    """Most pages of an official document are black on white: stored as one channel
    they take a third of the bytes (reportlab Flate-compresses the pixels)."""
    from PIL import ImageChops

    r, g, b = image.split()
    if not ImageChops.difference(r, g).getbbox() and not ImageChops.difference(g, b).getbbox():
        return r
    return image
