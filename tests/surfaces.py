"""What the public can see of an instance, and a search of it for gold personal values.

Public surfaces: the public store, the search index's stored fields (read from disk with
Whoosh itself), the home page, search results and snippets (also for queries that are
the gold values themselves), each published document's page and its download.

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
    return "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in inst.public_dir.rglob("*") if p.is_file())


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
                        + public_store(inst) + "".join(pages.values()))
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
