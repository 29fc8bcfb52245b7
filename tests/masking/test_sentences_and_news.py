"""Kinds of writing from court sentences, county-office records and local news: a party
named after a role with the copula or the object particle, a resident quoted in the news
(``…에 사는 소재민은``, ``심민준(48)씨는``) and named again by surname and 씨, a given name
with an honorific, a party's block in a court heading whose value goes on after a comma,
and foreign names in Hangul or Latin letters right after a role."""
import pytest


def _names(found, text):
    return [v for v, label in found(text) if label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ('송지면에 사는 심민준(48)씨는 "쉼터가 가까워 하루 종일 지낸다"고 했다.', "심민준"),
    ('의성군에 사는 소재민은 "불이 나자 옆집 청년이 깨워 줬다"며 당시를 떠올렸다.', "소재민"),
    ('해남군에 사는 박영자는 "공무원이 매일 전화를 해 준다"고 말했다.', "박영자"),
    ("김영수(52·회사원) 씨는 현장에 없었다고 말했다.", "김영수"),
    ("보험계약자 겸 피보험자를 주미경(이하 '피보험자')으로 하는 실손의료보험계약을 체결하였다.", "주미경"),
    ("그 상속인으로는 배우자인 청구인 은예린과 자녀인 곽 광수가 있다.", "곽 광수"),
    ("지원 대상 농가 도명숙(+82-10-7805-7551)에게 보조금을 지급한다.", "도명숙"),
    ("상담대상 : 한정숙 (만 90세, 독거)", "한정숙"),
    ("채 권 자\t장웨이, 사하구 낙동대로 58 3층", "장웨이"),
    ("채 권 자\t정수빈 / 주소: 경기 수원시 팔달구 효원로 17", "정수빈"),
    ("피고인 이바노바 올가는 '24.3.21. 06:55경 피해자가 운영하는 식당에서", "이바노바 올가"),
    ("신고인 타파 람 바하두르: 제 블로그에 악성 댓글이 계속 달렸는데", "타파 람 바하두르"),
    ("○ 결혼이민자 Pham Van Duc(팜 반 득)은 여권번호 M684C8471로 신청하였다.", "Pham Van Duc"),
    ("결혼이민자 IVANOVA OLGA는 2026년 체류기간 연장을 신청하였다.", "IVANOVA OLGA"),
    ("망 John Smith는 2020. 7. 16. 사망하였고, 그 상속인으로는", "John Smith"),
])
def test_a_private_person_in_a_sentence_of_these_kinds_is_found(found, text, name):
    assert name in _names(found, text), found(text)


def test_a_resident_named_again_by_surname_and_ssi_or_by_given_name(found):
    text = ('해남군에 사는 한동수(48)씨는 "쉼터"라고 했다. 한 씨는 무릎 관절염으로 거동이 불편하다.\n'
            "윤춘자님께\n춘자님께서 2025. 5. 7. 전화로 문의하신 건입니다.")
    names = _names(found, text)
    assert {"한동수", "한", "윤춘자", "춘자"} <= set(names), names
    assert names.count("한") == 1                       # not the 한 of 한동수 or of other words


@pytest.mark.parametrize("text", [
    "함께 사는 이웃과 나눔을 실천합니다.",
    "이곳에 사는 주민들은 반대했다.",
    "여기 사는 고양이가 많다.",
    "민원인을 상대로 설명하였다. 신청인을 대상으로 조사하였다.",
    "다섯째, 구획번호 당산-06-25, 신청인 신모씨, 주소 당산동 ***",     # masked by the drafter
    "신청인 — 여보세요, 정릉동인데요. 가스가 끊겼어요.",
    "확인 결과 이상 없음. 원인 분석 결과 이상 없음. 망 설치 공사를 마쳤다.",
    "낙상 예방 교육 실시. 담당 방문간호사 김윤서(☎ 02-879-7434).",   # an office line
    "발신지 : 서울\n수신인 : 리부아 신부\n지극히 공경하올 신부님께",   # 수신인 is not 수신 + 인
])
def test_words_that_only_look_like_those_kinds_stay_visible(found, text):
    assert _names(found, text) == [], found(text)


