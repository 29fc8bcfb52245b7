"""Read the finished PDF back as a stranger would, and refuse it if anything masked is in it.

Publishing does not trust the redaction code: the bytes that would go public are opened
again with two independent readers, PDFium (pypdfium2: Chrome's C++ PDF engine) and
pypdf (pure Python), which share no parser, font decoding nor text assembly with each
other, and every masked value is looked for in what they extract — as written, and with white space removed,
since a reader may lay a value out over two lines or split it into words. Where a burned
page had a picture whose text was read by OCR, that region of the public page is drawn
and read by OCR again, so a masked value left readable in the pixels is found too. The
file's structure is checked too: the expected page count, and no object anywhere in it that
could carry text outside the pages (metadata, annotations, attachments, scripts, forms).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from disclosure.public_fields import leaked_values

#: Names whose presence anywhere in the output means something was carried over.
FORBIDDEN_NAMES = ("/Annots", "/AcroForm", "/JS", "/JavaScript", "/EmbeddedFile",
                   "/EmbeddedFiles", "/Metadata", "/OpenAction", "/AA", "/URI", "/Outlines",
                   "/Names", "/StructTreeRoot", "/PieceInfo", "/FileAttachment")
#: Values this long (without white space) are also looked for with all white space
#: removed; shorter ones only as written, so two syllables cannot match by accident.
SQUASH_MIN = 5


@dataclass
class Verdict:
    leaks: list[str] = field(default_factory=list)      # masked values found (not shown)
    problems: list[str] = field(default_factory=list)   # structural faults
    pages: int = 0
    text: str = ""                                      # what PDFium read, for tests

    @property
    def ok(self) -> bool:
        return not self.leaks and not self.problems


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def extracted_texts(data: bytes) -> tuple[str, str, int]:
    """The text PDFium and pypdf find in the file, and its page count.

    Both are fast (PDFium in C++, pypdf without layout analysis); pdfplumber, read
    before, cost three times both together. Given the 26 dev inbox PDFs unredacted,
    pdfplumber's text showed 148 of their 164 gold values, PDFium's and pypdf's 161
    each, every one pdfplumber showed among them (issue 16)."""
    from pypdf import PdfReader

    pdfium_text, count = pdfium_text_of(data)
    reader = PdfReader(io.BytesIO(data))
    pypdf_text = "\n".join(page.extract_text() or "" for page in reader.pages)
    if len(reader.pages) != count:
        raise ValueError(f"readers disagree on the page count ({count} vs {len(reader.pages)})")
    return pdfium_text, pypdf_text, count


def pdfium_text_of(data: bytes) -> tuple[str, int]:
    """Every page's text as PDFium reads it, and the page count."""
    import pypdfium2

    from .fonts import PDFIUM_LOCK

    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(data)
        try:
            pages = []
            for page in document:
                textpage = page.get_textpage()
                pages.append(textpage.get_text_range())
                textpage.close()
                page.close()
            return "\n".join(pages), len(document)
        finally:
            document.close()


def structure_problems(data: bytes) -> list[str]:
    """Every indirect object (and the trailer) is scanned for forbidden names."""
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

    reader = PdfReader(io.BytesIO(data))
    problems = []
    if "/Info" in reader.trailer:
        problems.append("document information dictionary present")
    found: set[str] = set()
    for generation, objects in reader.xref.items():
        for idnum in objects:
            obj = reader.get_object(idnum)
            if isinstance(obj, DictionaryObject):
                found.update(k for k in obj.keys() if k in FORBIDDEN_NAMES)
    for obj_stream_id in getattr(reader, "xref_objStm", {}):
        obj = reader.get_object(obj_stream_id)
        if isinstance(obj, DictionaryObject):
            found.update(k for k in obj.keys() if k in FORBIDDEN_NAMES)
    problems += [f"{name} present in the file" for name in sorted(found)]
    return problems


def verify_pdf(data: bytes, original: str, detections, expected_pages: int | None = None,
               image_regions=()) -> Verdict:
    """Check the public PDF against the unmasked text and its (non-rejected) detections.

    ``image_regions``: (page, x0, top, x1, bottom) regions of the public PDF to read by
    OCR as well (pictures on burned pages); reading them failing is a problem."""
    verdict = Verdict()
    try:
        pdfium_text, pypdf_text, verdict.pages = extracted_texts(data)
        verdict.problems += structure_problems(data)
    except Exception as exc:                         # unreadable output is not publishable
        verdict.problems.append(f"the PDF cannot be read back: {type(exc).__name__}: {exc}")
        return verdict
    verdict.text = pdfium_text
    texts = [pdfium_text, pypdf_text]
    if image_regions:
        from disclosure.extract.pdf_images import read_regions

        try:
            texts.append(read_regions(data, list(image_regions)))
        except Exception as exc:
            verdict.problems.append("그림 속 글자를 다시 읽어 가린 값이 보이지 않는지 확인할 수 없습니다"
                                    f"({type(exc).__name__}: {exc})")
    if expected_pages is not None and verdict.pages != expected_pages:
        verdict.problems.append(f"{verdict.pages} page(s) instead of {expected_pages}")
    found: list[str] = []
    squashed = [_squash(t) for t in texts]
    for text in texts:
        found += leaked_values(original, text, detections)
    for d in detections:
        if getattr(d, "status", "auto") == "rejected":
            continue
        value = _squash(original[d.start:d.end])
        if len(value) >= SQUASH_MIN and any(value in s for s in squashed):
            found.append(original[d.start:d.end])
    verdict.leaks = sorted(set(found))
    return verdict
