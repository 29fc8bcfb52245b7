"""How much text a document may have: refused early, with a plain reason, nothing lost.

A hostile tester's 65 KB DOCX that expanded to 6.5 M characters ran for minutes and
1.5 GB before spaCy refused it, and a 7.8 MB text never finished. Extraction now stops
at ``limits.MAX_CHARS`` while it reads (before parsing, where the size tells), the
ingest summary says why, and layer 1 refuses such a text from any other caller.
"""
from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from disclosure import db, pipeline
from disclosure.extract import ExtractionError, extract, limits
from disclosure.instance import Instance

LINE = "민원인 홍길동 연락처 010-1234-5678 서울특별시 중구 세종대로 110 "


def bomb_docx(path: Path, chars: int = 6_500_000) -> Path:
    """A small DOCX (about 80 KB) whose body expands to ``chars`` characters."""
    import docx

    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    raw = io.BytesIO()
    document.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    line = LINE * 40
    body = f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' * (chars // len(line))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.decode().replace("<w:p><w:r><w:t>PLACEHOLDER</w:t></w:r></w:p>", body).encode()
            z.writestr(info.filename, data)
    return path


def test_a_docx_that_expands_to_millions_of_characters_is_refused_while_read(tmp_path):
    path = bomb_docx(tmp_path / "bomb.docx")
    assert path.stat().st_size < 150_000
    started = time.monotonic()
    with pytest.raises(ExtractionError, match=r"bomb\.docx: 글자 수\([\d,]+자 이상\)가 한 문서의 한도 300,000자를 넘어"):
        extract(path)
    assert time.monotonic() - started < 15


def test_a_docx_body_too_large_to_parse_is_refused_before_parsing(tmp_path):
    # little text, but 17 MB of markup: the tree is never built
    path = bomb_docx(tmp_path / "markup.docx", chars=0)
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    empty_runs = "<w:p>" + "<w:r><w:rPr><w:b/></w:rPr></w:r>" * 1000 + "</w:p>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            part = src.read(info.filename)
            if info.filename == "word/document.xml":
                part = part.decode().replace("<w:body>", "<w:body>" + empty_runs * 550).encode()
            z.writestr(info.filename, part)
    with pytest.raises(ExtractionError, match="word/document.xml의 크기가 [\\d,]+바이트로 한도"):
        extract(path)


def test_a_long_text_file_is_refused_before_it_is_decoded(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes((LINE + "\n").encode() * (7_800_000 // len((LINE + "\n").encode())))
    started = time.monotonic()
    with pytest.raises(ExtractionError, match="한 문서의 한도 300,000자를 넘어"):
        extract(path)
    assert time.monotonic() - started < 5


def test_text_is_counted_in_characters_at_the_limit(tmp_path):
    path = tmp_path / "edge.txt"
    path.write_bytes(b"a" * limits.MAX_CHARS)
    assert len(extract(path).text) == limits.MAX_CHARS
    path.write_bytes(b"a" * (limits.MAX_CHARS + 1))
    with pytest.raises(ExtractionError, match=r"글자 수\(300,001자\)"):
        extract(path)


def test_a_long_html_page_is_refused(tmp_path):
    path = tmp_path / "long.html"
    path.write_text("<html><body>" + f"<p>{LINE}</p>" * 10_000 + "</body></html>", encoding="utf-8")
    with pytest.raises(ExtractionError, match="한 문서의 한도 300,000자를 넘어"):
        extract(path)
    # 5 MB of markup is not even parsed (BeautifulSoup's tree is ~70 times the page)
    path.write_text("<html><body>" + "<div></div>" * 500_000 + "<p>본문</p></body></html>", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(ExtractionError, match="HTML 파일의 크기가 [\\d,]+바이트로 한도 4,194,304바이트를 넘어"):
        extract(path)
    assert time.monotonic() - started < 2


def test_a_long_pdf_is_refused(tmp_path, monkeypatch):
    from test_extract import make_pdf

    path = make_pdf(tmp_path / "doc.pdf")
    assert extract(path).text
    monkeypatch.setattr(limits, "MAX_CHARS", 100)
    with pytest.raises(ExtractionError, match="한 문서의 한도 100자를 넘어"):
        extract(path)


# --------------------------------------------------------------------------- ingestion

@pytest.fixture()
def inst(tmp_path: Path) -> Instance:
    i = Instance(tmp_path / "instance")
    i.init()
    return i


def test_ingesting_the_bomb_fails_fast_with_a_plain_reason_and_loses_nothing(inst, tmp_path):
    (tmp_path / "in").mkdir()
    src = bomb_docx(tmp_path / "in" / "bomb.docx")
    (tmp_path / "in" / "bomb.json").write_text(json.dumps({"id": "bomb", "title": "폭탄"}), encoding="utf-8")
    before = src.read_bytes()
    started = time.monotonic()
    [out] = pipeline.ingest(inst, [src])
    assert time.monotonic() - started < 30          # it was 2 min 45 s
    assert out.result == "failed"
    assert "한 문서의 한도 300,000자를 넘어 처리하지 않았습니다" in out.reasons[0]
    assert src.read_bytes() == before, "the source file stays as it was"
    with inst.Session() as s:
        assert s.scalar(select(func.count()).select_from(db.Document)) == 0
        [failure] = s.scalars(select(db.IngestFailure)).all()
        assert "300,000자" in failure.reason


def test_layer1_and_the_filter_never_read_a_text_above_the_limit():
    from classifiers import load_classifier
    from disclosure.decide import load_policy
    from disclosure.filter import run_filter
    from domain.types import DocumentMeta
    from disclosure.scan import scan_records
    from masking import Layer1
    from masking.errors import TextTooLong

    layer1, clf, policy = Layer1.from_rules(), load_classifier(), load_policy()
    long_text = (LINE + "\n") * (limits.MAX_CHARS // len(LINE) + 10)
    started = time.monotonic()
    with pytest.raises(TextTooLong, match="한도 300,000자"):
        layer1.detect(long_text, DocumentMeta(id="long"))
    fr = run_filter(long_text, DocumentMeta(id="long"), layer1, clf, policy)
    assert fr.decision.state == "review" and fr.masked_text is None and fr.classification is None
    assert "한 문서의 한도 300,000자를 넘어" in fr.decision.reasons[0]
    lines = list(scan_records([{"id": "short", "text": "2026년 마을버스 노선 조정 안내"},
                               {"id": "long", "text": long_text}], layer1, clf, policy))
    assert [x["decision"] for x in lines][1] == "review" and lines[1]["entities"] == []
    assert lines[0]["decision"] != "review" or "한도" not in " ".join(lines[0]["reasons"])
    assert time.monotonic() - started < 20