@pytest.mark.parametrize("text, value, label", [
    # a local-tax department's papers (family tax_appeals)
    ("  ※ 법인 측 확인자: 대표이사 조선춘과 재무팀 직원 승상율(010 3960 7740)", "승상율", "PERSON"),
    ("대 리 인 : 세무사 권말말 (세무법인 한결)", "권말말", "PERSON"),
    ("대리인 : 공인회계사 金東玉 (세무법인 새롬)", "金東玉", "PERSON"),
    ("사업주: 최윤례\n사업장 소재지: 서울특별시 영등포구 국제금융로 10", "최윤례", "PERSON"),
    ("청 구 인 : 김 순나 (생년월일: 690611)", "690611", "BIRTH_DATE"),
    ("생년월일 19850302 / 연락처 010-1234-5678", "19850302", "BIRTH_DATE"),
    ("· 성명\t신분광\n· 연락처\t010-7397-2512\n· 사유\t척추관협착증에 따른 사업 중단 및 생계 곤란",
     "척추관협착증", "HEALTH_INFO"),
])
def test_a_tax_departments_papers_mask_their_private_values(found, text, value, label):
    assert any(value in v and l == label for v, l in found(text)), found(text)


@pytest.mark.parametrize("text", [
    "문의: 세무관리과 김말지 / 다산콜센터 120\n○ 방문: (08832) 서울특별시 관악구 관악로 145 1층 세무1과\n",
    "마을세무사\n세무사 배정영\nTEL. 041)358-0600\n당진시 당진중앙2로 211-5",    # a directory, not an agent
    "생년월일: 690611-1234567",                                             # (an RRN, not a birth date)
])
def test_an_offices_address_and_a_professionals_directory_stay_visible(found, text):
    assert not [v for v, l in found(text) if l in ("ADDRESS", "BIRTH_DATE", "PERSON")], found(text)


def test_a_partys_address_on_the_indented_line_under_its_name(found):
    text = ("사건 2022차89980 대여금\n채 권 자 : 임 동현, 109호\n채 무 자 : 장상철\n"
            "          인천 남동구 만수동 1288-53\n채무자는 채권자에게 금 41,000,000원을 지급하라.\n")
    assert ("인천 남동구 만수동 1288-53", "ADDRESS") in found(text), found(text)


@pytest.mark.parametrize("text, names", [
    ("방문간호사 1명, 지역사회보장협의체 민간위원 추덕희, 남궁 윤호", {"추덕희", "남궁 윤호"}),
    ("| 소유자(상속인) | 김 경숙, 김경호(공유 각 1/2) |", {"김 경숙", "김경호"}),
    ("원고 김영수, 이영희, 박철수는 피고에게 손해배상을 청구하였다.", {"김영수", "이영희", "박철수"}),
])
def test_the_names_listed_after_a_private_persons_are_persons_too(found, text, names):
    assert names <= set(_names(found, text)), found(text)


@pytest.mark.parametrize("text", [
    "민원인 김영수, 주무관 이민호, 팀장 박철수 참석",                  # officials in the list
    "소유자 예옥순, 채증자 이수진, 비고 견인 요청.",                    # keys and values
    "1,범은정,한부모,기업은행,542-28-452788-8,범은정",                  # a CSV row's cells
    "까녹완 시숙(SRISUK Kanokwan), 태국, 외국인등록번호 7906246026769",  # a country
])
def test_what_follows_a_private_name_in_a_list_but_is_no_name(found, text):
    assert not set(_names(found, text)) & {"이민호", "박철수", "채증자", "한부모", "태국"}, found(text)


@pytest.mark.parametrize("text, name", [
    ("│6│2024가합81920│변상금부과처분취소│노승호 외 2명│법무법인 정률(오민훈)│7,000,000│3심│", "노승호"),
    ("│6│2024가합81920│변상금부과처분취소│노승호 외 2명│법무법인 정률(오민훈)│7,000,000│3심│", "오민훈"),
    ("차임 상당의 부당이득을 반환할 의무가 있다. 감정인 권혜선의 임료 감정결과에 의하면", "권혜선"),
])
def test_a_courts_parties_lawyers_and_experts(found, text, name):
    assert name in _names(found, text), found(text)


@pytest.mark.parametrize("text", [
    "피고  서울특별시 (대표자 시장 표소준)\n        소송수행자 탁소영, 유유윤\n조 정 장  판사 은하늘",
    "2002.09.26.∼2002.09.28.\n강헌 부현장 외 3명 당진군 방문(쌀 축제 참석)\n부군수 외 5명 철령현 방문",
    "청구인들 주소 및 주민등록번호는 별지 <상속인 목록> 기재와 같다.",
])
def test_the_citys_litigators_delegations_and_list_titles_stay_visible(found, text):
    assert not set(_names(found, text)) & {"탁소영", "유유윤", "부현장", "부군수", "목록"}, found(text)
