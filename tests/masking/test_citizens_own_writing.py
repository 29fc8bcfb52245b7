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


@pytest.mark.parametrize("text,address", [
    ("구청장님 저 신림동 1432-7번지 반지하 사는 맹순옥이에요", "신림동 1432-7번지 반지하"),
    ("저는  도봉구 우이천로8길 46-16살아요.", "도봉구 우이천로8길 46-16"),
    ("길음동 250-55번지 3층에 사는 주민입니다", "길음동 250-55번지 3층"),
    ("서울 송파 문정동 잠실엘스 125-508 거주중인데요,", "서울 송파 문정동 잠실엘스 125-508"),
    ("민원인 주소 ▶ 길음동 395-49번지 2층", "길음동 395-49번지 2층"),
])
def test_a_home_as_people_write_it_themselves(text, address, layer1):
    assert (address, "ADDRESS") in _found(layer1, text)


@pytest.mark.parametrize("text", ["토지 소재지 식사동 472 대 2,094㎡", "구청 앞 도로(신림동 12-3) 공사 안내",
                                  "긴꼬리투구새우가 2004년부터 살고 있는 논"])
def test_a_lot_without_anyone_living_there_stays_visible(text, layer1):
    assert not any(label == "ADDRESS" for _, label in _found(layer1, text))


def test_a_flat_under_an_address_key_or_column(layer1):
    text = ("    성명 : 김말순\n    거주지 : 401호\n    전화 : 010-2119-5212\n\n"
            "No\t이름\t사는 곳(동·호)\t전화\n1\t모순자\t1902호\t010-5610-6303\n2\t최민서\t석관동 960-44번지 2층\t010-1166-5487\n")
    found = _found(layer1, text)
    assert {("401호", "ADDRESS"), ("1902호", "ADDRESS"), ("석관동 960-44번지 2층", "ADDRESS")} <= found


def test_a_call_record_with_arrows_names_its_caller(layer1):
    text = "상담일시 ▶ 2025-12-27 19:25\n고객명 ▶ 채진\n연락처 ▶ 010 8610 3741\n"
    found = _found(layer1, text)
    assert ("채진", "PERSON") in found and not any(v == "고객명" for v, _ in found)


def test_a_key_made_of_a_word_and_a_day_is_no_name(layer1):
    text = "- 등기명의인: 시혁철 (사망일 2002-11-06)\n최종주소지: 경상남도 김해시 중앙대로 25"
    found = _found(layer1, text)
    assert ("시혁철", "PERSON") in found
    assert not any(v == "사망일" or label == "BIRTH_DATE" for v, label in found)


def test_a_board_listing_masks_the_writers_not_the_titles_dates_or_nicknames(layer1):
    text = ("No. | 글제목 | 글쓴이 | 작성일 | 답변\n"
            "3719 | 정승연 주무관님 칭찬합니다 | 부이 반 훙 | 2025-02-07 | 답변완료\n"
            "3716 | 골목 주차 문제 건의 | 음기범 | 2025-01-25 | 환경과\n"
            "3715 | 밤길이 너무 어두워요 | 퇴근하고싶다 | 2025.08.31 | 도로과\n")
    found = _found(layer1, text)
    assert {("부이 반 훙", "PERSON"), ("음기범", "PERSON")} <= found
    assert not any(label == "BIRTH_DATE" for _, label in found), "작성일 is the day of the post"
    assert not any("칭찬합니다" in v or v == "퇴근하고싶다" for v, _ in found)


def test_a_roster_one_person_a_line_masks_the_names(layer1):
    text = ("□ 개요\n  - 근거 : 「관악구 자원봉사활동 지원 조례」 제9조\n  - 협력기관 : 관악구자원봉사센터\n\n"
            "- 송채원 : 학교 관악고등학교 / 학년 3학년 / 활동내용 방역 지원 / 인증시간 109h\n"
            "- 국보열 (학교 관악초등학교 · 학년 2학년 · 활동내용 방역 지원 · 인증시간 436시간)\n"
            "- 예 준 서 (학교 관악고등학교 · 학년 1학년 · 활동내용 어르신 이동 지원 · 122시간)\n"
            "○ 쩐 반 남 : -, -, 활동내용 연탄 배달, 인증시간 276시간\n")
    found = _found(layer1, text)
    assert {("송채원", "PERSON"), ("국보열", "PERSON"), ("예 준 서", "PERSON"), ("쩐 반 남", "PERSON")} <= found
    assert not any(v in ("근거", "협력기관") for v, _ in found)


