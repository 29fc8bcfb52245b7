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
    assert nlp is not None and nlp.pipe_names == ["tagger", "ents"]
    assert set(nlp.get_pipe("ents").labels) == {"PERSON", "ADDRESS", "HEALTH_INFO", "BIRTH_DATE"}
    tags = set(nlp.get_pipe("tagger").labels)
    assert "O" in tags and {"B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON"} <= tags
    doc = nlp("1) 김한울 / 1996-10-10 / 010-1234-5678 / 지체장애 2급")
    assert doc.text.startswith("1) 김한울")
    # the trained model reads the commonest rows it was made for
    assert {(e.text, e.label_) for e in doc.ents} >= {("김한울", "PERSON"), ("1996-10-10", "BIRTH_DATE")}


def test_layer1_uses_the_model(layer1):
    assert isinstance(layer1.ner, NerRecognizer)
    # the engine runs it itself, on the few lines where it can matter, not the analyzer
    assert not any(isinstance(r, NerRecognizer) for r in layer1.analyzer.registry.recognizers)


def test_model_reads_only_lines_about_private_persons(layer1, monkeypatch):
    from domain.types import DocumentMeta
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
    from domain.types import DocumentMeta
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
    nodes = list(nlp.get_pipe("tagger").model.walk())
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
    from domain.types import DocumentMeta
    corpus = Path("/work/shared/corpus/dev/corpus.jsonl")
    if not corpus.exists():
        corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "corpus.jsonl"
    recs = [json.loads(line) for line in corpus.open(encoding="utf-8")][:60]
    docs = [(r["text"], DocumentMeta.from_dict(r.get("meta") or r)) for r in recs]
    assert layer1.detect_many(docs) == [layer1.detect(t, m) for t, m in docs]
    assert layer1.detect_many([]) == []


@pytest.mark.parametrize("tags, spans", [
    (["O", "U-PERSON", "O"], [(1, 2, "PERSON")]),
    (["B-ADDRESS", "I-ADDRESS", "L-ADDRESS", "O"], [(0, 3, "ADDRESS")]),
    # an entity whose last tag the tagger missed takes the next token
    (["B-BIRTH_DATE", "I-BIRTH_DATE", "O", "O"], [(0, 3, "BIRTH_DATE")]),
    (["B-BIRTH_DATE", "I-BIRTH_DATE"], [(0, 2, "BIRTH_DATE")]),
    # a short gap to a continuation of the same label is filled; a long one is not
    (["B-ADDRESS", "O", "O", "L-ADDRESS", "O"], [(0, 4, "ADDRESS")]),
    # (a lone B stays one token: the tagger's weakest guess is not widened)
    (["B-ADDRESS", "O", "O", "O", "O", "L-ADDRESS"], [(0, 1, "ADDRESS"), (5, 6, "ADDRESS")]),
    # an inside tag with no beginning opens a span; a new label closes the open one
    (["O", "I-ADDRESS", "L-ADDRESS"], [(1, 3, "ADDRESS")]),
    (["B-PERSON", "I-ADDRESS", "L-ADDRESS"], [(0, 1, "PERSON"), (1, 3, "ADDRESS")]),
    (["B-PERSON", "O", "U-PERSON"], [(0, 1, "PERSON"), (2, 3, "PERSON")]),
    # a label outside the wanted ones, and missing tags, are outside
    (["U-HEALTH_INFO", "B-PERSON", "O"], [(1, 2, "PERSON")]),
    (["U-HEALTH_INFO", "B-PERSON", "I-PERSON", "O"], [(1, 4, "PERSON")]),
    (["", "-", "O"], []),
    # an unfinished span right before another of its label: one span (다나카/B 히로시/U)
    (["O", "B-PERSON", "U-PERSON", "O"], [(1, 3, "PERSON")]),
    (["B-PERSON", "B-PERSON", "L-PERSON"], [(0, 3, "PERSON")]),
    (["U-PERSON", "U-PERSON"], [(0, 1, "PERSON"), (1, 2, "PERSON")]),
])
def test_biluo_tags_become_spans(tags, spans):
    from masking.ner.biluo import biluo_to_spans
    assert biluo_to_spans(tags, ["PERSON", "ADDRESS", "BIRTH_DATE"]) == spans


def test_biluo_repair_never_takes_white_space():
    from masking.ner.biluo import biluo_to_spans
    assert biluo_to_spans(["B-ADDRESS", "I-ADDRESS", "O"], ["ADDRESS"], [False, False, True]) == [(0, 2, "ADDRESS")]


