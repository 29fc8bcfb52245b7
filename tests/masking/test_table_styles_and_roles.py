"""Kinds of writing layer 1 learned from the tuning families (corpus_families/README.md):
box-drawing and comma-separated tables, several names in one row, roles no list holds,
ages and addresses in brackets, Chinese-character and spaced names, and the ordinary
words that look like them. The texts here are written for the test, not copied from a
family."""
import pytest

from masking import Layer1


@pytest.fixture(scope="module")
def layer1():
    return Layer1.from_rules()


def found(layer1, text, label="PERSON"):
    return {text[d.start:d.end] for d in layer1.detect(text) if d.label == label}


def test_box_drawing_table_rows_are_read_like_pipe_tables(layer1):
    text = ("┏━━━━┳━━━━━━━┳━━━━━━━━━━━━━━━┓\n"
            "┃ 번호 ┃ 받는 사람 ┃ 연락처          ┃\n"
            "┣━━━━╋━━━━━━━╋━━━━━━━━━━━━━━━┫\n"
            "┃ 1    ┃ 여민국    ┃ 010-3141-5926   ┃\n"
            "┃ 2    ┃ 탁소윤    ┃ 010-2718-2818   ┃\n"
            "┗━━━━┻━━━━━━━┻━━━━━━━━━━━━━━━┛\n")
    assert {"여민국", "탁소윤"} <= found(layer1, text)


def test_comma_separated_rows_are_a_table(layer1):
    text = ("번호,받는 사람,금액,연락처,비고\n"
            '1,길하람,"320,000",010-4455-6677,현장\n'
            '2,봉미선,"150,000",010-9988-7766,\n')
    assert {"길하람", "봉미선"} <= found(layer1, text)


def test_a_sentence_with_commas_is_not_a_table(layer1):
    from masking.layout import Layout
    text = ("이번 사업은 주거, 교통, 환경, 복지 분야를 아우른다.\n"
            "대상은 청년, 노인, 장애인, 한부모 가구이다.\n")
    assert Layout(text).tables == []


def test_every_name_in_a_row_about_a_private_person(layer1):
    text = ("| 연번 | 신청인 | 지원액 | 입금 받는 분 | 전화 |\n"
            "|---|---|---|---|---|\n"
            "| 1 | 모하늘 | 500,000 | 견우진 | 010-1357-2468 |\n"
            "| 2 | 채도윤(봉가을) | 300,000 | 봉가을 | 010-2468-1357 |\n")
    assert {"모하늘", "견우진", "채도윤", "봉가을"} <= found(layer1, text)


def test_a_chinese_character_name_in_a_row_and_in_a_sentence(layer1):
    row = "| 1 | 金秀賢 | 010-5555-1212 | 300,000 |\n| 2 | 朴正民 | 010-5555-3434 | 200,000 |\n"
    assert {"金秀賢", "朴正民"} <= found(layer1, row)
    prose = "현장에 있던 목격자 崔英浩(010-7777-2323)는 경찰에 진술하였다."
    assert "崔英浩" in found(layer1, prose)


def test_ordinary_words_in_a_private_row_stay_visible(layer1):
    text = ("| 1 | 선우하람 | 형제 | 신협 | 010-1212-3434 | 서면심의 |\n"
            "| 2 | 남궁별 | 본인 | 하나 | 010-5656-7878 | 전직 교사 |\n")
    got = found(layer1, text)
    assert {"선우하람", "남궁별"} <= got
    assert not got & {"형제", "신협", "본인", "하나", "전직 교사", "서면심의"}


def test_an_officials_row_keeps_its_names(layer1):
    text = ("  · 도로과 / 지방시설주사(6급) / 표하랑 / 010-3434-5656\n"
            "  · 공원과 / 지방녹지주사보(7급) / 길도담 / 010-7878-9090\n")
    got = found(layer1, text)
    assert not got & {"표하랑", "길도담"}


def test_a_role_formed_with_a_person_suffix(layer1):
    assert "탁민서" in found(layer1, "질의자: 탁민서\n회신일: 2026. 1. 5.")
    assert "봉지환" in found(layer1, "2. 징계혐의자 봉지환에 대한 징계의결 요구 건")
    # ... but not an ordinary word after one, nor 인 as the copula
    assert not found(layer1, "우리 구 공직자 모두는 주민을 위해 일합니다.")
    assert not found(layer1, "중국 제2급 도시인 진강부에 도달하였다.")


