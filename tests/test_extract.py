"""Extraction against real files: small Korean documents generated here, and the dev inbox.

Each test builds a real file with the library a drafter's system would use (reportlab,
python-docx, plain bytes) and checks what layer 1 depends on: values intact, tables
kept as rows, line breaks where they belong, boxes that map onto the text, and a clear
ExtractionError for every kind of bad input.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from disclosure.extract import MAX_BYTES, SUPPORTED_SUFFIXES, ExtractionError, extract
from domain.types import Extracted

NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
SHARED = Path(__file__).resolve().parents[2] / "shared"


# --------------------------------------------------------------------------- PDF helpers

def _korean_font() -> str:
    """A Korean font for reportlab: NanumGothic if installed, else the built-in CID font."""
    from reportlab.pdfbase import pdfmetrics
    if NANUM.exists():
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("Nanum", str(NANUM)))
        return "Nanum"
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    return "HYSMyeongJo-Medium"


def make_pdf(path: Path, encrypt: str | None = None) -> Path:
    """Two A4 pages: key-value lines, a wrapped paragraph, a ruled table with a wrapped cell."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    font = _korean_font()
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    doc = SimpleDocTemplate(str(path), pagesize=A4, encrypt=encrypt)
    long_sentence = ("○ 행사 중 참가자 홍길동이 만성 신부전 상태에서 어지럼증을 호소하여 현장 의료진이 "
                     "응급처치 후 귀가 조치하였으며 보호자에게 연락하여 인계하였음")
    table = Table(
        [[Paragraph("성명", cell), Paragraph("주소", cell), Paragraph("연락처", cell)],
         [Paragraph("김하늘", cell), Paragraph("서울특별시 강서구 공항대로 261, 121동 1604호 (방화동, 방화푸르지오아파트)", cell),
          Paragraph("０１０－１８４８－５０６９", cell)]],
        colWidths=[60, 92, 110],
    )
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    story = [
        Paragraph("문서번호: 민원담당관-6839", body),
        Paragraph("참가자 박정자(60대, 010-3798-6030)", body),
        Paragraph(long_sentence, body),
        table,
        PageBreak(),
        Paragraph("담당자: 김경자 주무관 (02-2133-1104)", body),
    ]
    doc.build(story)
    return path


@pytest.fixture(scope="module")
def pdf_file(tmp_path_factory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "doc.pdf")


@pytest.fixture(scope="module")
def pdf_extracted(pdf_file) -> Extracted:
    return extract(pdf_file)


# --------------------------------------------------------------------------- PDF

def test_pdf_text_lines_and_values(pdf_extracted):
    ex = pdf_extracted
    assert ex.format == "pdf"
    lines = ex.text.split("\n")
    assert "문서번호: 민원담당관-6839" in lines
    assert "참가자 박정자(60대, 010-3798-6030)" in lines
    # The wrapped paragraph is one line again: the diagnosis and the word cut at the margin survive.
    assert "만성 신부전" in ex.text and "의료진이 응급처치 후" in ex.text


def test_pdf_table_row_keeps_cells_apart_and_wrapped_cell_whole(pdf_extracted):
    rows = [line for line in pdf_extracted.text.split("\n") if line.startswith("김하늘")]
    assert len(rows) == 1, pdf_extracted.text
    cells = rows[0].split(" | ")
    assert cells[0] == "김하늘"
    assert cells[1].replace(" ", "") == "서울특별시강서구공항대로261,121동1604호(방화동,방화푸르지오아파트)"
    assert cells[2] == "０１０－１８４８－５０６９"      # full-width digits kept as they are
    assert "성명 | 주소 | 연락처" in pdf_extracted.text


def test_pdf_pages_and_offsets(pdf_extracted):
    ex = pdf_extracted
    assert len(ex.page_offsets) == 2 and ex.page_offsets[0] == 0
    second = ex.text[ex.page_offsets[1]:]
    assert second.startswith("담당자: 김경자 주무관")
    assert "담당자" not in ex.text[: ex.page_offsets[1]]


def test_pdf_boxes_map_to_words(pdf_extracted):
    ex = pdf_extracted
    assert ex.boxes
    for box in ex.boxes:
        word = ex.text[box.start:box.end]
        assert word and not re.search(r"\s", word), (box, word)
        assert 0 <= box.x0 < box.x1 <= 595.3 and 0 <= box.top < box.bottom <= 842
        assert box.page == (1 if box.start >= ex.page_offsets[1] else 0)
    # Offsets increase and never overlap: every character belongs to at most one box.
    starts = [b.start for b in ex.boxes]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(ex.boxes, ex.boxes[1:]))
    phone = [b for b in ex.boxes if "010-3798-6030" in ex.text[b.start:b.end]]
    assert len(phone) == 1 and phone[0].page == 0


