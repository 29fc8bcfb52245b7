"""Role awareness: private persons masked, officials in their role kept."""
import pytest

from domain.types import DocumentMeta


PRIVATE = [
    ("○ 민원인 김영수는 현장 재방문을 희망함", "김영수"),
    ("○ 이정순씨가 보도블록 파손을 신고함", "이정순"),
    ("○ 구서현님께서 정류소에서 대기 중", "구서현"),
    ("민원인(홍길동)은 이의를 제기함", "홍길동"),
    ("○ 박진우 위원: 예산 대비 효과 분석 필요", "박진우"),
    ("외부위원 김영길, 민간위원 서유진 참석", "서유진"),
    ("○ 피해자 황보경희(010-3242-5011)", "황보경희"),
    ("○ 제안자: 자영업자 다나카 히로시 (전자우편 x@y.com)", "다나카 히로시"),
    ("Dear Maria Wallace,\nThank you", "Maria Wallace"),
    ("| 성명 | 남궁선 |", "남궁선"),
]

OFFICIAL = [
    "담당 주무관 김영수(☎ 02-2133-1234)",
    "검 토 자  팀장 김지현",
    "김지현 팀장이 보고함",
    "결재권자: 과장 김정웅(전결)",
]


@pytest.mark.parametrize("text,name", PRIVATE)
def test_private_person_masked(found, text, name):
    assert (name, "PERSON") in found(text, "PERSON")


@pytest.mark.parametrize("text", OFFICIAL)
def test_official_kept(found, text):
    assert found(text, "PERSON") == []


def test_meta_officials_kept(found):
    meta = DocumentMeta(drafter="주진호", approver="심서윤")
    text = "기안자 주진호\n| 성명 | 주진호 |"
    assert found(text, "PERSON", meta) == []


def test_name_propagates_but_not_into_words(found):
    text = "○ 민원인 이하늘은 공원 이용 불편을 제기함\n이하늘의 요청에 따라 하늘공원 안내"
    names = found(text, "PERSON")
    assert names.count(("이하늘", "PERSON")) == 2


def test_common_words_after_role_kept(found):
    assert found("나. 시민 소통 확대 방안", "PERSON") == []


def test_redact_terms_always_masked(found):
    meta = DocumentMeta(redact=["비밀사업"])
    assert ("비밀사업", "REDACTED") in found("본 건은 비밀사업과 관련됨", meta=meta)


@pytest.mark.parametrize("text, value", [
    ("- One recipient (Ethan Lee) reported a concussion (hospitalised two days).\n", "a concussion (hospitalised two days)"),
    ("Patient Kim has diabetes, and his wife works at the centre.\n", "diabetes"),
])
def test_english_condition_reported_of_a_person(found, text, value):
    assert (value, "HEALTH_INFO") in found(text)


@pytest.mark.parametrize("text", [
    "The city will expand support for residents with disability and chronic illness.\n",
    "Hospitals reported 120 cases of pneumonia last winter.\n",
])
def test_english_conditions_in_general_are_not_masked(found, text):
    assert not [v for v, label in found(text) if label == "HEALTH_INFO"]


@pytest.mark.parametrize("word, split", [
    ("김영수씨가", ("김영수", "씨가")),        # the longest particle ending
    ("김영수씨", ("김영수", "씨")),
    ("박서준에게서", ("박서준", "에게서")),
    ("이도현은(는)", ("이도현", "은(는)")),
    ("김은", ("김은", "")),                    # the name would keep one syllable
    ("홍씨가", ("홍씨가", "")),                # 씨가 is the longest ending: 홍 alone is no name
    ("홍길동", ("홍길동", "")),
    ("", ("", "")),
])
def test_strip_particle(layer1, word, split):
    assert layer1.names.strip_particle(word) == split
