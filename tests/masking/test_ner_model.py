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
    assert any(isinstance(r, NerRecognizer) for r in layer1.analyzer.registry.recognizers)


def test_model_span_in_a_private_row_is_kept_and_official_is_not(found):
    from disclosure.models import DocumentMeta
    text = ("지원 대상\n(성명 / 생년월일 / 연락처 / 비고)\n"
            "1) 김한울 / 1996-10-10 / 010-2345-6789 / 공황장애로 통원 치료 중\n"
            "담당: 복지정책과 주무관 박서준 / 전화 02-2133-7000\n")
    got = found(text, meta=DocumentMeta(drafter="박서준"))
    values = {v for v, _ in got}
    assert "김한울" in values and "1996-10-10" in values and "010-2345-6789" in values
    assert not any("박서준" in v or "2133" in v for v in values)
