"""Kinds of writing layer 1 learned from the second five tuning families (counselling
records, field checklists, foreign residents' mail, legal affairs, welfare case notes;
corpus_families/README.md): a role in a table's key cell and the name in the value
cell, a name's other writing in brackets, a shop's representative, roles of private
helpers and relatives, and the dictionary words that look like names. The texts are
written for the test, not copied from a family."""
import pytest

from masking import Layer1, morphology


@pytest.fixture(scope="module")
def layer1():
    return Layer1.from_rules()


def found(layer1, text, label="PERSON"):
    return {text[d.start:d.end] for d in layer1.detect(text) if d.label == label}


@pytest.mark.parametrize("text", [
    "| 항목 | 내용 |\n|---|---|\n| 청구인 | 마정란 |\n| 접수일 | 2026. 3. 2. |\n",
    "┌────────┬────────┐\n│ 신청인 │ 조 도윤 │\n├────────┼────────┤\n│ 접수일 │ 2026. 3. 2. │\n└────────┴────────┘\n",
    "┃ 민원인 ┃ 금지훈요.\n┃ 주무관 ┃ 확인되었습니다.\n",
])
def test_a_role_in_the_key_cell_marks_the_value_cell_as_a_name(layer1, text):
    assert found(layer1, text) & {"마정란", "조 도윤", "금지훈"}


def test_a_name_that_fills_a_cell_keeps_its_last_syllable(layer1):
    text = "| 관계 | 성명 |\n| 손녀 | 사공가은 |\n| 아들 | 조기철 |\n"
    assert {"사공가은", "조기철"} <= found(layer1, text)


@pytest.mark.parametrize("text", [
    "│ 번호 │ 대상자 │ 나이 │ 주소 │\n│ 1 │ 표말순 │ 81 │ 노원구 │\n",      # a header row
    "│ 연번 │ 이용자 │ 장애정도 │\n│ 1 │ 홍 길 │ 심한 │\n",
    "│ 민원인 │ 동작구 ○○동 일대에 살아요.\n",                                # a spoken answer
])
def test_a_role_inside_a_header_row_or_before_a_sentence_is_no_key(layer1, text):
    assert not found(layer1, text) & {"나이", "장애정", "장애정도", "동작구"}


def test_a_name_in_another_script_in_brackets_is_the_same_person(layer1):
    text = ("민원인 송기철(宋基哲)은 경로당 회장이다.\n"
            "현장대리인 수닐 쿠마르(SUNIL KUMAR) (010-9746-8601) 입회\n")
    got = found(layer1, text)
    assert {"송기철", "宋基哲", "SUNIL KUMAR"} <= got


def test_a_shops_representative_is_a_person_a_companys_is_in_role(layer1):
    shop = "10:45 현장 도착, 대표자 최덕배 입회\n  * 상호 청춘당구장\n  * 업종 당구장업\n"
    company = "시공자 동명토건(주) 대표자 김영수 (사업자등록번호 230-27-29176)\n"
    assert "최덕배" in found(layer1, shop)
    assert "김영수" not in found(layer1, company)


@pytest.mark.parametrize("text, name", [
    ("상담 시작합니다. (통역 황보다은 동석)", "황보다은"),
    ("변경 내용: 활동지원사 오기철 → 마정순", "오기철"),
    ("다. 조정위원 안해솔 입회하에 양측 의견을 들음.", "안해솔"),
    ("소송대리인 법무법인 한결 담당변호사 제재철", "제재철"),
    ("- 부인 방영희는 일용직 근로 중이나 소득이 일정하지 않음.", "방영희"),
])
def test_private_helpers_lawyers_and_relatives_are_persons(layer1, text, name):
    assert name in found(layer1, text)


@pytest.mark.parametrize("word", ["상담원", "소재지", "생년월일", "지원금", "위반자"])
def test_a_dictionary_noun_is_never_a_name(layer1, word):
    assert morphology.dictionary_word(word)
    text = f"담당: {word} 오세훈\n{word}: 저희 어머니 일로 왔어요.\n| {word} | 010-1234-5678 |\n"
    assert word not in found(layer1, text)


