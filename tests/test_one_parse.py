"""One parse per source: the ingest reads a PDF once, extracts it once, and the public
PDF is made from that extraction and those bytes (real PDF, SQLite, Whoosh)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_redact_pdf import _canvas, locate, rotated_pdf

from disclosure import db, extract, pipeline, redact
from disclosure.instance import Instance
from disclosure.redact import make_public_pdf


@pytest.fixture()
def inst(tmp_path: Path) -> Instance:
    from rules_copies import rules_publishing_personal_info

    # (its test document names residents: published by an instance whose policy allows it)
    i = Instance(tmp_path / "instance", rules_dir=rules_publishing_personal_info(tmp_path))
    i.init()
    return i


LINES = ["2026년 마을버스 노선 조정 주민 설명회 결과 보고",
         "1. 설명회에는 주민 40여 명이 참석하였습니다.",
         "2. 주민 김영수(010-2345-6789), 박지민(010-3456-7890), 최현우(010-4567-8901)가",
         "   배차 간격 단축을 건의하였습니다.",
         "3. 교통정책과는 3월 2일부터 배차 간격을 12분에서 9분으로 줄입니다."]


def pdf_with_sidecar(folder: Path, stem: str) -> Path:
    """A one-page notice naming three residents: published with their names masked."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.pdf"
    c, font = _canvas(path)
    c.setFont(font, 10)
    for i, line in enumerate(LINES):
        c.drawString(60, 760 - 16 * i, line)
    c.showPage()
    c.save()
    (folder / f"{stem}.json").write_text(json.dumps({
        "id": stem, "title": LINES[0], "department": "서울특별시 민원담당관",
        "doc_type": "결과보고서", "doc_number": "민원담당관-1", "drafter": "이서연",
        "approver": "박지훈", "approver_rank": "과장", "approved_at": "2026-03-02",
        "marked_grade": "public", "lang": "ko"}, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_ingested_pdf_is_extracted_once_and_published(inst, tmp_path, monkeypatch):
    path = pdf_with_sidecar(tmp_path / "in", "notice-1")
    calls = []
    real = extract._HANDLERS[".pdf"]

    def counted(data):
        calls.append(len(data))
        return real(data)

    monkeypatch.setitem(extract._HANDLERS, ".pdf", counted)
    made = []
    real_make = redact.make_public_pdf
    monkeypatch.setattr(redact, "make_public_pdf", lambda *a, **k: made.append(1) or real_make(*a, **k))
    [out] = pipeline.ingest(inst, [path])
    assert out.result == "published", out.reasons
    assert calls == [path.stat().st_size], "the source was parsed more than once"
    assert made == [1], "the public PDF made ahead was made again"
    with inst.Session() as s:
        assert s.get(db.Document, "notice-1").status == "published"
        assert s.get(db.Document, "notice-1").detections, "nothing was masked"
    assert (inst.public_doc_dir("notice-1") / "document.pdf").is_file()


def test_the_public_pdf_is_made_from_the_given_bytes_without_reading_the_file(tmp_path):
    path = rotated_pdf(tmp_path / "source.pdf")
    data = path.read_bytes()
    ex = extract.extract_bytes(path.name, data)
    dets = locate(ex.text, [("PERSON", "김영수"), ("PHONE", "010-2345-6789")])
    path.unlink()                   # nothing left to read: bytes and extraction suffice
    made = make_public_pdf(path, ex.text, dets, extracted=ex, source=data)
    assert made.verdict.ok and made.burned_pages == [0]
    assert len(ex.pages) == 2 and ex.pages[0].width < ex.pages[0].height   # display orientation
