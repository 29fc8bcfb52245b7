"""End to end: source files into a fresh instance, then every public surface is searched
for every gold personal value (see ``surfaces.py``).

Two sets: the dev inbox (``../shared/corpus/dev/inbox``, gold in its corpus.jsonl) and
the bundled demo samples (gold in ``disclosure/samples/gold.jsonl``).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from surfaces import find_public_leaks

from disclosure import pipeline
from disclosure.cli import SAMPLES_DIR, sample_files
from disclosure.instance import Instance

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "dev" / "corpus.jsonl"
INBOX = SHARED / "corpus" / "dev" / "inbox"


def load_gold(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {rec["id"]: rec for rec in map(json.loads, filter(str.strip, f))}


def build(tmp_path_factory, name, sources, gold_path):
    from web import create_app

    inst = Instance(tmp_path_factory.mktemp(name) / "instance")
    inst.init()
    outcomes = pipeline.ingest(inst, sources)
    app = create_app(inst, {"TESTING": True, "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": False})
    return inst, outcomes, load_gold(gold_path), app.test_client()


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    if not INBOX.exists():
        pytest.skip("shared/corpus/dev is not beside the repository")
    return build(tmp_path_factory, "inbox", [INBOX], CORPUS)


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    return build(tmp_path_factory, "samples", sample_files(), SAMPLES_DIR / "gold.jsonl")


def test_every_inbox_file_is_ingested(inbox):
    inst, outcomes, gold, _ = inbox
    assert len(outcomes) == 40
    assert not [(o.path, o.reasons) for o in outcomes if o.result == "failed"]
    assert sum(o.result == "published" for o in outcomes) > 0


@pytest.mark.parametrize("world", ["inbox", "samples"])
def test_no_gold_value_on_any_public_surface(world, request):
    inst, outcomes, gold, client = request.getfixturevalue(world)
    assert any(o.result == "published" for o in outcomes)
    leaks = find_public_leaks(inst, client, gold)
    assert not leaks, f"{len(leaks)} gold values are public: {leaks[:10]}"


@pytest.mark.parametrize("world", ["inbox", "samples"])
def test_nonpublic_gold_documents_are_not_published(world, request):
    inst, outcomes, gold, _ = request.getfixturevalue(world)
    released = [o.doc_id for o in outcomes
                if o.result == "published" and gold[o.doc_id]["grade"] == "nonpublic"]
    assert released == []
