"""Search index tests, all against a real Whoosh index in tmp_path (Kiwi included)."""
from __future__ import annotations

import html
import re
import threading
import time

import pytest
from whoosh import index as whoosh_index
from whoosh.index import LockError

from disclosure.search import Hit, SearchIndex, SearchResults, open_index
from disclosure.search.snippet import make_snippet
from disclosure.search.whoosh_index import INDEX_NAME, WhooshSearchIndex

DOCS = [
    dict(id="d1", title="청년 일자리 지원 계획", department="일자리정책과", doc_type="계획",
         doc_number="일자리정책과-101", approved_at="2024-03-05", grade="public",
         text="담당자 홍길동 주무관이 작성한 청년 일자리 창출 사업 계획입니다. 예산은 3억 원입니다."),
    dict(id="d2", title="도로 보수 결과 보고", department="도로관리과", doc_type="보고",
         doc_number="도로관리과-202", approved_at="2023-11-20", grade="partial",
         text="세종대로 도로 포장 보수를 완료하였습니다. 민원인 ○○○(010-****-1234)의 요청."),
    dict(id="d3", title="Road maintenance plan", department="도로관리과", doc_type="계획",
         doc_number="도로관리과-203", approved_at="2022-06-30", grade="public",
         text="The city repaired the road surface and will inspect bridges. <b>Budget</b> & schedule."),
    dict(id="d4", title="하천 정비 계획", department="물순환정책과", doc_type="계획",
         doc_number="물순환정책과-7", approved_at="2024-01-15", grade="public",
         text="청계천 하천 정비 사업과 하천 수질 개선 대책을 수립한다. 뷁뷁잼은 신규 사업명이다."),
    dict(id="d5", title="하천 수질 점검 결과", department="물순환정책과", doc_type="보고",
         doc_number="물순환정책과-8", approved_at="2021-09-01", grade="partial",
         text="중랑천 하천 수질을 점검하였고 정비 필요 구간을 확인하였다."),
    dict(id="d6", title="회의 결과 보고", department="일자리정책과", doc_type="보고",
         approved_at="2020-02-02", grade="public",
         text="청년일자리 박람회 개최 방안을 논의하였다."),
]


def ids(res: SearchResults) -> list[str]:
    return [h.id for h in res.hits]


@pytest.fixture(scope="module")
def idx(tmp_path_factory):
    index = open_index(tmp_path_factory.mktemp("search") / "ix")
    index.upsert_many(DOCS)
    yield index
    index.close()


@pytest.fixture
def fresh(tmp_path):
    index = open_index(tmp_path / "ix")
    index.upsert_many(DOCS)
    yield index
    index.close()


def test_interface_types(idx):
    assert isinstance(idx, SearchIndex)
    res = idx.search("도로")
    assert isinstance(res, SearchResults) and all(isinstance(h, Hit) for h in res.hits)
    assert idx.count() == len(DOCS)


@pytest.mark.parametrize("query, expected", [
    ("홍길동은", {"d1"}),          # particle 은 stripped: the text says 홍길동
    ("도로를", {"d2"}),            # particle 를: the text says 도로; d3 says road (English)
    ("하천의 수질을", {"d4", "d5"}),
])
def test_particle_inflected_queries(idx, query, expected):
    assert set(ids(idx.search(query))) == expected


def test_compound_query_finds_spaced_words_and_back(idx):
    assert set(ids(idx.search("청년일자리"))) == {"d1", "d6"}   # d1 says 청년 일자리
    assert set(ids(idx.search("청년 일자리"))) == {"d1", "d6"}  # d6 says 청년일자리


def test_unknown_word_found_through_ngram_fallback(idx):
    assert ids(idx.search("뷁뷁잼")) == ["d4"]
    assert ids(idx.search("뷁뷁잼을")) == ["d4"]


def test_english_stemming(idx):
    assert ids(idx.search("roads")) == ["d3"]
    assert ids(idx.search("repairing")) == ["d3"]
    assert ids(idx.search("ROAD")) == ["d3"]


def test_no_match_and_particle_only(idx):
    assert idx.search("존재하지않는단어쿼리").total == 0
    assert idx.search("을").total == 0


@pytest.mark.parametrize("kw, expected", [
    ({"department": "도로관리과"}, {"d2", "d3"}),
    ({"doc_type": "계획"}, {"d1", "d3", "d4"}),
    ({"grade": "partial"}, {"d2", "d5"}),
    ({"department": "물순환정책과", "doc_type": "보고"}, {"d5"}),
])
def test_filters_without_query(idx, kw, expected):
    res = idx.search("", **kw)
    assert set(ids(res)) == expected and res.total == len(expected)


def test_filters_with_query(idx):
    assert set(ids(idx.search("하천", doc_type="계획"))) == {"d4"}
    assert set(ids(idx.search("도로", department="일자리정책과"))) == set()
    assert set(ids(idx.search("road", grade="public"))) == {"d3"}


