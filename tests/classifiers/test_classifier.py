"""The combined classifier: interface, fail-closed behaviour, and the dev-corpus bar."""
import json
from pathlib import Path

import pytest

from classifiers.classifier import combine
from classifiers.rules import RuleEngine
from classifiers.schema import load_rules
from disclosure.decide import decide
from domain.types import Classification, Detection, DocumentMeta
from rules import rules_dir

DEV = Path("/work/shared/corpus/dev/corpus.jsonl")
PI = [Detection(0, 3, "PERSON", 0.99, "test", "private name")]
NOTICE = "무더위쉼터 운영 안내\n1. 기간: 2026. 7. 1. ~ 8. 31.\n2. 대상: 서울시민 누구나\n3. 문의: 다산콜센터 02-120"
POLICE = ("관악경찰서 수사협조 의뢰 회신\n1. 귀 서에서 수사 중인 사기 사건과 관련하여 「형사소송법」 제199조에 따라 "
          "피의자 홍길동의 자료를 제공함\n2. 수사 진행 상황이 외부에 알려질 경우 증거 인멸 및 도주 우려가 있어 관계자 외 열람 제한")


def test_interface_and_reasons(clf):
    c = clf.classify(NOTICE, DocumentMeta(approver_rank="과장"), [])
    assert isinstance(c, Classification) and c.grade == "public" and c.model
    assert 0 <= c.confidence <= 1 and any("model P(nonpublic)" in r for r in c.reasons)


def test_private_detections_make_it_at_least_partial(clf):
    c = clf.classify(NOTICE, DocumentMeta(), PI)
    assert c.grade in ("partial", "nonpublic") and 6 in c.grounds


def test_police_request_is_withheld(clf, policy):
    m = DocumentMeta(approver_rank="국장", marked_grade="public")
    c = clf.classify(POLICE, m, PI)
    assert c.grade == "nonpublic" and 4 in c.grounds
    assert decide(m, PI, c, policy).state == "withhold"


def test_item5_release_date_from_text(clf):
    text = ("○○복지관 특정감사 진행 상황 보고\n○ 감사 진행 중, 관계인 면담 및 진술 확인 단계\n"
            "○ 감사 종료 예정: 2026. 10. 31.\n○ 결과 확정 전까지 관계자 외 열람 제한")
    c = clf.classify(text, DocumentMeta(approved_at="2026-09-01"), [])
    assert c.grade == "nonpublic" and set(c.grounds) == {5} and c.release_date == "2026-10-31"


@pytest.mark.parametrize("bad", [None, 42, b"bytes"])
def test_bad_text_raises_and_pipeline_reviews(clf, policy, bad):
    from disclosure.filter import run_filter

    class Layer1:
        def detect(self, text, meta):
            return []

        def mask(self, text, dets):
            return type("M", (), {"text": str(text)})()

    with pytest.raises(Exception):
        clf.classify(bad, DocumentMeta(), [])
    assert run_filter(bad, DocumentMeta(approver_rank="시장"), Layer1(), clf, policy).decision.state == "review"


def test_broken_model_never_publishes(clf, policy):
    class Broken:
        name = "broken"
        calibration = {"cells": {}}

        def scores(self, text):
            raise RuntimeError("model file corrupt")

    from classifiers.classifier import Layer2Classifier
    from disclosure.filter import run_filter

    bad = Layer2Classifier.__new__(Layer2Classifier)
    bad.__dict__.update(clf.__dict__, model=Broken())

    class Layer1:
        def detect(self, text, meta):
            return []

        def mask(self, text, dets):
            return type("M", (), {"text": text})()

    assert run_filter(NOTICE, DocumentMeta(approver_rank="시장"), Layer1(), bad, policy).decision.state == "review"


def test_missing_model_scores_count_against_release():
    rr = RuleEngine(load_rules(rules_dir())).evaluate(NOTICE)
    grade, _, conf, reasons = combine(rr, {}, [], {"cells": {}})
    assert grade == "nonpublic" or conf < 0.85


def test_model_only_nonpublic_call_is_never_published(clf, policy):
    rr = RuleEngine(load_rules(rules_dir())).evaluate(NOTICE)
    calib = {"cells": {"none|np": [0, 1000]}, "prior_strength": 4}   # calibration distrusts the model
    grade, grounds, conf, reasons = combine(rr, {"NONPUBLIC": 0.8}, [], calib)
    c = Classification(grade, grounds, conf, reasons)
    assert decide(DocumentMeta(approver_rank="시장"), [], c, policy).state != "publish"


@pytest.mark.slow
@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not available")
def test_dev_corpus_bar(clf, policy):
    """Measured at delivery: released 0, grade acc 0.997, grounds 1.0, automation 0.847.
    The asserted bar leaves a margin for retraining noise but not for regressions."""
    n = right = np_total = released = grounds_hit = releasable = auto = 0
    for line in DEV.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        m = DocumentMeta.from_dict(d)
        dets = [Detection(e["start"], e["end"], e["label"], 1.0, "gold") for e in d["entities"]]
        c = clf.classify(d["text"], m, dets)
        state = decide(m, dets, c, policy).state
        n += 1
        right += c.grade == d["grade"]
        if d["grade"] == "nonpublic":
            np_total += 1
            released += state == "publish"
            grounds_hit += bool(set(c.grounds) & set(d["grounds"]))
        else:
            releasable += 1
            auto += state == "publish"
    assert released == 0
    assert right / n >= 0.95
    assert grounds_hit / np_total >= 0.95
    assert auto / releasable >= 0.80