def test_pdf_word_split_across_lines_maps_to_two_boxes(pdf_extracted):
    ex = pdf_extracted
    covered = "".join(ex.text[b.start:b.end] for b in ex.boxes)
    # Boxes cover every character except whitespace and the " | " cell separators we insert.
    assert covered == re.sub(r"\s", "", ex.text.replace(" | ", ""))
    # Somewhere the address cell was cut mid-word: two boxes adjacent in the text but on different lines.
    cell_start = ex.text.index("서울특별시 강서구")
    cell_end = ex.text.index("아파트)", cell_start) + 4
    boxes = [b for b in ex.boxes if cell_start <= b.start < cell_end]
    glued = [(a, b) for a, b in zip(boxes, boxes[1:]) if a.end == b.start]
    assert glued, "expected a word wrapped inside the cell"
    for a, b in glued:
        assert b.top > a.top + 5          # the second half is on the next line


def test_pdf_encrypted(tmp_path):
    path = make_pdf(tmp_path / "secret.pdf", encrypt="s3cret")
    with pytest.raises(ExtractionError, match="encrypted PDF"):
        extract(path)


def test_pdf_truncated(tmp_path, pdf_file):
    data = pdf_file.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ExtractionError, match="truncated"):
        extract(path)


def test_pdf_broken(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"garbage " * 200 + b"\n%%EOF\n")
    with pytest.raises(ExtractionError, match="broken PDF"):
        extract(path)


def test_pdf_not_a_pdf(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_bytes("홍길동 010-1234-5678".encode())
    with pytest.raises(ExtractionError, match="not a PDF"):
        extract(path)


def test_pdf_scanned_page_needs_ocr(tmp_path):
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    Image.new("L", (200, 280), 255).save(buf, format="PNG")
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    with pytest.raises(ExtractionError, match="needs OCR"):
        extract(path)


def test_pdf_with_one_scanned_page_among_text_pages_fails_closed(tmp_path):
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    Image.new("L", (100, 140), 255).save(buf, format="PNG")
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(_korean_font(), 11)
    c.drawString(72, 760, "1쪽 본문")
    c.showPage()
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    with pytest.raises(ExtractionError, match="page 2 has no text layer; needs OCR"):
        extract(path)


def test_pdf_without_any_text(tmp_path):
    from reportlab.pdfgen import canvas
    path = tmp_path / "shapes.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 200, 200)
    c.showPage()
    c.save()
    with pytest.raises(ExtractionError, match="no text layer; needs OCR"):
        extract(path)


# --------------------------------------------------------------------------- DOCX

def make_docx(path: Path) -> Path:
    import docx
    d = docx.Document()
    d.add_paragraph("2. 피해자 현황")
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "구분", "내용"
    table.cell(1, 0).text, table.cell(1, 1).text = "성명", "남궁선"
    table.cell(2, 0).text = "주소"
    cell = table.cell(2, 1)
    cell.text = "서울 광진구 구의동"
    cell.paragraphs[0].add_run().add_break()
    cell.paragraphs[0].add_run("27-38 101호")
    d.add_paragraph("  ○ 연락처 ０１０－７５１８－１５１９\t(휴대전화)")
    d.save(str(path))
    return path


def test_docx_order_tables_and_cell_breaks(tmp_path):
    ex = extract(make_docx(tmp_path / "doc.docx"))
    assert ex.format == "docx"
    assert ex.text.split("\n") == [
        "2. 피해자 현황",
        "구분 | 내용",
        "성명 | 남궁선",
        "주소 | 서울 광진구 구의동",
        "27-38 101호",
        "  ○ 연락처 ０１０－７５１８－１５１９\t(휴대전화)",
    ]
    assert ex.boxes == [] and ex.page_offsets == [0]


def test_docx_corrupt_zip(tmp_path):
    path = tmp_path / "bad.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(ExtractionError, match="corrupt DOCX"):
        extract(path)


def test_docx_truncated(tmp_path):
    data = make_docx(tmp_path / "ok.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) - 200])
    with pytest.raises(ExtractionError, match="corrupt DOCX"):
        extract(path)


def test_docx_zip_without_word_document(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ExtractionError, match="word/document.xml is missing"):
        extract(path)


# --------------------------------------------------------------------------- TXT

TEXT = "민원인 홍길동(010-1234-5678)\r\n주소: 서울특별시 중구 세종대로 110\r\n전화 ０１０－１２３４－５６７８\r\n"
EXPECTED = "민원인 홍길동(010-1234-5678)\n주소: 서울특별시 중구 세종대로 110\n전화 ０１０－１２３４－５６７８\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "euc-kr"])
def test_txt_encodings_and_crlf(tmp_path, encoding):
    path = tmp_path / f"doc-{encoding}.txt"
    path.write_bytes(TEXT.encode(encoding) if encoding != "euc-kr" else TEXT.replace("０１０－１２３４－５６７８", "010-1234-5678").encode(encoding))
    ex = extract(path)
    expected = EXPECTED if encoding != "euc-kr" else EXPECTED.replace("０１０－１２３４－５６７８", "010-1234-5678")
    assert ex.text == expected
    assert ex.format == "txt"
    assert bool(ex.warnings) == (encoding in ("cp949", "euc-kr"))


def test_txt_decomposed_hangul_is_composed(tmp_path):
    import unicodedata
    path = tmp_path / "nfd.txt"
    path.write_bytes(unicodedata.normalize("NFD", "홍길동 ０１０").encode())
    assert extract(path).text == "홍길동 ０１０"


def test_txt_undecodable(tmp_path):
    import random
    rng = random.Random(3)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.randrange(128, 256) for _ in range(2000)))
    with pytest.raises(ExtractionError, match="undecodable"):
        extract(path)


