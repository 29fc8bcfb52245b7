"""Person records that are not clean one-line table rows: a landline on its own line of
a ``key: value`` record, rows broken inside a cell, compound column headers, passport
columns, partly found condition cells, and the words that only look like names."""
from domain.types import DocumentMeta


def values(found, text, **kw):
    return {v for v, _ in found(text, **kw)}


def test_landline_on_its_own_line_of_a_private_record(found):
    text = ("수신  김춘섭 귀하\n주소: 서울 성북구 동소문로 75 113동 2201호\n연락처: 043-768-8335\n\n"
            "1. 귀하께서 신청하신 민원에 대하여 알려 드립니다.\n\n"
            "문의: 민원담당관 주무관 박서준 (031-555-1234)\n")
    got = values(found, text)
    assert "김춘섭" in got and "043-768-8335" in got
    assert not any("031-555-1234" in v or "박서준" in v for v in got)


def test_landline_under_a_phone_header_in_a_person_list(found):
    text = ("성명  생년월일  연락처(전화)  인정 시간\n"
            "이춘식  1950.12.11  010-2873-0012  57시간\n"
            "전정자  1943. 7. 12.  043-3795-1845  40시간\n")
    assert "043-3795-1845" in values(found, text)


def test_list_row_broken_inside_a_cell(found):
    text = ("(성명 / 주소 / 처분 / 비고)\n"
            "1) 서준은 / 노원구 동일로 130\n1층 1401호 / 과태료 부과 / -\n"
            "2) 김광현 / 서울시 노원구 공릉로 12 3층 301호 / 과태료 부과 / -\n")
    got = " ".join(values(found, text))
    assert "서준은" in got and "1401호" in got and "동일로 130" in got


def test_address_cell_going_on_on_the_next_line(found):
    text = ("성명  연락처  주소\n"
            "안세경  +82 10 9478 4310  서울특별시 용산구\n한남대로 218 103동 1801호\n"
            "문재경  010-4593-9848  서울특별시 마포구 성미산로 268 110동 606호\n")
    got = " ".join(values(found, text))
    assert "한남대로 218 103동 1801호" in got


def test_compound_header_ends_with_its_head_noun(found):
    text = ("지번\t면적\t소유자\t소유자 주소\t감정가\n"
            "서대문구 홍제동 13-12\t725㎡\t김준석\t서울시 도봉구 도봉로29길 72 102호\t11,000,000,000원\n")
    got = found(text)
    assert ("김준석", "PERSON") in got
    assert any(label == "ADDRESS" and "도봉로29길" in v for v, label in got)


def test_passport_column_of_any_format(found):
    text = ("구분\t성명\t생년월일\t연락처\t여권번호\n"
            "민간 전문가\t고동선\t1984년 5월 18일\t010-7734-9299\tPDRWYF7P\n"
            "청년 대표\t백현환\t74.11.09\t010-3954-0219\tNLURFALFS\n")
    got = values(found, text)
    assert {"PDRWYF7P", "NLURFALFS"} <= got


def test_condition_cell_found_in_part_is_masked_whole(found):
    text = ("성명\t생년월일\t위기 사유\t지원액\t입금 계좌\n"
            "연춘은\t1984.03.22\t우측 발목 골절(전치 6주)\t1,580,000원\t카카오뱅크 9463-97-4035319\n"
            "박말서\t1988.08.03\t시각장애 1급\t1,330,000원\t국민은행 291887-57-879605\n")
    got = " ".join(values(found, text))
    assert "우측 발목 골절" in got and "시각장애 1급" in got


def test_words_that_only_look_like_names_stay(found):
    text = ("제목: 직원 성과평가 이의신청 검토\n\n"
            "  ○ 장소: 노들섬(서울특별시 용산구 양녕로 445)\n"
            "  ○ 이지아 님은 전신주 주변에 생활쓰레기와 폐가구를 버린 자를 신고함\n"
            "  ○ 참석자: 이지은 팀장, 재무과 주무관 김현숙\n")
    got = values(found, text)
    assert "이지아" in got
    assert not got & {"성과평", "노들섬", "주변에", "이지", "이지은"}
    assert not any("양녕로" in v for v in got)


def test_landline_written_without_separators_in_a_private_record(found):
    text = ("1. 대상자 정보\n  ○ 주소: 서울특별시 은평구 서오릉로 145 113동 305호\n"
            "  ○ 주민등록번호: 940206-2837358\n  ○ 연락처 : 05255165106\n\n2. 상담 내용\n")
    assert "05255165106" in values(found, text)


def test_key_and_value_parted_by_two_spaces(found):
    text = ("1. 대상자 정보\n  ○ 주민등록번호: 940206-2837358\n  ○ 주소: 서울 은평구 서오릉로29길 25 402호\n"
            "  ○ 연락처  063-8935-3455\n\n2. 참고\n  ○ 문의: 복지정책과 주무관 박서준 063-555-1234\n")
    got = values(found, text)
    assert "063-8935-3455" in got
    assert not any("063-555-1234" in v for v in got)


