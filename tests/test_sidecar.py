"""Sidecar reading: strict, fail-closed, and fine with the real inbox sidecars."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure.sidecar import SidecarError, read_sidecar
from domain.types import DocumentMeta

SHARED = Path(__file__).resolve().parents[2] / "shared"

GOOD = {
    "id": "doc-1", "title": "거주자우선주차 배정 결과", "department": "서울특별시 주차관리과",
    "doc_type": "결과보고서", "doc_number": "주차관리과-26989", "drafter": "한미정",
    "approver": "이선영", "approver_rank": "국장", "approved_at": "2025-06-20",
    "marked_grade": "partial", "marked_grounds": [6], "lang": "ko", "redact": ["김하늘"], "file": "doc-1.pdf",
}


def _write(tmp_path: Path, payload, name: str = "doc-1") -> Path:
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(b"%PDF-1.4\n%%EOF\n")
    sidecar = tmp_path / f"{name}.json"
    sidecar.write_text(payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return source


def test_reads_all_fields(tmp_path):
    meta = read_sidecar(_write(tmp_path, GOOD))
    assert meta == DocumentMeta(**{k: v for k, v in GOOD.items() if k != "file"})
    assert meta.officials == ["한미정", "이선영"]


def test_absent_sidecar_gives_id_from_stem(tmp_path):
    source = tmp_path / "dev-9999.txt"
    source.write_text("본문", encoding="utf-8")
    assert read_sidecar(source) == DocumentMeta(id="dev-9999")


def test_missing_id_and_nulls_are_unknown(tmp_path):
    meta = read_sidecar(_write(tmp_path, {"title": "제목", "drafter": None, "marked_grounds": None}))
    assert meta.id == "doc-1" and meta.title == "제목" and meta.drafter == "" and meta.marked_grounds == []


def test_utf8_bom_is_accepted(tmp_path):
    source = _write(tmp_path, GOOD)
    sidecar = source.with_suffix(".json")
    sidecar.write_bytes(b"\xef\xbb\xbf" + sidecar.read_bytes())
    assert read_sidecar(source).title == GOOD["title"]


@pytest.mark.parametrize("payload, message", [
    ('{"id": "doc-1", "title": ', "malformed JSON"),
    ("[1, 2]", "must be a JSON object"),
    ('{"title": "a", "title": "b"}', "duplicate key"),
    ('{"marked_grounds": [NaN]}', "invalid JSON constant"),
    ({"marked_grounds": ["6"]}, "must hold ints"),
    ({"marked_grounds": 6}, "must be a list"),
    ({"marked_grounds": [True]}, "must hold ints"),
    ({"marked_grounds": [12]}, "not an Art. 9"),
    ({"redact": "김하늘"}, "must be a list"),
    ({"redact": ["김하늘", 3]}, "must hold strs"),
    ({"drafter": ["한미정"]}, "must be a string"),
    ({"doc_number": 26989}, "must be a string"),
    ({"marked_grade": "공개"}, "marked_grade"),
    ({"approved_at": "2025.06.20"}, "not an ISO date"),
    ({"redacts": ["김하늘"]}, "unknown field"),
    ({"file": "doc-2.pdf"}, "mispaired"),
])
def test_bad_sidecars_raise(tmp_path, payload, message):
    with pytest.raises(SidecarError, match=message):
        read_sidecar(_write(tmp_path, payload))


def test_not_utf8(tmp_path):
    source = _write(tmp_path, GOOD)
    source.with_suffix(".json").write_bytes(json.dumps({"title": "한글 제목"}, ensure_ascii=False).encode("cp949"))
    with pytest.raises(SidecarError, match="not UTF-8"):
        read_sidecar(source)


@pytest.mark.skipif(not (SHARED / "corpus" / "dev" / "inbox").is_dir(), reason="shared dev corpus absent")
def test_dev_inbox_sidecars():
    inbox = SHARED / "corpus" / "dev" / "inbox"
    sources = [p for p in sorted(inbox.iterdir()) if p.suffix != ".json"]
    assert len(sources) == 40
    for source in sources:
        meta = read_sidecar(source)
        raw = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
        assert meta.id == source.stem == raw["id"]
        assert meta.marked_grade == raw["marked_grade"] and meta.marked_grounds == raw["marked_grounds"]
        assert meta.drafter and meta.approver


def test_id_from_the_approval_system_may_differ_from_the_file_name(tmp_path):
    src = tmp_path / "scan-0001.txt"
    src.write_text("본문", encoding="utf-8")
    (tmp_path / "scan-0001.json").write_text('{"id": "교통정책과-2026-0042"}', encoding="utf-8")
    assert read_sidecar(src).id == "교통정책과-2026-0042"
