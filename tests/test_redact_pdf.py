"""Redacted public PDFs (disclosure.redact): no masked value in them, kept words readable.

The source PDFs are made here with reportlab's CID fonts (HYSMyeongJo, not embedded,
as a fresh machine has no Korean font file) in the layouts where redaction goes wrong:
two columns, a /Rotate 90 page, a ruled table whose cell wraps a value, a body line
that wraps a value, a value glued to kept words. Values are located in the extracted
text by the test itself (not by layer 1), so every check is about redaction alone.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from disclosure.extract import extract
from disclosure.redact import make_public_pdf, masks_from, render_text, verify_pdf
from disclosure.redact.boxes import LayoutChars, plan_pages
from disclosure.redact.burn import Geometry, rasterise
from disclosure.redact.fonts import MYEONGJO, korean_font
from disclosure.redact.verify import structure_problems
from domain.types import Detection

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


# -- source PDFs ---------------------------------------------------------------------

def _canvas(path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    return Canvas(str(path), pagesize=A4, invariant=1), korean_font(MYEONGJO)


def rotated_pdf(path: Path) -> Path:
    """Page 1 is stored with a landscape media box and /Rotate 90 (reportlab's
    setPageRotation), so it is displayed portrait and pdfplumber/pdfium must both apply
    the rotation; page 2 is plain and has nothing to mask."""
    from reportlab.lib.pagesizes import A4

    c, font = _canvas(path)
    c.setPageRotation(90)
    c.translate(A4[0], 0)
    c.rotate(90)
    c.setFont(font, 11)
    c.drawString(60, 500, "가로 문서 민원인 김영수 연락처 010-2345-6789 확인함")
    c.drawString(60, 470, "주민등록번호 900101-1234567 은 가림 대상입니다")
    c.showPage()
    c.setPageRotation(0)
    c.setFont(font, 11)
    c.drawString(60, 700, "둘째 쪽에는 가릴 것이 없는 공개 문서입니다")
    c.showPage()
    c.save()
    return path


def flow_pdf(path: Path) -> Path:
    """A paragraph that wraps an address over two lines, a value glued to kept words,
    and a ruled table whose narrow cell wraps another address."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = korean_font(MYEONGJO)
    body = ParagraphStyle("b", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11)
    text = ("신청인은 본 건과 관련하여 " * 3 + "주소 서울특별시 강서구 화곡로 88, 113동 1604호 에 "
            "거주하며 연락처:010-9876-5432입니다. 이상.")
    rows = [["성명", "주소", "비고"], ["박민지", "서울특별시 마포구 월드컵북로 400, 101동 202호", "이의 신청"]]
    table = Table([[Paragraph(x, cell) for x in r] for r in rows], colWidths=[60, 110, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph(text, body), Spacer(1, 12), table])
    return path


def columns_pdf(path: Path) -> Path:
    c, font = _canvas(path)
    c.setFont(font, 10)
    left = ["왼쪽 단 첫째 줄 사업 개요", "예산 1,200,000원 집행", "담당 부서 도시계획과"]
    right = ["오른쪽 단 민원 내용", "민원인 최지우 씨 요청", "전자우편 jiwoo.choi@example.com"]
    for i, (a, b) in enumerate(zip(left, right)):
        c.drawString(60, 760 - 16 * i, a)
        c.drawString(320, 760 - 16 * i, b)
    c.showPage()
    c.save()
    return path


def with_extras(src: Path, dst: Path, value: str) -> Path:
    """The source plus everything that must not survive: metadata naming the value,
    a link annotation and an attachment carrying it, JavaScript, a form field."""
    from pypdf import PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import (ArrayObject, DictionaryObject, NameObject, NumberObject,
                               TextStringObject)

    writer = PdfWriter(clone_from=str(src))
    writer.add_metadata({"/Title": f"민원 {value}", "/Author": value})
    for number in range(len(writer.pages)):      # the burned page and the vector page
        writer.add_annotation(number, Link(rect=(50, 50, 200, 80), url=f"mailto:{value}@example.com"))
    writer.add_attachment("민원인.txt", f"민원인 연락처 {value}".encode())
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"),
        NameObject("/JS"): TextStringObject(f"app.alert('{value}');")}))
    field = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("phone"),
        NameObject("/V"): TextStringObject(value),
        NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (300, 50, 500, 80)]),
    })
    ref = writer._add_object(field)
    writer.pages[-1][NameObject("/Annots")].append(ref)     # on the page that stays vector
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([ref])})
    writer.write(str(dst))
    return dst


