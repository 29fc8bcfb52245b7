"""Ingest under faults: a full disk, two ingests at once, a recovery run, stale failures.

Real parts: a real instance, the real pipeline and the real command line. A full disk is
injected where the writes happen: ``atomic_write`` raises ENOSPC and SQLite answers
"database or disk is full" (raised at the DB-API cursor, which SQLAlchemy wraps as it
would the real error).
"""
from __future__ import annotations

import errno
import json
import sqlite3
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import event, func, select
from sqlalchemy.engine import Engine

from disclosure import analysis, db, pipeline
from disclosure.cli import cli
from disclosure.instance import Instance

TEXTS = {
    "bus-1": "2026년 마을버스 노선 조정 안내\n문서번호 교통정책과-1234\n\n"
             "1. 마을버스 02번 노선을 3월 2일부터 조정합니다.\n2. 문의: 교통정책과 02-2133-1234\n",
    "park-2": "2026년 공원 조명 교체 안내\n1. 하늘공원 산책로 조명을 4월까지 교체합니다.\n",
    "road-3": "2026년 도로 포장 공사 안내\n1. 시청로 포장 공사를 5월에 합니다.\n",
}


def write_doc(folder: Path, stem: str, text: str | None = None, sidecar: str | None = None) -> Path:
    text = text or TEXTS[stem]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.txt"
    path.write_text(text, encoding="utf-8")
    (folder / f"{stem}.json").write_text(sidecar if sidecar is not None else json.dumps({
        "id": stem, "title": text.splitlines()[0], "department": "서울특별시 교통정책과",
        "doc_type": "시행문", "doc_number": f"교통정책과-{len(stem)}{stem[-1]}",
        "approver_rank": "국장", "approved_at": "2026-03-02", "marked_grade": "public",
        "lang": "ko"}, ensure_ascii=False), encoding="utf-8")
    return path


def write_all(folder: Path) -> Path:
    for stem in TEXTS:
        write_doc(folder, stem)
    return folder


@pytest.fixture()
def instance_dir(tmp_path: Path) -> Path:
    Instance(tmp_path / "instance").init()
    return tmp_path / "instance"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def count(inst: Instance, model) -> int:
    with inst.Session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture()
def disk_full(monkeypatch):
    """Every file write fails with ENOSPC and every SQLite write with SQLITE_FULL."""
    def no_space(path, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))
    monkeypatch.setattr(pipeline, "atomic_write", no_space)
    monkeypatch.setattr("disclosure.publish.atomic_write", no_space)

    def full(conn, cursor, statement, *a):
        if statement.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            raise sqlite3.OperationalError("database or disk is full")
    event.listen(Engine, "before_cursor_execute", full)
    yield
    event.remove(Engine, "before_cursor_execute", full)


def test_a_full_disk_ends_in_a_summary_not_a_traceback(instance_dir, tmp_path, disk_full):
    folder = write_all(tmp_path / "in")
    result = run("--instance", instance_dir, "ingest", folder)
    assert isinstance(result.exception, SystemExit), result.exception   # no traceback
    assert result.exit_code == 1
    assert "summary: 0 published" in result.output and "3 failed" in result.output
    failed = [ln for ln in result.output.splitlines() if ln.startswith("  failed")]
    assert len(failed) == 3, result.output
    assert all("디스크 공간이 부족합니다 (disk full)" in ln for ln in failed)
    assert all("not recorded" in ln for ln in failed)     # the failure row could not be written


def test_a_full_disk_while_publishing_leaves_it_pending_and_says_why(instance_dir, tmp_path,
                                                                     monkeypatch):
    def no_space(path, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))
    monkeypatch.setattr("disclosure.publish.atomic_write", no_space)
    inst = Instance(instance_dir)
    [out] = pipeline.ingest(inst, [write_doc(tmp_path / "in", "bus-1")])
    assert out.result == "failed" and "disk full" in out.reasons[0]
    assert "next run" in out.reasons[0]
    assert inst.published_ids(["bus-1"]) == set()
    monkeypatch.undo()
    [again] = pipeline.ingest(inst, [write_doc(tmp_path / "in", "bus-1")])
    assert again.result == "published" and inst.published_ids(["bus-1"]) == {"bus-1"}