def test_a_fired_ground_caps_release_confidence_at_the_models_doubt(policy):
    """Rules found a ground (weak), the model is unsure but below its threshold, and the
    calibration cell happens to be all releasable: the release must not look certain."""
    text = "직원 징계 의결 요구(안)\n○ 징계 혐의 요지: 금품 수수 의혹\n○ 징계위원회 심의 예정: 2025.02.10."
    rr = RuleEngine(load_rules(rules_dir())).evaluate(text)
    assert rr.strength == "weak"
    calib = {"cells": {"weak|rel|3": [0, 5000], "weak|rel": [0, 5000]}, "prior_strength": 4}
    grade, grounds, conf, reasons = combine(rr, {"NONPUBLIC": 0.49}, [], calib)
    assert grade != "nonpublic" and conf <= 0.51
    c = Classification(grade, grounds, conf, reasons)
    assert decide(DocumentMeta(approver_rank="시장"), [], c, policy).state == "review"
    # with no rule evidence the same cell may still vouch for a low score
    plain = RuleEngine(load_rules(rules_dir())).evaluate(NOTICE)
    calib2 = {"cells": {"none|rel|0": [0, 5000]}, "prior_strength": 4}
    _, _, conf2, _ = combine(plain, {"NONPUBLIC": 0.01}, [], calib2)
    assert conf2 > 0.99


def test_subject_words_alone_never_withhold(clf, policy):
    """A real city page listing the regulations it keeps (통합방위, 비상대비, 국가정보원)
    names a ground's subject three times but argues nothing: it is not released, and a
    person decides instead of the words withholding it."""
    text = ("규제입증책임제 운영 안내\n우리 시 소관 조례 중 통합방위 협의회 운영 조례, 비상대비 자원관리 조례, "
            "국가정보원 협조 관련 규칙의 존치 필요성을 소관 부서가 입증하도록 하였습니다.\n"
            "문의: 기획예산과 규제개혁팀 041-350-3000")
    m = DocumentMeta(approver_rank="과장")
    rr = clf.engine.evaluate(text)
    assert rr.verdict == "nonpublic" and rr.subject_words_only
    c = clf.classify(text, m, [])
    assert c.grade == "nonpublic"                     # never released ...
    if c.confidence < policy.withhold_min_confidence:  # ... and not withheld by words alone
        assert decide(m, [], c, policy).state == "review"
    scores = {"NONPUBLIC": 0.3}
    grade, _, conf, reasons = combine(rr, scores, [], {"cells": {}})
    assert grade == "nonpublic" and conf == pytest.approx(0.3)
    assert any("a person decides" in r for r in reasons)
    assert decide(m, [], Classification(grade, [2], conf, reasons), policy).state == "review"


def test_police_request_with_withholding_language_is_still_withheld(clf, policy):
    rr = clf.engine.evaluate(POLICE)
    assert not rr.subject_words_only


def test_a_guide_to_the_grounds_is_not_withheld_by_its_quotations(clf, policy):
    """A city's page explaining the exemptions quotes their withholding language; the
    eight items it cites say it is about the law, so a person decides."""
    items = ["법령상 비밀(제1호)", "국방·외교(제2호): 공개될 경우 국가의 중대한 이익을 해할 우려",
             "생명·신체(제3호)", "수사·재판(제4호): 피의자 및 참고인 진술", "감사·의사결정(제5호): 현저한 지장을 초래",
             "개인정보(제6호)", "영업비밀(제7호)", "부동산 투기(제8호)"]
    text = "비공개 대상 정보 안내\n" + "\n".join(items)
    rr = clf.engine.evaluate(text)
    assert rr.about_the_grounds
    m = DocumentMeta(approver_rank="과장")
    c = clf.classify(text, m, [])
    assert c.grade == "nonpublic" or decide(m, [], c, policy).state != "publish"
    if c.grade == "nonpublic" and c.confidence < policy.withhold_min_confidence:
        assert decide(m, [], c, policy).state == "review"
    grade, grounds, conf, reasons = combine(rr, {"NONPUBLIC": 0.1}, [], {"cells": {}})
    assert rr.verdict == "nonpublic" and grade == "nonpublic" and conf == pytest.approx(0.1)
    assert decide(m, [], Classification(grade, grounds, conf, reasons), policy).state == "review"


def test_a_law_the_model_calls_nonpublic_goes_to_a_person(clf, policy):
    """A text written in articles is never withheld by the model alone: the model learned
    documents about matters, and a law is public."""
    from tests.classifiers.test_rules import LAW
    rr = clf.engine.evaluate(LAW)
    calib = {"cells": {"none|np|5": [5000, 5000], "none|np": [5000, 5000]}, "prior_strength": 4}
    grade, grounds, conf, reasons = combine(rr, {"NONPUBLIC": 0.99}, [], calib)
    assert conf <= 0.5 and any("a person decides" in r for r in reasons)
    m = DocumentMeta(approver_rank="시장")
    assert decide(m, [], Classification(grade, grounds, conf, reasons), policy).state == "review"
    c = clf.classify(LAW, m, [])
    assert decide(m, [], c, policy).state != "withhold", c.reasons
