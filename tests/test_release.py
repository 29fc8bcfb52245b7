"""Item-5 documents: withheld while a decision is in progress, re-examined and released
when the date passes (``disclosure release-due``), through the real pipeline."""
from __future__ import annotations

import json
from datetime import date

from disclosure import db, pipeline
from disclosure.release import release_due

IN_PROGRESS = """2026년 공공청사 리모델링 기본계획 내부 검토안
문서번호 재무과-7001
기안자 주무관 김민준 / 결재권자 국장 이서연

1. 검토 개요
○ 공공청사 리모델링 기본계획(안)에 대한 내부 검토 결과를 보고함
○ 본 계획은 현재 의사결정 과정에 있으며, 2026. 5. 31. 시 정책회의에서 최종 확정될 예정임
2. 검토 의견
○ 사업비 산정 기준 재검토 필요, 확정 전까지 관계자 외 열람 제한
담당: 재무과 주무관 김민준 (02-2133-7001)
"""


def ingest(instance, tmp_path, text, **meta):
    src = tmp_path / "doc-5.txt"
    src.write_text(text, encoding="utf-8")
    sidecar = {"id": "doc-5", "title": "공공청사 리모델링 내부 검토안", "department": "서울특별시 재무과",
               "doc_type": "내부 검토", "drafter": "김민준", "approver": "이서연", "approver_rank": "국장",
               "approved_at": "2026-03-02", "marked_grade": "nonpublic", "marked_grounds": [5]}
    sidecar.update(meta)
    src.with_suffix(".json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    return pipeline.ingest(instance, [src])[0]


def doc(instance):
    with instance.Session() as s:
        return s.get(db.Document, "doc-5")


def test_item5_document_is_scheduled_then_reexamined_and_released(instance, tmp_path):
    out = ingest(instance, tmp_path, IN_PROGRESS)
    assert out.result == "scheduled"
    assert doc(instance).release_date == "2026-05-31"
    assert release_due(instance, today=date(2026, 5, 30)) == []
    assert instance.search.count() == 0

    [res] = release_due(instance, today=date(2026, 6, 1))
    assert res.result == "published"
    d = doc(instance)
    assert d.status == "published" and d.grade == "public" and d.grounds == []
    assert d.reasons[0].startswith("공개 예정일 2026-05-31 도래")
    assert [h.id for h in instance.search.search("리모델링").hits] == ["doc-5"]
    with instance.Session() as s:
        actions = [e.action for e in s.query(db.Event).filter_by(document_id="doc-5")]
    assert actions == ["ingest", "reexamine", "publish"]


def test_other_grounds_keep_a_due_document_withheld(instance, tmp_path, monkeypatch):
    ingest(instance, tmp_path, IN_PROGRESS)
    clf = instance.classifier
    real = clf.classify

    def with_item8(text, meta, dets):     # the same document, now also a speculation risk
        from dataclasses import replace
        c = real(text, meta, dets)
        return replace(c, grounds=sorted(set(c.grounds) | {8}))

    monkeypatch.setattr(clf, "classify", with_item8)
    [res] = release_due(instance, today=date(2026, 6, 1))
    assert res.result == "withheld"
    assert doc(instance).status == "withheld" and instance.search.count() == 0


def test_a_lower_rank_sends_the_reexamined_document_to_review(instance, tmp_path):
    ingest(instance, tmp_path, IN_PROGRESS, approver_rank="주무관")
    [res] = release_due(instance, today=date(2026, 6, 1))
    assert res.result == "review" and doc(instance).status == "review"
    assert instance.search.count() == 0
