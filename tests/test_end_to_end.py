"""End to end: the dev inbox into a fresh instance, then every public surface is searched
for every gold personal value of ``shared/corpus/dev/corpus.jsonl``.

Public surfaces: the public store, the search index's stored fields, the home page,
search results and snippets (also for queries that are the gold values themselves),
each document page and its download. A value counts as found when it appears with
white space removed (extraction may lay a value out differently), and for values of
three characters or fewer only in its own document and as a whole word, so a name like
하늘 does not match 하늘공원 in another document.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from disclosure import db, pipeline
from disclosure.instance import Instance

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "dev" / "corpus.jsonl"
INBOX = SHARED / "corpus" / "dev" / "inbox"

pytestmark = pytest.mark.skipif(not INBOX.exists(), reason="shared/corpus/dev is not beside the repo")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from web import create_app

    inst = Instance(tmp_path_factory.mktemp("e2e") / "instance")
    inst.init()
    outcomes = pipeline.ingest(inst, [INBOX])
    gold = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            gold[rec["id"]] = rec
    app = create_app(inst, {"TESTING": True, "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": False})
    return inst, outcomes, gold, app.test_client()


def test_every_inbox_file_is_ingested(world):
    inst, outcomes, gold, _ = world
    assert len(outcomes) == 40
    failed = [(o.path, o.reasons) for o in outcomes if o.result == "failed"]
    assert not failed
    assert sum(o.result == "published" for o in outcomes) > 0


def test_no_gold_value_on_any_public_surface(world):
    inst, outcomes, gold, client = world
    with inst.Session() as s:
        published = {d.id: d for d in s.query(db.Document).filter_by(status="published")}
    assert published

    pages: dict[str, str] = {}
    for doc_id in published:
        page = client.get(f"/documents/{doc_id}")
        assert page.status_code == 200
        download = client.get(f"/documents/{doc_id}/download.txt")
        assert download.status_code == 200
        pages[doc_id] = page.get_data(as_text=True) + download.get_data(as_text=True)
    home = client.get("/").get_data(as_text=True)
    store = {p: p.read_text(encoding="utf-8", errors="replace")
             for p in inst.public_dir.rglob("*") if p.is_file()}
    with inst.search._index.searcher() as s:  # noqa: SLF001 - the test inspects storage
        index_fields = json.dumps(list(s.all_stored_fields()), ensure_ascii=False)
    everything = squash(home + index_fields + "".join(store.values()) + "".join(pages.values()))

    leaks = []
    for doc_id, rec in gold.items():
        for ent in rec["entities"]:
            value = squash(ent["text"])
            if len(value) <= 3:
                if doc_id in pages and re.search(
                        rf"(?<![가-힣A-Za-z]){re.escape(ent['text'])}(?![가-힣A-Za-z])",
                        pages[doc_id]):
                    leaks.append((doc_id, ent["label"], ent["text"]))
                continue
            if value in everything:
                leaks.append((doc_id, ent["label"], ent["text"]))
                continue
            if doc_id in published:
                res = client.get("/search", query_string={"q": ent["text"]}).get_data(as_text=True)
                if value in squash(re.sub(r"</?mark>", "", res)):
                    leaks.append((doc_id, ent["label"], ent["text"] + " (search)"))
    assert not leaks, f"{len(leaks)} gold values are public: {leaks[:10]}"


def test_nonpublic_gold_documents_are_not_published(world):
    inst, outcomes, gold, _ = world
    released = [o.doc_id for o in outcomes
                if o.result == "published" and gold[o.doc_id]["grade"] == "nonpublic"]
    assert released == []
