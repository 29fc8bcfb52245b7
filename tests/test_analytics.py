"""Monitoring figures (disclosure.analytics) and privacy-preserving usage counts
(disclosure.usage), on a real instance database."""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from disclosure import analytics, db, usage
from domain.types import Detection

NOW = datetime(2025, 6, 18, 12, 0)          # a Wednesday


def add_doc(s, doc_id, *, department="도시계획과", status="published", approved_at="2025-03-10",
            publisher=None, detections=(), created=NOW - timedelta(days=60)):
    s.add(db.Document(id=doc_id, content_hash=hashlib.sha256(doc_id.encode()).hexdigest(),
                      filename=f"{doc_id}.txt", format="txt", title=f"{doc_id} 제목",
                      department=department, approved_at=approved_at, status=status,
                      decision="publish", grade="public", created_at=created,
                      detections=[db.DetectionRow(start=i, end=i + 1, label=label, score=.9,
                                                  source="t", status=st)
                                  for i, (label, st) in enumerate(detections)]))
    s.add(db.Event(actor="system", action="ingest", document_id=doc_id, at=created,
                   after={"status": "review" if status == "review" else status}))
    if status == "published":
        s.add(db.Event(actor=publisher or "system", action="publish", document_id=doc_id,
                       at=created + timedelta(hours=1), after={"status": "published"}))


@pytest.fixture
def s(instance):
    with instance.Session() as session:
        yield session


def test_auto_versus_reviewed_comes_from_the_audit_log(s):
    add_doc(s, "a1")
    add_doc(s, "a2", publisher="rev_a")
    add_doc(s, "a3", status="withheld")
    add_doc(s, "a4", status="scheduled")
    add_doc(s, "a5", status="review")
    # auto-published, later taken down and re-published by an official: after review
    add_doc(s, "a6")
    s.add(db.Event(actor="rev_b", action="publish", document_id="a6", at=NOW))
    s.commit()
    totals, depts, months, _ = analytics.documents_by(s, None)
    assert (totals["produced"], totals["auto"], totals["reviewed"], totals["withheld"],
            totals["scheduled"], totals["in_review"]) == (6, 1, 2, 1, 1, 1)
    assert totals["release_ratio"] == pytest.approx(0.5)
    assert [m["month"] for m in months] == ["2025-03"]


def test_laggards_and_month_gaps(s):
    for i in range(4):                        # 도시계획과: 4 of 4 released
        add_doc(s, f"u{i}", approved_at=f"2025-0{1 + i}-05")
    for i in range(4):                        # 복지정책과: 1 of 4 released
        add_doc(s, f"w{i}", department="복지정책과", approved_at="2025-05-01",
                status="published" if i == 0 else "withheld")
    add_doc(s, "small", department="감사과", status="withheld")      # too few to judge
    s.commit()
    totals, depts, months, rule = analytics.documents_by(s, None)
    flagged = {d["department"]: d["laggard"] for d in depts}
    assert flagged == {"복지정책과": True, "도시계획과": False, "감사과": False}
    assert depts[0]["department"] in ("감사과", "복지정책과")           # worst ratio first
    assert [m["month"] for m in months] == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"]
    assert months[-1]["produced"] == 4 and months[-1]["withheld"] == 3
    assert "3건" in rule
    scoped, dept_rows, _, _ = analytics.documents_by(s, "복지정책과")
    assert scoped["produced"] == 4 and [d["department"] for d in dept_rows] == ["복지정책과"]


def test_backlog_age_counts_from_entering_the_queue(s):
    add_doc(s, "r1", status="review", created=NOW - timedelta(days=40))
    add_doc(s, "r2", status="review", created=NOW - timedelta(days=1))
    add_doc(s, "r3", status="published", created=NOW - timedelta(days=90))
    # r1 was published, then taken down 10 days ago: its wait starts then, not at ingest
    s.add(db.Event(actor="rev_a", action="withdraw", document_id="r1",
                   at=NOW - timedelta(days=10), after={"status": "review"}))
    s.commit()
    b = analytics.backlog(s, None, NOW)
    assert b["count"] == 2 and b["oldest_days"] == 10 and b["ages"] == {"r1": 10, "r2": 1}
    assert [x["count"] for x in b["buckets"]] == [1, 0, 1, 0]


