"""Text a reader of the document does not see, and DOCX text outside the body.

A hostile tester published a hidden DOCX note, and a resident registration number drawn
at 0.8 pt in a PDF that de-duplication had garbled into ``90 1 - 234567``. Each test
builds a real file (reportlab, python-docx, hand-written WordprocessingML where
python-docx has no API) and checks that such text is read whole, so layer 1 filters
it, and that the document is sent to an official with a Korean reason saying what
was found; and that headers, footers, notes, comments, tracked changes and
properties are read, not dropped.
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from surfaces import stored_index_fields

from disclosure import db, pipeline
from disclosure.extract import extract
from disclosure.instance import Instance

RRN = "900101-1234567"


# --------------------------------------------------------------------------- PDF helpers

def _korean_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if "HYSMyeongJo-Medium" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    return "HYSMyeongJo-Medium"


def pdf(path: Path, draw) -> Path:
    """A one-page A4 PDF with a visible heading, then whatever ``draw(canvas, font)`` adds."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _korean_font()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 11)
    c.drawString(72, 780, "민원 처리 결과 안내")
    c.drawString(72, 760, "담당: 교통정책과 주무관 김민준 (02-2133-1234)")
    draw(c, font)
    c.showPage()
    c.save()
    return path


def _tiny(c, font):
    c.setFont(font, 0.8)
    c.drawString(72, 700, f"주민등록번호 {RRN}")
    c.setFont("Helvetica", 0.8)
    c.drawString(72, 690, RRN)


# --------------------------------------------------------------------------- PDF

def test_pdf_tiny_text_is_read_whole_and_sent_to_review(tmp_path):
    """Before: ``주민등록번호 90 1 -1234567`` and ``90 1 - 234567``, no warning."""
    ex = extract(pdf(tmp_path / "tiny.pdf", _tiny))
    lines = ex.text.split("\n")
    assert f"주민등록번호 {RRN}" in lines and RRN in lines, ex.text
    [warning] = [w for w in ex.warnings if "아주 작은 글씨" in w]
    assert warning.startswith("페이지 1에 아주 작은 글씨(0.8pt)")
    # every tiny character maps to a word box, so the page can be redacted
    covered = "".join(ex.text[b.start:b.end] for b in ex.boxes)
    assert covered.count(RRN) == 2


def test_pdf_glyphs_drawn_twice_are_still_one(tmp_path):
    """"Fake bold" (each glyph drawn again a fraction of a point away) at 11 pt and at
    0.8 pt reads once, while equal neighbours ("00", "나나") stay."""
    def draw(c, font):
        for dx in (0.0, 0.3):
            c.setFont(font, 11)
            c.drawString(72 + dx, 700, "민원인 홍길동 0101-1234-5678 가나나다")
            c.setFont(font, 0.8)
            c.drawString(72 + dx / 10, 650, f"주민등록번호 {RRN}")

    ex = extract(pdf(tmp_path / "bold.pdf", draw))
    assert "민원인 홍길동 0101-1234-5678 가나나다" in ex.text.split("\n")
    assert f"주민등록번호 {RRN}" in ex.text.split("\n")


def test_pdf_normal_text_has_no_hidden_text_warning(tmp_path):
    ex = extract(pdf(tmp_path / "plain.pdf", lambda c, font: None))
    assert ex.warnings == []


def test_pdf_invisible_text_is_read_and_warned_unless_it_lies_on_a_picture(tmp_path):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    def invisible(c, font):
        t = c.beginText(72, 700)
        t.setTextRenderMode(3)
        t.setFont(font, 11)
        t.textLine(f"내부 메모: 민원인 주민등록번호 {RRN}")
        c.drawText(t)

    ex = extract(pdf(tmp_path / "invisible.pdf", invisible))
    assert f"내부 메모: 민원인 주민등록번호 {RRN}" in ex.text
    assert any(w.startswith("페이지 1에 보이지 않게 그린 글자(투명 텍스트)") for w in ex.warnings), ex.warnings

    def ocr_layer(c, font):        # a scanned picture with its OCR text laid over it
        buf = io.BytesIO()
        Image.new("L", (60, 20), 255).save(buf, format="PNG")
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 60, 680, width=300, height=60)
        invisible(c, font)

    ex = extract(pdf(tmp_path / "ocr.pdf", ocr_layer))
    assert not any("투명 텍스트" in w for w in ex.warnings), ex.warnings


