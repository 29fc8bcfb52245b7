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


@pytest.mark.parametrize("text, word", [
    # a verb with its ending opens with a surname syllable as often as any word (bills,
    # city pages): 위 + 하여, 지 + 친, 인 + 한, 어 + 려운
    ("교육·훈련의 목적을 달성하기 위하여 학생·연수생 등을 대상으로 행하는 사항", "위하여"),
    ("어린이날을 맞아 코로나로 지친 학생들에게 즐거움을 주는 시간", "지친"),
    ("소통부족과 대화 단절로 인한 가족문제를 체험학습으로 해소", "인한"),
    ("원격학습이 가능한 학생부터 어려운 학생까지 수준이 다양합니다.", "어려운"),
    # an adjective from a root, an adverb, a numeral, a determiner and a dependent noun
    ("존과 진정한 가족이 되기 위해 존의 팀원들은", "진정한"),
    ("단순히 본인의 재미를 위해 사실무근의 내용을 게시함", "단순히"),
    ("18일 방송에서는 여섯 가족의 마지막 여행이 방송됐다.", "여섯"),
    ("A씨는 특히 이중 학생 한 명을 샤워실까지 데리고 갔다.", "이중"),
])
def test_a_verb_form_is_no_name(found, text, word):
    assert not any(word in v for v, label in found(text) if label == "PERSON"), found(text)


def test_a_verb_taken_for_a_name_once_is_not_masked_everywhere(layer1):
    """Propagation spreads a name to its other occurrences: never a verb form or a
    pronoun, which would then be masked all through a law or a page."""
    from masking import morphology
    assert morphology.not_to_spread("위하여") and morphology.not_to_spread("이들")
    assert not morphology.not_to_spread("박찬") and not morphology.not_to_spread("김영수")


def test_a_name_kiwi_reads_as_a_verb_keeps_its_form_of_address(found):
    """박찬 is 박차+ㄴ to Kiwi; 님 after it says it is a person."""
    assert ("박찬", "PERSON") in found("○ 박찬 님 연락처 010-5864-9528 (시상식 안내)")


@pytest.mark.parametrize("text", [
    # general statements about a condition: a rule, a guide, prevention or benefit
    "무보험 자동차 보유자는 자동차의 운행으로 다른 사람이 사망하거나 부상한 경우와, 다른 사람의 재물이 멸실된 경우",
    "비만 당뇨환자 또는 대장암 치료환자, 동맥경화, 고혈압환자들은 매일 사과를 먹는 것이 좋다.",
    "고용보험에 가입한 예술인들은 실직 시 실업급여, 출산 시 출산전후 급여를 지급받는다.",
    "유산균이 장에서 염증이나 암을 일으키는 암세포를 파괴하고 면역력을 강화한다. 또한 심혈관 질환예방 효과도 있다.",
    "2월 23일에 4일이 걸려 아무런 장애 없이 변문에 도착하였습니다.",
])
def test_a_condition_in_a_general_statement_is_no_ones_health(found, text):
    assert found(text, "HEALTH_INFO") == [], found(text)


@pytest.mark.parametrize("text, condition", [
    ("빙미숙께서는 우측 손목 골절 소견으로 연세대학교 세브란스병원에 입원하셨습니다.", "골절"),
    ("가 영수는 서남병원으로 이송되어 연기 흡입에 의한 호흡곤란 진단을 받았으며 입원 치료 중이다.", "호흡곤란"),
    ("귀하께서는 층간소음으로 수면장애 진단을 받았다며 중재를 요청하셨습니다.", "수면장애"),
    ("※ 1번 대상자는 양극성 장애 진단으로 방문 시 보호자 동행 필요", "양극성"),
])
def test_a_condition_of_a_person_named_with_an_honorific_is_found(found, text, condition):
    assert any(condition in v for v, _ in found(text, "HEALTH_INFO")), found(text)


