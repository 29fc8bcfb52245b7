"""A real browser (Debian's chromium + chromedriver) driving the officials' workflow.

Skipped with a clear message when the browser is missing, except under CI=true, where
a missing browser is a failure (scripts/install-system-packages.sh is meant to provide it).
"""
from __future__ import annotations

import os
import shutil
import threading

import pytest

from web_support import PASSWORD, wait_text

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
NAME, PHONE = "홍길동", "010-5555-0101"
TEXT = f"""주민 건의 처리 결과 보고

건의인 {NAME} (연락처 {PHONE}) 의 건의를 검토한 결과 수용함.
담당 김담당 주무관이 현장을 확인함."""

pytestmark = pytest.mark.browser


def _need_browser():
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.path.exists(p)]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package")
    if missing:
        message = (f"browser test needs {', '.join(missing)} "
                   "(apt-get install chromium chromium-driver; pip install selenium)")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def live_server(instance):
    from werkzeug.serving import make_server

    from web import create_app
    app = create_app(instance, {"TESTING": True})          # CSRF on, as in production
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(5)


@pytest.fixture
def browser(tmp_path):
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,2000", f"--user-data-dir={tmp_path / 'chrome-profile'}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.implicitly_wait(10)
    yield driver
    driver.quit()
    shutil.rmtree(tmp_path / "chrome-profile", ignore_errors=True)


def _wait_flash(b, expected: str) -> None:
    """Wait until the page the last click loaded flashes ``expected`` (fail after 30 s)."""
    wait_text(b, ".flashes", expected, message=f"no flash message {expected!r}")


def test_reviewer_rejects_a_mask_adds_one_publishes_and_sees_it_public(
        browser, live_server, make_doc, officials):
    from selenium.webdriver.common.by import By

    make_doc("flag-1", TEXT, [NAME, PHONE], publish_now=False, status="review",
             title="주민 건의 처리 결과", labels={PHONE: "PHONE"},
             reasons=["partial but uncertain (confidence 0.41 < 0.85)", "model P(nonpublic)=0.74"])
    b = browser
    b.get(f"{live_server}/review/")
    assert "/login" in b.current_url                               # sent to log in first
    b.find_element(By.ID, "username").send_keys("rev_a")
    b.find_element(By.ID, "password").send_keys(PASSWORD)
    b.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()

    b.find_element(By.LINK_TEXT, "주민 건의 처리 결과").click()
    assert "/review/documents/flag-1" in b.current_url
    # why it is here, in Korean; the preview of the redacted PDF is one click away
    reasons = [li.text for li in b.find_elements(By.CSS_SELECTOR, ".reasons li")]
    assert reasons[0].startswith("부분공개(으)로 보이나") and "분류 모델이 본 비공개 가능성 74%" in reasons
    preview = b.find_element(By.ID, "preview-link").get_attribute("href")
    assert preview.endswith("/review/documents/flag-1/preview.pdf")

    # reject the mask on the name, with a reason
    row = b.find_element(By.XPATH, f"//table[contains(@class,'detections')]//tr[.//mark[text()='{NAME}']]")
    row.find_element(By.CSS_SELECTOR, "form.reject-form input[name=comment]").send_keys("공개 대상 확인")
    row.find_element(By.CSS_SELECTOR, "form.reject-form button").click()
    _wait_flash(b, "가림을 해제했습니다")

    # select 김담당 in the original with the mouse-equivalent Selection API; JS fills offsets
    b.execute_script("""
        const box = document.getElementById('original');
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        let node; while ((node = walker.nextNode())) {
          const i = node.data.indexOf('김담당');
          if (i >= 0) { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 3);
            const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
            box.dispatchEvent(new MouseEvent('mouseup', {bubbles: true})); break; }
        }""")
    start = TEXT.index("김담당")
    assert b.find_element(By.ID, "sel-start").get_attribute("value") == str(start)
    assert b.find_element(By.ID, "sel-end").get_attribute("value") == str(start + 3)
    assert "김담당" in b.find_element(By.ID, "sel-display").text
    b.find_element(By.CSS_SELECTOR, "#add-mask-form button[type=submit]").click()
    _wait_flash(b, "가림 1건을 추가했습니다")

    b.find_element(By.ID, "publish-button").click()       # not confirmed: the browser holds it
    assert b.execute_script("return document.getElementById('publish-confirm').validity.valueMissing")
    assert "/review/documents/flag-1" in b.current_url
    b.find_element(By.ID, "publish-confirm").click()      # the required "I have checked" box
    b.find_element(By.ID, "publish-button").click()
    _wait_flash(b, "문서를 공개했습니다")

    b.get(f"{live_server}/documents/flag-1")
    body = b.find_element(By.CSS_SELECTOR, ".doc-body").text
    assert NAME in body                           # the rejected mask is lifted
    assert PHONE not in body and "김담당" not in body
    assert b.find_elements(By.CSS_SELECTOR, ".doc-body .mask")


