"""Documents with text inside pictures, for the OCR tests, and an independent OCR reader.

The pictures are drawn here with Pillow and the Noto Sans KR font the project ships
(``pylopdf-fonts-ko``), like a scanned ID card pasted into a document. The checks read
public PDFs with Debian's ``tesseract`` program (not the project's tesserocr binding),
so what is checked is what any reader with OCR would get from the published file.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ID_LINES = ("주민등록증 사본", "신청인 박민수 / 900101-1234567")
RRN = "900101-1234567"


def require_ocr() -> None:
    """Skip (fail under CI=true) when the OCR engine or Debian's tesseract is missing."""
    from disclosure.extract import ocr

    problem = ocr.engine_problem()
    if problem is None and shutil.which("tesseract") is None:
        problem = "the tesseract program (Debian package tesseract-ocr) is not installed"
    if problem:
        message = f"OCR is not available here ({problem}); run scripts/install-system-packages.sh as root"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def picture_png(lines=ID_LINES, size=(700, 360), font_px: int = 34, frame: bool = True) -> bytes:
    """A picture of a few lines of text, framed like a copied card."""
    import pylopdf_fonts_ko
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", size, (250, 250, 245))
    draw = ImageDraw.Draw(image)
    if frame:
        draw.rectangle([4, 4, size[0] - 5, size[1] - 5], outline=(60, 60, 60), width=4)
    font = ImageFont.truetype(str(pylopdf_fonts_ko.sans_path()), font_px)
    y = 40
    for line in lines:
        draw.text((36, y), line, font=font, fill=(20, 20, 20))
        y += int(font_px * 1.8)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def pdf_with_picture(path: Path, png: bytes | None = None, *, rect=(72, 420, 280, 144),
                     body=("민원 처리 결과 보고", "1. 민원 개요", "가. 접수 번호: 2026-0412",
                           "나. 민원 내용: 도로 보수 요청에 따른 처리 결과를 보고합니다.",
                           "2. 첨부: 신청인 신분증 사본 1부"),
                     footer: str = "담당 주무관 이영희") -> Path:
    """One A4 page of text with a picture at ``rect`` (x, y from the bottom, w, h, in
    points; the default covers 8 % of the page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from disclosure.redact.fonts import korean_font

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(korean_font(), 11)
    y = 780
    for line in body:
        c.drawString(72, y, line)
        y -= 18
    c.drawImage(ImageReader(io.BytesIO(png or picture_png())), *rect)
    c.drawString(72, rect[1] - 40, footer)
    c.showPage()
    c.save()
    return path


#: Where ``stamp_picture`` puts the picture by default (x, y from the bottom, w, h).
STAMP_RECT = (300, 60, 250, 128)


def stamp_picture(source: Path, target: Path, png: bytes, rect=STAMP_RECT) -> Path:
    """``source`` with the picture drawn over its first page at ``rect`` (points)."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    writer = PdfWriter(clone_from=str(source))
    first = writer.pages[0]
    overlay = io.BytesIO()
    c = canvas.Canvas(overlay, pagesize=(float(first.mediabox.width), float(first.mediabox.height)))
    c.drawImage(ImageReader(io.BytesIO(png)), *rect)
    c.showPage()
    c.save()
    first.merge_page(PdfReader(io.BytesIO(overlay.getvalue())).pages[0])
    with open(target, "wb") as f:
        writer.write(f)
    return target


def ocr_pdf_pages(data: bytes, dpi: int = 300, rect=None) -> str:
    """Every page of a PDF drawn by pdfium and read by the ``tesseract`` program; only
    the area ``rect`` (x, y from the bottom, w, h in points, with a 20-pt margin) of
    each page when it is given (a whole page takes seconds)."""
    import pypdfium2

    out = []
    document = pypdfium2.PdfDocument(data)
    try:
        for page in document:
            crop = (0, 0, 0, 0)
            if rect is not None:
                width, height = page.get_size()
                x, y, w, h = rect
                crop = (max(x - 20, 0), max(y - 20, 0), max(width - x - w - 20, 0),
                        max(height - y - h - 20, 0))
            image = page.render(scale=dpi / 72, crop=crop).to_pil().convert("L")
            page.close()
            png = io.BytesIO()
            image.save(png, format="PNG")
            result = subprocess.run(["tesseract", "stdin", "stdout", "-l", "kor+eng", "--psm", "6"],
                                    input=png.getvalue(), capture_output=True, check=True,
                                    env={**os.environ, "OMP_THREAD_LIMIT": "1"})
            out.append(result.stdout.decode("utf-8"))
    finally:
        document.close()
    return "\n".join(out)


def squash(s: str) -> str:
    return "".join(s.split())
