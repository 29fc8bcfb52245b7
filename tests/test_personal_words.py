"""Name-shaped words in short texts, by layer 1's own person rules and Kiwi."""
from __future__ import annotations

import pytest

from disclosure.personal_words import name_shaped_words, rules_for


@pytest.fixture(scope="module")
def rules():
    return rules_for()


@pytest.mark.parametrize("text, names", [
    ("김영희 불륜", ["김영희"]),
    ("박철수 전과", ["박철수"]),
    ("김영희불륜", ["김영희"]),                  # glued to the next word
    ("김누락이 보여요", ["김누락"]),             # the particle is cut off first
    ("최민호", ["최민호"]),                      # Kiwi splits an unknown name apart
])
def test_names_are_found_without_any_role_word(rules, text, names):
    assert name_shaped_words(text, rules) == names


@pytest.mark.parametrize("text", ["도로", "도로는", "하천 정비", "정비 계획", "이번 조사", "김치 축제",
                                  "박물관", "전기차 충전", "청년 일자리", "서울시 예산", "강남구 역삼동",
                                  "송파구", "한강", "주소가 보여요", "이름이 보입니다", ""])
def test_ordinary_words_and_places_are_not_names(rules, text):
    assert name_shaped_words(text, rules) == []
