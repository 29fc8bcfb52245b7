"""Korean first, English on request: locale choice, translated pages, a complete catalog."""
from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "web" / "translations"
PO = TRANSLATIONS / "en" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")


def _page(client, url, **kw):
    resp = client.get(url, **kw)
    assert resp.status_code == 200, url
    return BeautifulSoup(resp.data, "html.parser")


def test_korean_by_default_english_by_switch_and_cookie(client, make_doc):
    make_doc("d1", "도로 보수 공사 계획", title="도로 보수 계획")
    ko = _page(client, "/")
    assert ko.html["lang"] == "ko" and ko.select_one(".skip-link").text == "본문 바로가기"
    assert ko.select_one(".lang-switch a")["href"] == "/?lang=en"

    resp = client.get("/documents/d1?lang=en")
    assert "dp_lang=en" in resp.headers["Set-Cookie"]
    assert "Cookie" in resp.headers["Vary"] and "Accept-Language" not in resp.headers["Vary"]
    en = BeautifulSoup(resp.data, "html.parser")
    assert en.html["lang"] == "en" and en.select_one(".skip-link").text == "Skip to content"
    assert "Department" in [dt.get_text(strip=True) for dt in en.select("dl.meta-grid dt")]
    assert en.select_one("#doc-title").text == "도로 보수 계획"           # content stays Korean
    assert en.select_one("#doc-title")["lang"] == "ko"
    assert en.select_one("label[for=body]").text == "Your question"

    assert _page(client, "/search").html["lang"] == "en"                 # the cookie remembers
    assert _page(client, "/search?lang=ko").html["lang"] == "ko"
    assert _page(client, "/search").html["lang"] == "ko"


def test_accept_language_and_bad_values(app, make_doc):
    fresh = app.test_client()
    assert _page(fresh, "/", headers={"Accept-Language": "en-US,en;q=0.9"}).html["lang"] == "ko"  # by choice only
    assert _page(fresh, "/", headers={"Accept-Language": "fr-FR,ko;q=0.5"}).html["lang"] == "ko"
    resp = fresh.get("/?lang=xx")
    assert BeautifulSoup(resp.data, "html.parser").html["lang"] == "ko"
    assert "dp_lang" not in resp.headers.get("Set-Cookie", "")
    chooser = app.test_client()
    assert _page(chooser, "/?lang=en", headers={"Accept-Language": "ko-KR"}).html["lang"] == "en"


def test_english_forms_errors_flashes_and_status(client, make_doc):
    make_doc("d1", "본문", grade="partial", grounds=[6])
    en = _page(client, "/documents/d1?lang=en")
    assert "Partial disclosure" in en.select_one(".meta-grid").text
    assert "Item 6 (personal privacy)" in en.select_one(".meta-grid").text
    resp = client.post("/documents/d1/ask", data={"body": "", "email": "x@example.com"})
    assert resp.status_code == 400
    errors = [p.text for p in BeautifulSoup(resp.data, "html.parser").select("p.error")]
    assert "Please enter your question." in errors
    assert any("please agree" in e for e in errors)
    resp = client.post("/documents/d1/ask", data={"body": "When?"}, follow_redirects=True)
    page = BeautifulSoup(resp.data, "html.parser")
    assert "Your question has been received" in page.select_one(".flashes").text
    assert [li.text.strip() for li in page.select(".steps li")] == ["Received", "Assigned", "Answered"]


def test_catalog_covers_every_extracted_string_and_mo_is_compiled():
    with open(TRANSLATIONS / "babel.cfg") as f:
        method_map, _options = parse_mapping_cfg(f)
    keywords = {"_": None, "gettext": None, "lazy_gettext": None, "N_": None}
    extracted = {msg for _f, _l, msg, *_ in extract_from_dir(ROOT / "web", method_map,
                                                            keywords=keywords)}
    assert len(extracted) > 100
    with open(PO, "rb") as f:
        po = {m.id: m for m in read_po(f) if m.id}
    missing = sorted(extracted - set(po))
    assert not missing, f"run the pybabel steps in web/i18n.py; not in the catalog: {missing}"
    untranslated = sorted(m.id for m in po.values() if not m.string or m.fuzzy)
    assert not untranslated, untranslated
    with open(MO, "rb") as f:
        mo = {m.id: m.string for m in read_mo(f) if m.id}
    assert mo == {m.id: m.string for m in po.values()}, "messages.mo is stale: pybabel compile"
    # python-format placeholders survive translation
    for m in po.values():
        for name in ("%(n)s", "%(id)s", "%(tracking)s", "%(department)s", "%(name)s"):
            assert (name in m.id) == (name in m.string), m.id