@pytest.mark.parametrize("text", [
    "용작물류(6) 참깨, 들깨, 땅콩, 해바라기, 유채, 고추씨 과일과채류(6) 수박, 참외",   # 씨, the seed
    "반크는 사이버외교사절단으로 철저하게 비정부기구이고 비영리단체입니다.",           # 사절단
    "민원인 김영수 씨는 많은 문화유산을 만날 수 있는 사찰을 방문하였다.",              # 문화유산
    "다른 3면에는 여래좌상(如來坐像)을 도드라지게 새겨 놓았다. 대상자는 이를 신고하였다.",
    "- 문의처 : 송산농협(041-353-7068) 표고버섯",                                  # a branch's phone
])
def test_everyday_words_that_share_a_shape_with_personal_data_stay(found, text):
    assert [v for v, label in found(text) if label != "PERSON" or "김영수" not in v] == [], found(text)


def test_seeds_and_homonyms_do_not_hide_real_values(found):
    assert ("이슬", "PERSON") in found("민원인 이슬씨가 방문함")
    assert any("유산" in v for v, _ in found("대상자는 임신 12주에 유산으로 입원함.", "HEALTH_INFO"))
    assert any("절단" in v for v, _ in found("피해자는 손가락 절단 사고로 입원 중이다.", "HEALTH_INFO"))
    assert ("302-1234-5678-91", "BANK_ACCOUNT") in found("입금계좌: 농협 302-1234-5678-91 (예금주 홍길동)")


def test_a_model_date_in_another_sentence_of_a_long_paragraph_is_not_private(layer1):
    """A web page written as one long line: a seller's mobile number in one sentence does
    not make the dates of the town's history, sentences away, anyone's birth date."""
    history = ("1914년 군면 폐합에 따라 면천군의 일부를 병합하여 당진군으로 하고, 1942년 10월 1일에 범천면을 "
               "우강면으로 고쳤으며, 1957년 11월 6일에 법률 제456호에 의하여 서산군 대호지면과 정미면을 편입하였다. ")
    text = history * 3 + "상품 문의는 작목반장 홍성직(010-5438-4536)에게 하시면 됩니다."
    assert len(text) > layer1.PROSE_LINE
    dets = layer1.detect(text)
    assert not any(d.label == "BIRTH_DATE" for d in dets), [(text[d.start:d.end], d.label) for d in dets]
    assert any(text[d.start:d.end] == "010-5438-4536" for d in dets)


@pytest.mark.parametrize("text, value, label", [
    # a table names the bank short (hand-written payee tables)
    ("│ 1  │ 황보 경희  │ 8 │ 120,000 │ 카카오 3333-07-5518203 (본인) │", "3333-07-5518203", "BANK_ACCOUNT"),
    ("2,오 세 진,중소기업 컨설턴트,\"350,000\",신한 110-355-209814", "110-355-209814", "BANK_ACCOUNT"),
    ("환급계좌 새마을 9002-1881-0443-7", "9002-1881-0443-7", "BANK_ACCOUNT"),
    # a resident number whose back is hidden, written without its hyphen
    ("| 스쿨존 교통지원 | 피영자 | 5211072****** | 290,000 |", "5211072******", "KR_RRN"),
    # older and two-wheeler plates that name their place keep their letter's meaning to
    # themselves: a rider's own motorcycle, a driver's truck
    ("운전자 배달원 金俊浩 차량 서울동작아4821 (125cc)", "서울동작아4821", "VEHICLE_PLATE"),
    ("우회전하던 화물차(경기 83 사 2290)에 발등을 밟혔습니다.", "경기 83 사 2290", "VEHICLE_PLATE"),
])
def test_values_written_the_short_way_are_found(found, text, value, label):
    assert (value, label) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "우리 02-2133-1234로 문의하세요", "우리 123-45-67890 사업자", "하나 2024-01-15 개정", "택시 12바3456 운행",
])
def test_short_bank_words_and_commercial_plates_stay_visible(found, text):
    assert [v for v, label in found(text) if label in ("BANK_ACCOUNT", "VEHICLE_PLATE")] == [], found(text)


def test_evaluators_with_affiliation_mobile_and_account_are_private(found):
    """소속 names a list of officials, unless the table also holds private columns: the
    external evaluators a city pays are listed with their university, mobile and account."""
    text = ("순위,후보위원,소속,휴대전화,평가수당,입금계좌\n"
            '1,남궁혜원,○○대 경영학과 교수,010-6620-1947,"350,000",하나 620-227719-33108\n'
            '2,길다솜,공인회계사,+82-10-2207-5563,"350,000",우리 1002-930-771204\n')
    values = found(text)
    assert ("남궁혜원", "PERSON") in values and ("길다솜", "PERSON") in values, values


