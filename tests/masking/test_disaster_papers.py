"""A district's disaster papers (family disaster_relief, measured blind first): ordinary
nouns before 세대 or inside a role's cell are no names (임차 세대, | 보호자 동반 |, 임차인
제외; 반지하 세대 still is: Kiwi reads 반+지하, and 반 alone could be a name's letter), and a flooded home given under a place or site key with its flat is a home
(피해 장소(주택): … B01호, 주택 소재지: … 402호)."""
import pytest


@pytest.mark.parametrize("text", [
    "○ 주택을 소유한 세대와 임차 세대를 구분하여 조사함.\n",
    "| 1 | 김말순 | 영등포구 대림로 201, B01 | 보호자 동반 | 없음 |\n",
    "| 1 | 독고림 | 010.4638.3791 | 임차인 제외 | 기각 |\n",
    "다. 인경호(소유/임차 임차(전세), 주택 소재지 서울 영등포구 신길로 12, B02호)\n",
])
def test_ordinary_words_in_disaster_papers_are_no_names(found, text):
    values = [v for v, l in found(text) if l == "PERSON"]
    assert not set(values) & {"임차", "반지하", "동반", "제외"}, values


@pytest.mark.parametrize("text, address", [
    ("피해 장소(주택): 서울 관악구 문성로 87-18, B01호 (봉천동)\n휴대전화 : 010-9740-1234",
     "서울 관악구 문성로 87-18, B01호"),
    ("○ 신청인：심소영; 주택 소재지: 강남구 삼성로 24, 402호; 피해: 침수", "강남구 삼성로 24, 402호"),
])
def test_a_flooded_home_under_a_place_key_is_a_home(found, text, address):
    assert any(address in v and l == "ADDRESS" for v, l in found(text)), found(text)


def test_a_sites_address_with_a_floor_stays_visible(found):
    assert [v for v, l in found("공공주택 사업 소재지: 강남구 삼성로 24, 4층\n") if l == "ADDRESS"] == []


def test_a_given_name_in_a_list_with_personal_details_is_still_a_name(found):
    text = "  ○ 참가자 이슬(40대, 010-3075-7033): \"대기 시간이 길었다\"\n  ○ 지진(주민): 의견 없음\n"
    names = [v for v, l in found(text) if l == "PERSON"]
    assert "이슬" in names and "지진" in names, names


@pytest.mark.parametrize("text, condition", [
    ("0327\t독산동 거주 노준호님(64세, 지체장애) 구조하여 한림대병원 이송", "지체장애"),
    ("12:03 - 개포동 거주 도상훈 씨(90세, 산소치료 중) 구조하여 고려대병원 이송", "산소치료"),
    ("○ 15:00 문세영(여 91) ※심장질환\n○ 15:20 금정란(남 62)", "심장질환"),
    ("- 10:10 지태희(남 78) / 특이: 치매 있어 보건소 연계", "치매"),
    ("세대원  1명 (경경숙, 부, 심장질환(스텐트 시술))", "심장질환"),
])
def test_a_condition_in_the_bracket_or_note_after_a_persons_name(found, text, condition):
    assert any(condition in v and l == "HEALTH_INFO" for v, l in found(text)), found(text)


def test_a_public_facilitys_note_is_no_ones_health(found):
    assert [v for v, l in found("대피소 운영(2024. 7. 1., 장애인 편의시설 점검)\n") if l == "HEALTH_INFO"] == []