def test_pdf_white_text_on_the_white_page_is_warned_not_on_a_dark_box(tmp_path):
    def white(c, font):
        c.setFillColorRGB(1, 1, 1)
        c.setFont(font, 11)
        c.drawString(72, 700, f"흰 글씨 {RRN}")

    ex = extract(pdf(tmp_path / "white.pdf", white))
    assert f"흰 글씨 {RRN}" in ex.text
    assert any(w.startswith("페이지 1에 흰 바탕 위의 흰 글씨") for w in ex.warnings), ex.warnings

    def on_dark(c, font):
        c.setFillColorRGB(0.1, 0.2, 0.5)
        c.rect(60, 690, 300, 30, fill=1, stroke=0)
        white(c, font)

    assert extract(pdf(tmp_path / "header.pdf", on_dark)).warnings == []


def test_pdf_text_outside_the_crop_box_is_warned(tmp_path):
    def outside(c, font):
        c.setFont(font, 11)
        c.drawString(72, 30, f"잘린 곳 {RRN}")
        c.setCropBox((0, 100, 595, 842))

    ex = extract(pdf(tmp_path / "crop.pdf", outside))
    assert f"잘린 곳 {RRN}" in ex.text
    assert any(w.startswith("페이지 1에 화면과 인쇄에 보이는 영역(자름 상자) 밖") for w in ex.warnings)


# --------------------------------------------------------------------------- DOCX helpers

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def docx_bytes(body: str, *, styles: str = "", parts: dict[str, tuple[str, str]] | None = None,
               core: dict[str, str] | None = None) -> bytes:
    """A real python-docx document whose body is ``body`` (WordprocessingML with the
    ``w:`` prefix), with extra ``styles``, extra ``parts`` {name: (content type, xml)}
    and core properties."""
    import docx

    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    for name, value in (core or {}).items():
        setattr(document.core_properties, name, value)
    raw = io.BytesIO()
    document.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                xml = data.decode()
                placeholder = "<w:p><w:r><w:t>PLACEHOLDER</w:t></w:r></w:p>"
                assert placeholder in xml
                data = xml.replace(placeholder, body).encode()
            elif info.filename == "word/styles.xml" and styles:
                data = data.decode().replace("</w:styles>", styles + "</w:styles>").encode()
            elif info.filename == "[Content_Types].xml" and parts:
                overrides = "".join(f'<Override PartName="/{n}" ContentType="{t}"/>' for n, (t, _x) in parts.items())
                data = data.decode().replace("</Types>", overrides + "</Types>").encode()
            z.writestr(info.filename, data)
        for name, (_type, xml) in (parts or {}).items():
            z.writestr(name, xml)
    return out.getvalue()


