"""A district council's papers (family council_proceedings, measured blind first): the
council's members on a committee speak and are listed in their role; residents, a hearing's
chair from a university, people who ask to speak, petitioners and private witnesses are
private persons; officials called as witnesses stay visible; a district's name is a place."""
import pytest

MINUTES = """제287회 마포구의회 재정경제위원회 회의록 제4호

출석위원: 박영호(위원장) 최순덕, 나소윤, 선우수빈
출석공무원: 안전건설국장 김덕희, 청소행정과장 윤태식

▶박영호(위원장) 재정경제위원회 회의를 개의하겠습니다.
○위원장 김소윤  더 질의하실 위원님 계십니까?
[11:41] 위원 조혜진: 주민설명회는 몇 번 하셨습니까?
▶선우수빈(위원) 지난번 민원 주신 최종민 씨 건(303호)은 어떻게 처리됐습니까?
◯문경숙 위원장  張泰植 진술인 감사합니다.
문경숙 주민> 네, 문경숙입니다. 저는 진관동 B103호에 살고 있습니다.
"""

HEARING = """마포구의회 운영위원회 주민 공청회 회의록
▣ 좌장: 표태식 (한양대학교 교수)
▶표태식(좌장) 그럼 사전에 발언을 신청하신 순서대로 진행하겠습니다.
1) 발언자 감춘자(염창동, 세입자) : 반갑습니다. 공항동 주민 감춘자이고요, 통장 일도 합니다.
작년에 허리디스크를 진단받고 일을 그만뒀습니다. 제가 루게릭병이라서 계단이 힘듭니다.
"""

WITNESSES = """노원구의회 행정사무감사 증인·참고인 명단
| 구분 | 성명 | 소속 및 직위 | 신문 요지 | 출석일 |
|---|---|---|---|---|
| 증인 | 김명자 | 중랑구 자치행정과장 | 공사 설계변경 | 2025.01.16 |
| 참고인 | 이태식 | 서울과학기술대 교수 | 전문가 의견 | 2025.01.17 |
| 참고인 | 류정미 | 장위동 주민(민원 제기인) | 피해 경위 | 2025.01.17 |
"""


def _values(found, text, label=None):
    return [v for v, l in found(text) if label is None or l == label]


def test_council_members_speak_in_role_residents_are_masked(found):
    names = _values(found, MINUTES, "PERSON")
    assert not {"박영호", "최순덕", "선우수빈", "김소윤", "조혜진"} & set(names), names
    assert {"최종민", "張泰植"} <= set(names), names
    assert any("303호" in v for v in _values(found, MINUTES, "ADDRESS"))
    assert any("B103호" in v for v in _values(found, MINUTES, "ADDRESS"))


def test_a_hearings_chair_and_speakers_are_private_persons(found):
    names = _values(found, HEARING, "PERSON")
    assert {"표태식", "감춘자"} <= set(names), names
    health = " ".join(_values(found, HEARING, "HEALTH_INFO"))
    assert "허리디스크" in health and "루게릭병" in health, health


def test_an_official_called_as_a_witness_stays_visible_a_private_one_does_not(found):
    names = _values(found, WITNESSES, "PERSON")
    assert "김명자" not in names, names
    assert {"이태식", "류정미"} <= set(names), names


@pytest.mark.parametrize("text", [
    "수신  노원구의회 의장\n(경유)\n제목  서면질문에 대한 답변",
    "▣ 장소: 마포구청 기획상황실(마포구 월드컵로 212)\n▣ 주최: 마포구의회 운영위원회",
])
def test_a_districts_name_is_a_place(found, text):
    assert _values(found, text, "PERSON") == [], found(text)


def test_a_deliberation_committee_is_not_a_council_its_outside_members_stay_private(found):
    """심의회 holds 의회 and a city paper may mention the 시의회: neither is a council's paper."""
    text = ("제목: 공유재산심의회 심의 회의록(2차)\n  ○ 2025. 12. 24. : 시의회 업무 보고\n"
            "3. 주요 발언 요지\n  ○ 서유진 위원: 원안대로 의결하되 부대의견을 첨부하는 것이 적절함\n")
    assert "서유진" in _values(found, text, "PERSON")


def test_a_reference_person_and_a_shops_manager_are_persons(found):
    text = ("사공은지 위원장> 참고인으로 국민대학교 도시공학과 맹현우 교수님을 모셨습니다.\n"
            "맹현우 참고인> 맹현우입니다. 외국 사례를 보면 주민 협의 기간을 6개월 이상 둡니다.\n"
            "영업장 관리인 배서연은 현장 확인에 입회하였음.\n")
    assert {"맹현우", "배서연"} <= set(_values(found, text, "PERSON")), found(text)