def test_txt_binary_with_nul(tmp_path):
    path = tmp_path / "bin.txt"
    path.write_bytes(b"abc\x00\x01\x02" * 50)
    with pytest.raises(ExtractionError, match="NUL"):
        extract(path)


def test_txt_whitespace_only(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n")
    with pytest.raises(ExtractionError, match="no text"):
        extract(path)


# --------------------------------------------------------------------------- HTML

HTML = """<!doctype html><html><head><meta charset="euc-kr"><title>제목은 head</title>
<style>.x{color:red}</style><script>var secret = "900101-1234567";</script></head>
<body><h1>민원 처리 결과</h1><p>민원인 <b>홍길동</b>님께서
   제출하신 민원입니다.<br>연락처: 010-1234-5678</p>
<div style="display:none">숨김 내용</div>
<table><tr><th>성명</th><th>주소</th></tr>
<tr><td>김하늘</td><td>서울 강서구 방화동<br>1513-26</td></tr></table>
<ul><li>첫째</li><li>둘째</li></ul></body></html>"""


def test_html_visible_text_blocks_and_tables(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(HTML.encode("cp949"))
    ex = extract(path)
    assert ex.format == "html"
    assert ex.text.split("\n") == [
        "민원 처리 결과",
        "민원인 홍길동님께서 제출하신 민원입니다.",
        "연락처: 010-1234-5678",
        "성명 | 주소",
        "김하늘 | 서울 강서구 방화동",          # the <br> inside the cell stays a line break
        "1513-26",
        "첫째",
        "둘째",
    ]
    assert "900101" not in ex.text and "color" not in ex.text and "숨김" not in ex.text


# --------------------------------------------------------------------------- common errors

def test_unknown_suffix_lists_supported(tmp_path):
    path = tmp_path / "doc.hwp"
    path.write_bytes(b"HWP Document File")
    with pytest.raises(ExtractionError) as info:
        extract(path)
    message = str(info.value)
    assert "unsupported" in message and all(s in message for s in SUPPORTED_SUFFIXES)
    assert "\n" not in message


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes("가".encode() * 100)
    with pytest.raises(ExtractionError, match="larger than the limit of 50"):
        extract(path, max_bytes=50)
    assert MAX_BYTES >= 10 * 1024 * 1024


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_file(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    with pytest.raises(ExtractionError, match="empty file"):
        extract(path)


def test_missing_file(tmp_path):
    with pytest.raises(ExtractionError, match="not a regular file"):
        extract(tmp_path / "nope.pdf")


# --------------------------------------------------------------------------- dev inbox

@pytest.mark.skipif(not (SHARED / "corpus" / "dev" / "inbox").is_dir(), reason="shared dev corpus absent")
def test_dev_inbox_values_survive():
    """Every inbox file extracts; gold values are found (measured: 253/257 verbatim, 257/257 ignoring whitespace)."""
    from disclosure.extract.measure import score_inbox

    scores = score_inbox(SHARED)
    assert len(scores) == 40
    gold = sum(s.gold for s in scores)
    verbatim = sum(s.verbatim for s in scores)
    missing = [m for s in scores for m in s.missing]
    assert verbatim / gold >= 0.97
    assert (verbatim + sum(s.collapsed for s in scores)) / gold >= 0.97
    assert missing == []
    assert min(s.ratio for s in scores) >= 0.85
    txt = [s for s in scores if s.format == "txt"]
    assert txt and all(s.ratio == 1.0 for s in txt)   # TXT (incl. the two CP949 files) is exact
