"""Comparing a citizen's report with the public copy (disclosure.report_evidence), with
the shipped exemption and person rules."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from disclosure.personal_words import rules_for
from disclosure.report_evidence import Evidence, readable_in_public_copy
from domain.types import Detection

_PATTERNS = (("PHONE", re.compile(r"0\d{1,2}-\d{3,4}-\d{4}")),
             ("EMAIL", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")))


class PhoneMailLayer1:
    """Finds phone numbers (landlines too) and e-mail addresses, whatever the context."""

    def detect(self, text, meta=None):
        return [Detection(m.start(), m.end(), label, .9, "t", "") for label, rx in _PATTERNS
                for m in rx.finditer(text)]


def doc(text, title="민원 처리 결과", **meta):
    """A document row as the public sees it; ``meta``'s officials are what publish()
    stored for the public (meta['public']) as well as the sidecar's."""
    officials = {"drafter": "주무관 이기안", "approver": "과장 박결재", **meta}
    return SimpleNamespace(masked_text=text, title=title, doc_number="도시계획과-1",
                           department="도시계획과", doc_type="보고", approved_at="2025-03-01",
                           meta={**officials, "public": officials})


@pytest.fixture(scope="module")
def rules():
    return rules_for()


def found(rules, quote, d, layer1=None):
    return readable_in_public_copy(layer1 or PhoneMailLayer1(), rules, quote, d)


@pytest.mark.parametrize("text, quote, label, where", [
    ("민원인 연락처 010-2345-6789", "010 2345 6789 가 보여요", "PHONE", "body"),     # other separators
    ("신청인 주민등록번호 900101-1234567", "9001011234567", "KR_RRN", "body"),       # shape alone
    ("민원인 김누락 의 요청", "김누락 이름이 보입니다", "PERSON", "body"),
    ("회신: hong.gildong@naver.com", "hong.gildong@naver.com", "EMAIL", "body"),
    ("본문", "자택 전화 02-987-6543 이 제목에 있어요", "PHONE", "title"),
])
def test_a_personal_value_readable_in_the_public_copy_is_evidence(rules, text, quote, label, where):
    title = "민원 회신 (자택 02-987-6543)" if where == "title" else "민원 처리 결과"
    assert found(rules, quote, doc(text, title=title)) == [Evidence(label, where)]


@pytest.mark.parametrize("text, quote", [
    ("민원인 연락처 010-****-****", "010-2345-6789 가 보여요"),                      # masked
    ("민원인 [성명] 의 요청", "김누락 이름이 보입니다"),                             # masked
    ("문의: 도시계획과 02-2133-1234", "02-2133-1234"),                              # office number
    ("담당 주무관 전화 02-987-6543", "02-987-6543"),                                # official line
    ("문의 dosi@seoul.go.kr", "dosi@seoul.go.kr"),                                  # government mail
    ("법인등록번호 110111-1234567", "110111-1234567"),                              # a company's
    ("담당: 주무관 이기안", "이기안 이름이 보여요"),                                  # an official
    ("결재 박결재 과장", "박결재"),
    ("도로 보수 계획", "도로 보수 계획에 개인정보가 있어요"),                          # no value
    ("민원인 연락처 010-2345-6789", "010-2345"),                                    # a fragment
])
def test_public_masked_or_vague_values_are_not_evidence(rules, text, quote):
    assert found(rules, quote, doc(text)) == []


def test_the_metadata_is_public_copy_for_identifiers_but_names_there_are_officials(rules):
    d = doc("본문", drafter="주무관 이기안 (010-3333-4444)")
    assert found(rules, "010-3333-4444", d) == [Evidence("PHONE", "meta")]
    assert found(rules, "이기안", d) == []


def test_with_the_real_layer1(rules):
    pytest.importorskip("masking")
    from masking import Layer1
    layer1 = Layer1.from_rules()
    d = doc("민원인 연락처 010-2345-6789, 주소 서울특별시 강남구 테헤란로 1")
    assert found(rules, "전화번호 010-2345-6789 가 그대로 보입니다", d, layer1) == [
        Evidence("PHONE", "body")]
    assert found(rules, "이 문서에 개인정보가 있어요", d, layer1) == []