def test_detections_and_weekly_corrections(s):
    add_doc(s, "d1", detections=[("PHONE", "auto"), ("PHONE", "rejected"), ("PERSON", "added"),
                                 ("PERSON", "accepted")])
    add_doc(s, "d2", department="복지정책과", detections=[("PHONE", "auto")])
    for at, actor, action in [(NOW, "rev_a", "detection_add"),
                              (NOW - timedelta(days=1), "rev_a", "detection_add"),
                              (NOW - timedelta(days=7), "rev_a", "detection_reject"),
                              (NOW, "system", "detection_add"),          # not an official
                              (NOW - timedelta(weeks=30), "rev_a", "detection_add")]:   # too old
        s.add(db.Event(actor=actor, action=action, document_id="d1", at=at))
    s.commit()
    labels = {d["label"]: d for d in analytics.detections_by_label(s, None)}
    assert labels["PHONE"] == {"label": "PHONE", "found": 3, "rejected": 1, "added": 0}
    assert labels["PERSON"] == {"label": "PERSON", "found": 1, "rejected": 0, "added": 1}
    assert analytics.detections_by_label(s, "복지정책과")[0]["found"] == 1
    weeks = analytics.corrections_by_week(s, None, NOW)
    assert len(weeks) == 12 and weeks[-1]["week"] == "2025-W25"
    assert (weeks[-1]["misses"], weeks[-1]["false_alarms"]) == (2, 0)
    assert (weeks[-2]["misses"], weeks[-2]["false_alarms"]) == (0, 1)
    assert sum(w["misses"] for w in weeks) == 2
    assert all(w["misses"] == 0 for w in analytics.corrections_by_week(s, "복지정책과", NOW))


def test_question_response_times(s):
    add_doc(s, "q-doc")
    asked = NOW - timedelta(days=3)
    for n, (status, hours) in enumerate([("answered", 5), ("answered", 25), ("received", None)]):
        s.add(db.Question(tracking=f"Q-1-{n}", document_id="q-doc", body="?", status=status,
                          created_at=asked, updated_at=NOW))
        if hours:
            s.add(db.Event(actor="rev_a", action="question_answer", document_id="q-doc",
                           at=asked + timedelta(hours=hours), after={"question": f"Q-1-{n}"}))
    s.commit()
    q = analytics.question_times(s, None, NOW)
    assert (q["asked"], q["answered"], q["open"], q["oldest_open_days"]) == (3, 2, 1, 3)
    assert q["median_hours"] == 15.0 and q["p90_hours"] == 23.0
    assert q["months"] == [{"month": "2025-06", "answered": 2, "median_hours": 15.0}]
    assert analytics.question_times(s, "복지정책과", NOW)["asked"] == 0


# -- usage counts ---------------------------------------------------------------------

class FakeLayer1:
    """Finds phone numbers and Korean names after 민원인 — enough to test the filter."""

    def __init__(self, fail=False):
        self.fail = fail

    def detect(self, text, meta=None):
        if self.fail:
            raise RuntimeError("layer 1 down")
        return [Detection(m.start(), m.end(), "PERSON", .9, "t", "")
                for m in re.finditer(r"민원인 [가-힣]{3}", text)]


@pytest.fixture
def rec(instance):
    instance.layer1 = FakeLayer1()
    return usage.UsageRecorder(instance, flush_seconds=3600)


def stored_terms(instance):
    with instance.Session() as s:
        return {t.term: (t.count, t.visitors) for t in s.scalars(select(db.SearchTerm))}


def test_normalise_term():
    assert usage.normalise_term("  Ｃｈｅｏｎｇ  년\t일자리 ") == "cheong 년 일자리"
    assert usage.normalise_term("x" * 51) == "" and usage.normalise_term("   ") == ""


def test_terms_with_personal_data_are_never_stored(rec, instance):
    for term in ("민원인 김철수", "010-1234-5678", "a@b.kr", "청년 일자리"):
        rec.search(term, "203.0.113.9")
    rec.flush()
    assert stored_terms(instance) == {"청년 일자리": (1, 1)}


def test_layer1_failure_drops_terms(rec, instance):
    instance.layer1 = FakeLayer1(fail=True)
    rec.search("청년 일자리", "203.0.113.9")
    rec.flush()
    assert stored_terms(instance) == {}


def test_only_terms_of_k_distinct_searchers_are_published(rec, instance):
    for _ in range(5):
        rec.search("도로 보수", "203.0.113.9")          # one person, five times
    for ip in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
        rec.search("청년 일자리", ip)
    rec.flush()
    assert stored_terms(instance) == {"도로 보수": (5, 1), "청년 일자리": (3, 3)}
    with instance.Session() as s:
        assert usage.public_terms(s) == [("청년 일자리", 3)]
    raw = instance.db_path.read_bytes()
    assert b"203.0.113" not in raw                      # no address anywhere in the database


def test_page_views_and_the_purge_of_rare_terms(rec, instance):
    today = db.utcnow().date()
    rec.page_view("/documents/x")
    rec.page_view("/documents/x")
    rec.page_view("/search")
    rec.search("오래된 검색어", "203.0.113.1", day=(today - timedelta(days=5)).isoformat())
    rec.flush()
    rec.search("새 검색어", "203.0.113.1")               # the next flush purges the old rare term
    rec.flush()
    assert set(stored_terms(instance)) == {"새 검색어"}
    with instance.Session() as s:
        assert usage.top_paths(s, "/documents/") == [("/documents/x", 2)]
        views = usage.views_by_day(s, days=3)
    assert [d for d, _ in views][-1] == today.isoformat() and views[-1][1] == 3
    assert views[0][1] == 0
