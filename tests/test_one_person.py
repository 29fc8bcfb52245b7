"""A document about one private person as a whole goes to review, not to the public."""
from __future__ import annotations

from disclosure.one_person import about_one_person
from domain.types import Detection


def dets(text, *pairs):
    out = []
    for label, value in pairs:
        i = text.find(value)
        while i >= 0:
            out.append(Detection(i, i + len(value), label, 1.0, "test"))
            i = text.find(value, i + 1)
    return out


def test_one_person_with_health_or_rrn():
    t = "병가 승인: 견유진(회전근개 파열 수술). 견유진은 진단서를 제출하였다."
    assert about_one_person(t, dets(t, ("PERSON", "견유진"), ("HEALTH_INFO", "회전근개 파열 수술")))
    t2 = "근로자 금연경, 461228-1243829, 010-8241-7241"
    assert about_one_person(t2, dets(t2, ("PERSON", "금연경"), ("KR_RRN", "461228-1243829")))


def test_not_one_person():
    t = "민원인 홍길동(010-1234-5678)의 요청에 따라 회신합니다."       # no health, no RRN
    assert not about_one_person(t, dets(t, ("PERSON", "홍길동"), ("PHONE", "010-1234-5678")))
    t2 = "이영희(900101-1234567)와 세대원 김철수의 신청"                  # two persons
    assert not about_one_person(t2, dets(t2, ("PERSON", "이영희"), ("PERSON", "김철수"),
                                         ("KR_RRN", "900101-1234567")))


def test_through_the_filter():
    from classifiers import load_classifier
    from disclosure.decide import load_policy
    from disclosure.filter import ONE_PERSON, run_filter
    from domain.types import DocumentMeta
    from masking import Layer1

    text = ("기간제 근로계약 체결 결과\n\n○ 사용자 강동구청장과 근로자 금연경(461228-1243829)은 "
            "아래 조건으로 근로계약을 체결한다.\n  - 업무: 공원 환경정비\n  - 기간: 2026. 3. 1. ~ 2026. 12. 31.\n\n"
            "담당자: 건강증진과 박시우 주무관 (02-2133-5011)\n")
    meta = DocumentMeta(id="op-1", title="기간제 근로계약 체결 결과", drafter="박시우", approver="유동훈",
                        approver_rank="국장", department="건강증진과")
    layer1 = Layer1.from_rules()
    found = layer1.detect(text, meta)
    fr = run_filter(text, meta, layer1, load_classifier(), load_policy(), detections=found)
    assert about_one_person(text, found)           # layer 1 masked the worker and the number
    assert fr.decision.state == "review" and ONE_PERSON in fr.decision.reasons