def _hangul(text: str) -> list[str]:
    import re

    return re.findall(r"[가-힣]+", text)


def test_statistics_subscribe_and_error_pages_in_english(client, make_doc):
    make_doc("d1", "도로 보수 공사 계획. 문의 010-3333-4444", ["010-3333-4444"],
             labels={"010-3333-4444": "PHONE"}, title="도로 보수 계획")
    make_doc("d2", "복지 계획", department="복지정책과", publish_now=False)
    client.get("/search?q=도로")
    stats = _page(client, "/statistics?lang=en")
    assert stats.html["lang"] == "en" and stats.h1.text == "Disclosure statistics"
    headings = [h.get_text(strip=True) for h in stats.select("main h2")]
    assert "At a glance" in headings and "Release ratio by department" in headings
    assert "Documents produced" in [dt.text for dt in stats.select(".kpis dt")]
    assert stats.select_one("#chart-ratio title").text == "Release ratio by department"
    assert "phone number" in [th.text for th in stats.select("#det-title ~ details th[scope=row]")]
    assert "percentage points below the overall ratio" in stats.text
    # only document data (department names, titles) stays Korean
    main = stats.select_one("main")
    for t in main.select("th[scope=row], #most-read a, #top-terms a, svg text, svg rect title"):
        t.decompose()
    assert _hangul(main.get_text(" ")) == [], _hangul(main.get_text(" "))

    form = _page(client, "/subscribe?lang=en")
    assert form.h1.text == "Search alerts"
    assert form.select_one("label[for=email]").text == "E-mail"
    assert form.select_one("fieldset legend").text == "How often"
    assert form.select_one("button[type=submit]").text == "Sign up for alerts"
    main = form.select_one("main")
    for option in main.select("select option"):             # department names: data
        option.decompose()
    assert _hangul(main.get_text(" ")) == []
    resp = client.post("/subscribe", data={"email": "nope", "frequency": "instant"})
    errors = [p.text for p in BeautifulSoup(resp.data, "html.parser").select("p.error")]
    assert "This is not a valid e-mail address." in errors
    assert "To receive alerts, please agree." in errors

    resp = client.get("/no-such-page?lang=en")
    assert resp.status_code == 404
    err = BeautifulSoup(resp.data, "html.parser")
    assert err.h1.text == "Page not found" and "Error code 404" in err.text


def test_subscription_link_pages_in_english(client, instance):
    from disclosure import subscriptions as subs
    from disclosure import db
    from sqlalchemy import select

    with instance.Session.begin() as s:
        sub = subs.subscribe(s, instance.secret_key, "http://plaza.test",
                             email="a@example.org", query="하천")
        confirm = subs.token(instance.secret_key, sub, "confirm")
    page = _page(client, f"/subscriptions/confirm/{confirm}?lang=en")
    assert page.h1.text == "Confirm a search alert"
    assert "the words “하천”" in page.text and "as soon as they are released" in page.text
    done = BeautifulSoup(client.post(f"/subscriptions/confirm/{confirm}").data, "html.parser")
    assert done.h1.text == "Your alert is confirmed"
    with instance.Session() as s:
        sub = s.scalars(select(db.Subscription)).one()
        leave = subs.token(instance.secret_key, sub, "unsubscribe")
    page = _page(client, f"/subscriptions/unsubscribe/{leave}")
    assert page.select_one("#unsubscribe-button").text == "Unsubscribe"


def test_names_made_outside_the_catalog_are_translated():
    """web/dashboard.py marks the Korean names other modules make for the statistics page."""
    from disclosure.analytics import BACKLOG_BUCKETS

    with open(PO, "rb") as f:
        po = {m.id: m.string for m in read_po(f) if m.id}
    needed = {label for _lo, _hi, label in BACKLOG_BUCKETS} | {"뒤처짐"}
    assert not sorted(n for n in needed if not po.get(n)), "add them to TRANSLATED_ELSEWHERE"
