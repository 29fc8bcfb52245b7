"""A run killed (SIGKILL, a real separate process) at any step of a publishing batch
leaves nothing half-published and loses nothing: every document is either
``published`` with its public files and index entry, or not public at all; the next
run publishes the rest, each exactly once. Real SQLite, real Whoosh, real files."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from disclosure import db, pipeline
from disclosure.instance import Instance

NOTICE = """2026년 마을버스 {n}번 노선 조정 안내
문서번호 교통정책과-12{n}4
기안자 주무관 김민준 / 결재권자 과장 이서연

1. 마을버스 0{n}번 노선을 3월 2일부터 조정합니다.
2. 문의: 교통정책과 02-2133-1234
"""
STEMS = [f"bus-{n}" for n in range(1, 5)]

# Runs an ingest of the folder in one batch and kills itself at the named step.
DRIVER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from disclosure import audit, pipeline
    from disclosure.instance import Instance
    from disclosure.search.whoosh_index import WhooshSearchIndex
    import disclosure.publish as publish

    step, instance, folder = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    die = lambda: os.kill(os.getpid(), signal.SIGKILL)
    calls = {"pdf": 0, "flip": 0}
    write, upsert, record = publish.atomic_write, WhooshSearchIndex.upsert_many, audit.record

    def atomic_write(path, data):
        if path.name == "document.pdf":
            calls["pdf"] += 1
            if step == "files" and calls["pdf"] == 3:
                die()                       # the third document's files, half written
        return write(path, data)

    def upsert_many(self, docs):
        if step == "index":
            die()                           # before the batch's index commit
        n = upsert(self, docs)
        if step == "indexed":
            die()                           # index committed, statuses not flipped
        return n

    def audit_record(s, actor, action, *a, **k):
        if action == "publish":
            calls["flip"] += 1
            if step == "flip" and calls["flip"] == 2:
                die()                       # inside the transaction flipping the batch
        return record(s, actor, action, *a, **k)

    publish.atomic_write = atomic_write
    WhooshSearchIndex.upsert_many = upsert_many
    audit.record = audit_record
    pipeline.ingest(Instance(instance), [folder], batch_size=len(os.listdir(folder)))
    sys.exit(3)                             # the step was never reached
""")


def write_notices(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, stem in enumerate(STEMS, start=1):
        (folder / f"{stem}.txt").write_text(NOTICE.format(n=n), encoding="utf-8")
        (folder / f"{stem}.json").write_text(json.dumps({
            "id": stem, "title": NOTICE.format(n=n).splitlines()[0],
            "department": "서울특별시 교통정책과", "doc_type": "시행문",
            "doc_number": f"교통정책과-12{n}4", "drafter": "김민준", "approver": "이서연",
            "approver_rank": "과장", "approved_at": "2026-03-02", "marked_grade": "public",
            "lang": "ko"}, ensure_ascii=False), encoding="utf-8")
    return folder


def statuses(inst: Instance) -> dict[str, str]:
    with inst.Session() as s:
        return dict(s.execute(select(db.Document.id, db.Document.status)).all())


def publish_events(inst: Instance) -> list[str]:
    with inst.Session() as s:
        return sorted(s.scalars(select(db.Event.document_id).where(
            db.Event.action == "publish")))


def assert_nothing_half_published(inst: Instance) -> None:
    indexed = inst.search.ids()
    for doc_id, status in statuses(inst).items():
        if status == db.PUBLIC_STATUS:
            folder = inst.public_doc_dir(doc_id)
            assert doc_id in indexed, doc_id
            assert all((folder / n).is_file() for n in ("document.pdf", "document.txt",
                                                         "document.json")), doc_id
        else:
            assert status == "publish_pending", (doc_id, status)
            assert inst.published_ids([doc_id]) == set()


@pytest.mark.parametrize("step", ["files", "index", "indexed", "flip"])
def test_a_batch_killed_at_any_step_is_finished_by_the_next_run(tmp_path, step):
    inst = Instance(tmp_path / "instance")
    inst.init()
    folder = write_notices(tmp_path / "in")
    run = subprocess.run([sys.executable, "-c", DRIVER, step, str(inst.path), str(folder)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == -signal.SIGKILL, (run.returncode, run.stderr[-2000:])

    killed = statuses(inst)
    assert killed and db.PUBLIC_STATUS not in killed.values(), killed   # one batch: none yet
    assert_nothing_half_published(inst)
    if step == "indexed":
        assert inst.search.ids() == set(STEMS)   # in the index, yet served by nothing public

    outcomes = pipeline.ingest(inst, [folder])
    assert statuses(inst) == {stem: db.PUBLIC_STATUS for stem in STEMS}
    assert_nothing_half_published(inst)
    assert inst.search.ids() == set(STEMS) and inst.published_ids(STEMS) == set(STEMS)
    assert publish_events(inst) == STEMS, "each document is published exactly once"
    assert sorted(o.result for o in outcomes) == ["published"] * len(STEMS)