def test_unformatted_licence_number_in_a_person_row(found):
    text = ("(응시번호 / 성명 / 생년월일 / 연락처 / 운전면허번호)\n"
            "1) 25-7488 / 탁시규 / 2011. 11. 01 / 010-9770-9707 / 12-13-784274-17\n"
            "2) 25-2307 / 에밀리 브라운 / 12.08.19 / 010-3947-6119 / 171213295985\n")
    assert "171213295985" in values(found, text)
    # twelve digits with no person in the row (a budget code) stay
    assert "171213295985" not in values(found, "예산과목 코드 171213295985 (일반회계)\n")


def test_landline_a_counsellor_will_call_in_english(found):
    text = ("  - Your case was referred to the Labor Office; a counsellor will call you at 052-870-4325.\n"
            "Inquiries: Seoul Global Center, 02-2075-4180\n")
    got = values(found, text)
    assert "052-870-4325" in got and "02-2075-4180" not in got


def test_landline_in_a_row_with_a_home_address_and_a_plate(found):
    text = ("| 관리번호 | 성명 | 주소 | 차량번호 | 연락처 |\n|---|---|---|---|---|\n"
            "| 강서-052 | 마리아 산토스 | 서울시 마포구 망원로 293 111동 1802호 | 39로2348 | (064)3438-9715 |\n")
    assert "(064)3438-9715" in values(found, text) or "064)3438-9715" in " ".join(values(found, text))


def test_trainee_named_with_a_bracketed_particle(found):
    got = values(found, "  ○ 수강생 송보정은(는) 공황장애로 통원 치료 중으로 실습 일부 면제\n")
    assert "송보정" in got


def test_name_key_parted_from_its_value_by_two_spaces(found):
    text = "1. 대상자 정보\n  ○ 성명  유순솔\n  ○ 주민등록번호: 990125-1607673\n"
    assert "유순솔" in values(found, text)


def test_name_ending_in_a_particle_syllable_before_a_form_of_address(found):
    got = values(found, "서울특별시\n\n수신  임형은 님 귀하\n(경유)\n제목  민원 처리 결과\n")
    assert "임형은" in got


def test_statement_after_role_and_name_is_not_a_name(found):
    text = ("[2] 진술 요지\n  ▶ 진술인 육예람: 환경영향평가 결과 공개를 요청한다\n"
            "  ▶ 공익신고자 권춘기(010-4832-4213): 납품 물량 일부가 반출되었다\n")
    got = values(found, text)
    assert "육예람" in got and "권춘기" in got
    assert not any("요청한다" in v or "반출되었다" in v for v in got)


def test_bill_proposers_closed_by_their_rank_stay(found):
    assert values(found, "제안자 : 서정민·고현우·마은숙 의원(3인)\n") == set()
    # a comma list mixes private persons and officials: the rank closes only its name
    got = values(found, "  ○ 참석자: 외부위원 양도현, 박동현 과장, 민간위원 김서영\n")
    assert {"양도현", "김서영"} <= got and "박동현" not in got


def test_role_words_are_not_names_and_words_inside_titles_are_not_roles(found):
    got = values(found, "  ○ 참석자: 민원인 김영수\n  ○ 검토보고(곽윤정 전문위원), 행정안전위원회 전문위원 곽윤정\n")
    assert "김영수" in got and "민원인" not in got and "곽윤정" not in got


def test_brackets_after_a_word_must_hold_personal_details(found):
    text = ("  ○ 도착 지점: 여의도공원 도착 (21.0975km)\n  - 주간(07:00 ~ 19:00)\n"
            "  1. 개회 및 인사말 (서울특별시 도시교통실장)\n")
    assert values(found, text) == set()


def test_an_offices_own_address_in_its_contact_record_stays(found):
    text = ("6. Contact\nSeoul Global Center, Global Support Team\n"
            "Address: 38 Jong-ro, Jongno-gu, Seoul 03188, Republic of Korea\n"
            "Tel: +82-2-2075-4180\nE-mail: sgc@seoul.go.kr\n\n"
            "6. 찾아오시는 길\n  ○ 지하철: 4·7호선 노원역 9번 출구\n  ○ 주소: (01689) 서울특별시 노원구 동일로 1414\n")
    assert values(found, text) == set()
    # the same key in a record about a private person is masked
    private = "1. 신청인\n  ○ 성명: 김민수\n  ○ 주소: 서울특별시 노원구 동일로 1414, 101동 202호\n  ○ 연락처: 010-2345-6789\n"
    assert any("동일로 1414" in v for v in values(found, private))


def test_health_of_a_role_without_a_name(found):
    text = "  ○ 신고자는 신원 노출 시 불이익을 우려하며 불안장애로 통원 치료 중임\n"
    assert any("불안장애" in v for v in values(found, text))
