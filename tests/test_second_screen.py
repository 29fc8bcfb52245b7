"""The second screen: what layer 1 left readable, checked by rules it does not share.

Detections are given by hand here (the screen reads any layer's output), so each test
says exactly what was masked; one test runs the real filter end to end.
"""
from __future__ import annotations

import re

import pytest

from disclosure.second_screen import ENGLISH, PREFIX, SecondScreen, load_screen_rules, screen_reasons
from domain.types import Detection, DocumentMeta


@pytest.fixture(scope="module")
def screen():
    return SecondScreen()


def masked(text: str, *values: str, label: str = "PERSON") -> list[Detection]:
    out = []
    for v in values:
        for m in re.finditer(re.escape(v), text):
            out.append(Detection(m.start(), m.end(), label, 1.0, "test"))
    return out


def kinds(screen, text, dets=(), meta=None):
    return [(s.kind, text[s.start:s.end]) for s in screen.screen(text, list(dets), meta)]


@pytest.mark.parametrize("text,value", [
    ("연락처 010-2345-6789로 회신 바랍니다.", "010-2345-6789"),
    ("휴대전화 01023456789", "01023456789"),
    ("+82 10 2345 6789 (본인)", "+82 10 2345 6789"),
    ("주민등록번호 900101-1234567", "900101-1234567"),
    ("외국인 등록번호: 850315-5123456", "850315-5123456"),
    ("카드 9410-1234-5678-9012 분실", "9410-1234-5678-9012"),
    ("지급계좌: 국민은행 123456-01-234567", "123456-01-234567"),
    ("여권번호 M12345678", "M12345678"),
    ("위반 차량 12가3456 (승용)", "12가3456"),
    ("생년월일: 1985. 3. 12.", "1985. 3. 12."),
    ("회신 주소 minsu82@gmail.com", "minsu82@gmail.com"),
    ("e-mail: kim.j (at) naver.com", "kim.j (at) naver.com"),
])
def test_identifiers_left_readable_are_suspects(screen, text, value):
    found = kinds(screen, text)
    assert any(v == value for _, v in found), found
    # masked by layer 1: nothing left to suspect
    assert kinds(screen, text, masked(text, value, label="X")) == []


@pytest.mark.parametrize("text", [
    "문의: 도시계획과 주무관 김영수 (02-2133-1234)",
    "사업자등록번호 123-45-67890, 대표전화 1588-1234",
    "법인등록번호 110111-1234567",
    "| 법인등록번호 | 110111-2105401 |\n| 대표자 | (주)한강 |",
    "세입 반납 계좌: 우리은행 1005-362-759451 (예금주: 서울특별시)",
    "관용차량(39나2472, 교통행정과 소속)은 사고와 무관함",
    "담당 jhkim@seoul.go.kr",
    "특허 공법(제10-8931071호) 적용",
    "2026. 3. 2. 개정, 법률 제12345호, 예산 1,366,000,000원",
    "민원인 편의를 위하여 안내합니다. 주민 여러분의 관심을 부탁드립니다.",
    "신고인이 평소 사용하는 접속 IP",
    "1인 가구 (자녀 김○수와 연락 두절)",
    "전 세입자인 박모씨가 고소장을 접수했다.",
])
def test_official_and_public_values_are_not_suspects(screen, text):
    assert kinds(screen, text) == []


@pytest.mark.parametrize("text,name", [
    ("민원인 홍길동의 요청에 따라", "홍길동"),
    ("원고 남궁민수는 2025. 3. 2. 소를 제기하였다.", "남궁민수"),
    ("보호자: 안민수", "안민수"),
    ("참석자: 김초롱(토지등소유자), 이현정 팀장", "김초롱"),
    ("수신  김 나래 님 귀하", "김 나래"),
    ("신청인 홍 재 석", "홍 재 석"),
    ("Dear Ms Nguyen, your application", "Nguyen"),
])
def test_names_by_private_roles(screen, text, name):
    assert ("" , name) in [("", v) for _, v in kinds(screen, text)]


def test_officials_in_role_are_not_suspects(screen):
    text = "기안자 주무관 홍길동\n민원인 [가림] 님의 질의에 담당 팀장 김영희가 답변함"
    meta = DocumentMeta(drafter="홍길동")
    assert kinds(screen, text, meta=meta) == []