@pytest.mark.parametrize("name", ["강하준", "오복례", "금지훈", "김민지"])
def test_a_name_is_no_dictionary_noun(name):
    assert not morphology.dictionary_word(name)


def test_status_words_after_a_role_are_not_names(layer1):
    text = "서울12가3456 보도 주차 - 운전자: 부재 → 과태료 부과\n조치: 통역 자원봉사자 연계, 2026. 1. 5.\n"
    assert not found(layer1, text) & {"부재", "연계"}


def test_a_strong_role_keeps_a_name_that_is_also_a_dictionary_word(layer1):
    # 이재민 (a disaster victim) and 이민자 (an immigrant) are also given names: a strong
    # role right before and the name ending there still make it a name
    assert "이재민" in found(layer1, "민원인 이재민은 2026. 3. 2. 방문하였다.")
    assert "이재민" in found(layer1, "| 신청인 | 이재민 |\n| 접수일 | 2026. 3. 2. |\n")


def test_a_dictionary_word_after_a_role_that_goes_on_is_no_name(layer1):
    text = ("□ 참고\n - 주민 서명부(정비 요청) 1부\n"
            "순번  대상자  장학금(원)  소속학교\n"
            "보호자(대상자)\t생년월일\t보호자\t지급액\t주소\n")
    assert not found(layer1, text) & {"서명부", "장학금", "지급액"}


@pytest.mark.parametrize("text, name", [
    ("To: Dang, Van Hieu <hdang35@mail.example>\nSubject: licence", "Dang, Van Hieu"),
    ("Hello Hieu,\n\nWe have received your request.", "Hieu"),
    ("Thank you for your help.\nThanks,\nAziz Rakhimov\n", "Aziz Rakhimov"),
    ("▶ Liu, Yang (China) - school enrolment support", "Liu, Yang"),
    ("On 3 May at about 18:40, Lestari, Dewi (Indonesia, age 34) fell on the stairs.", "Lestari, Dewi"),
    ("Dear Ms. Tsoi,\n\nThank you for contacting us.", "Ms. Tsoi"),
    ("    3) 수트리스노(SUTRISNO), 인도네시아, 주소 서울특별시 광진구", "수트리스노"),
    ("    2) 쩐 반 뚜언(TRAN Van Tuan), 베트남", "TRAN Van Tuan"),
])
def test_names_in_foreign_residents_mail(layer1, text, name):
    assert name in found(layer1, text)


@pytest.mark.parametrize("text", [
    "Dear Sir,\n\nPlease find attached the notice.",
    "Hello everyone,\nThe class starts at 10.",
    "Kind regards,\nKim Soonja\nFamily Support Team, Guro-gu Office\n",
    "To: Director, Foreign Residents Support Division\n",
    "서울특별시(Seoul)와 글로벌센터(Global Center)가 함께 운영한다.",
])
def test_officials_words_of_address_and_places_in_english_stay(layer1, text):
    assert not found(layer1, text)


@pytest.mark.parametrize("text, address", [
    ("Liu Yang - unpaid wages; lives at Room 857, 73-30 Donggyo-ro 17-gil, Mapo-gu; referred on",
     "Room 857, 73-30 Donggyo-ro 17-gil, Mapo-gu"),
    ("Address: 102-405, e-Pyeonhansesang Apartments, 159 Nohae-ro, Nowon-gu",
     "102-405, e-Pyeonhansesang Apartments, 159 Nohae-ro, Nowon-gu"),
    ("Please send it to 56 Gwanak-ro 37-gil, Unit B01, Gwanak-gu, Seoul", "56 Gwanak-ro 37-gil, Unit B01, Gwanak-gu, Seoul"),
])
def test_a_korean_address_in_latin_letters_is_an_address(layer1, text, address):
    assert any(address in v for v in found(layer1, text, "ADDRESS"))


@pytest.mark.parametrize("text", [
    "Venue: Seoul Global Center, 38 Jong-ro, Jongno-gu, Seoul",
    "Guro-gu Office, 245 Gamasan-ro, Guro-gu, Seoul",
])
def test_an_offices_address_in_latin_letters_stays(layer1, text):
    assert not found(layer1, text, "ADDRESS")


