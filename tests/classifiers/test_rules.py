"""Per-ground phrase rules and the schema that guards classification.yaml."""
import shutil
from pathlib import Path

import pytest
import yaml

from classifiers import RulesError, load_classifier
from classifiers.rules import RuleEngine, strip_marking
from classifiers.schema import load_rules
from rules import rules_dir

ENGINE = RuleEngine(load_rules(rules_dir()))

CASES = {
    2: ("국제회의 대표단 경호 계획\n○ 수도방위사령부 및 대테러 합동 점검, 국가중요시설 통합방위 훈련\n"
        "○ 경비 인력 배치와 초소 위치, 통제구역 출입통제, 순찰 공백 시간 보완\n○ 관계자 외 열람 제한", {2, 3}),
    3: ("정수센터 방호 계획\n○ 경비 인력 12명 배치, 야간 순찰 공백 20분\n○ 서측 비상 출입구 사각지대, 통제구역 출입통제 강화", {3}),
    4: ("○○경찰서 사실조회 요청 회신\n○ 귀 서에서 수사 중인 사건의 피의자 인적 사항을 제공함\n"
        "○ 수사 진행 상황이 알려질 경우 증거 인멸 우려", {4}),
    5: ("○○복지관 특정감사 중간 보고\n○ 감사 진행 상황: 관계인 면담 및 진술 확인 중, 위법 여부 확정 전\n"
        "○ 감사 결과 확정 전까지 관계자 외 열람 제한", {5}),
    6: ("통합사례관리 대상자 개별 사례 보고\n○ 대상자 기본 정보, 가구 구성 1인 가구\n○ 우울증 진단, 약물 복용 중\n"
        "○ 월세 체납 및 카드 채무, 개인회생 상담\n○ 일부 가림 처리로는 대상자가 특정되는 것을 막기 어려움", {6}),
    7: ("용역 원가계산 검토\n○ 업체 제출 원가계산서와 단가 산출 내역, 자사 특허 공법에 따른 공급 단가\n"
        "○ 경쟁사에 알려질 경우 영업상 비밀 침해로 업체가 대외 비공개 요청", {7}),
    8: ("공영주차장 부지 매입 검토(내부 검토안)\n○ 후보지 3곳 공시지가 및 감정평가 예상액 비교, 보상 협의 방안\n"
        "○ 매입 예정 가격이 사전에 알려질 경우 투기 및 호가 상승 우려", {8}),
}


@pytest.mark.parametrize("ground", sorted(CASES))
def test_each_ground_fires_nonpublic_on_its_phrases(ground):
    text, expected = CASES[ground]
    r = ENGINE.evaluate(text)
    assert r.verdict == "nonpublic", r.reasons
    assert expected <= set(r.grounds), r.reasons
    assert any(f"item {ground}" in x for x in r.reasons)


def test_item5_needs_the_matter_to_be_open():
    closed = "종합감사 결과 공개\n○ 특정감사 결과 지적 사항 3건, 관계인 면담 결과 처분 요구 완료"
    assert 5 not in ENGINE.evaluate(closed).grounds
    assert 5 in ENGINE.evaluate(closed + "\n○ 추가 조사 진행 중").grounds


def test_ordinary_notice_fires_nothing():
    r = ENGINE.evaluate("무더위쉼터 운영 안내\n○ 기간: 7월~8월\n○ 대상: 서울시민 누구나\n○ 문의: 다산콜센터 02-120")
    assert r.verdict == "none" and not r.grounds and r.strength == "none"


def test_masked_part_gives_partial_not_nonpublic():
    r = ENGINE.evaluate("계약 결과\n○ 원가 구성과 산출 근거는 영업상 비밀이므로 해당 부분을 가림 처리함")
    assert r.verdict == "partial" and 7 in r.grounds


def test_drafters_marking_is_never_evidence():
    text = "공개여부: 비공개(법 제9조제1항제5호) 열람 제한\n무더위쉼터 운영 안내"
    assert "비공개" not in strip_marking(text, ENGINE.rules.ignore_lines)
    assert ENGINE.evaluate(text).withhold == []


def test_spacing_and_line_breaks_do_not_hide_a_phrase():
    assert ENGINE.evaluate("자료는 관계자 외\n열람  제한").withhold


def _broken(tmp_path: Path, mutate) -> Path:
    shutil.copy(rules_dir() / "classification.yaml", tmp_path / "classification.yaml")
    data = yaml.safe_load((tmp_path / "classification.yaml").read_text(encoding="utf-8"))
    mutate(data)
    (tmp_path / "classification.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(unknown_key=1),
    lambda d: d["withhold"].append("  "),
    lambda d: d["grounds"].update({9: d["grounds"][1]}),
    lambda d: d["grounds"][4].update(min_hits=999),
    lambda d: d["grounds"][3].update(topc=["typo"]),
    lambda d: d.pop("withhold"),
])
def test_broken_rules_raise(tmp_path, mutate):
    with pytest.raises(RulesError):
        load_classifier(_broken(tmp_path, mutate))