def test_table_column_with_some_names_masked(screen):
    text = ("| 연번 | 대상자 | 지급액 |\n|---|---|---|\n"
            "| 1 | 김상철 | 650,000원 |\n| 2 | 최영식 | 660,000원 |\n| 3 | 강상호 | 650,000원 |")
    dets = masked(text, "김상철", "강상호")
    found = screen.screen(text, dets)
    assert [(s.kind, s.where, text[s.start:s.end]) for s in found] == [("표의 이름 칸", "1번 표 '대상자' 열", "최영식")]
    assert screen_reasons(text, found) == [f"{PREFIX}: 표의 이름 칸 1건 (1번 표 '대상자' 열) — 공개 전에 확인하세요 {ENGLISH}"]


def test_row_whose_private_values_were_masked(screen):
    text = ("성명\t생년월일\t연락처\n"
            "도윤서\t1983-11-15\t010-1234-5678\n")
    dets = masked(text, "1983-11-15", label="BIRTH_DATE") + masked(text, "010-1234-5678", label="PHONE")
    assert [v for _, v in kinds(screen, text, dets)] == ["도윤서"]


def test_officials_row_in_a_duty_roster_is_not_suspect(screen):
    text = ("| 구분 | 성명 | 사무실 | 휴대전화 |\n"
            "| 상황실장 | 박지우 | 02-3707-9400 | 010-6873-6878 |\n"
            "| 경비반장 | 윤재현 | 02-3707-9389 | 010-2115-9873 |\n")
    dets = masked(text, "010-6873-6878", "010-2115-9873", label="PHONE")
    assert kinds(screen, text, dets) == []


def test_ordinary_words_in_name_columns_are_not_names(screen):
    text = ("| 연번 | 성명 | 처리 |\n| 1 | 김상철 | 이송 |\n| 2 | 최영식 | 현장 조치 |\n| 3 | 강상호 | 이의신청 |")
    dets = masked(text, "김상철", "최영식", "강상호")
    assert kinds(screen, text, dets) == []


def test_reasons_are_korean_and_never_show_the_value(screen):
    text = "1. 개요\n연락처 010-2345-6789\n휴대폰 010-9876-5432\n"
    reasons = screen_reasons(text, screen.screen(text, []))
    assert reasons == [f"{PREFIX}: 휴대전화 번호 2건 (2, 3번째 줄) — 공개 전에 확인하세요 {ENGLISH}"]
    assert "010" not in " ".join(reasons)


def test_rules_file_is_validated(tmp_path):
    from disclosure.second_screen import ScreenRulesError
    (tmp_path / "second_screen.yaml").write_text("private_roles: []\n", encoding="utf-8")
    with pytest.raises(ScreenRulesError):
        load_screen_rules(tmp_path)


def test_filter_sends_a_document_with_a_suspect_to_review(monkeypatch):
    """Through the real filter: layer 1 is made to miss a name in a table, and the
    document that would have been published goes to review with the screen's reason."""
    from classifiers import load_classifier
    from disclosure.decide import load_policy
    from disclosure.filter import run_filter
    from masking import Layer1

    layer1, clf, policy = Layer1.from_rules(), load_classifier(), load_policy()
    text = ("2026년 생활안정자금 지급 결과 보고\n\n"
            "1. 지급 내역\n| 연번 | 대상자 | 지급액 |\n|---|---|---|\n"
            "| 1 | 김상철 | 650,000원 |\n| 2 | 최영식 | 660,000원 |\n\n"
            "2. 문의: 복지정책과 주무관 이지은 (02-2133-7000)\n")
    meta = DocumentMeta(id="t-1", title="2026년 생활안정자금 지급 결과 보고", drafter="이지은",
                        approver="박민수", approver_rank="과장", department="복지정책과")
    full = layer1.detect(text, meta)
    assert {text[d.start:d.end] for d in full} >= {"김상철", "최영식"}
    missed = [d for d in full if text[d.start:d.end] != "최영식"]
    fr = run_filter(text, meta, layer1, clf, policy, detections=missed)
    assert fr.decision.state == "review"
    assert any(r.startswith(PREFIX) and "'대상자' 열" in r for r in fr.decision.reasons)
    whole = run_filter(text, meta, layer1, clf, policy, detections=full)
    assert not any(r.startswith(PREFIX) for r in whole.decision.reasons)