def test_english_words_do_not_judge_a_korean_address(layer1):
    text = "▶ O'CONNOR Sarah (Ireland) - school enrolment; lives at 광진구 자양로 173, B01호; referred"
    assert "광진구 자양로 173, B01호" in found(layer1, text, "ADDRESS")


@pytest.mark.parametrize("text, condition", [
    ("민원인: 다만 그 무렵 제가 우울증 약을 먹고 있어요.", "우울증"),
    ("│ 주민 │ 저는 천식이 심해서 곰팡이 냄새만 맡아도 기침이 나요.", "천식"),
    ("| 피해 내용 | 주택 전파 |\n| 인명 피해 | 찰과상 및 타박상 |\n", "찰과상 및 타박상"),
    ("  특이사항\t뇌출혈\n  생활지원사\t엄가은\n", "뇌출혈"),
    ("Hello,\nMy wife was hospitalised with pneumonia last week.", "pneumonia"),
])
def test_a_condition_a_person_speaks_of_or_a_report_key_names(layer1, text, condition):
    assert any(condition in v for v in found(layer1, text, "HEALTH_INFO"))


@pytest.mark.parametrize("text", [
    "○ 피해: 주택 반파(인명 피해 없음), 부상자 홍*동(54세)는 부상 없음.",
    "| 피해 내용 | 주택 반파 |\n| 인명 피해 | 없음 |\n",
    "저희 구는 치매 예방 사업을 확대합니다.",
])
def test_no_condition_where_there_is_none_or_it_is_policy(layer1, text):
    assert not found(layer1, text, "HEALTH_INFO")


def test_external_members_in_english_minutes_are_persons_officials_are_not(layer1):
    text = ("Chair: Director Byun Sang-woo (Dongjak Global Village Center)\n"
            "Attendees: Officer Yoon Yun-a, Ramesh Thapa (external member, Nepal community representative), "
            "Huong Thi Le (external member, Viet Nam community representative)\n")
    got = found(layer1, text)
    assert {"Ramesh Thapa", "Huong Thi Le"} <= got
    assert not any(v.startswith(("Officer", "Director")) or "Byun" in v for v in got)


@pytest.mark.parametrize("text, address", [
    ("진술인: 생년월일은 1979. 8. 30.이고, 집은 마포구 성미산로 17길 33, 202호입니다.", "마포구 성미산로 17길 33, 202호"),
    ("○ 하경미 : 저는 바로 옆 영등포구 도림로 139-14 사는 사람인데요.", "영등포구 도림로 139-14"),
])
def test_a_home_said_in_speech_is_an_address(layer1, text, address):
    assert any(address in v for v in found(layer1, text, "ADDRESS"))


@pytest.mark.parametrize("text, name", [
    ("- 위반 일시 - 2026. 3. 2.\n- 과태료 부과 대상자 - 남궁민수\n- 생년월일 - 1997. 11. 3.", "남궁민수"),
    ("- 과태료 부과 대상자 - 응우옌 반 안\n- 생년월일 - 1997. 11. 3.", "응우옌 반 안"),
    ("상담원\t드림스타트 팀장 윤태식\n대상 아동\t안하은 (2015.06.22., ○○중학교)\n", "안하은"),
    ("· 변경 내용 : 활동지원사 오기철 → 마정순\n", "마정순"),
    ("■ 성명 : 아지즈 카리모프 (Aziz Karimov)\n○ 상담관 황인성 : 아지즈 씨, 어떤 일로 오셨어요?", "아지즈"),
])
def test_dash_keys_value_cells_changes_and_forms_of_address(layer1, text, name):
    assert name in found(layer1, text)


def test_a_speakers_words_after_a_dash_are_no_name(layer1):
    text = "[14:02] 신청인 — 여보세요, 정릉동인데요.\n[12:46] 신청인 — 제 차가 견인됐어요.\n"
    assert not found(layer1, text) & {"여보세", "제 차가"}