def test_two_ingests_of_the_same_folder_report_no_false_failures(instance_dir, tmp_path,
                                                                 monkeypatch):
    """Both runs pass the "already ingested?" check before either inserts (a barrier in
    the filter makes that certain): the second to insert reports "already ingested"."""
    folder = write_all(tmp_path / "in")
    barrier = threading.Barrier(2, timeout=120)
    real_filter = analysis.run_filter

    def in_step(*a, **kw):
        barrier.wait()
        return real_filter(*a, **kw)
    monkeypatch.setattr(analysis, "run_filter", in_step)
    results: dict[int, list] = {}

    def ingest(n):
        inst = Instance(instance_dir)
        try:
            results[n] = pipeline.ingest(inst, [folder])
        finally:
            inst.search.close()
            inst.engine.dispose()
    threads = [threading.Thread(target=ingest, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert set(results) == {0, 1}
    outcomes = results[0] + results[1]
    assert [o for o in outcomes if o.result == "failed"] == []
    for stem in TEXTS:
        mine = sorted(o.result for o in outcomes if o.doc_id == stem)
        assert mine == ["published", "skipped"], (stem, mine)
    inst = Instance(instance_dir)
    assert count(inst, db.Document) == 3 and count(inst, db.IngestFailure) == 0
    assert inst.published_ids(list(TEXTS)) == set(TEXTS)


def test_the_recovery_run_counts_what_reconcile_published(instance_dir, tmp_path, monkeypatch):
    folder = write_all(tmp_path / "in")
    monkeypatch.setattr(pipeline.PublishBatch, "prepare", lambda *a, **k: None)   # killed before publishing
    pipeline.ingest(Instance(instance_dir), [folder])
    monkeypatch.undo()
    inst = Instance(instance_dir)
    assert inst.published_ids(list(TEXTS)) == set()

    result = run("--instance", instance_dir, "ingest", folder)
    assert result.exit_code == 0, result.output
    assert "summary: 3 published" in result.output, result.output
    assert "중단된 공개 3건 마무리" in result.output
    assert inst.published_ids(list(TEXTS)) == set(TEXTS)


def test_reconcile_outcomes_of_files_not_in_this_run(instance_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline.PublishBatch, "prepare", lambda *a, **k: None)
    pipeline.ingest(Instance(instance_dir), [write_doc(tmp_path / "a", "bus-1")])
    monkeypatch.undo()
    outs = pipeline.ingest(Instance(instance_dir), [write_doc(tmp_path / "b", "park-2")])
    assert sorted((o.doc_id, o.result) for o in outs) == [("bus-1", "published"),
                                                          ("park-2", "published")]


def stats(instance_dir) -> dict:
    result = run("--instance", instance_dir, "stats", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_stale_failures_are_not_current(instance_dir, tmp_path):
    # 1. a bad sidecar, fixed later at the same path
    bad = write_doc(tmp_path / "in", "bus-1", sidecar="{broken")
    assert run("--instance", instance_dir, "ingest", bad).exit_code == 1
    # 2. a file that fails at one path and is ingested from another (same content)
    other = write_doc(tmp_path / "x", "park-2", sidecar='{"id": 5}')
    assert run("--instance", instance_dir, "ingest", other).exit_code == 1
    # 3. a failure that stays: nothing ever fixes it
    (tmp_path / "y").mkdir()
    (tmp_path / "y" / "scan.xyz").write_text("?", encoding="utf-8")
    assert run("--instance", instance_dir, "ingest", tmp_path / "y").exit_code == 1
    assert stats(instance_dir)["failures"] == 3

    write_doc(tmp_path / "in", "bus-1")                     # sidecar fixed, same path
    write_doc(tmp_path / "z", "park-2")                     # same content, other path
    assert run("--instance", instance_dir, "ingest", tmp_path / "in", tmp_path / "z").exit_code == 0
    data = stats(instance_dir)
    assert data["failures"] == 1
    assert data["failures_resolved"] == 2
    [current] = data["recent_failures"]
    assert current["path"].endswith("scan.xyz") and "unsupported" in current["reason"]
    assert current["at"].endswith("+09:00")                 # Seoul time
    text = run("--instance", instance_dir, "stats").output
    assert "ingest failures: 1 (2 earlier ones since resolved)" in text and "scan.xyz" in text
