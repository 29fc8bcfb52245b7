"""Kinds of writing found on real public pages (a city's web pages, news): a health word
inside an ordinary word is no one's health, and a value that is personal information in
one place of a document is so wherever the document repeats it."""
import pytest


@pytest.mark.parametrize("text", [
    # the condition word starts or sits inside another word (real pages: 암호화, 기암괴석,
    # 재활용품, 유산균, 암갈색, 진단명 as a column name)
    "민원인 김영수 씨는 수집된 개인정보는 암호화되어 처리된다는 안내를 받았다.",
    "신청인은 해수욕장 서북쪽 기암괴석이 많은 곳을 방문하였다.",
    "대상자 박정민 씨는 재활용품은 주1회 전문업체가 수거한다고 답하였다.",
    "참가자는 유산균이 들어있는 요구르트를 받았다.",
    "민원인은 등면이 암갈색 바탕인 개구리를 신고하였다.",
])
def test_a_health_word_inside_another_word_is_no_condition(found, text):
    assert found(text, "HEALTH_INFO") == []


@pytest.mark.parametrize("text, condition", [
    ("응급처치 후 병원으로 이송하였으며, 치아 2개 파절이 확인됨.", "파절"),     # Kiwi: 파절이, one noun
    ("민원인 김영수 씨는 유방암으로 치료 중이다.", "유방암"),
    ("신청인 박정민 씨는 당뇨병이 있어 현장 방문이 어렵다고 하였다.", "당뇨병"),
    ("대상자 이순자 씨는 공황장애로 통원 치료를 받고 있다.", "공황장애"),
])
def test_a_condition_with_a_particle_or_in_a_compound_is_still_found(found, text, condition):
    assert any(condition in value for value, _ in found(text, "HEALTH_INFO")), found(text)


def test_a_value_repeated_in_the_document_is_masked_every_time(found):
    """The second address stands where no rule would take it for a residence."""
    text = ("민원인 주소: 서울 마포구 상암동 704-8\n\n"
            "현장 점검 결과 서울 마포구 상암동 704-8 앞 도로에 적치물이 있었음.\n"
            "인근 서울 마포구 상암동 704-85 는 해당 없음.\n")
    values = found(text)
    assert values.count(("서울 마포구 상암동 704-8", "ADDRESS")) == 2, values
    assert not any("704-85" in v for v, _ in values)            # not inside a longer number


@pytest.mark.parametrize("text, word", [
    ("신분증(대리인 방문시 자동차 소유자의 도장 날인)", "방문시"),
    ("신분증, 위임장(대리인 방문시) 및 인감증명서", "방문시"),
    ("연 2회 지급하며, 신청인 가입한 세대의 최근 2년간 사용량을 비교함", "가입한"),
    ("노인회관 손잡이를 설치해 어르신들의 안전한 화장실 이용을 도움", "설치해"),
])
def test_a_noun_made_a_verb_or_a_time_after_a_role_is_no_name(found, text, word):
    """A name never takes 하다 or 시 (when): 가 + 입한 and 방 + 문시 are not names."""
    assert not any(word in value for value, _ in found(text, "PERSON")), found(text)


@pytest.mark.parametrize("text, name", [
    ("민원인 이지은의 요청에 따라 현장을 확인함.", "이지은"),
    ("신청인 조은비(010-2345-6789)가 이의를 제기함.", "조은비"),
    ("대리인 정해진 씨가 위임장을 제출함.", "정해진"),
])
def test_names_that_read_like_verbs_after_a_role_stay_names(found, text, name):
    assert (name, "PERSON") in found(text, "PERSON")


def test_a_name_with_si_in_it_stays_a_name(found):
    """용시우: Kiwi reads 용 + 시 + 우, not a noun and 시 (when) alone."""
    text = "장학금 300,000원은 카카오뱅크 3333-69-1672848(예금주 용시우)로 입금함."
    assert ("용시우", "PERSON") in found(text, "PERSON")