def _dev_snippets(layer1, n=120):
    """The lines the model reads in the first ``n`` dev documents (generated documents
    where the shared corpus is not mounted)."""
    import json
    from domain.types import DocumentMeta
    from training.synth import generate
    corpus = Path("/work/shared/corpus/dev/corpus.jsonl")
    if not corpus.exists():
        corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "corpus.jsonl"
    recs = [json.loads(line) for line in corpus.open(encoding="utf-8")][:n] if corpus.exists() \
        else list(generate(n, 7))
    out = []
    for r in recs:
        st = layer1._before_model(r["text"], DocumentMeta.from_dict(r.get("meta") or r))
        out += [st.norm[s:e] for s, e in st.snippets]
    return out


def test_fast_tagger_gives_the_taggers_tags(layer1):
    """The numpy forward pass tags every token as spaCy's tagger does (the dev lines the
    model reads, plus edge cases: one token, white space, an empty text)."""
    fast = layer1.ner.fast
    assert fast is not None             # the shipped model has the architecture it reproduces
    nlp = layer1.ner.nlp
    texts = _dev_snippets(layer1) + ["김", "   ", "", "1) 김한울 / 1996-10-10 / 010-1234-5678 / 지체장애 2급"]
    assert len(texts) > 60
    docs = [nlp.make_doc(t) for t in texts]
    ref = [s.argmax(axis=1).tolist() for s in nlp.get_pipe("tagger").model.predict(docs)]
    assert [t.tolist() for t in fast.tag_ids(docs)] == ref
    assert [t.tolist() for t in fast.tag_ids(docs)] == ref        # with every token remembered
    # a document's tags do not depend on the others read with it
    assert [t.tolist() for d in docs[:20] for t in fast.tag_ids([d])] == ref[:20]
    assert fast.tag_ids([]) == [] and [t.tolist() for t in fast.tag_ids([nlp.make_doc("")])] == [[]]


def test_fast_tagger_declines_another_architecture():
    """A tagger it does not reproduce (a window of two tokens) runs through spaCy."""
    import spacy
    from spacy.training import Example
    from masking.ner.fast_tagger import FastTagger
    nlp = spacy.blank("xx")
    cfg = {"model": {"@architectures": "spacy.Tagger.v2", "nO": None, "normalize": False,
                     "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                                 "width": 16, "depth": 2, "embed_size": 100, "window_size": 2,
                                 "maxout_pieces": 3, "subword_features": True}}}
    nlp.add_pipe("tagger", config=cfg)
    doc = nlp.make_doc("a b c")
    nlp.initialize(lambda: [Example.from_dict(doc, {"tags": ["O", "U-PERSON", "O"]})])
    assert FastTagger.from_pipeline(nlp) is None
    assert FastTagger.from_pipeline(spacy.blank("xx")) is None
    # ... and the same model with a window of one is reproduced
    cfg["model"]["tok2vec"]["window_size"] = 1
    nlp1 = spacy.blank("xx")
    nlp1.add_pipe("tagger", config=cfg)
    nlp1.initialize(lambda: [Example.from_dict(nlp1.make_doc("a b c"), {"tags": ["O", "U-PERSON", "O"]})])
    fast = FastTagger.from_pipeline(nlp1)
    docs = [nlp1.make_doc(t) for t in ("a b c", "x", "one two three four five")]
    assert fast is not None and [t.tolist() for t in fast.tag_ids(docs)] == \
        [s.argmax(axis=1).tolist() for s in nlp1.get_pipe("tagger").model.predict(docs)]


def test_fast_tagger_memory_starts_again_when_full(layer1, monkeypatch):
    """Past ``CACHE_ROWS`` remembered tokens the memory is emptied; the tags stay right."""
    fast = layer1.ner.fast
    nlp = layer1.ner.nlp
    docs = [nlp.make_doc(t) for t in _dev_snippets(layer1, 40)]
    ref = [s.argmax(axis=1).tolist() for s in nlp.get_pipe("tagger").model.predict(docs)]
    monkeypatch.setattr(fast, "CACHE_ROWS", 50)
    # a memory of its own, rows and vectors both: the session's layer 1 gets its own
    # back afterwards, its rows still pointing at its own vectors
    monkeypatch.setattr(fast, "_row_of", {})
    monkeypatch.setattr(fast, "_store", fast._store.copy())
    got = [t.tolist() for d in docs for t in fast.tag_ids([d])]
    assert got == ref and 0 < len(fast._row_of) <= max(50, max(len(d) for d in docs))
