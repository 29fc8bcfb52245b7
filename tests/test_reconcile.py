"""Reconcile: the public side brought back in line with the database after faults.

Real parts: a real instance (SQLite, Whoosh, public store), documents ingested by the
real pipeline. Faults are injected where the write happens (tests run as root, where
a chmod does not stop a write).
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from disclosure import audit, db, pipeline, publish
from disclosure.instance import Instance, atomic_write, remove_stale_tmp_files
from disclosure.reconcile import reconcile

TEXTS = {
    "bus-1": "2026년 마을버스 노선 조정 안내\n문서번호 교통정책과-1234\n\n"
             "1. 마을버스 02번 노선을 3월 2일부터 조정합니다.\n2. 문의: 교통정책과 02-2133-1234\n",
    "park-2": "2026년 공원 조명 교체 안내\n1. 하늘공원 산책로 조명을 4월까지 교체합니다.\n",
    "road-3": "2026년 도로 포장 공사 안내\n1. 시청로 포장 공사를 5월에 합니다.\n",
}


@pytest.fixture()
def inst(tmp_path: Path) -> Instance:
    i = Instance(tmp_path / "instance")
    i.init()
    yield i
    i.search.close()
    i.engine.dispose()


def write_doc(folder: Path, stem: str, text: str | None = None) -> Path:
    text = text or TEXTS[stem]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.txt"
    path.write_text(text, encoding="utf-8")
    (folder / f"{stem}.json").write_text(json.dumps({
        "id": stem, "title": text.splitlines()[0], "department": "서울특별시 교통정책과",
        "doc_type": "시행문", "doc_number": f"교통정책과-{len(stem)}{stem[-1]}",
        "approver_rank": "국장", "approved_at": "2026-03-02", "marked_grade": "public",
        "lang": "ko"}, ensure_ascii=False), encoding="utf-8")
    return path


def ingest_all(inst: Instance, folder: Path) -> None:
    for stem in TEXTS:
        write_doc(folder, stem)
    outs = pipeline.ingest(inst, [folder])
    assert [o.result for o in outs] == ["published"] * len(TEXTS), outs


def status(inst: Instance, doc_id: str) -> str:
    with inst.Session() as s:
        return s.get(db.Document, doc_id).status


def actions(inst: Instance, doc_id: str) -> list[str]:
    with inst.Session() as s:
        return list(s.scalars(select(db.Event.action).where(db.Event.document_id == doc_id)
                              .order_by(db.Event.id)))


def test_unpublish_commits_a_hidden_state_before_removing(inst, tmp_path, monkeypatch):
    ingest_all(inst, tmp_path / "in")

    def refuse(path, *a, **kw):
        raise OSError(errno.EROFS, "Read-only file system", str(path))
    monkeypatch.setattr(shutil, "rmtree", refuse)
    with pytest.raises(publish.WithdrawalIncomplete) as err:
        publish.unpublish(inst, "bus-1", actor="rev_a", reason="재검토")
    assert "읽기 전용" in str(err.value) or "Read-only" in str(err.value)
    assert status(inst, "bus-1") == db.WITHDRAW_PENDING
    assert inst.published_ids(["bus-1", "park-2"]) == {"park-2"}
    assert actions(inst, "bus-1")[-2:] == ["withdraw", "withdraw_incomplete"]
    monkeypatch.undo()
    report = reconcile(inst)
    assert report.withdrawn == ["bus-1"] and status(inst, "bus-1") == "review"
    assert "bus-1" not in inst.search.ids() and not inst.public_doc_dir("bus-1").exists()


def test_unpublish_refuses_an_unknown_final_status(inst):
    with pytest.raises(ValueError):
        publish.unpublish(inst, "x", actor="a", reason="r", to_status="published")


def test_withheld_while_publish_pending_loses_its_public_copies(inst, tmp_path, monkeypatch):
    """publish() wrote the files and the index entry, then the run died before the status
    flip; an official then withheld the still-pending document."""
    ingest_all(inst, tmp_path / "in")
    src = write_doc(tmp_path / "late", "late-4", "2026년 하천 정비 결과 공고\n1. 하천 정비 구간은 3km입니다.\n")
    real_record = audit.record

    def die_at_the_flip(s, actor, action, *a, **kw):
        if action == "publish":
            raise KeyboardInterrupt           # as if killed between the index and the flip
        return real_record(s, actor, action, *a, **kw)
    monkeypatch.setattr(publish.audit, "record", die_at_the_flip)
    with pytest.raises(KeyboardInterrupt):
        pipeline.ingest_file(inst, src)
    monkeypatch.undo()
    assert status(inst, "late-4") == "publish_pending"
    with inst.Session.begin() as s:        # an official withholds it (status only, as the
        doc = s.get(db.Document, "late-4")  # review page does for a non-public document)
        doc.status, doc.decision, doc.grade = "withheld", "withhold", "nonpublic"
    assert inst.search.search("").total == 4           # counted by search: "4건", 3 shown
    assert (inst.public_doc_dir("late-4") / "document.txt").exists()

    report = reconcile(inst)
    assert inst.search.search("").total == 3 and inst.search.ids() == set(TEXTS)
    assert not inst.public_doc_dir("late-4").exists()
    assert report.cleaned == ["late-4"] and not report.problems
    assert status(inst, "late-4") == "withheld"
    assert actions(inst, "late-4")[-1] == "public_cleanup"
    for doc_id in TEXTS:                                # the published ones are untouched
        assert (inst.public_doc_dir(doc_id) / "document.txt").exists()
    assert not reconcile(inst)                          # nothing left to do


def test_orphan_public_copies_without_a_document_are_removed(inst, tmp_path):
    ingest_all(inst, tmp_path / "in")
    inst.search.upsert({"id": "ghost", "title": "유령 문서", "text": "아무도 모르는 문서"})
    atomic_write(inst.public_doc_dir("ghost") / "document.txt", "유령".encode())
    report = reconcile(inst)
    assert "ghost" not in inst.search.ids() and not inst.public_doc_dir("ghost").exists()
    assert report.cleaned == ["ghost"]


def test_publish_pending_documents_are_never_cleaned(inst, tmp_path, monkeypatch):
    """Another process may be writing its files right now: reconcile publishes it
    (verified) rather than removing what its publisher wrote."""
    ingest_all(inst, tmp_path / "in")
    with inst.Session.begin() as s:
        s.get(db.Document, "bus-1").status = "publish_pending"
    report = reconcile(inst)
    assert report.published == ["bus-1"] and report.cleaned == []
    assert status(inst, "bus-1") == "published"


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_temporary_files_of_killed_writes_are_removed(inst, tmp_path):
    ingest_all(inst, tmp_path / "in")
    dead, alive = _dead_pid(), os.getpid()
    killed = [inst.private_text_path("bus-1").with_name(f".bus-1.txt.{dead}.1.tmp"),
              inst.public_doc_dir("park-2") / f".document.pdf.{dead}.7.tmp",
              inst.path / "outbox" / f".000001-email.json.{dead}.3.tmp"]
    running = inst.private_dir / "originals" / f".abc.txt.{alive}.1.tmp"     # being written
    stuck = inst.public_doc_dir("road-3") / f".document.txt.{alive}.2.tmp"    # hours old
    not_ours = inst.public_doc_dir("road-3") / "notes.tmp"
    for p in killed + [running, stuck, not_ours]:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"half a file")
    old = time.time() - 2 * 3600
    os.utime(stuck, (old, old))

    report = reconcile(inst)
    assert not any(p.exists() for p in killed + [stuck])
    assert running.exists() and not_ours.exists()        # a running writer's file stays
    assert report.tmp_removed == 4
    assert (inst.public_doc_dir("park-2") / "document.pdf").exists()


def test_a_failed_atomic_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        atomic_write(tmp_path / "d" / "file.txt", b"x" * 1000)
    monkeypatch.undo()
    assert list((tmp_path / "d").iterdir()) == []


def test_stale_tmp_files_skips_the_given_folders(tmp_path):
    (tmp_path / "index").mkdir()
    kept = tmp_path / "index" / f".seg.{_dead_pid()}.1.tmp"
    kept.write_bytes(b"")
    assert remove_stale_tmp_files(tmp_path, skip=(tmp_path / "index",)) == []
    assert kept.exists()
