"""Text inside pictures: read by OCR, masked and burned, or the document goes to review.

A hostile tester published a page whose 8 % picture of an ID card said
``신청인 박민수 / 900101-1234567``: the text layer had no such text, so nothing was
masked. These tests build such documents and read the public copy back with Debian's
``tesseract`` program (see ``pictures.py``).
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pictures import (ID_LINES, RRN, ocr_pdf_pages, pdf_with_picture, picture_png,
                      require_ocr, squash)

from disclosure.extract import extract, ocr
from domain.types import Detection


#: Where ``pdf_with_picture`` puts the picture (x, y from the bottom, w, h in points).
ID_RECT = (72, 420, 280, 144)


@pytest.fixture
def engine():
    require_ocr()


@pytest.fixture(scope="module")
def layer1():
    from masking import Layer1

    return Layer1.from_rules()


def _blurred_png() -> bytes:
    from PIL import Image, ImageFilter

    image = Image.open(io.BytesIO(picture_png())).filter(ImageFilter.GaussianBlur(4))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _shapes_png() -> bytes:
    """A logo: a ring and a triangle, no letters."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse([20, 20, 280, 280], outline=(200, 0, 0), width=12)
    draw.polygon([(150, 50), (250, 250), (50, 250)], fill=(0, 90, 170))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_text_of_a_picture_in_a_pdf_is_extracted_with_its_boxes(tmp_path, engine):
    ex = extract(pdf_with_picture(tmp_path / "id.pdf"))
    assert ex.warnings == []
    assert ocr.MARK in ex.text
    block = ex.text[ex.text.index(ocr.MARK):]
    assert squash(RRN) in squash(block) and "박민수" in block
    # the words of the picture have boxes inside the picture (x 72-352, top 278-422 pt)
    start = ex.text.index(RRN)
    boxes = [b for b in ex.boxes if b.start <= start < b.end]
    assert len(boxes) == 1
    assert 72 <= boxes[0].x0 < boxes[0].x1 <= 352 and 277 <= boxes[0].top < boxes[0].bottom <= 422
    assert ex.image_regions == [(0, 72.0, pytest.approx(277.89, abs=0.01), 352.0,
                                 pytest.approx(421.89, abs=0.01))]


def test_rrn_in_a_picture_is_burned_in_the_public_pdf(tmp_path, engine, layer1, monkeypatch):
    from disclosure.redact import make_public_pdf

    path = pdf_with_picture(tmp_path / "id.pdf")
    assert RRN in squash(ocr_pdf_pages(path.read_bytes(), rect=ID_RECT))   # the check can see it
    monkeypatch.setattr(ocr, "MEMO_SIZE", 0)    # every picture really read, twice
    ex = extract(path)
    detections = layer1.detect(ex.text)
    assert RRN in {ex.text[d.start:d.end] for d in detections}
    # extracted again inside (no ``extracted``) and must give the same text: reading
    # is deterministic, also without the memo
    made = make_public_pdf(path, ex.text, detections)
    assert made.verdict.ok, (made.verdict.leaks, made.verdict.problems)
    assert made.burned_pages == [0]
    seen = ocr_pdf_pages(made.data, rect=ID_RECT)
    assert RRN not in squash(seen) and "900101" not in seen and "박민수" not in seen
    assert "주민등록증" in squash(seen)         # the rest of the picture is still there


def test_verification_reads_the_pictures_of_burned_pages(tmp_path, engine):
    from disclosure.redact import verify_pdf

    path = pdf_with_picture(tmp_path / "id.pdf")
    ex = extract(path)
    start = ex.text.index(RRN)
    rrn = [Detection(start, start + len(RRN), "KR_RRN", 1.0, "test")]
    data = path.read_bytes()          # as if the burn had missed the picture
    assert verify_pdf(data, ex.text, rrn, 1).leaks == []       # text readers cannot see it
    verdict = verify_pdf(data, ex.text, rrn, 1, ex.image_regions)
    assert verdict.leaks == [RRN]


def test_without_an_ocr_engine_a_picture_page_goes_to_review(tmp_path, monkeypatch, instance):
    from disclosure import pipeline

    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path / "no-models"))
    path = pdf_with_picture(tmp_path / "id.pdf")
    ex = extract(path)
    assert ocr.MARK not in ex.text
    assert ex.warnings == ["1쪽: 그림 1개의 글자를 읽지 못했습니다. 글자 인식(OCR) 한국어 모델이 "
                           "설치되어 있지 않습니다(Debian 패키지 tesseract-ocr, tesseract-ocr-kor)"]
    (tmp_path / "id.json").write_text('{"approver_rank": "국장", "title": "민원 처리 결과 보고"}',
                                      encoding="utf-8")
    [outcome] = pipeline.ingest(instance, [path])
    assert outcome.result == "review"
    assert any("1쪽: 그림 1개의 글자를 읽지 못했습니다" in r for r in outcome.reasons)
    assert not (instance.public_dir / outcome.doc_id).exists()