def test_missing_or_unparsable_rules_raise(tmp_path):
    with pytest.raises(RulesError):
        load_classifier(tmp_path)
    (tmp_path / "classification.yaml").write_text("grounds: [unclosed", encoding="utf-8")
    with pytest.raises(RulesError):
        load_classifier(tmp_path)


def test_document_type_nonpublic_by_nature():
    text = "2026년 상반기 근무성적 평정 결과 보고\n○ 평정 대상 12명, 평정 절차에 따라 진행함"
    r = ENGINE.evaluate(text, "인사 평가")
    assert r.verdict == "nonpublic" and r.strength == "strong"
    assert 5 in r.grounds and r.type_grounds == [5]
    assert any("document type '인사 평가'" in x for x in r.reasons)
    # the same words under an ordinary type are not nonpublic by type
    other = ENGINE.evaluate(text, "결과보고서")
    assert other.type_grounds == [] and other.verdict != "nonpublic"


def test_statutory_item7_argument_is_withholding_language():
    text = ("용역 원가 검토 결과\n○ 산출 내역(업체 제출 원가), 산출 근거\n"
            "○ 위 원가 자료는 업체의 영업상 비밀로서 공개 시 정당한 이익을 현저히 해칠 우려가 있음")
    r = ENGINE.evaluate(text)
    assert r.verdict == "nonpublic" and 7 in r.grounds, r.reasons


def test_disciplinary_committee_still_to_meet_is_an_open_matter():
    text = "직원 징계 의결 요구(안)\n○ 징계 혐의 요지: 금품 수수 의혹\n○ 징계위원회 심의 예정: 2025.02.10."
    r = ENGINE.evaluate(text)
    assert 5 in r.grounds, r.reasons


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(nonpublic_doc_types={"인사 평가": []}),
    lambda d: d.update(nonpublic_doc_types={"인사 평가": [9]}),
    lambda d: d.update(nonpublic_doc_types={" ": [5]}),
])
def test_broken_type_rules_raise(tmp_path, mutate):
    with pytest.raises(RulesError):
        load_classifier(_broken(tmp_path, mutate))


def test_a_short_phrase_never_matches_across_words():
    """With whitespace ignored, 을지 would be found in '훈련을 지원' and 내사 in '관내
    사업'; a phrase of two letters matches only as written."""
    text = "국군부대 교육훈련을 지원하고 관내 사업을 점검함. 국빈 방한 계기"
    r = ENGINE.evaluate(text)
    assert 2 not in r.grounds or "을지" not in " ".join(r.hits[2].topic), r.reasons
    assert "내사" not in r.hits[4].topic
    assert "혐의" in ENGINE.evaluate("사기 혐의로 조사").hits[4].topic
    # longer phrases still match across spaces and line breaks
    assert "수사 협조" in ENGINE.evaluate("수사\n협조 요청").hits[4].topic


LAW = "\n".join(
    ["대한민국헌법", "제1장 총강"]
    + [f"제{n}조 {body}" for n, body in enumerate([
        "① 모든 국민은 신체의 자유를 가진다.",
        "① 체포·구속·압수 또는 수색을 할 때에는 적법한 절차에 따라 검사의 신청에 의하여 법관이 발부한 영장을 제시하여야 한다.",
        "② 피의자가 도피 또는 증거 인멸의 염려가 있을 때에는 사후에 영장을 청구할 수 있다.",
        "대통령은 외국의 외교 사절을 신임·접수 또는 파견하며, 선전포고와 강화를 한다.",
        "국군부대의 외국 파견에 대하여 국회는 동의권을 가진다.",
        "형사피의자 또는 형사피고인으로서 구금되었던 자는 법률이 정하는 바에 의하여 보상을 청구할 수 있다.",
    ], start=10)])


def test_a_text_written_in_articles_is_not_withheld_by_the_words_of_the_law():
    """The Constitution names 피의자, 압수, 증거 인멸 and 외교 사절 because it rules on
    them for everyone: the phrase rules must not read them as this document's grounds."""
    r = ENGINE.evaluate(LAW)
    assert r.statute and r.articles == 6
    assert r.verdict == "none" and not r.grounds and not r.withhold, r.reasons
    assert any("written in articles" in x for x in r.reasons)
    # the same words in a document about a matter still withhold it
    matter = LAW.replace("\n제", "\n- 제", 3)
    assert not ENGINE.evaluate(matter).statute
    assert ENGINE.evaluate(CASES[4][0]).verdict == "nonpublic"