# -- helpers -------------------------------------------------------------------------

def locate(text: str, values: list[tuple[str, str]]) -> list[Detection]:
    """Detections for each (label, value), wherever it occurs, white space flexible."""
    dets = []
    for label, value in values:
        pattern = r"\s*".join(re.escape(ch) for ch in re.sub(r"\s+", "", value))
        found = list(re.finditer(pattern, text))
        assert found, f"{value!r} is not in the extracted text"
        dets += [Detection(m.start(), m.end(), label, 1.0, "test") for m in found]
    return dets


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def kept_words(text: str, dets: list[Detection]) -> list[str]:
    """Words of the text that no detection touches."""
    out = []
    for m in re.finditer(r"\S+", text):
        if not any(d.start < m.end() and m.start() < d.end for d in dets) and m.group() != "|":
            out.append(m.group())
    return out


def readers_text(data: bytes) -> str:
    import pdfplumber
    from pypdf import PdfReader

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plumber = "\n".join(p.extract_text() or "" for p in pdf.pages)
    return plumber + "\n" + "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def check_redacted(path: Path, values: list[tuple[str, str]]):
    """Redact ``path`` and assert the contract; returns (extracted, detections, result)."""
    ex = extract(path)
    dets = locate(ex.text, values)
    result = make_public_pdf(path, ex.text, dets, extracted=ex)
    assert result.verdict.ok, (result.verdict.leaks, result.verdict.problems)
    out = readers_text(result.data)
    for _, value in values:
        assert squash(value) not in squash(out), value
    flat = squash(out)
    missing = [w for w in kept_words(ex.text, dets) if w not in flat]
    assert not missing, f"kept words lost: {missing[:10]}"
    assert page_count(result.data) == len(ex.page_offsets)
    assert not structure_problems(result.data)
    return ex, dets, result


# -- tests ---------------------------------------------------------------------------

def test_masks_merge_overlaps_skip_rejected_and_refuse_foreign_offsets():
    class Row:
        def __init__(self, start, end, label, status="auto"):
            self.start, self.end, self.label, self.status = start, end, label, status

    masks = masks_from([Row(5, 9, "PERSON"), Row(0, 6, "ADDRESS"), Row(12, 14, "PHONE", "rejected")], 20)
    assert [(m.start, m.end, m.label) for m in masks] == [(0, 9, "ADDRESS")]
    assert masks[0].tag == "[주소]"
    with pytest.raises(ValueError):
        masks_from([Row(15, 25, "PERSON")], 20)


def test_two_columns(tmp_path):
    values = [("PERSON", "최지우"), ("EMAIL", "jiwoo.choi@example.com")]
    _, _, result = check_redacted(columns_pdf(tmp_path / "columns.pdf"), values)
    assert result.burned_pages == [0]
    assert "[성명]" in result.verdict.text and "[전자우편]" in result.verdict.text


def test_values_wrapped_over_lines_and_table_cells(tmp_path):
    path = flow_pdf(tmp_path / "flow.pdf")
    values = [("ADDRESS", "서울특별시 강서구 화곡로 88, 113동 1604호"),
              ("ADDRESS", "서울특별시 마포구 월드컵북로 400, 101동 202호"),
              ("PHONE", "010-9876-5432"), ("PERSON", "박민지")]
    ex, dets, result = check_redacted(path, values)
    for d in dets[:2]:     # both addresses really are split over two lines
        tops = {round(b.top) for b in ex.boxes if b.start < d.end and d.start < b.end}
        assert len(tops) >= 2, ex.text[d.start:d.end]
    # the phone number is glued to kept words: they stay, split at the characters
    assert "연락처:" in squash(result.verdict.text) and "입니다." in squash(result.verdict.text)