def test_a_picture_not_read_confidently_is_a_warning(tmp_path, engine):
    ex = extract(pdf_with_picture(tmp_path / "blur.pdf", _blurred_png()))
    assert len(ex.warnings) == 1 and ex.warnings[0].startswith("1쪽: 그림 속 ")
    assert "확실히 읽지 못했습니다" in ex.warnings[0]


def test_a_picture_without_letters_adds_no_text_and_no_warning(tmp_path, engine):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = pdf_with_picture(tmp_path / "logo.pdf", _shapes_png(), rect=(400, 700, 60, 60))
    ex = extract(path)
    assert ex.warnings == [] and ocr.MARK not in ex.text
    assert len(ex.image_regions) == 1
    # a rule drawn as a 200 x 2 pt picture is not read at all
    line = tmp_path / "rule.pdf"
    c = canvas.Canvas(str(line))
    c.drawString(72, 700, "Notice")
    c.drawImage(ImageReader(io.BytesIO(_shapes_png())), 72, 650, 200, 2)
    c.showPage()
    c.save()
    assert extract(line).image_regions == []


def test_text_drawn_over_a_picture_is_not_read_twice(tmp_path, engine):
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from disclosure.redact.fonts import korean_font

    background = io.BytesIO()
    Image.new("RGB", (400, 100), (235, 242, 250)).save(background, format="PNG")
    path = tmp_path / "form.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(background.getvalue())), 72, 600, 400, 100)
    c.setFont(korean_font(), 14)
    c.drawString(90, 650, "도로 보수 공사 안내")
    c.showPage()
    c.save()
    ex = extract(path)
    assert ex.text.count("보수") == 1 and ocr.MARK not in ex.text
    assert ex.warnings == []


def test_a_large_picture_is_still_a_warning_in_korean(tmp_path, engine):
    ex = extract(pdf_with_picture(tmp_path / "big.pdf", rect=(72, 200, 450, 400)))
    assert RRN in ex.text
    assert ex.warnings == ["1쪽: 그림이 쪽의 36%를 차지합니다. 사진이나 손글씨처럼 글자 인식으로 "
                           "확인할 수 없는 개인정보가 있을 수 있습니다"]


def _docx_with_picture(path: Path, png: bytes) -> Path:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.add_paragraph("민원 처리 결과 보고")
    document.add_paragraph("첨부: 신청인 신분증 사본")
    document.add_picture(io.BytesIO(png), width=Pt(280))
    document.add_paragraph("담당 주무관 이영희")
    document.save(str(path))
    return path


def test_text_of_a_picture_in_a_docx_reaches_layer_1_and_is_marked(tmp_path, engine, layer1):
    from disclosure.redact import make_public_pdf

    path = _docx_with_picture(tmp_path / "id.docx", picture_png())
    ex = extract(path)
    assert ex.warnings == []
    lines = ex.text.splitlines()
    assert lines[lines.index(ocr.MARK) + 1:] == [ID_LINES[0], "신청인 박민수 /900101-1234567"]
    detections = layer1.detect(ex.text)
    assert RRN in {ex.text[d.start:d.end] for d in detections}
    made = make_public_pdf(path, ex.text, detections)
    assert made.verdict.ok and RRN not in squash(made.verdict.text)


def test_docx_pictures_without_an_engine_or_unreadable_are_warnings(tmp_path, monkeypatch):
    path = _docx_with_picture(tmp_path / "id.docx", picture_png())
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path / "no-models"))
    ex = extract(path)
    assert ocr.MARK not in ex.text
    assert ex.warnings == ["그림 1개의 글자를 읽지 못했습니다. 글자 인식(OCR) 한국어 모델이 "
                           "설치되어 있지 않습니다(Debian 패키지 tesseract-ocr, tesseract-ocr-kor)"]


def test_docx_picture_not_read_confidently_is_a_warning(tmp_path, engine):
    ex = extract(_docx_with_picture(tmp_path / "blur.docx", _blurred_png()))
    assert len(ex.warnings) == 1
    assert ex.warnings[0].startswith("1번째 그림(image1.png): 그림 속 ")


def test_split_syllables_are_joined():
    words = [ocr.Word(t, 90.0, i * 10, 0, i * 10 + 8, 10, (1, 1, 1))
             for i, t in enumerate(["주소", "서", "울", "특별시", "화", "곡", "로", "88,", "1", "동"])]
    assert [w.text for w in ocr.join_syllables(words)] == ["주소", "서울", "특별시", "화곡로", "88,", "1", "동"]
    joined = ocr.join_syllables(words)[1]
    assert (joined.x0, joined.x1) == (10, 28)


def test_a_transparent_docx_picture_is_read_on_white(tmp_path, engine):
    """Black text on a transparent background: converted to RGB naively it is black on
    black, and nothing would be read."""
    import pylopdf_fonts_ko
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGBA", (700, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).text((30, 60), ID_LINES[1], fill=(0, 0, 0, 255),
                               font=ImageFont.truetype(str(pylopdf_fonts_ko.sans_path()), 34))
    png = io.BytesIO()
    image.save(png, format="PNG")
    ex = extract(_docx_with_picture(tmp_path / "clear.docx", png.getvalue()))
    assert RRN in ex.text and ex.warnings == []
