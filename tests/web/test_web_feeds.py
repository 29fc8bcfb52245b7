"""Atom feed, sitemap and JSON-LD: published documents only, well-formed, escaped."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest

from disclosure import db
from web_support import DEPT_A, DEPT_B

A = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
PHONE = "010-3456-7890"


@pytest.fixture
def docs(make_doc, instance):
    make_doc("f-1", f"하천 정비 계획 <script>alert(1)</script> & 연락처 {PHONE}", [PHONE],
             title="하천 정비 & <계획>")
    make_doc("f-2", "복지관 운영 결과 보고", department=DEPT_B, title="복지관 운영")
    make_doc("f-3", "하천 수질 조사 결과", title="하천 수질")
    make_doc("f-held", f"하천 비공개 문서 {PHONE}", [], publish_now=False, status="review",
             title="검토 중 하천 문서")
    with instance.Session.begin() as s:          # distinct publication times: f-3 newest
        for i, doc_id in enumerate(("f-1", "f-2", "f-3")):
            s.get(db.Document, doc_id).published_at = datetime(2025, 5, 1 + i, 9, 0)
    return instance


def entries(resp):
    assert resp.status_code == 200 and resp.mimetype == "application/atom+xml"
    feed = ET.fromstring(resp.data)
    assert feed.tag == f"{A}feed" and feed.find(f"{A}updated").text
    return [(e.find(f"{A}id").text.rsplit("/", 1)[1], e) for e in feed.iter(f"{A}entry")]


def test_latest_feed_newest_first_with_masked_excerpts(client, docs):
    got = entries(client.get("/feeds/latest.atom"))
    assert [i for i, _ in got] == ["f-3", "f-2", "f-1"]
    first = dict(got)["f-1"]
    assert first.find(f"{A}title").text == "하천 정비 & <계획>"         # escaped by the XML writer
    summary = first.find(f"{A}summary").text
    assert "<script>" in summary and PHONE not in summary and "***" in summary
    assert first.find(f"{A}published").text == "2025-05-01T09:00:00Z"
    assert first.find(f"{A}link").get("href") == "http://plaza.test/documents/f-1"


def test_feed_per_department_and_per_search(client, docs):
    assert [i for i, _ in entries(client.get("/feeds/latest.atom", query_string={
        "department": DEPT_B}))] == ["f-2"]
    assert [i for i, _ in entries(client.get("/feeds/latest.atom", query_string={
        "q": "하천"}))] == ["f-3", "f-1"]
    assert entries(client.get("/feeds/latest.atom", query_string={"q": "하천", "department": DEPT_B})) == []


def test_sitemap_lists_published_documents_only(client, docs):
    resp = client.get("/sitemap.xml")
    assert resp.status_code == 200 and resp.mimetype == "application/xml"
    locs = [e.text for e in ET.fromstring(resp.data).iter(f"{SM}loc")]
    assert locs == ["http://plaza.test/"] + [f"http://plaza.test/documents/f-{i}" for i in (1, 2, 3)]


def test_large_sitemap_becomes_an_index_of_pages(app, client, docs):
    app.config["SITEMAP_URLS"] = 2
    index = ET.fromstring(client.get("/sitemap.xml").data)
    assert index.tag == f"{SM}sitemapindex"
    pages = [e.text for e in index.iter(f"{SM}loc")]
    assert pages == ["http://plaza.test/sitemap.xml?page=1", "http://plaza.test/sitemap.xml?page=2"]
    second = [e.text for e in ET.fromstring(client.get("/sitemap.xml?page=2").data).iter(f"{SM}loc")]
    assert second[-1] == "http://plaza.test/documents/f-3"


def test_feeds_are_rate_limited(app, client, docs):
    app.config["FEED_RATE_LIMIT"] = "1 per minute"
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/sitemap.xml").status_code == 429


def test_document_jsonld_is_schema_org_and_dcat_and_safe_in_html(docs):
    from disclosure.opendata import document_jsonld, jsonld_script
    from disclosure.publish import public_record

    with docs.Session() as s:
        record = public_record(s.get(db.Document, "f-1"))
    data = document_jsonld(record, "http://plaza.test/documents/f-1",
                           download_url="http://plaza.test/documents/f-1/download.txt",
                           published_at="2025-05-01T09:00:00Z")
    assert data["@type"] == ["DigitalDocument", "dcat:Dataset"]
    assert data["name"] == "하천 정비 & <계획>" and data["creator"]["name"] == DEPT_A
    assert data["dcat:distribution"]["dcat:downloadURL"].endswith("download.txt")
    assert PHONE not in json.dumps(data, ensure_ascii=False)
    tag = str(jsonld_script(data))
    assert tag.startswith('<script type="application/ld+json">') and tag.count("<") == 2
    assert json.loads(tag[tag.index(">") + 1:tag.rindex("<")]) == data


def test_jsonld_tag_for_the_document_page(app, docs):
    from flask import render_template_string

    with app.test_request_context("/"), docs.Session() as s:
        tag = render_template_string("{{ document_jsonld_tag(doc) }}", doc=s.get(db.Document, "f-1"))
        held = render_template_string("{{ document_jsonld_tag(doc) }}", doc=s.get(db.Document, "f-held"))
    data = json.loads(tag[tag.index(">") + 1:tag.rindex("<")])
    assert data["url"] == "http://plaza.test/documents/f-1"
    assert data["datePublished"] == "2025-05-01T09:00:00Z"
    assert held == ""