@pytest.mark.parametrize("text, phone", [
    ("연락처     : 010/8823/1146 (러시아어)", "010/8823/1146"),
    ("어머니와 통화(010·9120·3385). 식당 야간 일", "010·9120·3385"),
    ("연락처: 010)-3318-6871\n통역: 안명자", "010)-3318-6871"),
    ("휴대폰은 바꿨고 집 전화는 02-213-3239예요.", "02-213-3239"),
])
def test_phones_written_the_odd_ways_people_write_them(layer1, text, phone):
    assert phone in found(layer1, text, "PHONE")


def test_an_office_switchboard_is_its_exchange_not_its_first_digits(layer1):
    ex = layer1.exempt
    assert ex.office_phone("02-2133-7000") and ex.office_phone("(02)2133-1234") and ex.office_phone("02-120")
    assert not ex.office_phone("02-213-3239") and not ex.office_phone("02-7312-1234")


@pytest.mark.parametrize("text, address", [
    ("  ○ 대상: 육예린 (여, 59세) / 영등포구 대림동 428-30 B102호\n", "영등포구 대림동 428-30 B102호"),
    ("수신  장말순님 귀하\n      (서울특별시 노원구 공릉로 89)\n(경유)\n", "서울특별시 노원구 공릉로 89"),
    ("거주 서판수는 위층 2102호(서소율)의 야간 소음을 호소함.", "2102호"),
    ("■ 상대 세대 : 1601호 (성막례)\n", "1601호"),
    ("1203호 주민: 윗집이 밤마다 운동기구를 돌려요.", "1203호"),
])
def test_homes_of_letters_lines_and_neighbours(layer1, text, address):
    assert address in found(layer1, text, "ADDRESS")


@pytest.mark.parametrize("text", [
    "상호: 행복마트 / 영등포구 대림동 428-30 101호 / 대표번호 02-123-4567",
    "장소: 구민회관 301호 회의실",
    "제3회의실(301호)에서 개최",
])
def test_a_shops_unit_and_a_meeting_room_stay(layer1, text):
    assert not found(layer1, text, "ADDRESS")


@pytest.mark.parametrize("text, date", [
    ("민원인 — 저희 아버지 일로 왔어요. 서문예린이요. 1951.07.19.생이세요.", "1951.07.19."),
    ("| 대상자 | 서문예린(1951. 7. 19.) |\n| 보호자(관계) | 정현숙(딸) |\n", "1951. 7. 19."),
    ("· 대상 아동: 황보경숙 (2019.04.09., 관내 초등학교)\n", "2019.04.09."),
    ("담당자 — 생년월일 확인 부탁드립니다.\n[11:34] 신청인 — 1966.01.24.입니다.\n", "1966.01.24."),
])
def test_birth_dates_said_or_bracketed_after_a_name(layer1, text, date):
    assert any(date in v for v in found(layer1, text, "BIRTH_DATE"))


@pytest.mark.parametrize("text", [
    "2024.1.1. 생활폐기물 수거 일정 변경",
    "접수일은 2026.1.5.입니다. 처리 기한은 2026.1.19.입니다.",
    "민원인 홍길동(2026. 3. 2. 접수)의 요청에 따라",
])
def test_other_dates_are_no_birth_dates(layer1, text):
    assert not found(layer1, text, "BIRTH_DATE")


@pytest.mark.parametrize("text, word", [
    ("1\t2025-09-14 10:02\t010-6185-9660\t다문화가족 방문상담\t이관\n", "이관"),
    ("천천히 말씀해 주세요. 지금 거주하시는 주소가 어떻게 되세요?", "지금"),
    ("서울특별시 송파구 귀하에게 지급할 금원을 아래와 같이 공탁합니다.", "송파구"),
    ("봉천제3동 사례회의 결과 보고\n", "봉천제"),
    ("민원인 : 제가 세 들어 사는 집이 서울시에 있어요.", "제가"),
    ("│ 지원종류       │ 생계지원  │\n│ 지원금액       │ 1,910,000원 │\n│ 휴대전화 │ 010-1234-5678 │\n", "지원종류"),
    ("위원장), 맞춤형복지팀장 홍광수, 사례관리자 호경숙, 복지플래너 구봉수, 지역", "호경숙"),
])
def test_places_status_words_pronouns_headers_and_welfare_officials_stay(layer1, text, word):
    assert word not in found(layer1, text)


