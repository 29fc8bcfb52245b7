"""Every page leads to the statistics, the search alerts and the feed of new releases;
the search page offers this search as an alert and as a feed."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup

from web_support import DEPT_A


def _soup(client, url):
    resp = client.get(url)
    assert resp.status_code in (200, 404), url
    return BeautifulSoup(resp.data, "html.parser")


def _query(href: str) -> tuple[str, dict]:
    parts = urlsplit(href)
    return parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}


def test_header_footer_and_head_link_statistics_alerts_and_feed(client, make_doc):
    make_doc("d1", "하천 정비 계획")
    for url in ("/", "/search", "/documents/d1", "/statistics", "/subscribe", "/login",
                "/no-such-page"):
        soup = _soup(client, url)
        header = [a["href"] for a in soup.select("header.site-header nav a")]
        footer = [a["href"] for a in soup.select("footer.site-footer a")]
        assert "/statistics" in header, url
        assert {"/statistics", "/subscribe", "/feeds/latest.atom"} <= set(footer), url
        feeds = soup.select('head link[rel=alternate][type="application/atom+xml"]')
        assert "/feeds/latest.atom" in [link["href"] for link in feeds], url
        assert all(link.get("title") for link in feeds), url
    assert client.get("/feeds/latest.atom").status_code == 200


def test_search_offers_this_search_as_alert_and_feed(client, make_doc):
    make_doc("d1", "하천 정비 계획", title="하천 정비")
    soup = _soup(client, f"/search?q=하천&department={DEPT_A}&doc_type=보고&sort=date")
    path, args = _query(soup.select_one("a#subscribe-search")["href"])
    assert (path, args) == ("/subscribe", {"q": "하천", "department": DEPT_A, "doc_type": "보고"})
    path, args = _query(soup.select_one("a#search-feed")["href"])
    assert (path, args) == ("/feeds/latest.atom", {"q": "하천", "department": DEPT_A})
    heads = [link["href"] for link in
             soup.select('head link[rel=alternate][type="application/atom+xml"]')]
    assert soup.select_one("a#search-feed")["href"] in heads

    form = _soup(client, soup.select_one("a#subscribe-search")["href"])   # the form is filled in
    assert form.select_one("input#q")["value"] == "하천"
    assert form.select_one("select#department option[selected]")["value"] == DEPT_A
    feed = client.get(soup.select_one("a#search-feed")["href"]).get_data(as_text=True)
    assert "하천 정비" in feed

    plain = _soup(client, "/search")                  # no search yet: nothing to follow
    assert not plain.select_one("a#subscribe-search")