def test_date_range_inclusive(idx):
    res = idx.search("", date_from="2023-11-20", date_to="2024-01-15")
    assert set(ids(res)) == {"d2", "d4"}
    assert set(ids(idx.search("", date_from="2024-01-16"))) == {"d1"}
    assert set(ids(idx.search("", date_to="2020-12-31"))) == {"d6"}
    assert set(ids(idx.search("하천", date_from="2022-01-01"))) == {"d4"}
    with pytest.raises(ValueError):
        idx.search("", date_from="2024/01/01")


def test_empty_query_lists_all_newest_first(idx):
    res = idx.search("")
    assert res.total == len(DOCS)
    dates = [h.approved_at for h in res.hits]
    assert dates == sorted(dates, reverse=True)


def test_sort_by_date_and_by_relevance(idx):
    by_date = idx.search("하천", sort="date")
    assert ids(by_date) == ["d4", "d5"]
    # d5 has 하천 in its title (boosted) and is otherwise comparable; by relevance the
    # title match must not lose to body-only mentions
    by_rel = idx.search("수질")
    assert ids(by_rel)[0] == "d5"
    assert ids(idx.search("수질", sort="date"))[0] == "d4"


def test_paging(idx):
    pages = [idx.search("", per_page=4, page=p) for p in (1, 2, 3)]
    assert [len(p.hits) for p in pages] == [4, 2, 0]
    assert all(p.total == len(DOCS) and p.per_page == 4 for p in pages)
    assert [p.page for p in pages] == [1, 2, 3]
    seen = ids(pages[0]) + ids(pages[1])
    assert len(set(seen)) == len(DOCS)
    assert pages[0].pages == 2
    with pytest.raises(ValueError):
        idx.search("", page=0)
    with pytest.raises(ValueError):
        idx.search("", per_page=1000)
    with pytest.raises(ValueError):
        idx.search("", sort="popular")


def test_snippet_is_escaped_and_highlighted(idx):
    hit = idx.search("budget").hits[0]
    assert hit.id == "d3"
    assert "<mark>Budget</mark>" in hit.snippet_html
    assert "<b>" not in hit.snippet_html and "&lt;b&gt;" in hit.snippet_html
    assert "&amp;" in hit.snippet_html
    # only our <mark> tags are raw markup
    assert set(re.findall(r"<(/?\w+)", hit.snippet_html)) <= {"mark", "/mark"}
    plain = html.unescape(re.sub(r"</?mark>", "", hit.snippet_html)).strip("…")
    assert plain in " ".join(DOCS[2]["text"].split())


def test_snippet_marks_korean_stems_in_inflected_text(idx):
    hit = idx.search("홍길동은").hits[0]
    assert "<mark>홍길동</mark> 주무관" in hit.snippet_html
    hit = idx.search("청년일자리", department="일자리정책과", sort="date").hits[0]
    assert "<mark>청년</mark>" in hit.snippet_html and "<mark>일자리</mark>" in hit.snippet_html


def test_make_snippet_window_and_ellipsis():
    text = "가" * 300 + " 도로 " + "나" * 300
    out = make_snippet(text, ("도로",))
    assert "<mark>도로</mark>" in out and out.startswith("…") and out.endswith("…")
    assert len(html.unescape(re.sub(r"</?mark>", "", out))) <= 162
    assert make_snippet("<a>", ()) == "&lt;a&gt;"


def test_remove_takes_effect_at_once(fresh, tmp_path):
    other = open_index(tmp_path / "ix")        # e.g. the web app's instance
    try:
        assert "d2" in ids(other.search("도로"))
        assert fresh.remove("d2") is True
        assert "d2" not in ids(fresh.search("도로"))
        assert "d2" not in ids(other.search("도로"))
        assert other.count() == len(DOCS) - 1
        assert fresh.remove("d2") is False
    finally:
        other.close()


def test_upsert_is_idempotent_and_replaces(fresh):
    fresh.upsert(DOCS[0])
    fresh.upsert_many([DOCS[0], DOCS[0]])
    assert fresh.count() == len(DOCS)
    assert ids(fresh.search("홍길동")) == ["d1"]
    fresh.upsert(dict(DOCS[0], title="청년 창업 지원 계획", text="김영수 팀장 작성"))
    assert fresh.count() == len(DOCS)
    assert ids(fresh.search("홍길동")) == []
    assert ids(fresh.search("창업")) == ["d1"]


def test_repeated_id_across_batches_keeps_last(fresh):
    many = [dict(id=f"x{i}", title=f"문서 {i}", text="공통 내용") for i in range(300)]
    fresh.upsert_many([dict(DOCS[0], title="첫번째 판")] + many + [dict(DOCS[0], title="마지막 판")])
    assert fresh.count() == len(DOCS) + 300
    hits = fresh.search("", department="일자리정책과", date_from="2024-03-05").hits
    assert [h.title for h in hits] == ["마지막 판"]


def test_stores_only_the_callers_fields(fresh, tmp_path):
    with pytest.raises(ValueError):
        fresh.upsert(dict(DOCS[0], id="bad", original_text="홍길동 010-1234-5678"))
    ix = whoosh_index.open_dir(str(tmp_path / "ix"), indexname=INDEX_NAME)
    with ix.searcher() as s:
        stored = {f["id"]: f for f in s.all_stored_fields()}
    assert stored.keys() == {d["id"] for d in DOCS}
    for doc in DOCS:
        assert stored[doc["id"]] == doc          # same keys, same values, nothing else
    assert "doc_number" not in stored["d6"]      # not passed, not stored
    ix.close()


