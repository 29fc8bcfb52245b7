"""Pictures in a DOCX body: their text is read by OCR so that layer 1 and layer 2 see it.

The public copy of a DOCX is typeset from its masked text, so no picture ever reaches
the public; what a picture says still matters: a scanned ID card pasted into an
approval document is personal information, and the grade and the decision must know
about it. The text read from each picture is appended after the body, under the line
``ocr.MARK`` (it was seen, not typed), in the order the pictures appear.

Pictures are found where the body shows them (``a:blip`` in DrawingML, ``v:imagedata``
in VML) and read from the package through the body's relationships; linked (external)
pictures are not in the file and are not fetched. A picture that cannot be read (no
OCR engine, a format the reader does not know such as EMF/WMF, too large, not read
confidently) is a warning, which sends the document to review.
"""
from __future__ import annotations

import io
import posixpath
import zipfile

from . import ocr

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
V = "{urn:schemas-microsoft-com:vml}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: Pictures smaller than this (pixels) are not read: bullets, lines, spacers.
MIN_SIDE = 12
MIN_PIXELS = 2_000
#: Largest picture file read, and most pixels read per document (20 A4 pages at 300 dpi).
MAX_BYTES = 20 * 1024 * 1024
MAX_TOTAL_PIXELS = 20 * 8_700_000


def read_docx_images(data: bytes, body, warnings: list[str]) -> list[str]:
    """Lines of text read from the body's pictures (each block under ``ocr.MARK``)."""
    targets = _picture_targets(data, body)
    if not targets:
        return []
    problem = ocr.engine_problem()
    if problem:
        warnings.append(f"그림 {len(targets)}개의 글자를 읽지 못했습니다. {problem}")
        return []
    from PIL import Image

    lines: list[str] = []
    budget = MAX_TOTAL_PIXELS
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for number, name in enumerate(targets, start=1):
            where = f"{number}번째 그림({posixpath.basename(name)})"
            try:
                info = archive.getinfo(name)
            except KeyError:
                warnings.append(f"{where}이 문서 안에 없습니다")
                continue
            if info.file_size > MAX_BYTES:
                warnings.append(f"{where}이 너무 커서({info.file_size:,}바이트) 글자를 읽지 않았습니다")
                continue
            try:
                image = Image.open(io.BytesIO(archive.read(info)))
                image.load()
            except Exception:
                warnings.append(f"{where}은 글자를 읽을 수 없는 형식입니다")
                continue
            width, height = image.size
            if min(width, height) < MIN_SIDE or width * height < MIN_PIXELS:
                continue
            if width * height > budget:
                warnings.append(f"{where}: 문서의 그림이 너무 많거나 커서 글자를 읽지 않았습니다")
                continue
            budget -= width * height
            try:
                reading = ocr.read_image(_on_white(image))
            except Exception as exc:              # the engine failed: fail closed
                warnings.append(f"{where}의 글자를 읽지 못했습니다({type(exc).__name__}: {exc})")
                continue
            read = [[w for w in line if w.readable] for line in ocr.lines_of(reading.words)]
            read = [line for line in read if line]
            if read:
                lines.append(ocr.MARK)
                lines.extend(" ".join(w.text for w in line) for line in read)
            doubt = reading.doubt()
            if doubt:
                warnings.append(f"{where}: {doubt}")
    return lines


def _on_white(image):
    """The picture as Word shows it on a white page: transparent pixels are white (a
    plain RGB conversion would make them black, and black text on black is unreadable)."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        return Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba).convert("RGB")
    return image.convert("RGB")


def _picture_targets(data: bytes, body) -> list[str]:
    """Package paths of the pictures the body shows, in order, each once."""
    ids = []
    for element in body.iter(A + "blip", V + "imagedata"):
        rid = element.get(R + "embed") or element.get(R + "id")
        if rid and rid not in ids:
            ids.append(rid)
    if not ids:
        return []
    rels = _relationships(data)
    out: list[str] = []
    for rid in ids:
        target = rels.get(rid)
        if target and target not in out:
            out.append(target)
    return out


def _relationships(data: bytes) -> dict[str, str]:
    """Relationship id -> package path, for the main document's internal targets."""
    from docx.oxml.parser import parse_xml

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            xml = archive.read("word/_rels/document.xml.rels")
        except KeyError:
            return {}
    out = {}
    for rel in parse_xml(xml).iter(RELS + "Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
        out[rel.get("Id")] = path
    return out