def test_keyboard_shortcuts_select_accept_and_publish_with_confirmation(
        browser, live_server, make_doc, officials, instance):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    from disclosure import db

    make_doc("keys-1", TEXT, [NAME, PHONE], publish_now=False, status="review",
             title="단축키 문서", labels={PHONE: "PHONE"})
    b = browser
    b.get(f"{live_server}/login?next=/review/documents/keys-1")
    b.find_element(By.ID, "username").send_keys("rev_a")
    b.find_element(By.ID, "password").send_keys(PASSWORD)
    b.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    b.find_element(By.ID, "shortcuts")

    def press(key):
        ActionChains(b).send_keys(key).perform()

    press("?")
    assert b.find_element(By.ID, "shortcuts").get_attribute("open") is not None
    press("j"); press("j"); press("k")
    current = b.find_elements(By.CSS_SELECTOR, "tr.det-row[aria-current]")
    assert len(current) == 1 and NAME in current[0].text
    assert NAME in b.find_element(By.ID, "kbd-status").get_attribute("textContent")
    press("a")
    _wait_flash(b, "가림을 확인했습니다")
    with instance.Session() as s:
        statuses = sorted(r.status for r in s.get(db.Document, "keys-1").detections)
    assert statuses == ["accepted", "auto"]

    press("p")                                        # a stray p asks first; cancel keeps it private
    WebDriverWait(b, 10).until(EC.alert_is_present()).dismiss()
    with instance.Session() as s:
        assert s.get(db.Document, "keys-1").status == "review"
    press("p")
    WebDriverWait(b, 10).until(EC.alert_is_present()).accept()
    _wait_flash(b, "문서를 공개했습니다")


def test_keyboard_shortcuts_reach_every_field_and_the_next_document(
        browser, live_server, make_doc, officials):
    """r, m, g, s, w take the keyboard to their field (Escape leaves it), n opens the
    next document of the queue."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    make_doc("keys-2", TEXT, [NAME, PHONE], publish_now=False, status="review", title="첫째 문서",
             labels={PHONE: "PHONE"})
    make_doc("keys-3", TEXT, [NAME, PHONE], publish_now=False, status="review", title="둘째 문서",
             labels={PHONE: "PHONE"})
    b = browser
    b.get(f"{live_server}/login?next=/review/documents/keys-2")
    b.find_element(By.ID, "username").send_keys("rev_a")
    b.find_element(By.ID, "password").send_keys(PASSWORD)
    b.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    WebDriverWait(b, 30).until(lambda d: d.find_elements(By.ID, "shortcuts"))

    def press(*keys):
        ActionChains(b).send_keys(*keys).perform()

    def active():
        return b.switch_to.active_element

    press("r")                                      # nothing selected yet: it says so
    assert "j" in b.find_element(By.ID, "kbd-status").get_attribute("textContent")
    press("j")
    press("r")
    assert "reject-comment" in (active().get_attribute("class") or "")
    press("x")                                      # typing in the field is not a shortcut
    assert active().get_attribute("value") == "x"
    press(Keys.ESCAPE)
    for key, expected in (("m", "phrase"), ("s", "release-date-input"), ("w", "ground")):
        press(key)
        assert active().get_attribute("id") == expected, key
        press(Keys.ESCAPE)
    press("g")
    assert active().get_attribute("name") == "grade"
    press(Keys.ESCAPE)
    nxt = b.find_element(By.ID, "next-doc").get_attribute("href")
    press("n")
    WebDriverWait(b, 30).until(lambda d: d.current_url == nxt, message="n did not open the next document")
    assert nxt.rsplit("/", 1)[-1] in ("keys-3", "keys-2")
