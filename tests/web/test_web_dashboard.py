"""Officials' dashboard and public statistics: scope, charts, privacy of usage counts."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from disclosure import db
from web_support import DEPT_A, DEPT_B, PASSWORD

from test_web_browser import browser, live_server  # noqa: F401  (fixtures)


@pytest.fixture
def docs(make_doc, instance):
    make_doc("p-a1", "도로 보수 계획", title="도로 보수 계획")
    make_doc("p-a2", "하천 정비 계획", title="하천 정비 계획")
    make_doc("w-a1", "검토 대기 문서 본문", publish_now=False, status="review", title="대기 문서 A")
    for i in range(4):                            # DEPT_B releases 1 of 4: a laggard
        make_doc(f"b{i}", f"복지 문서 {i}", department=DEPT_B, title=f"복지 문서 {i}",
                 publish_now=(i == 0), status="withheld")
    make_doc("w-b1", "복지 검토 대기", department=DEPT_B, publish_now=False, status="review",
             title="대기 문서 B")
    return instance


def soup(resp):
    assert resp.status_code == 200, resp.status_code
    return BeautifulSoup(resp.get_data(as_text=True), "html.parser")


def kpi(page, name):
    return int(page.select_one(f"#kpi-{name}").get_text().split()[0].replace(",", ""))


def test_dashboard_requires_login(client, docs):
    resp = client.get("/dashboard")
    assert resp.status_code == 302 and "/login" in resp.headers["Location"]


def test_reviewer_sees_own_department_only(client, docs, login):
    login("rev_a")
    page = soup(client.get("/dashboard", query_string={"department": DEPT_B}))
    assert kpi(page, "produced") == 3 and kpi(page, "released") == 2 and kpi(page, "backlog") == 1
    text = page.get_text()
    assert "대기 문서 A" in text and "대기 문서 B" not in text and DEPT_B not in text
    assert page.select_one("#waiting-table a")["href"] == "/review/documents/w-a1"


def test_admin_sees_all_and_can_narrow(client, docs, login):
    login("admin")
    page = soup(client.get("/dashboard"))
    assert kpi(page, "produced") == 8 and kpi(page, "withheld") == 3 and kpi(page, "backlog") == 2
    laggards = [tr.th.get_text(" ", strip=True) for tr in page.select("#department-table tr.laggard")]
    assert laggards == [f"{DEPT_B} 뒤처짐"]
    narrowed = soup(client.get("/dashboard", query_string={"department": DEPT_B}))
    assert kpi(narrowed, "produced") == 5


def test_public_statistics_have_charts_and_no_unpublished_titles(client, docs):
    page = soup(client.get("/statistics"))
    assert kpi(page, "produced") == 8 and kpi(page, "auto") == 3
    charts = page.select("figure.chart svg[role=img]")
    assert len(charts) >= 6 and all(svg.find("title").get_text() for svg in charts)
    assert page.select("#chart-ratio rect[fill='#a3171b']")          # the laggard bar
    html = str(page)
    for title in ("대기 문서 A", "대기 문서 B", "복지 문서 1"):
        assert title not in html
    assert not page.select("#waiting-table")
    assert not page.select("[style]") and not page.select("script:not([src])")   # CSP-clean


def test_page_views_and_search_terms_are_counted_without_addresses(client, docs, instance):
    for _ in range(3):
        client.get("/documents/p-a1")
    client.get("/documents/p-a2")
    for n in range(3):
        client.get("/search", query_string={"q": "하천 정비"}, environ_base={"REMOTE_ADDR": f"198.51.100.{n}"})
    client.get("/search", query_string={"q": "드문 검색어"}, environ_base={"REMOTE_ADDR": "198.51.100.9"})
    client.get("/search", query_string={"q": "010-9999-8888"}, environ_base={"REMOTE_ADDR": "198.51.100.9"})
    client.get("/review/")                                            # not public: not counted
    page = soup(client.get("/statistics"))
    read = [li.a.get_text() for li in page.select("#most-read li")]
    assert read == ["도로 보수 계획", "하천 정비 계획"]
    terms = [li.a.get_text() for li in page.select("#top-terms li")]
    assert terms == ["하천 정비"]
    with instance.Session() as s:
        stored = set(s.scalars(db.SearchTerm.__table__.select().with_only_columns(db.SearchTerm.term)))
        paths = set(s.scalars(db.PageView.__table__.select().with_only_columns(db.PageView.path)))
    assert "010-9999-8888" not in stored and "드문 검색어" in stored
    assert not any(p.startswith("/review") for p in paths)
    assert b"198.51.100" not in instance.db_path.read_bytes()


def test_withdrawn_document_drops_out_of_most_read(client, docs, instance):
    from disclosure.publish import unpublish

    client.get("/documents/p-a1")
    unpublish(instance, "p-a1", actor="rev_a", reason="재검토")
    page = soup(client.get("/statistics"))
    assert "도로 보수 계획" not in page.get_text()


@pytest.mark.browser
def test_dashboard_charts_render_in_a_real_browser(browser, live_server, docs, officials):  # noqa: F811
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.ui import WebDriverWait

    b = browser
    b.get(f"{live_server}/login?next=/dashboard&lang=ko")    # Korean, whatever the browser's language
    b.find_element(By.ID, "username").send_keys("admin")
    b.find_element(By.ID, "password").send_keys(PASSWORD)
    b.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()

    def heading(d):
        try:   # the login page may still be going away: its h1 then turns stale
            return "/dashboard" in d.current_url and d.find_element(By.CSS_SELECTOR, "h1").text
        except StaleElementReferenceException:
            return False
    assert WebDriverWait(b, 30).until(heading, message="no dashboard after login").startswith("업무 현황")
    for chart in ("chart-months", "chart-ratio", "chart-backlog", "chart-views"):
        svg = b.find_element(By.CSS_SELECTOR, f"#{chart} svg")
        assert svg.size["width"] > 300 and svg.size["height"] > 50, chart
    bars = b.find_elements(By.CSS_SELECTOR, "#chart-ratio rect.bar")
    assert len(bars) == 2 and all(r.size["width"] > 0 for r in bars)
    # the stylesheet loaded (a tile is laid out as a grid), nothing blocked by the CSP
    assert b.find_element(By.CSS_SELECTOR, ".kpis").value_of_css_property("display") == "grid"
    laggard = b.find_element(By.CSS_SELECTOR, "#department-table tr.laggard")
    assert DEPT_B in laggard.text and "뒤처짐" in laggard.text
    Select(b.find_element(By.ID, "department")).select_by_visible_text(DEPT_A)
    b.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()

    def narrowed(d):
        try:
            return "department=" in d.current_url and d.find_element(By.ID, "kpi-produced").text
        except StaleElementReferenceException:       # the old page is still going away
            return False
    assert WebDriverWait(b, 30).until(narrowed, message="the filter did not apply") == "3"
    b.get(f"{live_server}/statistics")
    assert b.find_elements(By.CSS_SELECTOR, "figure.chart svg rect.bar")
    assert "대기 문서 A" not in b.page_source


def _search_from(client, term, n):
    for i in range(n):
        client.get("/search", query_string={"q": term}, environ_base={"REMOTE_ADDR": f"192.0.2.{i}"})


def _shown_terms(client):
    return [li.a.get_text() for li in soup(client.get("/statistics")).select("#top-terms li")]


def test_popular_searches_hide_names_and_terms_no_published_document_matches(client, docs, instance):
    for term in ("김영희 불륜", "박철수 전과", "김영희불륜", "도로", "우주 정거장"):
        _search_from(client, term, 3)
    assert _shown_terms(client) == ["도로"]
    with instance.Session() as s:
        stored = set(s.scalars(db.SearchTerm.__table__.select().with_only_columns(db.SearchTerm.term)))
    # a name-shaped term is never even written down; a harmless unmatched one is, unshown
    assert not {"김영희 불륜", "박철수 전과", "김영희불륜"} & stored and "우주 정거장" in stored


def test_popular_searches_are_checked_again_when_shown(client, docs, instance):
    from disclosure.publish import unpublish

    today = db.utcnow().date().isoformat()
    with instance.Session.begin() as s:          # rows written before the name check existed
        for term in ("김영희 불륜", "하천 정비"):
            s.add(db.SearchTerm(day=today, term=term, count=9, visitors=3))
    assert _shown_terms(client) == ["하천 정비"]
    unpublish(instance, "p-a2", actor="rev_a", reason="재검토")   # the only 하천 document
    assert _shown_terms(client) == []
