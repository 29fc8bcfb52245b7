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


def test_korean_by_default_english_by_switch_cookie_and_browser(client, make_doc):
    make_doc("d1", "도로 보수 공사 계획", title="도로 보수 계획")
    ko = _page(client, "/")
    assert ko.html["lang"] == "ko" and ko.select_one(".skip-link").text == "본문 바로가기"
    assert ko.select_one(".lang-switch a")["href"] == "/?lang=en"

    resp = client.get("/documents/d1?lang=en")
    assert "dp_lang=en" in resp.headers["Set-Cookie"]
    assert "Accept-Language" in resp.headers["Vary"]
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
    assert _page(fresh, "/", headers={"Accept-Language": "en-US,en;q=0.9"}).html["lang"] == "en"
    assert _page(fresh, "/", headers={"Accept-Language": "fr-FR,ko;q=0.5"}).html["lang"] == "ko"
    resp = fresh.get("/?lang=xx")
    assert BeautifulSoup(resp.data, "html.parser").html["lang"] == "ko"
    assert "dp_lang" not in resp.headers.get("Set-Cookie", "")


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