@pytest.mark.parametrize("text,value,kind", [
    ("가. 진민준 (2시간, 외국인등록번호 660605-5559752, 190,000)", "진민준", "가려진 번호와 같은 줄의 이름"),
    ("피해자 林智英은 현장에서 이송되었다.", "林智英", "한자 이름"),
    ("이번 사고로 현 재 훈이 다쳤다.", "현 재 훈", "띄어 쓴 이름"),
    ("산책 중이던 사종필(69세)을 물었다.", "사종필", "나이나 '씨' 앞 이름"),
    ("│ 민원인    │ 노지아                         │", "노지아", "'민원인' 뒤 이름"),
])
def test_record_lines_hanja_and_spaced_names(screen, text, value, kind):
    dets = masked(text, "660605-5559752", label="KR_FRN")
    assert (kind, value) in kinds(screen, text, dets)


def test_health_in_a_sentence_with_a_masked_name(screen):
    text = "○ 김영수는 좌측 발목 골절로 입원 치료 중이다.\n○ 장애인 편의시설 정비 계획을 수립한다."
    found = kinds(screen, text, masked(text, "김영수"))
    assert [k for k, _ in found] == ["이름과 같은 문장의 건강 정보"]
    assert kinds(screen, text) == []          # no person named: policy text, not a condition


def test_glossed_hanja_and_spaced_function_words_are_not_names(screen):
    text = ("성종(成宗) 2년에 전국을 12주로 나누었다.\n근거 법령: 「폐기물관리법」 제8조 및 제68조\n"
            "위 표 중 산출 근거는 붙임과 같다.")
    assert kinds(screen, text) == []


@pytest.mark.parametrize("text,value,kind", [
    ("이정수: 소음이 밤마다 계속됩니다.", "이정수", "발언자 이름"),
    ("【남궁민수】 보상 기준을 알려 주십시오.", "남궁민수", "발언자 이름"),
    ("- 박지연(주민) : 동의합니다.", "박지연", "발언자 이름"),
    ("1203호(김영희)는 반대 의견을 냈다.", "김영희", "호수 옆 이름"),
    ("From: John Smith\nSubject: noise", "John Smith", "영문 이름"),
])
def test_speakers_units_and_english_parties(screen, text, value, kind):
    found = kinds(screen, text)
    assert value in [v for _, v in found]       # (박지연(주민) is found by its bracketed role first)
    assert (kind, value) in found or kind == "발언자 이름"


@pytest.mark.parametrize("text", [
    "일시: 2026. 3. 2.\n장소: 시청 대회의실\n위원장: 회의를 시작하겠습니다.",
    "김영수(도시계획과장): 검토하겠습니다.",
    "김영수 과장: 검토하겠습니다.",
    "From: Kim Min-su, Director, Global Center\nTo: Team Leader Park",
    "시설명: 정릉동 공공 도서관 / 소재지: 서울특별시 성북구 동소문로 256",
    "도시명 : 서울특별시 용산구",
])
def test_officials_speaking_are_not_suspects(screen, text):
    assert kinds(screen, text, meta=DocumentMeta()) == []


def test_an_instance_reads_the_screen_of_its_own_rules(tmp_path):
    """`disclosure --rules DIR`: the second screen reads DIR's second_screen.yaml, as the
    layers and the policy read theirs, and `rules check` refuses a broken one."""
    import shutil

    from click.testing import CliRunner

    from disclosure.cli import cli
    from disclosure.instance import Instance
    from rules import rules_dir

    custom = tmp_path / "rules"
    shutil.copytree(rules_dir(), custom)
    path = custom / "second_screen.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("private_roles: [민원인, ", "private_roles: [참관인, "),
                    encoding="utf-8")
    inst = Instance(tmp_path / "instance", custom)
    text = "참관인 홍길순의 의견"
    assert [s.kind for s in inst.screen.screen(text, [])] == ["'참관인' 뒤 이름"]
    assert [s.kind for s in SecondScreen().screen(text, [])] == []
    path.write_text("private_roles: []\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--rules", str(custom), "rules", "check"])
    assert result.exit_code != 0 and "rules invalid" in result.output


def test_a_readable_name_with_a_two_letter_surname_is_a_suspect_anywhere():
    from disclosure.second_screen import SecondScreen, load_screen_rules

    screen = SecondScreen(load_screen_rules())
    text = "| 방문일 | 2025/07/08 |\n| 원장 | 황보서윤 |\n\n2. 점검 결과\n"
    assert any(text[s.start:s.end] == "황보서윤" for s in screen.screen(text, []))
    # the word is masked, or it is no name: nothing to send to review
    assert not screen.screen("| 원장 | ▇▇▇▇ |\n동방의 등불, 서문에 적힌 대로", [])
