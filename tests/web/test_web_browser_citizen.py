"""A real browser (Debian's chromium) through the citizens' site: search with a particle,
read a document, ask, follow the question, switch to English, report a leak (a vague
report leaves the document up; one quoting a readable value takes it down at once).

Skipped with a clear message when the browser is missing, failing under CI=true (the
fixtures are the officials' browser test's, so both behave the same way).
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from web_support import wait_text

from test_web_browser import browser, live_server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

NAME = "홍길동"
TEXT = f"""관내 도로 보수 공사 추진 계획

민원인 {NAME} 의 건의에 따라 파손된 도로를 보수함.

구간 | 길이(m) | 예산(백만원)
시청로 | 300 | 120
광장로 | 150 | 60"""


def test_citizen_searches_reads_asks_follows_switches_language_and_reports(
        browser, live_server, make_doc, instance):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from disclosure import db

    make_doc("road-1", TEXT, [NAME], title="도로 보수 공사 추진 계획")
    make_doc("park-1", "공원 녹지 조성 계획\n민원인 연락처 010-2468-1357", title="공원 조성 계획")
    b = browser
    # a Korean visitor's browser (headless chromium says whatever its environment says)
    b.execute_cdp_cmd("Network.enable", {})
    b.execute_cdp_cmd("Network.setUserAgentOverride", {
        "userAgent": b.execute_script("return navigator.userAgent"),
        "acceptLanguage": "ko-KR,ko;q=0.9"})

    # keyboard: the first Tab reaches the skip link, which moves focus to the content
    b.get(f"{live_server}/")
    assert b.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ko"
    b.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert b.switch_to.active_element.get_attribute("class") == "skip-link"
    b.switch_to.active_element.send_keys(Keys.ENTER)
    assert b.execute_script("return location.hash") == "#main"

    # search with a particle-inflected word: 도로를 finds the document that says 도로
    box = b.find_element(By.ID, "home-q")
    box.send_keys("도로를")
    box.submit()
    wait_text(b, "#results-title", "검색 결과")
    results = b.find_elements(By.CSS_SELECTOR, "ol.results a.doc-title")
    assert [r.text for r in results] == ["도로 보수 공사 추진 계획"]
    results[0].click()
    wait_text(b, "#doc-title", "도로 보수 공사 추진 계획")

    # the document: masked text, a real table, no trace of the name
    assert "/documents/road-1" in b.current_url
    body = b.find_element(By.CSS_SELECTOR, ".doc-body")
    assert NAME not in body.text and b.find_elements(By.CSS_SELECTOR, ".doc-body .mask")
    assert len(b.find_elements(By.CSS_SELECTOR, ".doc-body table tbody tr")) == 2

    # ask a question
    b.find_element(By.ID, "body").send_keys("공사 기간이 언제인가요?")
    b.find_element(By.ID, "email").send_keys("citizen@example.com")
    b.find_element(By.ID, "consent").click()
    b.find_element(By.CSS_SELECTOR, "form.ask-form button[type=submit]").click()
    wait_text(b, "h1", "문의 처리 상황")
    tracking = b.find_element(By.CSS_SELECTOR, ".tracking").text
    assert tracking.startswith("Q-") and tracking in b.find_element(By.CSS_SELECTOR, ".flashes").text
    assert b.find_element(By.CSS_SELECTOR, ".q-status").get_attribute("data-status") == "received"

    # an official takes it; the citizen looks it up by number
    with instance.Session.begin() as s:
        s.scalar(select(db.Question).where(db.Question.tracking == tracking)).status = "assigned"
    b.get(f"{live_server}/questions")
    b.find_element(By.ID, "tracking").send_keys(tracking.lower())
    b.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait_text(b, ".q-status", "담당자 배정")
    assert b.find_element(By.CSS_SELECTOR, ".q-status").get_attribute("data-status") == "assigned"
    assert "citizen@example.com" not in b.page_source

    # switch to English; the choice sticks on the next page
    b.find_element(By.CSS_SELECTOR, ".lang-switch a").click()
    wait_text(b, "h1", "Question status")
    assert b.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    b.get(f"{live_server}/documents/road-1")
    assert b.find_element(By.ID, "body-title").text == "Text"
    assert b.find_element(By.ID, "doc-title").text == "도로 보수 공사 추진 계획"

    # report a leak without quoting it: the document stays up, officials look first
    b.find_element(By.CSS_SELECTOR, "a.report-link").click()
    b.find_element(By.ID, "details").send_keys("민원인 이름이 보입니다.")
    b.find_element(By.CSS_SELECTOR, "form.report-form button[type=submit]").click()
    wait_text(b, "h1", "Report status")
    number = b.find_element(By.CSS_SELECTOR, ".tracking").text
    assert number.startswith("R-") and number in b.find_element(By.CSS_SELECTOR, ".flashes").text
    assert b.find_element(By.ID, "report-state").get_attribute("data-state") == "priority"
    b.get(f"{live_server}/documents/road-1")
    assert b.find_element(By.ID, "doc-title").text == "도로 보수 공사 추진 계획"

    # report a value that can be read in the public copy: the document leaves the site at once
    b.get(f"{live_server}/documents/park-1/report")
    b.find_element(By.ID, "details").send_keys("둘째 줄에 민원인 휴대전화 010-2468-1357 이 보입니다.")
    b.find_element(By.CSS_SELECTOR, "form.report-form button[type=submit]").click()
    wait_text(b, "#report-state", "Document taken down")
    b.get(f"{live_server}/documents/park-1")
    assert "404" in b.find_element(By.TAG_NAME, "main").text
    b.get(f"{live_server}/search?q=공원")
    b.find_element(By.ID, "results-title")                 # the results page has loaded
    assert b.execute_script("return document.querySelectorAll('ol.results a').length") == 0
    with instance.Session() as s:
        assert s.get(db.Document, "park-1").status == "review"
        assert s.get(db.Document, "road-1").status == "published"