def test_officials_rows_in_a_table_with_private_columns_stay_visible(found):
    """The same kind of table about officials (a rank, a department, a staff post in a
    cell) keeps their names visible; their passports and mobiles are still masked."""
    text = ("| 소속 | 직급 | 성명 | 여권번호(관용) | 휴대전화 |\n|---|---|---|---|---|\n"
            "| 기획예산과 | 지방행정사무관(5급) | 탁지훈 | M35762885 | 010-2222-3333 |\n"
            "| 시설담당 | 이예지 | 02-3707-1261 | - | 011-1670-1844 |\n")
    values = found(text)
    assert not any(v in ("탁지훈", "이예지") for v, _ in values), values
    assert ("010-2222-3333", "PHONE") in values


@pytest.mark.parametrize("text, name", [
    (" 4. 연락처: 01052817730, 모 구경란 010-6104-3358", "구경란"),                       # a mobile right after
    (" Nguyen Van Thanh(외국인등록번호 930817-5123384), 동작구 상도동 211-8, 3층", "Nguyen Van Thanh"),
])
def test_a_name_right_before_a_mobile_or_an_identifier_is_private(found, text, name):
    assert (name, "PERSON") in found(text), found(text)


@pytest.mark.parametrize("text", [
    "2026. 6. 13.(토)\t문화체육과\t신 승 현\t010-2968-5518",     # an official on a duty roster
    "■ 연 락 처: 010-4120-5598",                                 # a label spelt out over its box
    "담당 주무관 김영수 010-1234-5678",
])
def test_officials_and_spelt_labels_before_a_mobile_stay_visible(found, text):
    assert [v for v, label in found(text) if label == "PERSON"] == [], found(text)


def test_an_address_from_the_road_after_a_word_for_home(found):
    assert ("면목로 411-3", "ADDRESS") in found("○ 민원인: 방현철(60대 남), 주소 면목로 411-3, 전화 010-9120-6604")
    assert ("망우로 290-1 옥탑", "ADDRESS") in found("  - 숙소: 망우로 290-1 옥탑")
    assert found("회의 장소: 세종대로 110", "ADDRESS") == []


@pytest.mark.parametrize("text, condition", [
    ("2. 혐의자는 알코올 의존증으로 2024년부터 외래 치료를 받아 왔음.", "의존증"),       # a disciplinary subject
    ("제갈윤 님의 아들 하준(9세)이 대형견에 물려 왼쪽 종아리 교상(8바늘 봉합)을 입은 건으로", "교상"),
    (" 5. 상태: 약물 과다복용(수면제), 의식 저하 → 응급실", "과다복용"),                  # a record's 상태:
    ("■ 위기사유: 주 소득자 대장암 3기 진단(항암치료 중)으로 실직", "대장암"),
    ("※ 추덕만 님은 3. 14.부터 허리 통증(척추관협착증)으로 활동 중단", "통증"),
])
def test_conditions_in_records_and_reports_are_found(found, text, condition):
    assert any(condition in v for v, _ in found(text, "HEALTH_INFO")), found(text)


def test_a_birth_date_shares_its_cell_with_a_condition(found):
    text = ("| 구분 | 성명 | 나이/성별 | 연락처 | 주소 | 비고 |\n|---|---|---|---|---|---|\n"
            "| 이용자 | 노연경 | 74/남 | 010-6246-7492 | 서울특별시 중구 창경궁로 295, 2층 | 생 1952-07-08, 일산화탄소 중독 의심 증상 |\n")
    values = found(text)
    assert ("1952-07-08", "BIRTH_DATE") in values, values
    assert any("중독" in v for v, label in values if label == "HEALTH_INFO"), values


def test_no_injury_is_no_condition(found):
    assert found("거주자 박**(48세)는 자력 대피하였다. 박**는 부상 없음으로 확인되었다.", "HEALTH_INFO") == []


