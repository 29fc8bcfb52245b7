"""Ordinary words of a name's shape, in the contexts real public text writes them
(issue 15): a title with the honorific 님, a word before 가족/학생, words the model took
for names. Kiwi tells them apart (masking/morphology.py); a role before a name, or a
role in brackets after it, keeps it a name whatever Kiwi says.

The title words are many writers' (church letters, news, civil-service guides); the
names are built from the surname list with given names of several kinds (rare,
unknown to Kiwi, and ones that are also words)."""
import itertools

import pytest

from domain.types import DocumentMeta

TITLES = ["신부", "주교", "하느", "감독", "임금", "목사", "고객", "부장", "선배", "부모",
          "사장", "원장", "장로", "수녀"]
FRAMES_HONORIFIC = ["지극히 공경하올 {}님께 올립니다.", "{}님의 말씀에 따라 행사를 마쳤습니다.",
                    "당일 {}님께서 참석하시어 축사를 하셨다.", "{}님이 오시면 안내해 주십시오."]
NAMES = ["정대호", "오말순", "김영희", "박민수", "이슬", "남궁민수", "황보영자", "최지우", "유재호"]
FRAMES_NAME = ["{}님께서 제기하신 민원에 대하여 회신합니다.", "민원인 {}님의 요청에 따라 처리함.",
               "{}님이 방문하여 서류를 제출함."]


@pytest.mark.parametrize("title,frame", list(itertools.product(TITLES, FRAMES_HONORIFIC)))
def test_a_title_with_its_honorific_is_not_a_name(found, title, frame):
    assert found(frame.format(title), "PERSON") == []


@pytest.mark.parametrize("name,frame", list(itertools.product(NAMES, FRAMES_NAME)))
def test_a_name_with_the_honorific_is_still_a_name(found, name, frame):
    assert (name, "PERSON") in found(frame.format(name), "PERSON")


@pytest.mark.parametrize("text", [
    "만일 하느님께서 허락하신다면 어떤 신자 가족을 의주로 보낼 것입니다.",
    "공경하올 스승님께, 조선인 학생 김 안드레아가 올립니다.",
    "마침내 세실 함장이 돛을 펴고 떠났습니다.",
    "여러 가지로 분주하게 지내느라 편지를 늦게 올립니다.",
])
def test_ordinary_words_in_letters_are_not_names(found, text):
    assert [v for v, _ in found(text, "PERSON") if v in ("신자", "조선인", "마침내", "여러", "하느")] == []


@pytest.mark.parametrize("text,name", [
    ("참석자: 상가 세입자 이우진, 지진(주민), 이현정 팀장", "지진"),     # a role in brackets
    ("민원인 이슬의 요청에 따라 현장을 확인함.", "이슬"),               # a role before
])
def test_a_name_that_is_also_a_word_stays_a_name_with_a_strong_context(found, text, name):
    assert (name, "PERSON") in found(text, "PERSON")


def test_the_search_index_and_layer_1_share_one_kiwi():
    from disclosure.search.analyzer import kiwi
    from masking import morphology

    assert kiwi() is morphology.kiwi()


def test_layer_2_reads_with_the_same_kiwi(monkeypatch):
    """One Kiwi per process: layer 2's tokens come from layer 1's instance."""
    from classifiers.tokens import tokens
    from masking import morphology

    asked = []
    real = morphology.tokenize
    monkeypatch.setattr(morphology, "tokenize", lambda text: asked.append(text) or real(text))
    assert "열람" in tokens("정보공개 열람을 제한함")
    assert asked == ["정보공개 열람을 제한함"]