def test_rotated_page_burns_the_right_pixels(tmp_path):
    import pdfplumber
    import pypdfium2

    path = rotated_pdf(tmp_path / "rotated.pdf")
    values = [("PERSON", "김영수"), ("PHONE", "010-2345-6789"), ("KR_RRN", "900101-1234567")]
    ex, dets, result = check_redacted(path, values)
    assert result.burned_pages == [0]          # page 2 has no mask and stays vector
    masks = masks_from(dets, len(ex.text))
    source = path.read_bytes()
    with pdfplumber.open(io.BytesIO(source)) as pdf:
        page = pdf.pages[0]
        geometry = Geometry(float(page.width), float(page.height))
    # PDFium gives the media box in single precision
    assert (ex.pages[0].width, ex.pages[0].height) == (pytest.approx(geometry.width, abs=1e-3),
                                                       pytest.approx(geometry.height, abs=1e-3))
    plan = plan_pages(ex.text, ex.boxes, masks, 2, LayoutChars(ex.pages))[0]
    doc = pypdfium2.PdfDocument(source)
    # laid out in display orientation, which is not the stored one
    assert abs(geometry.width - doc[0].get_size()[0]) < 1 and geometry.width < geometry.height
    from pypdf import PdfReader
    stored = PdfReader(io.BytesIO(source)).pages[0]
    assert stored["/Rotate"] == 90 and stored.mediabox.width > stored.mediabox.height
    before = doc[0].render(scale=150 / 72).to_pil().convert("L")
    after = rasterise(doc[0], geometry, plan).convert("L")
    scale = 150 / 72
    for cover in plan.covers:
        box = tuple(int(v * scale) for v in (cover.x0, cover.top, cover.x1, cover.bottom))
        assert before.crop(box).getextrema()[0] < 128, "the cover is not over ink"
        assert after.crop(box).getextrema() == (0, 0), "ink left under a cover"
    # the public file: page 1 is now an unrotated picture of what was displayed
    pages = PdfReader(io.BytesIO(result.data)).pages
    assert pages[0].get("/Rotate", 0) == 0
    assert float(pages[0].mediabox.width) < float(pages[0].mediabox.height)
    assert "둘째" in pages[1].extract_text()


def test_metadata_annotations_attachments_scripts_and_forms_are_removed(tmp_path):
    value = "010-2345-6789"
    path = with_extras(rotated_pdf(tmp_path / "plain.pdf"), tmp_path / "extras.pdf", value)
    assert structure_problems(path.read_bytes())      # the source really has them
    ex = extract(path)
    dets = locate(ex.text, [("PHONE", value), ("PERSON", "김영수")])
    result = make_public_pdf(path, ex.text, dets, extracted=ex)
    assert result.verdict.ok, (result.verdict.leaks, result.verdict.problems)
    assert value.encode() not in result.data and "김영수".encode("utf-16-be") not in result.data
    from pypdf import PdfReader
    reader = PdfReader(io.BytesIO(result.data))
    assert reader.metadata is None and reader.xmp_metadata is None
    assert "/AcroForm" not in reader.trailer["/Root"] and "/Names" not in reader.trailer["/Root"]


def test_verification_finds_values_left_in_a_pdf(tmp_path):
    path = flow_pdf(tmp_path / "flow.pdf")
    ex = extract(path)
    dets = locate(ex.text, [("PHONE", "010-9876-5432"), ("ADDRESS", "서울특별시 강서구 화곡로 88, 113동 1604호")])
    verdict = verify_pdf(path.read_bytes(), ex.text, dets, len(ex.page_offsets))
    assert len(verdict.leaks) == 2          # the original itself: both values, one split
    assert verify_pdf(path.read_bytes(), ex.text, dets, 5).problems


