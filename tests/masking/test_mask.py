"""Masking leaves no character of a value and reports spans in the masked text."""
import socket

from domain.types import DocumentMeta
from masking import Layer1


def test_mask_spans_and_no_residue(layer1):
    text = "민원인 김영수 (연락처 010-1234-5678, 주민등록번호 900101-1234568) 신청"
    dets = layer1.detect(text, DocumentMeta())
    res = layer1.mask(text, dets)
    for value in ("김영수", "010-1234-5678", "1234568", "900101"):
        assert value not in res.text
    assert [lab for _, _, lab in res.spans] == [d.label for d in dets]
    for s, e, _ in res.spans:
        assert s < e <= len(res.text)
    assert "010" not in res.text.split("연락처")[1][:15]


def test_detections_sorted_non_overlapping(layer1):
    text = "| 성명 | 홍길동 |\n| 주소 | 서울특별시 마포구 월드컵로 212, 101동 1203호 |\n| 연락처 | 010-1234-5678 |"
    dets = layer1.detect(text, DocumentMeta())
    assert dets == sorted(dets, key=lambda d: d.start)
    for a, b in zip(dets, dets[1:]):
        assert a.end <= b.start
    assert all(d.source and d.reason for d in dets)


def test_builds_and_runs_without_network(monkeypatch):
    def refuse(*a, **k):
        raise OSError("network disabled in test")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    l1 = Layer1.from_rules()
    assert l1.detect("연락처 010-1234-5678", DocumentMeta())
