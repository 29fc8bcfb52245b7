"""Redacted public PDFs that provably hold no masked value and stay searchable.

Every published document gets a ``document.pdf``:

* a PDF source keeps its own pages; each page with a mask is replaced by a picture of
  itself with the boxes burned into the pixels and the kept words laid back invisibly
  (``burn``), pages without masks stay vector (``sanitize`` strips them);
* any other source is typeset from its masked text (``render``);
* the result is read back with two PDF readers (and OCR, where a burned page had a
  picture whose text was read) and refused if any masked value, a forbidden object or
  a wrong page count is found (``verify``).

``make_public_pdf`` does all of it; ``disclosure.publish.publish`` calls it and sends
the document to review when the verdict is not clean or anything raises.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from disclosure.models import Extracted

from .boxes import PdfplumberChars, plan_pages
from .burn import DPI, Geometry, draw_page, rasterise
from .fonts import PDFIUM_LOCK as _PDFIUM_LOCK, pdfium_korean_fonts
from .masks import Mask, masks_from
from .render import render_text
from .sanitize import assemble
from .verify import Verdict, verify_pdf

__all__ = ["RedactionError", "PublicPdf", "make_public_pdf", "redact_pdf", "render_text",
           "verify_pdf", "masks_from", "Mask", "Verdict"]

class RedactionError(RuntimeError):
    """The public PDF could not be made faithfully; the document goes to review."""


@dataclass
class PublicPdf:
    data: bytes
    verdict: Verdict
    burned_pages: list[int] = field(default_factory=list)   # 0-based


def redact_pdf(source: bytes, extracted: Extracted, masks: list[Mask], dpi: int = DPI
               ) -> tuple[bytes, list[int]]:
    """The redacted PDF of ``source`` and the (0-based) pages that were burned."""
    import pdfplumber
    from reportlab.pdfgen.canvas import Canvas

    with pdfplumber.open(io.BytesIO(source)) as pdf:
        count = len(pdf.pages)
        plans = plan_pages(extracted.text, extracted.boxes, masks, count, PdfplumberChars(pdf))
        burned = [i for i, plan in enumerate(plans) if plan.masked]
        raster = None
        if burned:
            buf = io.BytesIO()
            canvas = Canvas(buf, invariant=1, pageCompression=1)
            with _PDFIUM_LOCK:
                import pypdfium2

                pdfium_korean_fonts()

                document = pypdfium2.PdfDocument(source)
                try:
                    for i in burned:
                        geometry = _geometry(pdf.pages[i])
                        page = document[i]
                        try:
                            image = rasterise(page, geometry, plans[i], dpi)
                        finally:
                            page.close()
                        draw_page(canvas, image, geometry, plans[i])
                finally:
                    document.close()
            canvas.save()
            raster = buf.getvalue()
    return assemble(source, raster, burned, count), burned


def _geometry(page) -> Geometry:
    """Media box size and the crop box within it, in pdfplumber's top-left points."""
    mb, cb = page.mediabox, page.cropbox
    crop = None
    if any(abs(a - b) > 0.01 for a, b in zip(mb, cb)):
        crop = (cb[0] - mb[0], cb[1] - mb[1], cb[2] - mb[0], cb[3] - mb[1])
    return Geometry(float(page.width), float(page.height), crop)


def make_public_pdf(original: Path, text: str, detections, *,
                    extracted: Extracted | None = None, dpi: int = DPI) -> PublicPdf:
    """The public PDF of a document and its verification verdict.

    ``original`` is the source file, ``text`` the unmasked text layer 1 saw and
    ``detections`` its findings (rejected ones are ignored). For a PDF the source is
    extracted again (or ``extracted`` is used) to get word boxes; it must reproduce
    ``text`` exactly, or the offsets would point at the wrong words.
    """
    masks = masks_from(detections, len(text))
    original = Path(original)
    if original.suffix.lower() == ".pdf":
        if extracted is None:
            from disclosure.extract import extract
            extracted = extract(original)
        if extracted.text != text:
            raise RedactionError("the PDF no longer extracts to the text layer 1 masked; "
                                 "its word boxes cannot be trusted")
        data, burned = redact_pdf(original.read_bytes(), extracted, masks, dpi)
        expected = len(extracted.page_offsets) or None
        # Pictures read by OCR on burned pages are read again in the public copy.
        regions = [r for r in extracted.image_regions if r[0] in burned]
    else:
        rendered = render_text(text, masks)
        count = _page_count(rendered)
        # through the same assembly as burned pages: reportlab's /Info does not come along
        data, burned, expected = assemble(None, rendered, list(range(count)), count), [], count
        regions = []
    return PublicPdf(data, verify_pdf(data, text, detections, expected, regions), burned)


def _page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)