def test_an_age_or_an_address_in_brackets_after_a_full_name(layer1):
    assert "탁윤슬" in found(layer1, "놀이터에서 탁윤슬(8세) 어린이가 넘어졌다.")
    assert "여도겸" in found(layer1, "견주를 여도겸(마포구 성미산로 17-2)으로 특정하였다.")
    assert not found(layer1, "아파트 단지(마포구 성미산로 17-2) 안에서 공사가 진행된다.")


def test_spaced_names_with_a_private_context(layer1):
    assert "모 하 늘" in found(layer1, "민원인 모 하 늘 씨와 통화하였다.")
    assert "탁 윤슬" in found(layer1, "거주자 탁 윤슬(71세)은 대피하였다.")
    assert not found(layer1, "저는 14세 된 학생 두 명을 가르치고 있습니다.")


def test_names_already_left_unnamed_are_not_masked_again(layer1):
    assert not found(layer1, "행인 박모(41·여)씨가 다쳤다.")
    text = "| 응시번호 | 성명 | 생년월일 |\n|---|---|---|\n| 102938 | 김** | 1990.**.** |\n"
    assert "김**" not in found(layer1, text)


def test_when_it_happened_is_not_a_birth_date(layer1):
    text = "발생일시: 2025. 8. 25. 11:49\n발생장소: 양천구 ○○공원\n생년월일: 1961. 3. 2."
    got = found(layer1, text, "BIRTH_DATE")
    assert got == {"1961. 3. 2."}
    row = "| 발생일시 | 이름 | 연락처 |\n|---|---|---|\n| 2025.08.25 | 봉미선 | 010-9898-1212 |\n"
    assert not found(layer1, row, "BIRTH_DATE")


def test_a_name_heading_a_list_item_with_its_data(layer1):
    text = ("4. 지급 내역\n\n"
            "1. 탁윤슬\n   소속 : ○○대학교 교수\n   입금계좌 : 301-2233-4455-66\n\n"
            "◎ 견 우진\n   주 소: 서울 마포구 성미산로 17 101동 202호\n\n"
            "가. 봉미선 (지원액 450,000, 농협 352-0123-4567-81)\n"
            "■ Priya Raman\n   계좌번호: 630306-05-812951\n")
    assert {"탁윤슬", "견 우진", "봉미선", "Priya Raman"} <= found(layer1, text)


def test_a_heading_of_a_section_is_not_a_name(layer1):
    text = "1. 추진 배경\n   담당: 주무관 길도담 010-1234-5678\n2. 사업 개요\n   예산 3억원\n"
    assert not found(layer1, text) & {"추진 배경", "사업 개요"}


def test_a_given_name_alone_after_the_full_name(layer1):
    text = "놀이터에서 피해아동 탁윤슬(5세)이 다쳤다.\n윤슬이는 병원으로 이송되었다. 모두 한결같이 도왔다."
    spans = [text[d.start:d.end] for d in layer1.detect(text) if d.label == "PERSON"]
    assert spans.count("윤슬") == 1 and "탁윤슬" in spans


def test_a_medical_report_without_the_person_on_its_line(layer1):
    text = ("피해자 봉미선 씨는 병원으로 이송되었다.\n"
            "응급실 진료 결과 좌측 손목 골절로 전치 6주 진단이 나왔다.\n"
            "상병: 경추 염좌\n")
    got = found(layer1, text, "HEALTH_INFO")
    assert any("손목 골절" in v for v in got) and "경추 염좌" in got
    assert not found(layer1, "치매 진단을 받은 어르신에게 돌봄 서비스를 지원한다.", "HEALTH_INFO")


def test_an_officials_health_reason_is_masked_and_their_name_kept(layer1):
    text = ("| 구분 | 소속 | 직급 | 성명 | 비고 |\n|---|---|---|---|---|\n"
            "| 휴직 | 도로과 | 지방시설주사보(7급) | 길도담 | 질병 - 갑상선암 수술 |\n")
    assert found(layer1, text, "HEALTH_INFO") == {"갑상선암 수술"}
    assert not found(layer1, text)
    line = "  · 병가 / 공원과 / 지방녹지주사(6급) / 표하랑 / 휴직 사유: 요추 추간판 탈출증 수술\n"
    assert any("추간판" in v for v in found(layer1, line, "HEALTH_INFO"))
    assert "표하랑" not in found(layer1, line)


