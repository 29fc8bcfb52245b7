"""Per-recognizer tables: the value must be found whole (positive) or left alone (negative)."""
import pytest


POSITIVE = [
    ("주민등록번호: 900101-1234568", "900101-1234568", "KR_RRN"),
    ("주민번호 9001011234568 확인", "9001011234568", "KR_RRN"),
    ("| 주민등록번호 | 730610 - 1428115 |", "730610 - 1428115", "KR_RRN"),
    ("생년월일(주민번호) 941022-1****** 확인", "941022-1******", "KR_RRN"),
    ("외국인등록번호 850315-5123456", "850315-5123456", "KR_FRN"),
    ("연락처 010-1234-5678", "010-1234-5678", "PHONE"),
    ("연락처 010 1234 5678", "010 1234 5678", "PHONE"),
    ("연락처 01012345678", "01012345678", "PHONE"),
    ("연락처 +82-10-1234-5678", "+82-10-1234-5678", "PHONE"),
    ("연락처 (010)7634-3211", "(010)7634-3211", "PHONE"),
    ("friend (+1 (501) 555-0198) said", "+1 (501) 555-0198", "PHONE"),
    ("전자우편 hong.gd@naver.com 으로", "hong.gd@naver.com", "EMAIL"),
    ("국민은행 123456-01-234567 입금", "123456-01-234567", "BANK_ACCOUNT"),
    ("카드취소 9410-7381-3667-1088", "9410-7381-3667-1088", "CARD_NUMBER"),
    ("여권번호 M123A4567", "M123A4567", "KR_PASSPORT"),
    ("Passport No.  C2723128", "C2723128", "KR_PASSPORT"),
    ("운전면허번호: 11-12-123456-12", "11-12-123456-12", "KR_DRIVER_LICENSE"),
    ("운전면허 강원 91-432304-06", "강원 91-432304-06", "KR_DRIVER_LICENSE"),
    ("신고 차량: 12가3456 (승용차)", "12가3456", "VEHICLE_PLATE"),
    ("가해 차량: 서울 12모 3753", "서울 12모 3753", "VEHICLE_PLATE"),
    ("접속 IP 203.0.113.45 로그인", "203.0.113.45", "IP_ADDRESS"),
    ("참가자 김수진(1954.12.31.생)", "1954.12.31.", "BIRTH_DATE"),
    ("생년월일: 1985. 3. 12.", "1985. 3. 12.", "BIRTH_DATE"),
]

NEGATIVE = [
    ("사업자등록번호 123-45-67890", None),
    ("법인등록번호 110111-1234567", None),
    ("부과 관리번호: 9802325859571", None),          # impossible month/day
    ("회계코드 2031-312-4501", None),                 # budget code
    ("문의: 주무관 김영수(☎ 02-2133-8652)", None),    # office line
    ("다산콜센터 02-120", None),
    ("담당자 이메일 minwon@seoul.go.kr", None),
    ("영상 서버: 내부망 10.237.15.14", None),         # internal server
    ("시내버스 서울70사1234 운행", None),              # commercial plate
    ("세입 반납 계좌: 우리은행 1005-147-348145 (예금주: 서울특별시)", None),
    ("대표전화 1670-8995", None),
    ("시행일자 2025. 6. 4.", None),
]


@pytest.mark.parametrize("text,value,label", POSITIVE)
def test_positive(found, text, value, label):
    hits = found(text)
    assert (value, label) in hits, hits


@pytest.mark.parametrize("text,_", NEGATIVE)
def test_negative(found, text, _):
    assert found(text) == []


def test_fullwidth_digits(found):
    text = "연락처 ０１０－３４２８－４５２１"
    assert found(text, "PHONE") == [("０１０－３４２８－４５２１", "PHONE")]


def test_rrn_split_over_line(found):
    text = "| 주민등록번호 | 871108-\n2677010 |"
    assert found(text, "KR_RRN") == [("871108-\n2677010", "KR_RRN")]
