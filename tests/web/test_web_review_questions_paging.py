"""The officials' question list pages through every question (it used to stop at 500)."""
from __future__ import annotations

from datetime import datetime, timedelta

from bs4 import BeautifulSoup
from sqlalchemy import insert

from disclosure import db
from web.review.questions import PAGE_SIZE
from web_support import DEPT_B

START = datetime(2025, 1, 1, 9, 0)


def _add_questions(instance, doc_id: str, n: int, prefix: str) -> None:
    """Insert ``n`` questions directly (one statement): question i is i minutes old-first."""
    with instance.Session.begin() as s:
        s.execute(insert(db.Question), [
            {"tracking": f"Q-{prefix}-{i:05d}", "document_id": doc_id, "body": "문의",
             "body_masked": "문의", "status": "received",
             "created_at": START + timedelta(minutes=i), "updated_at": START + timedelta(minutes=i)}
            for i in range(n)])


def _page(client, **args):
    resp = client.get("/review/questions", query_string=args)
    assert resp.status_code == 200
    return BeautifulSoup(resp.get_data(as_text=True), "html.parser")


def _trackings(page):
    return [a.get_text() for a in page.select("table a[href^='/review/questions/']")]


def test_question_list_pages_past_500(client, login, make_doc, instance):
    make_doc("qa", "도로 보수")
    make_doc("qb", "복지 안내", department=DEPT_B)
    total = 537                                   # more than the old cap of 500
    pages = -(-total // PAGE_SIZE)
    assert pages >= 3
    _add_questions(instance, "qa", total, "A")
    _add_questions(instance, "qb", 5, "B")                    # another department's
    login("rev_a")

    first = _page(client)
    assert first.select_one("#question-count").get_text() == f"{total:,}건"
    assert len(_trackings(first)) == PAGE_SIZE
    assert _trackings(first)[0] == f"Q-A-{total - 1:05d}"      # newest first
    assert f"1 / {pages}쪽" in first.select_one("#question-pages").get_text()
    links = {a.get_text(): a["href"] for a in first.select("nav.pager a")}
    assert "2" in links and "3" in links and "다음" in links and "이전" not in links

    second = _page(client, page=2)
    assert _trackings(second) == [f"Q-A-{i:05d}" for i in range(total - 1 - PAGE_SIZE,
                                                                total - 1 - 2 * PAGE_SIZE, -1)]
    assert second.select_one("nav.pager [aria-current=page]").get_text() == "2"

    last = _page(client, page=pages)
    assert _trackings(last)[-1] == "Q-A-00000"
    assert len(_trackings(last)) == total - (pages - 1) * PAGE_SIZE
    assert not any(t.startswith("Q-B") for t in _trackings(last))
    # past the end or nonsense: the last page / the first page, never an error
    assert _trackings(_page(client, page=99)) == _trackings(last)
    assert _trackings(_page(client, page="x")) == _trackings(first)


def test_paging_keeps_the_status_filter(client, login, make_doc, instance):
    make_doc("qa", "도로 보수")
    _add_questions(instance, "qa", PAGE_SIZE + 3, "A")
    with instance.Session.begin() as s:
        s.get(db.Question, 1).status = "answered"
    login("rev_a")
    page = _page(client, status="received")
    assert page.select_one("#question-count").get_text() == f"{PAGE_SIZE + 2:,}건"
    nxt = {a.get_text(): a["href"] for a in page.select("nav.pager a")}["2"]
    assert "status=received" in nxt and "page=2" in nxt
    assert len(_trackings(_page(client, status="received", page=2))) == 2
