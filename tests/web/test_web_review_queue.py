"""The queue (filters, sorting, counts), moving to the next document, scheduling a
release date, and the keyboard-shortcut markup the static script relies on."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from disclosure import db
from disclosure.release import release_due

from web_support import DEPT_A, DEPT_B

PHONE = "010-5555-0101"


def _titles(client, url):
    soup = BeautifulSoup(client.get(url).data, "html.parser")
    return [a.get_text() for a in soup.select("table.queue tbody td:first-child a")], soup


def _doc(instance, doc_id):
    with instance.Session() as s:
        return s.get(db.Document, doc_id)


@pytest.fixture
def backlog(make_doc):
    now = db.utcnow()
    for doc_id, days, dept, rank, grade, reason in (
            ("q-1", 20, DEPT_A, "주무관", "public", "결재권자 직급 미달"),
            ("q-2", 2, DEPT_A, "국장", "partial", "개인정보 탐지 점수가 경계값"),
            ("q-3", 9, DEPT_A, "과장", "partial", "판정 신뢰도 낮음"),
            ("q-4", 30, DEPT_A, "알수없음", "public", "직급 정보 없음"),
            ("q-5", 5, DEPT_B, "과장", "public", "다른 부서 문서")):
        make_doc(doc_id, f"{doc_id} 본문", publish_now=False, department=dept, approver_rank=rank,
                 grade=grade, reasons=[reason], title=f"{doc_id} 제목",
                 created_at=now - timedelta(days=days))
    return now


def test_queue_sorts_by_age_rank_and_department(client, login, backlog):
    login("rev_a")
    titles, soup = _titles(client, "/review/")
    assert titles == ["q-4 제목", "q-1 제목", "q-3 제목", "q-2 제목"]       # oldest first
    assert soup.select_one("#queue-count").get_text() == "4건"
    assert soup.select_one("th[aria-sort]").get_text(strip=True).startswith("경과")
    assert _titles(client, "/review/?sort=age&desc=0")[0][0] == "q-2 제목"
    # highest rank first, the unknown rank last (it needs a look either way)
    assert _titles(client, "/review/?sort=rank")[0] == ["q-2 제목", "q-3 제목", "q-1 제목", "q-4 제목"]
    assert _titles(client, "/review/?sort=rank&desc=0")[0] == ["q-1 제목", "q-3 제목", "q-2 제목", "q-4 제목"]
    # the column header toggles the direction and keeps the filters
    link = soup.find("a", string=re.compile("결재권자 직급"))["href"]
    assert "sort=rank" in link and "desc=1" in link
    client.post("/logout")
    login("admin")
    titles = _titles(client, "/review/?sort=department&grade=public")[0]
    assert titles == ["q-4 제목", "q-1 제목", "q-5 제목"]            # 도시계획과 < 복지정책과, then age


def test_queue_filters_and_counts_all_matches(client, login, backlog, monkeypatch):
    login("rev_a")
    assert _titles(client, "/review/?grade=partial")[0] == ["q-3 제목", "q-2 제목"]
    assert _titles(client, "/review/?rank=과장")[0] == ["q-3 제목"]
    assert _titles(client, "/review/?min_age=7")[0] == ["q-4 제목", "q-1 제목", "q-3 제목"]
    assert _titles(client, "/review/?q=신뢰도")[0] == ["q-3 제목"]              # words in the reason
    assert _titles(client, "/review/?department=" + DEPT_B)[0] == [
        "q-4 제목", "q-1 제목", "q-3 제목", "q-2 제목"]                     # a reviewer cannot widen
    assert _titles(client, "/review/?sort=bogus&grade=secret&min_age=x")[0][0] == "q-4 제목"
    # the header counts every match, not the page shown
    monkeypatch.setattr("web.review.queue.PAGE_SIZE", 3)
    titles, soup = _titles(client, "/review/")
    assert len(titles) == 3 and soup.select_one("#queue-count").get_text() == "4건"
    assert _titles(client, "/review/?page=2")[0] == ["q-2 제목"]
    assert [o.get_text() for o in soup.select("#rank option")][1:] == ["과장", "국장", "알수없음", "주무관"]


def test_review_page_links_to_the_next_document_in_the_department(client, login, backlog):
    login("rev_a")
    soup = BeautifulSoup(client.get("/review/documents/q-4").data, "html.parser")
    assert soup.select_one("#next-doc")["href"] == "/review/documents/q-1"
    soup = BeautifulSoup(client.get("/review/documents/q-2").data, "html.parser")
    assert soup.select_one("#next-doc")["href"] == "/review/documents/q-4"   # wraps round
    assert "q-5" not in soup.select_one("#next-doc")["href"]


def test_shortcuts_are_documented_and_scripts_are_external(client, login, make_doc):
    make_doc("k-1", f"연락처 {PHONE}", [PHONE], publish_now=False, labels={PHONE: "PHONE"})
    login("rev_a")
    resp = client.get("/review/documents/k-1")
    soup = BeautifulSoup(resp.data, "html.parser")
    keys = {k.get_text() for k in soup.select("#shortcuts kbd")}
    assert {"j", "k", "a", "r", "p", "n", "?"} <= keys
    assert all(s.get("src") and not s.get_text().strip() for s in soup.select("script"))
    assert "'unsafe-inline'" not in resp.headers["Content-Security-Policy"]
    # what the script looks for is on the page
    row = soup.select_one("tr.det-row")
    assert row["tabindex"] == "-1" and row.select_one(".accept-button") and row.select_one(".reject-comment")
    assert soup.select_one("#publish-form #publish-button")["aria-keyshortcuts"] == "p"
    assert soup.select_one("#kbd-status")["aria-live"] == "polite"
    js = client.get("/static/review.js").get_data(as_text=True)
    assert "window.confirm" in js and '"?": toggleHelp' in js


def test_schedule_sets_release_date_audited_and_release_due_publishes(client, login, make_doc, instance):
    make_doc("s-1", f"민원인 연락처 {PHONE} 사업 계획", [PHONE], publish_now=False,
             labels={PHONE: "PHONE"}, grade="partial", grounds=[6])
    login("rev_a")
    tomorrow = date.today() + timedelta(days=1)
    for bad in ("", "2026/01/01", date.today().isoformat(), (date.today() + timedelta(days=4000)).isoformat()):
        client.post("/review/documents/s-1/schedule", data={"release_date": bad})
        assert _doc(instance, "s-1").status == "review", bad
    resp = client.post("/review/documents/s-1/schedule",
                       data={"release_date": tomorrow.isoformat(), "comment": "의회 보고 후 공개"},
                       follow_redirects=True)
    assert "공개하도록 예정했습니다" in resp.get_data(as_text=True)
    doc = _doc(instance, "s-1")
    assert (doc.status, doc.release_date, doc.decision) == ("scheduled", tomorrow.isoformat(), "publish")
    assert PHONE not in doc.masked_text
    with instance.Session() as s:
        ev = s.scalars(select(db.Event).where(db.Event.document_id == "s-1")).all()[-1]
    assert (ev.action, ev.actor, ev.comment) == ("schedule", "rev_a", "의회 보고 후 공개")
    assert ev.before["release_date"] == "" and ev.after["release_date"] == tomorrow.isoformat()
    assert "공개 예정일 지정" in client.get("/review/documents/s-1/audit").get_data(as_text=True)
    assert client.get("/documents/s-1").status_code == 404             # not public before the date
    assert release_due(instance) == []
    [out] = release_due(instance, today=tomorrow)
    assert out.result == "published" and _doc(instance, "s-1").status == "published"
    page = client.get("/documents/s-1").get_data(as_text=True)
    assert "사업 계획" in page and PHONE not in page


def test_schedule_refused_for_nonpublic_and_published(client, login, make_doc, instance):
    make_doc("s-np", "비공개 문서", publish_now=False, grade="nonpublic", grounds=[5])
    make_doc("s-pub", "공개 문서")
    login("rev_a")
    when = (date.today() + timedelta(days=3)).isoformat()
    client.post("/review/documents/s-np/schedule", data={"release_date": when})
    client.post("/review/documents/s-pub/schedule", data={"release_date": when})
    assert _doc(instance, "s-np").status == "review" and _doc(instance, "s-pub").status == "published"


def test_release_due_sends_filter_withheld_documents_to_review_and_respects_pause(make_doc, instance):
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    make_doc("w-1", "의사결정 과정 문서", publish_now=False, status="scheduled", decision="withhold",
             grade="nonpublic", grounds=[5], release_date=yesterday)
    make_doc("w-2", "예정 공개 문서", publish_now=False, status="scheduled", decision="publish",
             grade="public", release_date=yesterday)
    instance.set_setting("publishing_paused", "1")
    assert {o.result for o in release_due(instance)} == {"paused"}
    assert _doc(instance, "w-2").status == "scheduled"
    instance.set_setting("publishing_paused", "0")
    results = {o.doc_id: o.result for o in release_due(instance)}
    assert results == {"w-1": "review", "w-2": "published"}
    assert _doc(instance, "w-1").reasons[0].startswith("공개 예정일")
