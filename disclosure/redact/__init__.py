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

from domain.types import Extracted

from .boxes import LayoutChars, plan_pages
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
    made_for: tuple = ()        # the detections it was made and verified for (spans_of)


def spans_of(detections) -> tuple:
    """The (start, end, label) of every detection that is not rejected, sorted: what a
    public PDF is made and verified for."""
    return tuple(sorted((int(d.start), int(d.end), d.label) for d in detections
                        if getattr(d, "status", "auto") != "rejected"))


def redact_pdf(source: bytes, extracted: Extracted, masks: list[Mask], dpi: int = DPI
               ) -> tuple[bytes, list[int]]:
    """The redacted PDF of ``source`` and the (0-based) pages that were burned.

    Word boxes, characters and page geometry come from ``extracted`` (the one parse of
    the source); pdfium draws the pages that have masks."""
    from reportlab.pdfgen.canvas import Canvas

    count = len(extracted.pages)
    if not count or count != len(extracted.page_offsets):
        raise RedactionError("the extraction holds no page layout for this PDF")
    plans = plan_pages(extracted.text, extracted.boxes, masks, count, LayoutChars(extracted.pages))
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
                if len(document) != count:
                    raise RedactionError(f"the PDF has {len(document)} pages, its extraction {count}")
                for i in burned:
                    layout = extracted.pages[i]
                    geometry = Geometry(layout.width, layout.height, layout.crop)
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


def make_public_pdf(original: Path, text: str, detections, *,
                    extracted: Extracted | None = None, source: bytes | None = None,
                    dpi: int = DPI) -> PublicPdf:
    """The public PDF of a document and its verification verdict.

    ``original`` is the source file, ``text`` the unmasked text layer 1 saw and
    ``detections`` its findings (rejected ones are ignored). For a PDF, ``extracted``
    (with its page layouts) and ``source`` (the bytes it was extracted from) are what
    the ingest already has: the file is then not read nor parsed again. Without them it
    is read once and extracted again. The extraction must reproduce ``text`` exactly,
    or the offsets would point at the wrong words.
    """
    masks = masks_from(detections, len(text))
    original = Path(original)
    if original.suffix.lower() == ".pdf":
        if source is None:
            source = original.read_bytes()
        if extracted is None:
            from disclosure.extract import extract_bytes
            extracted = extract_bytes(original.name, source)
        if extracted.text != text:
            raise RedactionError("the PDF no longer extracts to the text layer 1 masked; "
                                 "its word boxes cannot be trusted")
        data, burned = redact_pdf(source, extracted, masks, dpi)
        expected = len(extracted.page_offsets) or None
        # Pictures read by OCR on burned pages are read again in the public copy.
        regions = [r for r in extracted.image_regions if r[0] in burned]
    else:
        rendered = render_text(text, masks)
        count = _page_count(rendered)
        # through the same assembly as burned pages: reportlab's /Info does not come along
        data, burned, expected = assemble(None, rendered, list(range(count)), count), [], count
        regions = []
    return PublicPdf(data, verify_pdf(data, text, detections, expected, regions), burned,
                     spans_of(detections))


def _page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)