def test_non_pdf_sources_are_typeset_with_labels(tmp_path):
    text = ("민원 회신\n민원인 홍길동(연락처 010-1111-2222)께서 요청하신 사항을 검토하였습니다. "
            + "관련 법령에 따라 처리 결과를 알려 드립니다. " * 150 + "\n끝.")
    dets = locate(text, [("PERSON", "홍길동"), ("PHONE", "010-1111-2222")])
    src = tmp_path / "memo.txt"
    src.write_text(text, encoding="utf-8")
    result = make_public_pdf(src, text, dets)
    assert result.verdict.ok, (result.verdict.leaks, result.verdict.problems)
    out = readers_text(result.data)
    assert "[성명]" in out and "[전화번호]" in out
    assert "홍길동" not in out and "010-1111-2222" not in out
    flat = squash(out)
    assert all(w in flat for w in kept_words(text, dets))
    assert page_count(result.data) >= 2 and not structure_problems(result.data)
    # the raw rendering never held the value either
    assert "홍길동" not in squash(readers_text(render_text(text, masks_from(dets, len(text)))))


def _stored_pdf_document(inst, path: Path, values: list[tuple[str, str]]) -> str:
    """A publish_pending PDF document as ingestion leaves it: original and unmasked
    text in the private store, detections, masked text (values blanked)."""
    import hashlib

    from disclosure import db
    from disclosure.instance import atomic_write

    data = path.read_bytes()
    ex = extract(path)
    dets = locate(ex.text, values)
    masked = list(ex.text)
    for d in dets:
        masked[d.start:d.end] = ["*"] * (d.end - d.start)
    content_hash = hashlib.sha256(data).hexdigest()
    atomic_write(inst.original_path(content_hash, ".pdf"), data)
    atomic_write(inst.private_text_path(path.stem), ex.text.encode("utf-8"))
    with inst.Session.begin() as s:
        doc = db.Document(
            id=path.stem, content_hash=content_hash, filename=path.name, format="pdf",
            title="이의 신청 처리", department="도시계획과", status="publish_pending",
            decision="publish", reasons=["test"], grade="partial", grounds=[6],
            masked_text="".join(masked), meta={})
        doc.detections = [db.DetectionRow(**d.to_dict()) for d in dets]
        s.add(doc)
    return path.stem


def test_publish_writes_a_verified_pdf_and_refuses_a_leaking_one(instance, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from disclosure import db, redact
    from disclosure.publish import publish, unpublish

    values = [("PHONE", "010-9876-5432"), ("PERSON", "박민지"),
              ("ADDRESS", "서울특별시 강서구 화곡로 88, 113동 1604호")]
    doc_id = _stored_pdf_document(instance, flow_pdf(tmp_path / "redact-1.pdf"), values)
    assert publish(instance, doc_id)
    pdf = instance.public_doc_dir(doc_id) / "document.pdf"
    data = pdf.read_bytes()
    flat = squash(readers_text(data))
    assert all(squash(v) not in flat for _, v in values) and "이의신청" in flat
    assert len(PdfReader(io.BytesIO(data)).pages) == 1

    # A redaction bug that hands back the original page must be caught by publish().
    unpublish(instance, doc_id, actor="test", reason="again")
    with instance.Session.begin() as s:
        s.get(db.Document, doc_id).status = "publish_pending"
    monkeypatch.setattr(redact, "redact_pdf", lambda source, *a, **k: (source, []))
    assert publish(instance, doc_id) is False
    with instance.Session() as s:
        doc = s.get(db.Document, doc_id)
        assert doc.status == "review"
        assert "masked value(s) still readable in the public PDF" in doc.reasons[0]
    assert not instance.public_doc_dir(doc_id).exists()


def _dev_pdfs():
    if not (DEV / "inbox").is_dir() or not (DEV / "corpus.jsonl").is_file():
        return []
    return sorted((DEV / "inbox").glob("*.pdf"))[::4]     # a spread, to keep the suite fast


@pytest.mark.skipif(not _dev_pdfs(), reason="dev inbox not present")
@pytest.mark.parametrize("path", _dev_pdfs(), ids=lambda p: p.stem)
def test_dev_inbox_pdfs_hold_no_gold_value(path):
    gold = {}
    with open(DEV / "corpus.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            gold[rec["id"]] = rec
    values = [(e["label"], e["text"]) for e in gold[path.stem]["entities"]]
    if values:
        _, _, result = check_redacted(path, values)
        assert result.burned_pages
    else:
        ex = extract(path)
        result = make_public_pdf(path, ex.text, [], extracted=ex)
        assert result.verdict.ok and not result.burned_pages