@pytest.mark.parametrize("text", [
    "  ○ 사 건: 2025가소76025 임금\n  ○ 원 고: 개인\n  ○ 피 고: 서울특별시 강서구\n  ○ 소 가: ₩134,500,000\n",
    "○ 기탁처: 우리가스(주), 473-73-17521\n○ 기탁처: (주)다온물산, 사업자등록번호: 325-9\n○ 기탁처: (주)대한에너지, 297-97\n",
    "- 사공란훈 (소속 팀장, 지급제외)\n- 최희비 (소속 과장, 지급제외)\n- 한지민 (소속 주무관, 지급제외)\n",
])
def test_a_list_of_keys_companies_or_officials_is_no_roster(text, layer1):
    assert not any(label == "PERSON" for _, label in _found(layer1, text))


def test_a_board_listing_with_the_handling_office_is_no_table_of_officials(layer1):
    text = ("순번 | 제목 | 신청인 | 접수일 | 담당부서\n"
            "5034 | 길고양이 급식소 관련 민원? | 김현 | 2026-04-03 | 답변완료\n"
            "5033 | 남건우 주무관님 칭찬합니다 | 마리아 산토스 | 2026.03.25 | 접수\n")
    found = _found(layer1, text)
    assert {("김현", "PERSON"), ("마리아 산토스", "PERSON")} <= found


def test_a_list_whose_columns_are_named_after_a_key(layer1):
    text = ("2. 송달받을 자\n※ 항목: 연번 / 수신인 / 주소 / 반송 사유\n"
            "- 1 / 손숙기 / 경상북도 의성군 봉양면 도리원리 728 / 주소 불명\n"
            "- 2 / 주식회사 대성산업 / 인천광역시 연수구 컨벤시아대로 112 / 폐문부재(3회)\n"
            "- 3 / 박OO / 경기도 파주시 월롱면 덕은리 12 / 이사불명\n")
    found = _found(layer1, text)
    assert {("손숙기", "PERSON"), ("경상북도 의성군 봉양면 도리원리 728", "ADDRESS")} <= found
    assert not any(v in ("인천광역시 연수구 컨벤시아대로 112", "박OO", "주식회사 대성산업") for v, _ in found)


def test_a_public_body_as_an_owner_is_no_name(layer1):
    text = ("│ 연번 │ 소재지 │ 지번 │ 소유자 │ 소유자 주소 │\n"
            "│ 1 │ 노원구 하계동 │ 870 │ 서울특별시 │ 서울특별시 중구 세종대로 110 │\n"
            "│ 2 │ 노원구 하계동 │ 95 │ 엄율준 │ 서울특별시 도봉구 창동 102-31 │\n")
    found = _found(layer1, text)
    assert ("엄율준", "PERSON") in found and not any(v == "서울특별시" for v, _ in found)


@pytest.mark.parametrize("plate", ["서울광진 바 4418", "서울중구 아 2207"])
def test_a_two_wheelers_plate_with_its_district_written_together(plate, layer1):
    assert (plate, "VEHICLE_PLATE") in _found(layer1, f"본인 오토바이({plate}) 단속 시각 확인")


def test_a_key_spread_over_its_box_and_a_name_typed_apart(layer1):
    text = "1. 대상자\n   성    명: 마 광 식\n   주민등록번호: 670919-1******\n"
    assert ("마 광 식", "PERSON") in _found(layer1, text)


@pytest.mark.parametrize("text,name", [("저는 전농동에 사는 여 승 민이라고 합니다.", "여 승 민"),
                                       ("- 빈 옥 순 할머니: 기초생활수급자.", "빈 옥 순")])
def test_a_name_typed_a_syllable_apart_and_introduced(text, name, layer1):
    assert (name, "PERSON") in _found(layer1, text)


@pytest.mark.parametrize("text", ["사 업 계 획 안내", "주 민 등 록 안내", "홍보물 배 포 예정입니다"])
def test_words_typed_a_syllable_apart_are_no_name(text, layer1):
    assert not any(label == "PERSON" for _, label in _found(layer1, text))


