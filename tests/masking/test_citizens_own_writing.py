"""Kinds of writing from records that citizens type themselves or that list them one
field a line (the citizen_board, public_health and commendations families): numbers
spelt in Hangul, e-mails typed loosely, forms padded to a column of colons, health in
a record that names its person."""
from __future__ import annotations

import pytest

from domain.types import DocumentMeta
from masking.normalize import normalize


def _found(layer1, text):
    return {(text[d.start:d.end], d.label) for d in layer1.detect(text, DocumentMeta())}


@pytest.mark.parametrize("written,digits", [
    ("공일공-6692-8288", "010-6692-8288"), ("010 삼오이오 7238", "010 3525 7238"),
    ("영일영 구팔구팔 오육공육", "010 9898 5606"), ("010ㅡ1978ㅡ2626", "010-1978-2626"),
    ("공일공04419002", "01004419002"),
])
def test_a_mobile_number_spelt_in_hangul_is_read_as_digits(written, digits, layer1):
    text = f"전화 주실거면 {written}로 연락 부탁드려요"
    assert normalize(text) == f"전화 주실거면 {digits}로 연락 부탁드려요"
    assert (written, "PHONE") in _found(layer1, text)


@pytest.mark.parametrize("text", ["삼일절 기념식", "공영일 이삼사 오륙칠", "제일 공원 일대 정비",
                                  "일이삼사오육칠팔구 순서대로"])
def test_ordinary_words_with_digit_syllables_stay_words(text):
    assert normalize(text) == text


@pytest.mark.parametrize("value", ["ghdwo14@gmail . com", "yj.park89@kakao,com", "tjdals_9048@hanmail,net",
                                   "sarah.oc 골뱅이 gmail.com", "minsu82 at naver 닷컴", "jane at gmail dot com"])
def test_an_e_mail_typed_loosely_is_found(value, layer1):
    assert (value, "EMAIL") in _found(layer1, f"메일 {value} 로 회신 바랍니다")


@pytest.mark.parametrize("text", ["He arrived at 3. Then he left.", "We met John at Seoul, Korea.",
                                  "Meeting at 10. Please come."])
def test_at_and_a_full_stop_in_prose_are_no_address(text, layer1):
    assert not any(label == "EMAIL" for _, label in _found(layer1, text))


def test_a_form_padded_to_a_column_of_colons_is_read_as_keys_and_values(layer1):
    text = ("□ 위촉 대상자\n(1)\n  성 명        : 허춘자\n  생년월일     : 1944. 05. 21\n"
            "  휴대전화     : 010-1234-5678\n\n5)\n  이름     : 황 선덕\n  연락처   : 010-4203-3123\n")
    found = _found(layer1, text)
    assert ("허춘자", "PERSON") in found and ("황 선덕", "PERSON") in found


def test_a_table_of_space_parted_columns_stays_a_table():
    from masking.layout import Layout
    text = "성명      연락처          비고\n홍길동    010-1234-5678   자원봉사\n"
    layout = Layout(text)
    assert any(c.header == "연락처" for c in layout.cells)


def test_health_in_a_record_that_names_its_person(layer1):
    text = ("< 3 >\n  성 명    : 기은환\n  학 교    : 고양동초등학교\n  비 고    : 지적장애 3급\n\n"
            "[2] 성명 : 손민서\n    연락처 : 010-2222-3333\n    증상 : 혈변, 복통\n"
            "    검사결과 : 황색포도상구균 검출\n    조치사항 : 증상 모니터링 14일\n")
    found = _found(layer1, text)
    assert {("지적장애 3급", "HEALTH_INFO"), ("혈변, 복통", "HEALTH_INFO"),
            ("황색포도상구균 검출", "HEALTH_INFO")} <= found
    assert not any(v.startswith("증상 모니터링") for v, _ in found), "the office's action is no condition"


def test_health_words_in_a_record_without_a_person_stay_visible(layer1):
    text = ("■ 검사항목 : 식품 수거 검사\n    검사결과 : 황색포도상구균 검출\n    증상 : 구토, 설사\n"
            "    조치 : 영업정지 7일\n")
    assert not any(label == "HEALTH_INFO" for _, label in _found(layer1, text))


def test_a_pronoun_with_a_particle_is_no_name(layer1):
    text = "16:54 ▶ 고객(초록우산): 010 공일삼팔 7627 이거요\n16:55 ▶ 고객(초록우산): 여기요"
    assert not any(label == "PERSON" for _, label in _found(layer1, text))
