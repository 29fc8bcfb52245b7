"""The decision table in policy.yaml, and that it fails closed."""
import shutil

import pytest
import yaml

from disclosure.decide import PolicyError, decide, load_policy
from domain.types import Classification, Detection, DocumentMeta
from rules import rules_dir

PI = [Detection(10, 13, "PERSON", 0.99, "test", "private name")]


def meta(**kw):
    base = dict(id="t", approver_rank="과장", approved_at="2026-03-02", marked_grade="")
    base.update(kw)
    return DocumentMeta.from_dict(base)


def cls(grade="public", grounds=(), conf=0.99, release=""):
    return Classification(grade, list(grounds), conf, ["test"], release, "test")


def test_confident_public_and_partial_publish(policy):
    assert decide(meta(), [], cls(), policy).state == "publish"
    assert decide(meta(), PI, cls("partial", [6]), policy).state == "publish"


def test_nonpublic_is_withheld_with_grounds(policy):
    d = decide(meta(), PI, cls("nonpublic", [4, 6]), policy)
    assert d.state == "withhold" and "item 4" in d.reasons[0]


def test_uncertain_goes_to_review(policy):
    assert decide(meta(), [], cls(conf=0.5), policy).state == "review"
    assert decide(meta(), [], cls("nonpublic", [7], conf=0.5), policy).state == "review"
    assert decide(meta(), [], cls("nonpublic", [], conf=0.99), policy).state == "review"


@pytest.mark.parametrize("marked,grade,state", [
    ("nonpublic", "public", "review"), ("partial", "public", "review"),
    ("nonpublic", "partial", "review"), ("public", "partial", "publish"), ("partial", "partial", "publish"),
])
def test_drafters_marking_more_restrictive_goes_to_review(policy, marked, grade, state):
    dets = PI if grade == "partial" else []
    d = decide(meta(marked_grade=marked), dets, cls(grade, [6] if grade == "partial" else []), policy)
    assert d.state == state, d.reasons


@pytest.mark.parametrize("rank,state", [
    ("주무관", "review"), ("팀장", "publish"), ("과장", "publish"), ("국장", "publish"),
    ("센터장", "publish"), ("행정국장", "publish"), ("시장", "publish"), ("", "review"), ("고문", "review"),
])
def test_approver_rank(policy, rank, state):
    assert decide(meta(approver_rank=rank), [], cls(), policy).state == state


def test_rank_threshold_is_configurable(policy):
    stricter = policy.model_copy(update={"auto_publish_min_rank": "과장"})
    assert decide(meta(approver_rank="팀장"), [], cls(), stricter).state == "review"
    assert decide(meta(approver_rank="국장"), [], cls(), stricter).state == "publish"


def test_auto_publish_switch(policy):
    off = policy.model_copy(update={"auto_publish": False})
    d = decide(meta(), [], cls(), off)
    assert d.state == "review" and "auto_publish" in d.reasons[0]


def test_partial_with_exempt_part_beyond_personal_info_goes_to_review(policy):
    assert decide(meta(), [], cls("partial", [7]), policy).state == "review"
    assert decide(meta(), [], cls("partial", [6]), policy).state == "review"   # nothing to mask


def test_item5_only_gets_release_date(policy):
    d = decide(meta(), PI, cls("nonpublic", [5, 6], release="2026-10-31"), policy)
    assert d.state == "withhold" and d.release_date == "2026-10-31"
    d = decide(meta(approved_at="2026-03-02"), [], cls("nonpublic", [5]), policy)
    assert d.release_date == "2026-05-31"         # 90 days after approval
    assert decide(meta(), [], cls("nonpublic", [5, 8]), policy).release_date == ""


@pytest.mark.parametrize("bad", [
    Classification("secret", [], 0.99, ["x"]), Classification("public", [], float("nan"), ["x"]),
    Classification("public", [], 1.7, ["x"]), Classification("public", [], "high", ["x"]),
    Classification("public", ["six"], 0.99, ["x"]), None, "public",
])
def test_unreadable_classification_never_publishes(policy, bad):
    d = decide(meta(), [], bad, policy)
    assert d.state == "review" and d.reasons


def test_garbage_meta_never_publishes(policy):
    assert decide(None, [], cls(), policy).state == "review"       # rank unknown


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(auto_publish_min_rank="사장"), lambda d: d.update(publish_min_confidence=2),
    lambda d: d.update(surprise=True), lambda d: d.pop("auto_publish"),
    lambda d: d.update(auto_partial_grounds=[0]),
])
def test_broken_policy_raises(tmp_path, mutate):
    data = yaml.safe_load((rules_dir() / "policy.yaml").read_text(encoding="utf-8"))
    mutate(data)
    (tmp_path / "policy.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(PolicyError):
        load_policy(tmp_path)


def test_missing_policy_raises(tmp_path):
    with pytest.raises(PolicyError):
        load_policy(tmp_path)