def test_related_documents(idx):
    rel = idx.related("d4")
    assert rel and rel[0].id == "d5"
    assert "d4" not in [h.id for h in rel]
    assert idx.related("missing") == []


def test_writer_lock_retry_and_timeout(fresh, tmp_path):
    ix = whoosh_index.open_dir(str(tmp_path / "ix"), indexname=INDEX_NAME)
    held = ix.writer()                          # another process's writer, say
    patient = WhooshSearchIndex(tmp_path / "ix", lock_timeout=10)
    impatient = WhooshSearchIndex(tmp_path / "ix", lock_timeout=0.2)
    try:
        with pytest.raises(LockError):
            impatient.upsert(dict(id="n1", title="잠금 시험"))
        done = threading.Event()
        t = threading.Thread(target=lambda: (patient.upsert(dict(id="n1", title="잠금 시험")),
                                             done.set()))
        t.start()
        time.sleep(0.3)
        assert not done.is_set()
        held.cancel()
        t.join(10)
        assert done.is_set()
        assert ids(patient.search("잠금")) == ["n1"]
    finally:
        patient.close()
        impatient.close()
        ix.close()


def test_concurrent_searches_while_writing(fresh):
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader():
        try:
            while not stop.is_set():
                res = fresh.search("하천", per_page=5)
                assert res.total >= 2
        except BaseException as e:    # surfaced below
            errors.append(e)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for i in range(5):
        fresh.upsert(dict(id=f"w{i}", title=f"하천 추가 {i}", text="하천 정비"))
    stop.set()
    for t in threads:
        t.join(10)
    assert not errors
    assert fresh.search("하천").total == 2 + 5


def test_closed_index_refuses_use(tmp_path):
    index = open_index(tmp_path / "ix")
    index.close()
    with pytest.raises(RuntimeError):
        index.search("도로")


def test_undated_document_outside_date_ranges(fresh):
    fresh.upsert(dict(id="nodate", title="날짜 없는 문서", text="하천"))
    assert "nodate" in ids(fresh.search("날짜"))
    assert "nodate" not in ids(fresh.search("날짜", date_to="2030-01-01"))


def test_title_match_outranks_body_match(fresh):
    fresh.upsert_many([
        dict(id="t-title", title="예산 편성 안내", approved_at="2019-01-01",
             text="부서별 요구 사항을 정리하였다 추가 검토가 필요하다"),
        # newer, so a tie would put it first: only the title boost can reverse that
        dict(id="t-body", title="부서별 요구 안내", approved_at="2019-06-01",
             text="예산 사항을 정리하였다 추가 검토가 필요하다"),
    ])
    assert ids(fresh.search("예산을"))[:2] == ["t-title", "t-body"]


def test_overlong_query_is_cut_not_fatal(idx):
    res = idx.search("세종대로 도로 포장 보수를 완료하였습니다. " * 1000)
    assert ids(res) == ["d2"]


def test_takedown_from_another_process_is_seen_at_once(fresh, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    assert "d4" in ids(fresh.search("하천"))
    root = Path(__file__).resolve().parents[1]
    code = ("import sys; from pathlib import Path; from disclosure.search import open_index; "
            "i = open_index(Path(sys.argv[1])); assert i.remove('d4'); i.close()")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "ix")], check=True,
                   cwd=root, timeout=60)
    assert "d4" not in ids(fresh.search("하천"))
    assert fresh.count() == len(DOCS) - 1


def test_index_from_another_analyzer_version_is_refused(tmp_path, monkeypatch):
    open_index(tmp_path / "ix").close()
    open_index(tmp_path / "ix").close()          # same version: opens fine
    import disclosure.search.whoosh_index as wi
    monkeypatch.setattr(wi, "ANALYZER_VERSION", wi.ANALYZER_VERSION + 1)
    with pytest.raises(RuntimeError, match="rebuild"):
        open_index(tmp_path / "ix")


def test_postings_fast_path_equals_public_matcher_api(fresh):
    """arrays.py reads W3 blocks through private attributes; the public per-posting
    API it falls back to must give the same arrays."""
    import types

    import numpy as np

    from disclosure.search.arrays import _leaf_postings

    with fresh._read_lock:
        seg = fresh._fresh_view().leaves[0][0]

    class PublicOnly:
        def postings(self, field, term):
            m = seg.postings(field, term)
            m = getattr(m, "child", m)
            return types.SimpleNamespace(is_active=m.is_active, id=m.id, weight=m.weight,
                                         next=m.next)

    for term in ("하천", "도로", "뷁뷁잼", "road", "없는말"):
        fast, slow = _leaf_postings(seg, "content", term), _leaf_postings(PublicOnly(), "content", term)
        np.testing.assert_array_equal(fast[0], slow[0])
        np.testing.assert_allclose(fast[1], slow[1])
        assert (len(fast[0]) > 0) == (term != "없는말")