def test_a_record_written_on_one_line_has_one_cell_per_key(found):
    from masking.layout import Layout
    line = "  ○ 응시번호: 385959, 성명: 바트 에르덴, 생년월일: 1989년 3월 19일, 비고: 저소득"
    cells = {line[c.start:c.end]: c.key for c in Layout(line).cells}
    assert cells == {"385959": "응시번호", "바트 에르덴": "성명", "1989년 3월 19일": "생년월일", "저소득": "비고"}
    assert ("시기순", "PERSON") in found("  ○ 구분: 모범구민, 소속(거주지): 상계3·4동 거주, 성명: 시기순, 공적요지: 통장")
    # an official's record keeps the name visible, as a whole line always did
    official = "  3) 소속: 교통행정과, 직급(직위): 지방행정사무관(5급), 성명: 형규리"
    assert found(official, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("※ 위원장 부구청장 권춘자, 위원 오정란(노무사), 송하율(노무사) 외 4명(당연직 국장)", "송하율"),
    ("위원 추건우(시민단체 대표), 황동훈(시민단체 대표) 외 3명", "황동훈"),
    ("위원 왕진혁(변호사), 기유진(○○대학교 행정학과 교수), 탁은서(전직 교장) 외", "탁은서"),
])
def test_external_members_named_with_their_profession_are_private(found, text, name):
    """External members of a committee are private persons paid by the city; their
    profession in brackets says so (issue 15's missed roles)."""
    assert (name, "PERSON") in found(text), found(text)


@pytest.mark.parametrize("text, name", [
    ("  - 장학금 1,130,000원 - 함유연과 통화(010-9922-3013) 후 기업은행 계좌로 지급함", "함유연"),
    ("받는 사람: 송 현우 <ys_hope@naver.com>", "송 현우"),                  # an e-mail's addressee
    ("[은평구] 올가 페트로바님, 신청하신 민원(1AA-2505-829548)이 처리되었습니다", "올가 페트로바"),
    ("   학부모 - 안현늘\n   장학금(원) - 1,030,000", "안현늘"),               # key - value lines
    ("   예금주명 - 김성진", "김성진"),
])
def test_names_in_calls_mail_headers_texts_and_dash_records(found, text, name):
    assert (name, "PERSON") in found(text), found(text)


def test_an_offices_mail_header_stays_visible(found):
    assert found("받는 사람: 김영수 주무관 <kim@seoul.go.kr>", "PERSON") == []
    # the words of a sentence before a transliterated name are not part of it
    assert not any("통해" in v for v, _ in found("프로그램 등을 통해 사무라고치 씨를 크게 부각시켜", "PERSON"))


def test_a_justified_line_of_a_bill_is_no_table(found):
    """A PDF's justified line has wide gaps; its first part is a sentence, not a key."""
    from masking.layout import Layout
    line = "나. 이용자와 상대방에게 제공하여야 하는 신상정보에 정신질환의   병력 여부와 최근 10년 간의"
    assert Layout(line).tables == []
    assert found(line) == []
    # a key and its values on one line still make a row
    addressee = "수신  정도석님  (우 06001 서울특별시 광진구 자양로28길 46 121동 207호)"
    assert len(Layout(addressee).tables) == 1


@pytest.mark.parametrize("text, value, label", [
    # an official's row keeps the name, not the birth date beside the passport
    ("  · 도시계획과 / 지방보건주사(6급) / 동 영 호 / R107G9684 / 1966. 9. 19.\n"
     "  · 일자리경제과 / 지방행정서기보(9급) / 묵옥순 / M12345678 / 1970. 1. 2.", "1966. 9. 19.", "BIRTH_DATE"),
    # a home in brackets, though a public word (단속) is further back
    ("차량(57누9633)에 대한 단속을 요청하셨습니다. 또한 해당 차량이 귀하의 자택(서울특별시 노원구 한글비석로 161) 앞에",
     "서울특별시 노원구 한글비석로 161", "ADDRESS"),
    # a bus stop further back is no bus: the car's plate is a private one
    ("버스정류소 부근 교차로에 상습적으로 주차하는 차량(19로 1352)에 대한 단속", "19로 1352", "VEHICLE_PLATE"),
    # a neighbour's house
    ("   - 귀하께서는 이웃 주택(서울 동작구 사당로 95-9) 옥상에 무단 증축이 이루어졌다며", "서울 동작구 사당로 95-9", "ADDRESS"),
])
def test_private_values_beside_officials_and_public_words(found, text, value, label):
    assert (value, label) in found(text), found(text)