def test_the_person_an_official_speaks_of_is_still_a_person(layer1):
    text = "  - 사례관리자 호소율: 두은정(67세), 심한 장애(자폐성) 등록 장애인으로 홀로 생활하고 있다."
    got = found(layer1, text)
    assert "두은정" in got and "호소율" not in got


@pytest.mark.parametrize("text, condition", [
    ("○ 송가온 : 북에 남은 가족 때문에 잠을 못 자요. 우울증 약을 먹고 있어요.", "우울증"),
    ("[13:25] 민원인 — 그래서 허리 디스크로 입원했다가 지난달에 퇴원했어요.", "허리 디스크"),
    ("- 납세자 김막례은(는) 유방암 3기 치료와 폐업으로 체납액이 늘었다.", "유방암"),
])
def test_a_condition_in_a_private_speakers_turn_or_after_a_template_particle(layer1, text, condition):
    assert any(condition in v for v in found(layer1, text, "HEALTH_INFO"))


def test_an_officials_turn_about_care_in_general_is_no_condition(layer1):
    text = "민원인: 어머니 모시기가 너무 힘들어요.\n상담원: 장기요양 등급 신청은 국민건강보험공단에서 하시고요, 결과 나오기 전에"
    assert not any("장기요양 등급 신청" in v for v in found(layer1, text, "HEALTH_INFO"))


def test_a_name_is_found_again_spaced_and_after_a_bracketed_key(layer1):
    text = ("| 민원인(선우현숙) | 선우 현숙이요. |\n| 상담사(황인성) | 확인됐습니다. |\n"
            "[원고] 진결서\n[피고] 서울특별시 강서구\n")
    got = found(layer1, text)
    assert {"선우현숙", "선우 현숙", "진결서"} <= got


def test_the_addressee_above_a_home_address_is_a_person_an_office_is_not(layer1):
    letter = "Seoul Global Center\n4 July 2026\n\nNGUYEN Thi Lan\nand Wi Dong-hee\n구로구 디지털로 2, 479호 거주\n\nDear Ms. Nguyen,"
    got = found(layer1, letter)
    assert {"NGUYEN Thi Lan", "Wi Dong-hee"} <= got
    office = "Seoul Global Center\nForeign Residents Support Team\n서울특별시 종로구 종로 38, 9층 (서울글로벌센터 청사)\n"
    assert not found(layer1, office)


@pytest.mark.parametrize("text, word", [
    ("사건  2025가합8502 손해배상(기)\n원 고  어규수 (540325-2******)\n", "원 고"),
    ("│ 주 소     │ 서울 양천구 목동로 12 │\n│ 연 락 처 │ 자택 02-955-3012 │\n", "연 락 처"),
    ("※ 사업 부지 발표 전 보상 대상자 정보로, 공개 시 투기 등 부당한 이익", "정보로"),
    ("| 4 | 푸른환경(주) | 법인 | 1,770,000 |\n", "푸른환경"),
])
def test_spelt_out_keys_nouns_with_endings_and_companies_are_no_names(layer1, text, word):
    assert word not in found(layer1, text)


@pytest.mark.parametrize("text, account", [
    ("입금계좌 (Bank account)\tKakaoBank 3333-24-4410820\n", "3333-24-4410820"),
    ("│ 지급계좌       │ KB국민 805-713-153645                   │\n", "805-713-153645"),
])
def test_accounts_after_english_and_combined_bank_names(layer1, text, account):
    assert account in found(layer1, text, "BANK_ACCOUNT")


def test_names_kiwi_cuts_into_nouns_stay_names(layer1):
    text = "| 항목 | 내용 |\n|---|---|\n| 성명 | 강영철 |\n| 주민등록번호 | 730610-1428115 |\n"
    assert "강영철" in found(layer1, text)
    assert found(layer1, "  생활지원사 - 구미란\n\n○ 생활지원사 1인당 담당 인원은 16명 이내") == {"구미란"}