def test_symptoms_of_a_named_person_are_health(layer1):
    text = "○ 환자 이로운(3학년)은 구토, 설사 증상으로 입원하였다.\n○ 황보 현 씨는 4. 3. 발열과 기침이 시작되었다."
    found = {v for v, label in _found(layer1, text) if label == "HEALTH_INFO"}
    assert any("구토" in v for v in found) and any("발열" in v for v in found)


@pytest.mark.parametrize("text,name", [
    ("hello I am Nguyen Thi Lan, Korean class for mom have?", "Nguyen Thi Lan"),
    ("Hi, my name is Sarah O'Connor and I live in Mapo.", "Sarah O'Connor"),
    ("이번에 위촉된 Marguerite Dubois(프랑스) 씨는 2014년부터 봉사했다.", "Marguerite Dubois"),
    ("□ 청원인 대표 : 洪在錫(홍재석)", "洪在錫"),
])
def test_a_foreign_writer_names_themselves(text, name, layer1):
    assert (name, "PERSON") in _found(layer1, text)


@pytest.mark.parametrize("text", ["This is Seoul City Hall calling.", "I am Korean.", "My name is on the list."])
def test_english_phrases_without_a_name_stay_visible(text, layer1):
    assert not any(label == "PERSON" for _, label in _found(layer1, text))


def test_a_building_permit_list_masks_private_owners_not_companies_or_public_bodies(layer1):
    text = ("연번  허가번호       건축주             대지위치        용도\n"
            "1     2025-신축-630  천상서             월계동 850      제2종 근린생활시설\n"
            "2     2025-신축-422  유한회사 정림산업  월계동 산46-24  창고시설\n"
            "3     2025-증축-395  은평구 도시관리공단  불광동 321    제2종 근린생활시설\n")
    found = _found(layer1, text)
    assert ("천상서", "PERSON") in found
    assert not any("정림산업" in v or "공단" in v for v, _ in found)


def test_a_place_in_front_of_a_number_is_no_home(layer1):
    text = "- 2025. 9. 20. 20:12 한글비석로13길 87 앞 이면도로에서 견인된 차량(경기수원 자 4953) 소유자 확인"
    assert not any(label == "ADDRESS" for _, label in _found(layer1, text))


def test_an_exported_chat_masks_its_people_not_the_office_or_nicknames(layer1):
    text = ("[성북구청] [오전 8:21] 안녕하세요 성북구청입니다\n[리나 페트로바] [오전 8:23] 안녕하세여\n"
            "[어수아] [오후 7:34] 문정법조단지 버스정류장\n[봄날은간다] [오후 6:17] 민원 접수 부탁드려요\n"
            "[부 명자] [오후 12:36] 연락 기다릴게요\n")
    found = _found(layer1, text)
    assert {("리나 페트로바", "PERSON"), ("어수아", "PERSON"), ("부 명자", "PERSON")} <= found
    assert not any(v in ("성북구청", "봄날은간다") for v, _ in found)


def test_a_record_numbered_in_brackets_is_read_key_by_key(layer1):
    text = "[2] 연번: 2, 성명: 宋德美, 주소: 대전 유성구 봉명동 99-34, 반송 사유: 수취인 불명\n"
    assert ("宋德美", "PERSON") in _found(layer1, text)


def test_a_vehicles_owner_is_a_person(layer1):
    text = "견인된 차량(199무6931)의 차주 백하은이 보관소에서 차량 인수 시 사이드미러 파손을 주장함."
    assert ("백하은", "PERSON") in _found(layer1, text)


def test_health_in_a_record_that_gives_a_mobile_number(layer1):
    text = ("  나. 접촉자\n     - 구분: 동거인\n     - 전화번호: 010-7751-7180\n     - 검사결과: HAV IgG 양성\n"
            "     - 관리: 증상 모니터링 50일\n")
    found = _found(layer1, text)
    assert ("HAV IgG 양성", "HEALTH_INFO") in found
    assert not any(v.startswith("증상 모니터링") for v, _ in found)


def test_a_service_requested_is_no_condition(layer1):
    text = "성명 : 김말순\n연락처 : 010-2222-3333\n요청서비스 : 일시재가(요양보호사 방문)\n"
    assert not any(label == "HEALTH_INFO" for _, label in _found(layer1, text))
