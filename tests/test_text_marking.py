"""The drafter's marking written in the document, and 비공개 mentioned in the body."""
from __future__ import annotations

import pytest

from disclosure.text_marking import mentions_nonpublic, text_marking
from domain.types import DocumentMeta


@pytest.mark.parametrize("text,expected", [
    ("공개구분: 비공개(6,7)", ("nonpublic", [6, 7])),
    ("공개여부  부분공개(법 제9조제1항제7호)", ("partial", [7])),
    ("공개 여부: 비공개 (제5호)", ("nonpublic", [5])),
    ("공개여부: 공개", ("public", [])),
    ("Disclosure: non-public (item 5)", ("nonpublic", [5])),
    ("공개여부: 공개\n붙임 공개구분 : 비공개(4)", ("nonpublic", [4])),   # the strictest wins
    ("시민 공개 토론회 개최 계획", ("", [])),
])
def test_marking_in_the_text(text, expected):
    assert text_marking(text) == expected


def test_mentions_outside_the_marking_line():
    assert not mentions_nonpublic("공개구분: 비공개(6)")
    assert mentions_nonpublic("※ 평가 종료 시까지 비공개")
    assert mentions_nonpublic("This memo is confidential until the board meets.")
    assert not mentions_nonpublic("시민 누구나 공개 청구할 수 있습니다.")
    # 비공개 about something else than this document
    assert not mentions_nonpublic("○ 정보공개 청구 시 법 제9조에 따른 비공개 대상 정보 여부를 검토하여 처리")
    assert not mentions_nonpublic("○ 노출 게시글 비공개 전환, 게시자에게 안내")


@pytest.fixture(scope="module")
def filt():
    from classifiers import load_classifier
    from disclosure.decide import load_policy
    from masking import Layer1

    return Layer1.from_rules(), load_classifier(), load_policy()


BODY = ("2026년 가로등 정비 계획\n\n1. 추진 배경: 노후 가로등 교체\n2. 사업 기간: 2026. 3. ~ 2026. 11.\n"
        "3. 소요 예산: 120,000,000원\n\n문의: 도로관리과 주무관 이지은 (02-2133-1234)\n")
META = dict(id="m-1", title="2026년 가로등 정비 계획", drafter="이지은", approver="박민수",
            approver_rank="과장", department="도로관리과")


def test_a_text_marked_nonpublic_is_never_published_automatically(filt):
    from disclosure.filter import run_filter

    plain = run_filter(BODY, DocumentMeta(**META), *filt)
    marked = run_filter(BODY + "공개구분: 비공개(5)\n", DocumentMeta(**META), *filt)
    assert plain.decision.state == "publish"
    assert marked.decision.state == "review"
    assert any("drafter marked nonpublic" in r for r in marked.decision.reasons)


def test_a_body_that_mentions_nonpublic_goes_to_review(filt):
    from disclosure.filter import NONPUBLIC_MENTIONED, run_filter

    fr = run_filter(BODY + "※ 사업 확정 시까지 비공개\n", DocumentMeta(**META), *filt)
    assert fr.decision.state == "review"
    assert fr.decision.reasons[0] == NONPUBLIC_MENTIONED


def test_english_documents_with_personal_information_go_to_review(filt):
    from disclosure.filter import LANGUAGE_REVIEW, run_filter

    text = ("Notice to foreign residents: free health check-up\n\nThe Global Center will hold a free "
            "check-up on 3 March 2026. Ms Nguyen (010-2345-6789) asked for an interpreter.\n"
            "Contact: Global Center, Team Leader Park, 02-2075-4180\n")
    meta = DocumentMeta(id="en-1", title="Notice to foreign residents", drafter="Park", approver="Lee",
                        approver_rank="과장", department="Global Center")
    fr = run_filter(text, meta, *filt)
    assert fr.detections and fr.decision.state == "review" and LANGUAGE_REVIEW["en"] in fr.decision.reasons
    clean = "Notice: the Global Center is closed on 3 March 2026.\nContact: Global Center, 02-2075-4180\n"
    fr2 = run_filter(clean, DocumentMeta(id="en-2", title="Notice", approver_rank="과장"), *filt)
    assert LANGUAGE_REVIEW["en"] not in fr2.decision.reasons


def test_policy_languages_are_validated(tmp_path):
    import shutil

    from disclosure.decide import PolicyError, load_policy
    from rules import rules_dir

    shutil.copy(rules_dir() / "policy.yaml", tmp_path / "policy.yaml")
    p = tmp_path / "policy.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("review_languages_with_personal_info: [ko, en]",
                                                       "review_languages_with_personal_info: [fr]"),
                 encoding="utf-8")
    with pytest.raises(PolicyError):
        load_policy(tmp_path)
