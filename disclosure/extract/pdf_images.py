"""Pictures on PDF pages: their text is read (``ocr``) and becomes part of the page's text.

Which pictures: every image on a page (``pdf_pages``: also inside form XObjects),
clipped to the page, at least ``MIN_SIDE`` points on each side and ``MIN_AREA`` square points (rules and bullets are
not read); pictures that overlap are read as one region, or their text would be read
twice. A region is read from the page as pdfium draws it, at ``OCR_DPI``, so what a
reader of the page sees is what is read. A word the text layer already has at the same
place (text drawn over a picture) is not added again.

Where the text goes: after the page's own text, one block per region under the line
``ocr.MARK``, with one ``Box`` per word in page points. Layer 1 finds values in it like
in any other text, and the redaction burns their boxes into the page's pixels.

Warnings, plain Korean, one line per page (any warning sends the document to review):
a picture not read confidently (``Reading.doubt``); pictures not read at all (no OCR
engine, over the per-document budget, a page that cannot be drawn); and, as before
OCR, pictures covering more than a quarter of a page, since a photograph of a person or
handwriting is personal information that no OCR finds.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from domain.types import Box

from . import ocr

#: Resolution pictures are read at: 10-pt text is ~40 pixels high, what Tesseract likes.
OCR_DPI = 300
#: Pictures smaller than this (points) are not read: rules, bullets, spacer pixels.
MIN_SIDE = 4.0
MIN_AREA = 150.0
#: Pictures covering more than this share of a page earn a warning even when read.
LARGE_SHARE = 0.25
#: Most picture area read per document, in square points (20 A4 pages); the pictures
#: beyond it are not read, and their pages are sent to review.
MAX_AREA = 20 * 595 * 842

Region = tuple[float, float, float, float]          # x0, top, x1, bottom in points


@dataclass
class ImageText:
    """The words read in one region of a page, in lines, in page points."""

    page: int
    region: Region
    lines: list[list[tuple[str, Region]]] = field(default_factory=list)


@dataclass
class PageReadings:
    texts: list[list[ImageText]]                    # per page
    regions: list[tuple[int, float, float, float, float]] = field(default_factory=list)


def read_pdf_images(data: bytes, pages, page_chars: list[list[dict]],
                    warnings: list[str]) -> PageReadings:
    """Read the pictures of every page; append a warning per doubtful page."""
    result = PageReadings([[] for _ in pages])
    wanted: dict[int, list[Region]] = {}
    for index, page in enumerate(pages):
        width, height = float(page.width), float(page.height)
        covered = sum(abs((im["x1"] - im["x0"]) * (im["bottom"] - im["top"])) for im in page.images)
        share = covered / (width * height or 1.0)
        if share > LARGE_SHARE:
            warnings.append(f"{index + 1}쪽: 그림이 쪽의 {share:.0%}를 차지합니다. 사진이나 손글씨처럼 "
                            "글자 인식으로 확인할 수 없는 개인정보가 있을 수 있습니다")
        regions = merge_regions(_clipped(page.images, width, height))
        if regions:
            wanted[index] = regions
    if not wanted:
        return result
    problem = ocr.engine_problem()
    if problem:
        for index, regions in wanted.items():
            warnings.append(f"{index + 1}쪽: 그림 {len(regions)}개의 글자를 읽지 못했습니다. {problem}")
        return result
    budget = MAX_AREA
    within: dict[int, list[Region]] = {}
    for index, regions in wanted.items():
        area = sum((r[2] - r[0]) * (r[3] - r[1]) for r in regions)
        if area > budget:
            warnings.append(f"{index + 1}쪽: 문서의 그림이 너무 많아(A4 {MAX_AREA // (595 * 842)}쪽 분량 초과) "
                            "그림 속 글자를 읽지 않았습니다")
            continue
        budget -= area
        within[index] = regions
    try:
        crops = render_regions(data, within)
    except Exception as exc:                      # a page pdfium cannot draw: fail closed
        for index in within:
            warnings.append(f"{index + 1}쪽: 그림을 그릴 수 없어 글자를 읽지 못했습니다({type(exc).__name__})")
        return result
    for index, regions in within.items():
        doubts = []
        for region, image in zip(regions, crops[index]):
            try:
                reading = ocr.read_image(image)
            except Exception as exc:              # the engine failed: fail closed
                doubts.append(f"그림 속 글자를 읽지 못했습니다({type(exc).__name__}: {exc})")
                continue
            lines = list(_kept_words(reading, region, page_chars[index]))
            result.regions.append((index, *region))
            if lines:
                result.texts[index].append(ImageText(index, region, [
                    [(w.text, (w.x0, w.top, w.x1, w.bottom)) for w in line] for line in lines]))
            doubt = ocr.Reading(tuple(w for line in lines for w in line)).doubt()
            if doubt:
                doubts.append(doubt)
        if doubts:
            warnings.append(f"{index + 1}쪽: " + "; ".join(dict.fromkeys(doubts)))
    return result


def _clipped(images, width: float, height: float) -> list[Region]:
    out = []
    for im in images:
        x0, top = max(float(im["x0"]), 0.0), max(float(im["top"]), 0.0)
        x1, bottom = min(float(im["x1"]), width), min(float(im["bottom"]), height)
        w, h = x1 - x0, bottom - top
        if w >= MIN_SIDE and h >= MIN_SIDE and w * h >= MIN_AREA:
            out.append((x0, top, x1, bottom))
    return out


def merge_regions(regions: list[Region]) -> list[Region]:
    """Overlapping rectangles joined into their union, until none overlap; top to bottom."""
    merged = list(dict.fromkeys(regions))
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                a, b = merged[i], merged[j]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    merged[i] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                    del merged[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(merged, key=lambda r: (r[1], r[0]))


def render_regions(data: bytes, wanted: dict[int, list[Region]], dpi: int = OCR_DPI) -> dict[int, list]:
    """The regions of each page as PIL images, drawn by pdfium as the page shows them
    (media box, display orientation: the same geometry as the extraction's and the burned
    pages'). pdfium is used under the process-wide lock, with the Korean fonts."""
    import pypdfium2

    from disclosure.redact.fonts import PDFIUM_LOCK, pdfium_korean_fonts

    scale = dpi / 72.0
    out: dict[int, list] = {}
    with PDFIUM_LOCK:
        pdfium_korean_fonts()
        document = pypdfium2.PdfDocument(data)
        try:
            for index, regions in wanted.items():
                page = document[index]
                try:
                    page.set_cropbox(*page.get_mediabox())
                    width, height = page.get_size()
                    images = []
                    for region in regions:
                        # Only the region is drawn: pdfium crops in display orientation,
                        # from the page's edges, on whole pixels of the full drawing.
                        x0, top, x1, bottom = (v / scale for v in _pixels(region, scale))
                        crop = (x0, max(height - bottom, 0.0), max(width - x1, 0.0), top)
                        images.append(page.render(scale=scale, crop=crop, draw_annots=False,
                                                  may_draw_forms=False).to_pil())
                finally:
                    page.close()
                out[index] = images
        finally:
            document.close()
    return out


def _pixels(region: Region, scale: float) -> tuple[int, int, int, int]:
    x0, top, x1, bottom = region
    return (math.floor(x0 * scale), math.floor(top * scale),
            math.ceil(x1 * scale), math.ceil(bottom * scale))


def _kept_words(reading: ocr.Reading, region: Region, chars: list[dict]):
    """The reading's lines in page points, without words the text layer has there."""
    scale = OCR_DPI / 72.0
    left, top = (v / scale for v in _pixels(region, scale)[:2])
    for line in ocr.lines_of(reading.words):
        kept = []
        for w in line:
            if not w.readable:
                continue
            box = (left + w.x0 / scale, top + w.top / scale, left + w.x1 / scale, top + w.bottom / scale)
            if not _in_text_layer(w.text, box, chars):
                kept.append(ocr.Word(w.text, w.confidence, *box, w.line))
        if kept:
            yield kept


def _in_text_layer(text: str, box: Region, chars: list[dict]) -> bool:
    eps = 1.0
    inside = sorted((c for c in chars if not c["text"].isspace()
                     and box[0] - eps <= (c["x0"] + c["x1"]) / 2 <= box[2] + eps
                     and box[1] - eps <= (c["top"] + c["bottom"]) / 2 <= box[3] + eps),
                    key=lambda c: c["x0"])
    return bool(inside) and "".join(c["text"] for c in inside) == text


def emit(builder, page: int, texts: list[ImageText]) -> None:
    """Append a page's picture text to the extractor's builder, a Box per word."""
    for text in texts:
        builder.text("\n" + ocr.MARK)
        for line in text.lines:
            builder.text("\n")
            for position, (word, (x0, top, x1, bottom)) in enumerate(line):
                if position:
                    builder.text(" ")
                start = builder.length
                builder.text(word)
                builder.boxes.append(Box(page=page, x0=x0, top=top, x1=x1, bottom=bottom,
                                         start=start, end=builder.length))


def read_regions(data: bytes, regions: list[tuple[int, float, float, float, float]]) -> str:
    """The text OCR reads in these regions of a PDF (for checking a public copy)."""
    wanted: dict[int, list[Region]] = {}
    for page, *region in regions:
        wanted.setdefault(page, []).append(tuple(region))
    crops = render_regions(data, wanted)
    out = []
    for page, images in crops.items():
        for image in images:
            out.append("\n".join(" ".join(w.text for w in line)
                                 for line in ocr.lines_of(ocr.read_image(image).words)))
    return "\n".join(out)
