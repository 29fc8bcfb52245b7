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


def _plain_mask(masker, text, dets):
    """The straightforward loop the masker replaced with Presidio's anonymizer."""
    from masking.masker import _apply
    parts, spans, pos, out_len = [], [], 0, 0
    for d in sorted(dets, key=lambda d: d.start):
        if d.start < pos:
            if d.end <= pos:
                continue
            start = pos
        else:
            start = d.start
        parts.append(text[pos:start])
        out_len += start - pos
        rep = _apply(masker.cfg.labels.get(d.label, masker.cfg.default), text[start:d.end])
        parts.append(rep)
        spans.append((out_len, out_len + len(rep), d.label))
        out_len += len(rep)
        pos = d.end
    parts.append(text[pos:])
    return "".join(parts), spans


def test_presidios_anonymizer_masks_exactly_as_the_plain_loop(layer1):
    """On the dev corpus and on overlapping, adjacent and nested detections."""
    import json
    from pathlib import Path

    from domain.types import Detection, DocumentMeta
    dev = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "corpus.jsonl"
    cases = []
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines()[:120]:
            rec = json.loads(line)
            cases.append((rec["text"], layer1.detect(rec["text"], DocumentMeta.from_dict(rec))))
    text = "홍길동 010-1234-5678 서울 마포구 월드컵로 12 101동 202호"
    cases.append((text, [Detection(0, 3, "PERSON", 1, "t"), Detection(4, 17, "PHONE", 1, "t"),
                         Detection(10, 20, "ADDRESS", 1, "t"), Detection(18, 30, "ADDRESS", 1, "t"),
                         Detection(30, 31, "REDACTED", 1, "t"), Detection(19, 22, "PERSON", 1, "t"),
                         Detection(31, len(text), "UNKNOWN_LABEL", 1, "t")]))
    assert sum(bool(d) for _, d in cases) > 50
    for text, dets in cases:
        got = layer1.masker.mask(text, dets)
        assert (got.text, got.spans) == _plain_mask(layer1.masker, text, dets)