@pytest.mark.parametrize("text, value, label", [
    ("나. 장승서 (프리랜서, 724-033909-40239, 지급액 60,000, 예금주 장승서)", "724-033909-40239", "BANK_ACCOUNT"),
    ("   계좌번호 - 110899678898", "110899678898", "BANK_ACCOUNT"),
    ("[부상자 1]\n성명 - 목은주\n나이 - 46세\n연락처 - 02-979-1169\n상병 - 우측 상완골 골절", "02-979-1169", "PHONE"),
])
def test_payment_records_and_dash_records(found, text, value, label):
    assert (value, label) in found(text), found(text)


def test_a_companys_account_stays_visible(found):
    text = "연락처 02-550-0289, 289058557913, 예금주 (주)미래도시엔지니어링)"
    assert found(text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize("text, name", [
    ("인사위원회는 제6차 회의에서 주택과 지방녹지주사보 류다은에 대한 징계 건을 심의·의결하였다.", "류다은"),
    ("징계의결서\n ○ 혐의 사실: 박봄이는 2026. 11. 1. 직장 내 괴롭힘으로 제48조를 위반하였다.", "박봄이"),
    ("징계의결서\n의결주문  징계혐의자 독고성진을 정직 2월에 처한다.", "독고성진"),
])
def test_the_official_a_disciplinary_decision_is_about_is_masked(found, text, name):
    """A disciplinary decision is about one official as a person: their name is masked
    whatever their rank; the committee deciding stays in its role."""
    assert (name, "PERSON") in found(text), found(text)
    assert found("징계의결서\n위원장 부구청장 태서연이 회의를 주재하였다.", "PERSON") == []


def test_rare_surnames_are_surnames_and_their_common_words_are_not_names(found):
    assert ("빙미숙", "PERSON") in found("작업자 빙미숙(21세)이 비계 2단에서 추락하는 사고가 발생하였다.")
    assert not any(v == "계좌" for v, _ in found("가. 장슬기 (소속 및 직위 시민위원, 계좌 1166-5487-7635, 230,000)"))


def test_a_stretched_line_of_a_bill_keeps_its_generic_word_in_reach(found):
    """A justified line puts three spaces where one was: 병력 여부 (whether there is a
    history) stays in reach of the condition, so the bill's rule is nobody's health."""
    line = "나. 이용자와 상대방에게 제공하여야 하는 신상정보에 정신질환의   병력 여부와 최근 10년 간의"
    assert found(line) == []
    # ... and a line the PDF wrapped in the middle of the sentence goes on into the next
    wrapped = "  나. 이용자와 상대방에게 제공하여야 하는 신상정보에 정신질환의 \n\n병력 여부와 최근 10년 간의 금고"
    assert found(wrapped) == []
    assert any("우울증" in v for v, _ in found("민원인 김영수 씨는 우울증 진단을 \n받고 치료 중임", "HEALTH_INFO"))


@pytest.mark.parametrize("text, name", [
    ("질의자: 張志炳 / 연락처 010-6572-7916", "張志炳"),                  # Chinese characters after a role
    ("   예금주명：崔英浩", "崔英浩"),                                     # ... and under a name key
    ("  - 임우은 씨는 주민등록번호 900925 - 1557413 기준 원천징수", "임우은"),  # 씨 with its particle
])
def test_names_in_chinese_characters_and_before_a_form_of_address(found, text, name):
    assert (name, "PERSON") in found(text), found(text)


def test_a_payee_row_with_an_account_under_its_header_is_about_a_person(found):
    text = ("┃ No. ┃ 지급대상 ┃ 관계   ┃ 금액      ┃ 연락처           ┃ 은행명     ┃ 입금계좌         ┃\n"
            "┃ 2   ┃ 박은정   ┃ 대리인 ┃ 210,000   ┃ (041)729-4863    ┃ NH농협은행 ┃ 485-3473-0508-63 ┃\n")
    values = found(text)
    assert ("박은정", "PERSON") in values, values


def test_a_word_before_the_pronoun_you_is_no_name(found):
    assert found("또한 해당 차량이 귀하의 자택 앞에 주차됩니다.", "PERSON") == []


@pytest.mark.parametrize("text, value, label", [
    ("2) 모 경 태 — 1951. 12. 19.생, ☎ 02-797-5513, 수료", "모 경 태", "PERSON"),        # a dash, a birth date
    ("지급방법: 근로자 명의 110-482-930217(신한)", "110-482-930217", "BANK_ACCOUNT"),      # the bank after
    ('금천구보건소장(이하 "사용자")과 피 영 철(이하 "근로자")은 다음과 같이', "피 영 철", "PERSON"),
    ("        성명 피영철 (서명)", "피영철", "PERSON"),                                   # a signature line
])
def test_list_items_contracts_and_signatures(found, text, value, label):
    assert (value, label) in found(text), found(text)


@pytest.mark.parametrize("text, name", [
    ("청구: 치료비 4,380,000원 (Mr O'Connor 측 변호사 경유)", "Mr O'Connor"),  # a title and a surname (masked together)
    ("보행자 Thanh 씨는 좌측 경비골 골절로 입원", "Thanh"),                      # a Latin word before 씨
    ("통역: 서울외국인주민센터 통역인 라자보바 딜노자(010-3320-8764)", "라자보바 딜노자"),
])
def test_short_foreign_names(found, text, name):
    assert (name, "PERSON") in found(text), found(text)


def test_capitals_that_are_no_names_stay(found):
    assert found("The UN said the OECD report is due.", "PERSON") == []


@pytest.mark.parametrize("text, value", [
    ("발생 2025년 12월 18일 07시 32분, 영등포구 도림로 139-12 (3층 다세대, 20세대)", "영등포구 도림로 139-12"),
    ("○ 발생: '26.1.27.(화) 02:51 / 마포구 망원로2길 33 다가구주택 1층 현관", "마포구 망원로2길 33"),
])
def test_the_address_of_a_home_where_something_happened_is_masked(found, text, value):
    """A fire or an accident at a home: the kind of home in or after the address makes
    it a household's, though 발생 or 장소 comes before it."""
    assert any(value in v for v, label in found(text) if label == "ADDRESS"), found(text)
    assert found("행사 장소: 중구 세종대로 110 서울광장", "ADDRESS") == []


def test_a_name_and_its_record_in_brackets_read_as_a_row(found):
    from masking.layout import Layout
    line = "○ 양지비 (30,000, 1954.5.20, 휴대전화 031-323-7413, 전자우편 leejiyoung@hotmail.com, 은행명 농협, 현장참석)"
    assert [line[c.start:c.end] for c in Layout(line).cells][:3] == ["양지비", "30,000", "1954.5.20"]
    values = found(line)
    for v, label in [("양지비", "PERSON"), ("1954.5.20", "BIRTH_DATE"), ("031-323-7413", "PHONE")]:
        assert (v, label) in values, values
    assert found("○ 회의 개최 (일시, 장소, 안건)") == []


@pytest.mark.parametrize("text, value", [
    ("[SMS] 서울특별시 노원구\n수신번호: 02-2351-0066\n", "02-2351-0066"),        # the text's addressee
    ("   ※ 회신하신 연락처(02-785-9001)로 진행 상황을 알려 드리겠습니다.", "02-785-9001"),
])
def test_a_landline_a_citizen_gave_is_private(found, text, value):
    assert (value, "PHONE") in found(text), found(text)
    assert found("담당 주무관 김영수(휴대전화 02-2133-1234)", "PHONE") == []


def test_residents_in_an_award_table_of_officials(found):
    text = ("| 구분 | 소속 | 성명 | 공적요지 |\n|---|---|---|---|\n"
            "| 모범공무원 | 감사담당관 지방행정주사보 | 묵윤아 | 적극행정 우수 |\n"
            "| 모범구민 | 강서구 봉천동 330-83 옥탑방 | 김영희 | 독거어르신 반찬 나눔 |\n")
    values = found(text)
    assert any("봉천동 330-83" in v for v, label in values if label == "ADDRESS"), values
    assert not any(v == "묵윤아" for v, _ in values), values


def test_a_bracket_record_with_a_unit_in_a_field_and_the_first_reporter(found):
    text = "○ 송연현 (통역수당(원) 270,000, 3시간, 010 7086 3298, 은행 농협, 계좌번호 302-9532-4131-43, 반혜진)"
    values = found(text)
    assert ("송연현", "PERSON") in values and ("반혜진", "PERSON") in values, values
    assert ("황윤아", "PERSON") in found("  · 최초 신고는 황윤아이 하였다.")
    assert found("부정ㆍ불량식품 신고는 국번없이 1399", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("관련자 인적사항은 다음과 같다. 피해자 방 솔(50세, 남), 주소 서울 송파구", "방 솔"),
    ("  · 건물 소유자 팽 철에게 +82-10-3106-6537으로 연락하였다.", "팽 철"),
    ("  - 보호자(아들) 인 찬에게 10:07경 유선으로 연락함", "인 찬"),
])
def test_a_surname_and_a_one_letter_given_name_apart_after_a_role(found, text, name):
    assert (name, "PERSON") in found(text), found(text)