def save(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def p(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def r(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


NOTE = "내부 메모: 민원인 홍길동 010-2345-6789 재확인 요망"


# --------------------------------------------------------------------------- DOCX: hidden runs

def test_docx_hidden_run_is_read_in_place_and_sent_to_review(tmp_path):
    body = p(r("민원 처리 결과를 알려 드립니다. "), r(NOTE, "<w:vanish/>")) + p(r("담당 주무관 김민준"))
    ex = extract(save(tmp_path, "vanish.docx", docx_bytes(body)))
    assert ex.text.split("\n")[0] == "민원 처리 결과를 알려 드립니다. " + NOTE
    [warning] = [w for w in ex.warnings if "숨김" in w]
    assert warning.startswith(f"DOCX에 숨김 서식(보이지 않게 설정)된 글자 {len(NOTE)}자가 있습니다(줄 1).")


def test_docx_hidden_off_is_not_hidden(tmp_path):
    body = p(r("보이는 글", '<w:vanish w:val="0"/>'))
    assert extract(save(tmp_path, "shown.docx", docx_bytes(body))).warnings == []


@pytest.mark.parametrize("style_type, apply", [
    ("paragraph", lambda text: p(r(text), ppr='<w:pPr><w:pStyle w:val="InternalNote"/></w:pPr>')),
    ("character", lambda text: p(r(text, '<w:rStyle w:val="InternalNote"/>'))),
])
def test_docx_text_hidden_by_a_style_is_named(tmp_path, style_type, apply):
    # the hiding is inherited: InternalNote is based on a style that hides
    styles = (f'<w:style w:type="{style_type}" w:styleId="HiddenBase"><w:name w:val="Hidden Base"/>'
              f'<w:rPr><w:vanish/></w:rPr></w:style>'
              f'<w:style w:type="{style_type}" w:styleId="InternalNote"><w:name w:val="Internal Note"/>'
              f'<w:basedOn w:val="HiddenBase"/></w:style>')
    body = p(r("본문")) + apply(NOTE)
    ex = extract(save(tmp_path, "styled.docx", docx_bytes(body, styles=styles)))
    assert NOTE in ex.text.split("\n")
    assert any("스타일 HiddenBase로 숨김" in w for w in ex.warnings), ex.warnings


def test_docx_spec_vanish_tiny_and_white_runs_are_warned(tmp_path):
    body = (p(r("본문 "), r(NOTE, "<w:specVanish/>"))
            + p(r("작은 글씨 "), r(RRN, '<w:sz w:val="2"/>'))
            + p(r("흰 글씨 "), r("홍길동", '<w:color w:val="FFFFFF"/>')))
    ex = extract(save(tmp_path, "kinds.docx", docx_bytes(body)))
    assert ex.text.split("\n") == [f"본문 {NOTE}", f"작은 글씨 {RRN}", "흰 글씨 홍길동"]
    joined = " ".join(ex.warnings)
    assert "숨김 서식" in joined
    assert f"아주 작은 글씨(1.0pt) {len(RRN)}자가 있습니다(줄 2)." in joined
    assert "바탕색 없는 흰 글씨 3자가 있습니다(줄 3)." in joined


def test_docx_white_text_on_a_shaded_cell_is_not_hidden(tmp_path):
    cell = ('<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>'
            + p(r("성명", '<w:color w:val="FFFFFF"/>')) + "</w:tc>")
    body = f"<w:tbl><w:tr>{cell}<w:tc>{p(r('김하늘'))}</w:tc></w:tr></w:tbl>"
    ex = extract(save(tmp_path, "shaded.docx", docx_bytes(body)))
    assert ex.text == "성명 | 김하늘" and ex.warnings == []


# --------------------------------------------------------------------------- DOCX: other parts

def test_docx_headers_footers_are_read_once_after_the_body(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("본문 첫 줄")
    section = document.sections[0]
    section.header.paragraphs[0].text = "서울특별시 교통정책과"
    section.footer.paragraphs[0].text = f"민원인 홍길동 010-2345-6789"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "서울특별시 교통정책과"      # same text: once
    path = tmp_path / "hf.docx"
    document.save(str(path))
    ex = extract(path)
    assert ex.text.split("\n") == ["본문 첫 줄", "[머리글]", "서울특별시 교통정책과",
                                   "[바닥글]", "민원인 홍길동 010-2345-6789"]
    assert ex.warnings == []


def test_docx_footnotes_and_endnotes_are_read(tmp_path):
    def notes(kind: str, text: str) -> str:
        return (f'<w:{kind}s xmlns:w="{W_NS}">'
                f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
                f'<w:{kind} w:id="1">{p(r(text))}</w:{kind}></w:{kind}s>')

    parts = {"word/footnotes.xml": (WML + "footnotes+xml", notes("footnote", "민원인 홍길동 010-2345-6789")),
             "word/endnotes.xml": (WML + "endnotes+xml", notes("endnote", f"주민등록번호 {RRN}"))}
    ex = extract(save(tmp_path, "notes.docx", docx_bytes(p(r("본문")), parts=parts)))
    assert ex.text.split("\n") == ["본문", "[각주]", "1) 민원인 홍길동 010-2345-6789",
                                   "[미주]", f"1) 주민등록번호 {RRN}"]
    assert ex.warnings == []


def test_docx_comments_are_read_and_sent_to_review(tmp_path):
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("민원 처리 결과를 알려 드립니다.")
    document.add_comment(paragraph.runs, text=NOTE, author="김민준", initials="KM")
    path = tmp_path / "comments.docx"
    document.save(str(path))
    ex = extract(path)
    assert ex.text.split("\n") == ["민원 처리 결과를 알려 드립니다.", "[메모]", f"1) {NOTE}"]
    assert [w for w in ex.warnings if w.startswith("DOCX에 검토 메모(댓글) 1개가 있습니다")]


def test_docx_tracked_changes_keep_insertions_drop_deletions_and_warn(tmp_path):
    mark = 'w:id="{}" w:author="김민준" w:date="2026-03-02T09:00:00Z"'
    body = (p(r("민원인 "), f'<w:del {mark.format(1)}><w:r><w:delText>홍길동</w:delText></w:r></w:del>',
              f'<w:ins {mark.format(2)}>{r("A씨")}</w:ins>', r("의 민원"))
            + p(f'<w:moveFrom {mark.format(3)}>{r("옮긴 문장")}</w:moveFrom>')
            + p(f'<w:moveTo {mark.format(4)}>{r("옮긴 문장")}</w:moveTo>'))
    ex = extract(save(tmp_path, "tracked.docx", docx_bytes(body)))
    assert ex.text.split("\n") == ["민원인 A씨의 민원", "", "옮긴 문장"]
    [warning] = ex.warnings
    assert warning.startswith("DOCX에 반영하지 않은 변경 내용 추적 표시가 남아 있습니다: "
                              "삭제 표시된 글자 8자는 빼고 삽입 표시된 글자 7자는 넣어 읽었습니다")


def test_docx_core_properties_are_read_unless_the_body_shows_them(tmp_path):
    core = {"title": "민원 처리 결과", "subject": "민원 회신", "author": "김민준",
            "keywords": "비공개; 개인정보", "comments": f"민원인 홍길동 {RRN}", "last_modified_by": "이서연"}
    body = p(r("민원 처리 결과")) + p(r("담당 김민준"))
    ex = extract(save(tmp_path, "props.docx", docx_bytes(body, core=core)))
    assert ex.text.split("\n") == ["민원 처리 결과", "담당 김민준", "[문서 속성]", "주제: 민원 회신",
                                   "마지막으로 수정한 사람: 이서연", "키워드: 비공개; 개인정보",
                                   f"설명: 민원인 홍길동 {RRN}"]
    assert ex.warnings == []
    # python-docx's own defaults (creator "python-docx", "generated by python-docx") are nobody's
    assert "[문서 속성]" not in extract(save(tmp_path, "plain.docx", docx_bytes(p(r("본문"))))).text


# --------------------------------------------------------------------------- ingestion

def sidecar(path: Path, **meta) -> Path:
    data = {"id": path.stem, "title": "민원 처리 결과 안내", "department": "서울특별시 교통정책과",
            "doc_type": "시행문", "doc_number": "교통정책과-1234", "drafter": "김민준",
            "approver": "이서연", "approver_rank": "과장", "approved_at": "2026-03-02",
            "marked_grade": "public", "lang": "ko"}
    data.update(meta)
    path.with_suffix(".json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def public_blob(inst: Instance) -> str:
    parts = [f.read_text(encoding="utf-8", errors="replace")
             for f in inst.public_dir.rglob("*") if f.is_file() and f.suffix != ".pdf"]
    return "\n".join(parts) + stored_index_fields(inst)


@pytest.fixture()
def inst(tmp_path: Path) -> Instance:
    i = Instance(tmp_path / "instance")
    i.init()
    return i


def test_ingest_tiny_rrn_in_a_pdf_is_masked_and_reviewed(inst, tmp_path):
    src = sidecar(pdf(tmp_path / "tiny-rrn.pdf", _tiny))
    [out] = pipeline.ingest(inst, [src])
    assert out.result == "review", out.reasons
    assert any("아주 작은 글씨(0.8pt)" in reason for reason in out.reasons)
    with inst.Session() as s:
        doc = s.get(db.Document, "tiny-rrn")
        assert RRN not in doc.masked_text and "1234567" not in doc.masked_text
    assert RRN in inst.read_private_text("tiny-rrn")


def test_ingest_hidden_docx_note_is_reviewed_not_published(inst, tmp_path):
    body = p(r("2026년 마을버스 노선 조정 안내")) + p(r("1. 노선을 조정합니다. "), r(NOTE, "<w:vanish/>"))
    src = sidecar(save(tmp_path, "hidden-note.docx", docx_bytes(body)))
    [out] = pipeline.ingest(inst, [src])
    assert out.result == "review" and any("숨김 서식" in reason for reason in out.reasons), out.reasons
    assert "재확인 요망" not in public_blob(inst)
    assert NOTE in inst.read_private_text("hidden-note")      # the official reads it


def test_ingest_docx_footer_is_filtered(inst, tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("2026년 마을버스 노선 조정 안내")
    document.add_paragraph("1. 마을버스 02번 노선을 3월 2일부터 조정합니다.")
    document.sections[0].footer.paragraphs[0].text = "민원인 홍길동 010-2345-6789"
    path = tmp_path / "footer.docx"
    document.save(str(path))
    [out] = pipeline.ingest(inst, [sidecar(path)])
    assert out.result != "failed", out.reasons
    with inst.Session() as s:
        masked = s.get(db.Document, "footer").masked_text
    assert "[바닥글]" in masked and "010-2345-6789" not in masked and "홍길동" not in masked
    assert "010-2345-6789" not in public_blob(inst)
    assert re.search(r"홍길동|010-2345-6789", inst.read_private_text("footer"))
