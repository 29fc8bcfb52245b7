"""The shipped NER model: loads offline, is small, tokenizes Korean particles apart,
and is plugged into Layer1 as a recognizer whose spans still pass the exemptions."""
import socket
from pathlib import Path

import pytest

from masking.ner import DEFAULT_MODEL, NerRecognizer, load_model
from masking.ner.tokenizer import split_hangul


def test_tokenizer_splits_particles():
    assert split_hangul("홍길동씨가") == ["홍길동", "씨가"]
    assert split_hangul("우울증으로") == ["우울증", "으로"]
    assert split_hangul("서울") == ["서울"]


def test_model_is_shipped_and_small():
    assert (DEFAULT_MODEL / "config.cfg").exists()
    size = sum(p.stat().st_size for p in Path(DEFAULT_MODEL).rglob("*") if p.is_file())
    assert size < 10_000_000


def test_model_loads_offline(monkeypatch):
    def no_network(*a, **kw):
        raise OSError("network disabled in test")
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    nlp = load_model()
    assert nlp is not None and "ner" in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ADDRESS", "HEALTH_INFO", "BIRTH_DATE"}
    doc = nlp("1) 김한울 / 1996-10-10 / 010-1234-5678 / 지체장애 2급")
    assert doc.text.startswith("1) 김한울")


def test_layer1_uses_the_model(layer1):
    assert isinstance(layer1.ner, NerRecognizer)
    # the engine runs it itself, on the few lines where it can matter, not the analyzer
    assert not any(isinstance(r, NerRecognizer) for r in layer1.analyzer.registry.recognizers)


def test_model_reads_only_lines_about_private_persons(layer1, monkeypatch):
    from disclosure.models import DocumentMeta
    seen = []
    orig = layer1.ner.analyze_many

    def spy(requests):
        seen.extend(text[s:e] for text, spans in requests for s, e in spans)
        return orig(requests)

    monkeypatch.setattr(layer1.ner, "analyze_many", spy)
    public = "2025년 예산 집행 계획\n1. 사업 개요: 하천 정비 1,200,000,000원\n2. 문의: 복지정책과 02-2133-7000\n"
    layer1.detect(public, DocumentMeta())
    assert seen == []           # nothing about a private person: the model is not run
    text = public + "3. 민원인 김한울(010-2345-6789)께서 요청하신 사항\n4. 향후 일정: 12월 착공\n"
    layer1.detect(text, DocumentMeta())
    assert seen and all("010-2345-6789" in s for s in seen)
    assert not any("하천 정비" in s for s in seen)


def test_model_span_in_a_private_row_is_kept_and_official_is_not(found):
    from disclosure.models import DocumentMeta
    text = ("지원 대상\n(성명 / 생년월일 / 연락처 / 비고)\n"
            "1) 김한울 / 1996-10-10 / 010-2345-6789 / 공황장애로 통원 치료 중\n"
            "담당: 복지정책과 주무관 박서준 / 전화 02-2133-7000\n")
    got = found(text, meta=DocumentMeta(drafter="박서준"))
    values = {v for v, _ in got}
    assert "김한울" in values and "1996-10-10" in values and "010-2345-6789" in values
    assert not any("박서준" in v or "2133" in v for v in values)


def test_model_multiplies_with_numpy_not_blis():
    """thinc's BLIS products were half of the model's time on this CPU (see
    ``use_numpy_matmul``): every layer of the loaded pipeline uses numpy's."""
    from thinc.api import NumpyOps
    nlp = load_model()
    nodes = list(nlp.get_pipe("ner").model.walk())
    assert nodes and all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in nodes)


@pytest.mark.parametrize("value, ok", [
    ("1985.03.02", True), ("85. 3. 2", True), ("1985년 3월 2일", True), ("850302", True), ("1985", True),
    ("63.8", False), ("98.1", False), ("3.5", False),
])
def test_a_model_birth_date_must_look_like_one(layer1, value, ok):
    """A model span is kept only in the shape of its label: a score in a table of
    evaluations (63.8) is not a birth date, whatever the model says."""
    from masking.engine import _Cand
    text = f"평정 결과 {value} 비고"
    c = _Cand(6, 6 + len(value), "BIRTH_DATE", 0.45, "ner:ko_pii_ner", "")
    assert layer1._ner_shape_ok(text, c) is ok


@pytest.mark.parametrize("label, value, ok", [
    ("PERSON", "김한울", True), ("PERSON", "이며", False), ("PERSON", "위원장", False),
    ("HEALTH_INFO", "공황장애로 통원 치료 중", True), ("HEALTH_INFO", "undergoing chemotherapy", True),
    ("HEALTH_INFO", "reported depression", True), ("HEALTH_INFO", "acute hepatitis", True),
    ("HEALTH_INFO", "as an interpreter", False), ("HEALTH_INFO", "회의 참석", False),
])
def test_a_model_span_must_have_its_labels_shape(layer1, label, value, ok):
    """A particle (이며) is never a name; an English condition has a health term or a
    word of medical shape, not just any words (who accompanied you as an interpreter)."""
    from masking.engine import _Cand
    text = f"대상자 {value} 입니다"
    c = _Cand(4, 4 + len(value), label, 0.45, "ner:ko_pii_ner", "")
    assert layer1._ner_shape_ok(text, c) is ok


def test_detect_many_gives_what_detect_gives(layer1):
    """The model reads a batch of documents in one call; every document's detections
    are the same as when it is read alone (the dev corpus, 60 documents)."""
    import json
    from disclosure.models import DocumentMeta
    corpus = Path("/work/shared/corpus/dev/corpus.jsonl")
    if not corpus.exists():
        corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "corpus.jsonl"
    recs = [json.loads(line) for line in corpus.open(encoding="utf-8")][:60]
    docs = [(r["text"], DocumentMeta.from_dict(r.get("meta") or r)) for r in recs]
    assert layer1.detect_many(docs) == [layer1.detect(t, m) for t, m in docs]
    assert layer1.detect_many([]) == []