@pytest.mark.parametrize("text", [
    "저는 지금 14세 된 학생 두 명을 가르치고 있으며",
    "부친(최경환)은 곤장으로, 모친(이성례)은 칼을 받아",
    "민원인 이 씨는 오늘 방문하였다",
])
def test_numbers_particles_and_forms_of_address_are_no_one_letter_names(found, text):
    assert not any(" " in v and len(v) == 3 for v, label in found(text) if label == "PERSON"), found(text)


@pytest.mark.parametrize("text, name", [
    ("○ 통역: 프리랜서 통역사 Liisa Tamm(liisa.tamm.interp@gmail.com), 일당 25만원", "Liisa Tamm"),
    ("  가. 강사: 맹지호 ○○대학교 행정학과 교수 (주민등록번호 710904-1234567)", "맹지호"),
])
def test_an_interpreter_with_her_mail_and_a_lecturer_after_its_label(found, text, name):
    assert (name, "PERSON") in found(text), found(text)
    assert found("담당 주무관 김영수(kim@seoul.go.kr)", "PERSON") == []
    assert not any(v == "장학생" for v, _ in found("  - 박철진 강사(장학생)에게 장학금을 지급함"))


@pytest.mark.parametrize("text, word", [
    # a word and its particle or ending before a word that often follows a resident's name
    # (a city's benefit pages: 1개월 전부터 거주, 거소를 가진자(주민등록법 …), 전입한 세대)
    ("첫째아 50만원\n신생아의 출산일 기준\n1개월 전부터 거주\n둘째아 100만원", "전부터"),
    ("30일 이상 거주할 목적으로 주소 또는 거소를 가진자(주민등록법 제6조)", "가진자"),
    ("지급대상: 당진시로 「주민등록법」상 세대를 구성하여 전입한 세대", "전입한"),
    ("지급대상: 타 시도에서 전출한 세대", "전출한"),
    # a common noun that a role word precedes, with 에 (a person takes 에게)
    ("주민자치 학교 운영(위원 임기에 따른 격년 시행)", "임기"),
])
def test_a_word_with_its_particle_or_ending_is_no_name(found, text, word):
    assert not any(word in value for value, _ in found(text)), found(text)


@pytest.mark.parametrize("text, name", [
    ("배우 홍은희 씨가 클럽에 대한 애정을 드러냈다.", "홍은희"),
    ("개그맨 선후배 사이인 방송인 오상진 씨와 함께 진행됩니다.", "오상진"),
    ("행사는 가수 김창완 씨의 공연으로 마무리되었다.", "김창완"),
])
def test_a_public_figure_named_by_calling_stays_visible(found, text, name):
    """GUIDELINE: names of public figures mentioned as such are not personal information."""
    assert not any(name in value for value, _ in found(text)), found(text)


@pytest.mark.parametrize("text, name", [
    ("보호자(배우자) 공다은에게 12시 40분 연락하였다.", "공다은"),      # 배우 inside 배우자
    ("세대원: 배우자 류하윤, 자녀 채서아(고1)", "류하윤"),
    ("신청인 가수연 씨는 2026. 3. 2. 전입하였다.", "가수연"),          # 가수 inside a name
    ("장학금 수령인 이동율 씨 거주", "이동율"),                        # a name Kiwi cuts up
])
def test_a_private_person_beside_those_words_is_still_masked(found, text, name):
    assert any(name in value for value, _ in found(text)), found(text)
