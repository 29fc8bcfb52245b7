"""PDFium's reading of a page (``disclosure.extract.pdf_pages``) against pdfplumber's.

The extractor moved from pdfplumber (pdfminer) to PDFium for speed; pdfplumber stays as
the plain reference. On real files (reportlab flows, ruled tables, a /Rotate 90 page,
two columns, hidden text, a picture, the dev inbox) the two must give the same drawn
characters in the same order with the same boxes, sizes and orientation, the same
table cells and the same pictures; and the extractor's text must not depend on how
many drawn spaces a reader reports.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from test_extract import make_pdf
from test_extract_hidden import RRN, pdf
from test_redact_pdf import columns_pdf, flow_pdf, rotated_pdf

from disclosure.extract import extract
from disclosure.extract.glyphs import dedupe_chars
from disclosure.extract.pdf_pages import read_document

INBOX = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "inbox"


def _ink(chars):
    return [c for c in dedupe_chars(chars) if c["text"] and not c["text"].isspace()]


def _cells(tables):
    return sorted(tuple(round(v, 1) for v in cell)
                  for table in tables for row in table.rows for cell in row.cells if cell is not None)


def _boxes(objects):
    return sorted(tuple(round(o[k]) for k in ("x0", "top", "x1", "bottom")) for o in objects)


def assert_same_reading(data: bytes) -> int:
    """The pages of ``data`` read by both; returns the number of characters compared."""
    import pdfplumber

    compared = 0
    mine = read_document(data).pages
    with pdfplumber.open(io.BytesIO(data)) as document:
        assert len(document.pages) == len(mine)
        for theirs, ours in zip(document.pages, mine):
            where = f"page {ours.number}"
            assert (ours.width, ours.height) == (pytest.approx(float(theirs.width), abs=1e-3),
                                                 pytest.approx(float(theirs.height), abs=1e-3)), where
            a, b = _ink(theirs.chars), _ink(ours.chars)
            assert "".join(c["text"] for c in b) == "".join(c["text"] for c in a), where
            for c, d in zip(a, b):
                # an embedded font (a subset: "ABCDEF+Name") gives the same boxes; one that
                # is not (reportlab's CID fonts) has its ascent and descent from PDFium's
                # substitute font, the one it draws with: up to 15 % of the size apart (Latin
                # glyphs of a CJK font: their horizontal extent too)
                near = 0.2 if "+" in c["fontname"] else 0.15 * c["size"]
                for key, tolerance in (("x0", near), ("x1", near), ("size", 0.01),
                                       ("top", near), ("bottom", near)):
                    assert d[key] == pytest.approx(c[key], abs=tolerance), (where, c["text"], key)
                assert d["upright"] == c["upright"], (where, c["text"])
            assert _cells(ours.find_tables()) == _cells(theirs.find_tables()), where
            assert _boxes(ours.images) == _boxes(theirs.images), where
            compared += len(a)
    return compared


def _picture(c, font):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    Image.new("L", (60, 20), 128).save(buf, format="PNG")
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 60, 600, width=300, height=60)


def _hidden(c, font):
    c.setFont(font, 0.8)
    c.drawString(72, 700, f"주민등록번호 {RRN}")
    t = c.beginText(72, 650)
    t.setTextRenderMode(3)
    t.setFont(font, 11)
    t.textLine("투명 글씨")
    c.drawText(t)
    c.setFillColorRGB(0.1, 0.2, 0.5)
    c.rect(60, 560, 300, 30, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.drawString(72, 570, "흰 글씨")


MADE = {
    "flow": flow_pdf, "rotated": rotated_pdf, "columns": columns_pdf, "extract": make_pdf,
    "picture": lambda path: pdf(path, _picture), "hidden": lambda path: pdf(path, _hidden),
}


@pytest.mark.parametrize("kind", sorted(MADE))
def test_pdfium_reads_what_pdfplumber_reads(tmp_path, kind):
    path = MADE[kind](tmp_path / f"{kind}.pdf")
    assert assert_same_reading(path.read_bytes()) > 10


def test_pdfium_reads_the_dev_inbox_as_pdfplumber_does():
    files = sorted(INBOX.glob("*.pdf"))
    assert len(files) >= 20
    assert sum(assert_same_reading(f.read_bytes()) for f in files) > 20_000


def test_style_of_hidden_text_is_read(tmp_path):
    page = read_document(pdf(tmp_path / "hidden.pdf", _hidden).read_bytes()).pages[0]
    by_text = {}
    for c in page.chars:
        by_text.setdefault(c["text"], c)
    assert by_text["투"]["invisible"] and not by_text["민"]["invisible"]
    assert by_text["흰"]["non_stroking_color"] == pytest.approx((1.0, 1.0, 1.0))
    assert any(s["fill"] and s["non_stroking_color"][2] > 0.45 for s in page.shapes)
    assert min(c["size"] for c in page.chars) == pytest.approx(0.8, abs=0.01)


def test_a_repeated_line_and_a_line_that_starts_with_a_drawn_space_are_read(tmp_path):
    """PDFium's text page drops a text object that repeats the one before it nearby (its
    test for text drawn twice), and a drawn space that starts a line (a CJK line
    breaker puts the space it broke at there). A repeated line of personal data left
    out of the text would never be masked; without the space two words were glued."""
    import pdfplumber
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from test_extract_hidden import _korean_font

    path = tmp_path / "space.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(_korean_font(), 11)
    line = "김영수 010-2345-6789 서울특별시 강서구"
    for i in range(3):
        c.drawString(72, 700 - 14 * i, line if i == 0 else " " + line)
    c.showPage()
    c.save()
    assert assert_same_reading(path.read_bytes()) == 3 * len(line.replace(" ", ""))
    page = read_document(path.read_bytes()).pages[0]
    ours = sorted((c for c in page.chars if c["text"] == " " and abs(c["x0"] - 72) < 0.5), key=lambda c: c["top"])
    with pdfplumber.open(path) as document:
        theirs = [c for c in document.pages[0].chars if c["text"] == " " and abs(c["x0"] - 72) < 0.5]
    assert len(ours) == len(theirs) == 2
    for a, b in zip(ours, theirs):
        assert (a["x1"], a["top"]) == (pytest.approx(b["x1"], abs=0.2), pytest.approx(b["top"], abs=0.15 * b["size"]))
    assert extract(path).text.count("010-2345-6789") == 3


def test_extracted_text_is_the_same_with_one_or_two_drawn_spaces(tmp_path):
    """PDFium reads a run of drawn spaces as one; the gap after it still counts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from test_extract_hidden import _korean_font

    texts = []
    for n in (1, 2):
        path = tmp_path / f"s{n}.pdf"
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setFont(_korean_font(), 11)
        c.drawString(72, 700, "서울특별시" + " " * n + "민원담당관")
        c.showPage()
        c.save()
        texts.append(extract(path).text)
    assert texts == ["서울특별시 민원담당관", "서울특별시  민원담당관"]


def _plain_dedupe(chars):
    """The straightforward form of ``dedupe_chars``: every glyph against every kept one."""
    from disclosure.extract.glyphs import _tolerance

    kept = []
    for c in chars:
        key = (c.get("upright"), c["text"], c.get("fontname"), c.get("size"))
        if not any((o.get("upright"), o["text"], o.get("fontname"), o.get("size")) == key
                   and abs(o["x0"] - c["x0"]) <= _tolerance(c["x1"] - c["x0"])
                   and abs(o["top"] - c["top"]) <= _tolerance(c["bottom"] - c["top"]) for o in kept):
            kept.append(c)
    return kept


def test_dedupe_keeps_what_the_plain_comparison_keeps():
    import random

    rng = random.Random(7)
    for _ in range(200):
        chars = []
        for _ in range(rng.randint(1, 60)):
            size = rng.choice([0.8, 10.0, 11.0])
            x, top = rng.uniform(0, 30), rng.uniform(0, 30)
            chars.append({"text": rng.choice("00가나"), "fontname": "F", "size": size, "upright": True,
                          "x0": x, "x1": x + size * rng.uniform(0.3, 1.0), "top": top, "bottom": top + size})
        assert dedupe_chars(chars) == _plain_dedupe(chars)
