"""What the public can see of an instance, and a search of it for gold personal values.

Public surfaces: the public store (PDFs as the text two readers extract), the search
index's stored fields (read from disk with Whoosh itself), the home page, search results
and snippets (also for queries that are the gold values themselves), each published
document's page, its text and PDF downloads, and the open data: the JSON API, the Atom
feed, the sitemap and the statistics pages.

A value counts as found when it appears with white space removed (extraction may lay a
value out differently). Values of three characters or fewer are looked for only in
their own document's page and as a whole word, so a name like 하늘 does not match
하늘공원 in another document.
"""
from __future__ import annotations

import json
import re

from disclosure import db
from disclosure.instance import Instance


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def stored_index_fields(inst: Instance) -> str:
    import whoosh.index

    from disclosure.search.whoosh_index import INDEX_NAME

    ix = whoosh.index.open_dir(str(inst.index_dir), indexname=INDEX_NAME)
    with ix.searcher() as s:
        return json.dumps(list(s.all_stored_fields()), ensure_ascii=False, default=str)


def public_store(inst: Instance) -> str:
    """Every public file as text; a PDF as the text two readers extract from it."""
    out = []
    for p in inst.public_dir.rglob("*"):
        if not p.is_file():
            continue
        if p.suffix.lower() == ".pdf":
            out.append(pdf_text(p.read_bytes()))
        out.append(p.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(out)


def pdf_text(data: bytes) -> str:
    import io

    import pdfplumber
    from pypdf import PdfReader

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plumber = "\n".join(page.extract_text() or "" for page in pdf.pages)
    return plumber + "\n" + "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def open_data(client, published: list[str]) -> str:
    """The API (list, each document), the feeds, the sitemap and the statistics pages."""
    def get(url: str):
        resp = client.get(url)
        assert resp.status_code == 200, url
        return resp

    def api(url: str) -> str:      # JSON escapes non-ASCII: read it back as text
        return json.dumps(get(url).get_json(), ensure_ascii=False)

    parts = [api("/api/v1/documents?per_page=100"), api("/api/v1/questions")]
    parts += [get(url).get_data(as_text=True) for url in (
        "/feeds/latest.atom", "/sitemap.xml", "/statistics", "/statistics?lang=en")]
    for doc_id in published:
        parts.append(api(f"/api/v1/documents/{doc_id}"))
        pdf = client.get(f"/documents/{doc_id}/download.pdf")
        if pdf.status_code == 200:
            parts.append(pdf_text(pdf.get_data()))
    return "\n".join(parts)


def results_text(html: str) -> str:
    """The text of a search page's result list (not the search box echoing the query)."""
    from bs4 import BeautifulSoup

    results = BeautifulSoup(html, "html.parser").select_one("ol.results")
    return results.get_text(" ") if results else ""


def find_public_leaks(inst: Instance, client, gold: dict[str, dict]) -> list[tuple[str, str, str]]:
    """Gold values (``gold``: id -> guideline record) readable on any public surface."""
    with inst.Session() as s:
        published = [d.id for d in s.query(db.Document).filter_by(status=db.PUBLIC_STATUS)]
    pages: dict[str, str] = {}
    for doc_id in published:
        page = client.get(f"/documents/{doc_id}")
        download = client.get(f"/documents/{doc_id}/download.txt")
        assert page.status_code == 200 and download.status_code == 200, doc_id
        pages[doc_id] = page.get_data(as_text=True) + download.get_data(as_text=True)
    everything = squash(client.get("/").get_data(as_text=True) + stored_index_fields(inst)
                        + public_store(inst) + "".join(pages.values()) + open_data(client, published))
    leaks = []
    for doc_id, rec in gold.items():
        for ent in rec["entities"]:
            value = squash(ent["text"])
            if len(value) <= 3:
                word = rf"(?<![가-힣A-Za-z]){re.escape(ent['text'])}(?![가-힣A-Za-z])"
                if doc_id in pages and re.search(word, pages[doc_id]):
                    leaks.append((doc_id, ent["label"], ent["text"]))
            elif value in everything:
                leaks.append((doc_id, ent["label"], ent["text"]))
            elif doc_id in pages:
                res = client.get("/search", query_string={"q": ent["text"]}).get_data(as_text=True)
                if value in squash(results_text(res)):
                    leaks.append((doc_id, ent["label"], ent["text"] + " (search)"))
    return leaks
