"""Every reason a person reads is plain Korean first: the reasons layer 1 gives for the
spans it masks and the reasons the filter gives for a document's place, on the
hand-written documents of every family and on the dev corpus, each have their own Korean
words (no fallback, no rule id, no bare score); the English interface keeps the English
lines; a reason nobody has written Korean for yet still comes out in Korean."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from disclosure.reason_text import (decision_reason, detection_reason, known_decision_reason,
                                    known_detection_reason, source_kind)

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev" / "corpus.jsonl"
RULE_ID = re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")


@pytest.fixture(scope="module")
def scanned():
    from classifiers import load_classifier
    from disclosure.decide import load_policy
    from disclosure.scan import scan_records
    from masking import Layer1

    files = sorted(ROOT.glob("corpus_families/*/handwritten.jsonl")) + ([DEV] if DEV.exists() else [])
    recs = [json.loads(line) for f in files for line in f.open(encoding="utf-8")]
    return list(scan_records(recs, Layer1.from_rules(), load_classifier(), load_policy()))


def test_every_reason_the_filter_gives_has_its_korean_words(scanned):
    entities = [e for p in scanned for e in p["entities"]]
    reasons = [r for p in scanned for r in p["reasons"]]
    assert len(entities) > 2000 and len(reasons) > 1000
    unknown = sorted({e["reason"] for e in entities if not known_detection_reason(e["reason"])})
    assert unknown == [], unknown[:20]
    unknown = sorted({r for r in reasons if not known_decision_reason(r)})
    assert unknown == [], unknown[:20]
    for e in entities[:3000]:
        ko = detection_reason(e["reason"], e["label"])
        assert re.match(r"[가-힣]|IP ", ko) and not RULE_ID.search(ko), (e["reason"], ko)
    for r in set(reasons):
        ko = decision_reason(r)
        assert re.match(r"[가-힣]", ko) and "P(nonpublic)" not in ko and "DISAGREEMENT" not in ko, (r, ko)


@pytest.mark.parametrize("reason, label, korean", [
    ("Korean name, role '민원인' before", "PERSON", "이름: 앞에 사인의 역할 '민원인'"),
    ("pattern rrn, rrn_checksum ok, context '주민등록번호'", "KR_RRN", "주민등록번호 형식, 주변에 '주민등록번호'"),
    ("statistical NER (PERSON); in a row about a private person (PHONE)", "PERSON",
     "통계 모델이 찾은 성명; 사인의 정보(전화번호)가 있는 줄"),
    ("a reason written tomorrow", "EMAIL", "전자우편: 자동 탐지 규칙이 찾음"),
])
def test_a_detection_reason_in_korean(reason, label, korean):
    assert detection_reason(reason, label) == korean
    assert detection_reason(reason, label, "en") == reason


@pytest.mark.parametrize("reason, korean, english", [
    ("model P(nonpublic)=0.74", "분류 모델이 본 비공개 가능성 74%", "model P(nonpublic)=0.74"),
    ("layer 2: nonpublic (item 4, item 6), confidence 0.93", "자동 분류: 비공개 (제4호, 제6호), 신뢰도 93%", None),
    ("partial: released automatically (approved by 과장)", "부분공개: 자동 공개 (과장 결재)", None),
    ("개인정보가 들어 있는 문서는 사람이 확인한 뒤 공개합니다 (policy: documents with personal "
     "information are reviewed before publication)", "개인정보가 들어 있는 문서는 사람이 확인한 뒤 공개합니다",
     "policy: documents with personal information are reviewed before publication"),
    ("담당자 비공개 결정 (제9조제1항 제4호): 수사 중", "담당자 비공개 결정 (제9조제1항 제4호): 수사 중", None),
])
def test_a_documents_reason_in_korean_and_in_english(reason, korean, english):
    assert decision_reason(reason) == korean
    assert decision_reason(reason, "en") == (english or reason)


def test_what_found_a_span_is_named_not_its_rule_id():
    assert source_kind("ner:ko_pii_ner") == "통계 모델"
    assert source_kind("PERSON_ROLE_RULES") == "탐지 규칙"
    assert source_kind("PERSON_PROPAGATION") == "같은 문서의 반복"
    assert source_kind("PERSON_ROLE_RULES", "en") == "PERSON_ROLE_RULES"