def test_addresses_from_the_district_and_flats_alone(layer1):
    got = found(layer1, "부상자 주소 중구 보문로10길 7-28 108동 1008호, 연락처 없음", "ADDRESS")
    assert got == {"중구 보문로10길 7-28 108동 1008호"}
    got = found(layer1, "귀하께서는 115동 606호에 거주하시면서 위층(113동 1606호)의 소음으로", "ADDRESS")
    assert got == {"115동 606호", "113동 1606호"}
    assert "115동 606호에" not in found(layer1, "귀하께서는 115동 606호에 거주하시면서")
    # a shop's address from the district, with no one living there, stays visible
    assert not found(layer1, "매장: 당진시 원당로 80, 동승빌딩 101호", "ADDRESS")


def test_a_form_label_spread_over_its_box(layer1):
    text = "■ 민 원 인: 탁윤슬\n■ 주    소: 서울특별시 강북구 삼양로 173길 25, 지하 1층\n"
    assert "탁윤슬" in found(layer1, text)
    assert found(layer1, text, "ADDRESS") == {"서울특별시 강북구 삼양로 173길 25, 지하 1층"}


def test_foreign_names_in_hangul_that_no_list_holds(layer1):
    assert "팔라크 셰르바토바" in found(layer1, "팔라크 셰르바토바 씨가 한국어 교실 수강을 문의하였다.")
    assert "오콘쿼 치디베레" in found(layer1, "상대방: 오콘쿼 치디베레 (☎ 010-2211-3344)")
    # a word before a Korean name, 씨 in a word, a place before a surname: not one name
    assert not found(layer1, "오늘 날씨가 맑아 아저씨들이 산책하였다.")
    assert "강서구 내발산동 송" not in found(layer1, "강서구 내발산동 송 씨 집에서")


def test_spaced_korean_names_with_a_particle_or_address(layer1):
    assert "선우 아린" in found(layer1, "수신  선우 아린님\n(경유)")
    assert "함 순자" in found(layer1, "현장 조사 결과 건축주 함 순자가 신고 없이 증축하였다.")


def test_a_sick_leave_reason_in_an_officials_row(layer1):
    table = ("| 구분 | 소속 | 직급 | 성명 | 비고 |\n|---|---|---|---|---|\n"
             "| 병가 | 건축과 | 지방녹지주사보(7급) | 표하랑 | 회전근개 파열 수술 치료 |\n"
             "| 복직 | 도로과 | 지방시설주사(6급) | 길도담 | - |\n")
    assert found(layer1, table, "HEALTH_INFO") == {"회전근개 파열 수술 치료"}
    assert not found(layer1, table)
    prose = "휴직, 교통행정과, 지방시설주사(6급), 탁윤슬, 편도선 절제술. "
    assert found(layer1, prose, "HEALTH_INFO") == {"편도선 절제술"}
    assert not found(layer1, prose)


def test_records_of_a_number_a_name_and_a_date_written_inline(layer1):
    text = "최종합격자: 325039, 탁윤슬, 2004. 12. 5.. 858948, 서문종필, 일반. 404869, 봉미선, 1985년 12월 14일."
    assert {"탁윤슬", "서문종필", "봉미선"} <= found(layer1, text)
    assert found(layer1, text, "BIRTH_DATE") == {"2004. 12. 5.", "1985년 12월 14일"}
    assert not found(layer1, "예산 1,234,567, 김영수 과장 보고")


def test_speakers_in_minutes_who_speak_as_themselves(layer1):
    text = ("일시: 2026. 3. 5. 14:00\n사회자: 회의를 시작하겠습니다.\n위원장: 안건을 상정합니다.\n"
            "탁윤슬 의원: 예산을 묻겠습니다.\n길도담(주무관): 답변드리겠습니다.\n"
            "봉미선: 주차 문제가 심각합니다.\n1203호(여민국): 밤마다 소음이 납니다.\n추신: 잘 부탁드립니다.\n")
    assert found(layer1, text) == {"봉미선", "여민국"}


def test_honorifics_and_letters_glued_inside_words_are_not_spaced_names(layer1):
    assert not found(layer1, "주 하느님께 기도하였습니다. 이 두 글씨를 보십시오.")