def test_handovers_subjects_of_conditions_and_compact_birth_dates(layer1):
    table = ("| 이용자 | 장애 | 구간 | 활동지원사 | 사유 |\n|---|---|---|---|---|\n"
             "| 신찬 | 심한 장애(신장) | 8구간 → 7구간 | 오복례 → 강하준 | 활동지원사 사정 |\n")
    assert {"오복례", "강하준"} <= found(layer1, table)
    note = "- 방영희는 지난달 뇌출혈로 쓰러진 후 와상 상태가 남아 거동이 불편함.\n"
    assert "방영희" in found(layer1, note)
    assert "당진군" not in found(layer1, "고종32년(1895)에는 당진군이 되어 군내 치료소를 두었다.")
    record = "수급자: 심채원\n생년월일 : 19360306\n주소: 서울특별시 영등포구 대림로 3\n"
    assert "19360306" in found(layer1, record, "BIRTH_DATE")


def test_a_daycare_head_and_staff_are_persons_a_public_bodys_head_is_not(layer1):
    daycare = ("▶ 시설명 : 국공립 햇님어린이집\n▶ 원장 : 반말자\n"
               "- 11:30 보육교사 어춘말은 투약의뢰서를 날짜별로 정리하고 있었음\n- 11:40 원아 경례(5세반) 기록 확인\n")
    assert {"반말자", "어춘말", "경례"} <= found(layer1, daycare)
    public = "서울시 보건환경연구원 원장 김영수는 검사 결과를 발표하였다."
    assert "김영수" not in found(layer1, public)


def test_lists_of_accused_and_letters_addressed_by_name(layer1):
    table = ("| 번호 | 피고발인(위반자) | 죄명 | 처분청 | 사건번호 | 처분결과 |\n|---|---|---|---|---|---|\n"
             "| 1 | 진옥솔 | 식품위생법 위반 | 서울남부지방검찰청 | 2024형제33947호 | 혐의없음 |\n"
             "| 2 | 위종율 외 1 | 공무집행방해 | 은평경찰서 | 2025형제5176호 | 불송치 |\n")
    got = found(layer1, table)
    assert {"진옥솔", "위종율"} <= got
    letter = "보상금 공탁 통지\n\n명채규 귀하\n(노원구 노원로 108)\n\n1. 귀하에게 지급할 보상금을 공탁하였음을 알립니다."
    assert "노원구 노원로 108" in found(layer1, letter, "ADDRESS")


def test_subjects_of_conditions_helpers_columns_and_spaced_handovers(layer1):
    note = "- 변봉수는 심하지 않은 장애(청각)로 외출이 어렵다.\n"
    assert "변봉수" in found(layer1, note)
    fire = "신고가 접수되어 동작소방서 119구급대가 출동하였다. 부상자는 화상으로 이송되었다.\n"
    assert "구급대" not in found(layer1, fire)
    table = ("│ 번호 │ 장애 │ 구간 │ 활동지원사 변경 │ 사유 │\n"
             "│ 2 │ 3급 │ 7구간 → 1구간 │ 전 다온 → 손덕배 │ 이용자 요청 │\n")
    assert {"전 다온", "손덕배"} <= found(layer1, table)


def test_a_visit_to_someones_home_and_a_relation_after_the_role(layer1):
    visit = "▣ 8/18(월) 10:20 — 전병수 님 댁 (대림로 19길 7, 3층 306호)\n   문 열어주심."
    assert "대림로 19길 7, 3층 306호" in found(layer1, visit, "ADDRESS")
    assert "삼양로 73길 22-4" in " ".join(found(layer1, "- 집: 삼양로 73길 22-4, 지하층 — 현관 센서등 꺼짐", "ADDRESS"))
    assert any("임세라" in v for v in found(layer1, "보호자: 모 임세라 / 010-3304-7719"))
    assert "금종영" in found(layer1, "미성년자이므로 법정대리인 친권자 부 금종영, 모 송상선\n")
