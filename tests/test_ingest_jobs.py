"""`disclosure ingest --jobs N`: worker processes read, extract, filter and make the
public PDFs; this process alone writes. The result is the same as one process's, file
for file, down to the bytes of the public PDFs (real processes, SQLite, Whoosh)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from test_batch_crash import NOTICE
from test_one_parse import pdf_with_sidecar

from disclosure import analysis, db, pipeline
from disclosure.cli import cli
from disclosure.instance import Instance


def inbox(folder: Path) -> Path:
    """32 notices, a PDF naming three residents, and a file with a broken sidecar."""
    folder.mkdir(parents=True)
    for n in range(1, 33):
        (folder / f"notice-{n}.txt").write_text(NOTICE.format(n=n), encoding="utf-8")
        (folder / f"notice-{n}.json").write_text(json.dumps({
            "id": f"notice-{n}", "title": NOTICE.format(n=n).splitlines()[0],
            "department": "서울특별시 교통정책과", "doc_type": "시행문",
            "doc_number": f"교통정책과-{n}", "approver_rank": "과장",
            "approved_at": "2026-03-02", "marked_grade": "public", "lang": "ko"},
            ensure_ascii=False), encoding="utf-8")
    pdf_with_sidecar(folder, "residents")
    (folder / "broken.txt").write_text("2026년 안내\n", encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    return folder


def state(inst: Instance) -> dict:
    with inst.Session() as s:
        rows = s.execute(select(db.Document.id, db.Document.status, db.Document.masked_text))
        docs = {i: (status, text) for i, status, text in rows}
    public = {p.relative_to(inst.public_dir).as_posix(): p.read_bytes()
              for p in sorted(inst.public_dir.rglob("*")) if p.is_file()}
    return {"docs": docs, "public": public, "index": inst.search.ids()}


def test_workers_give_what_one_process_gives(tmp_path, monkeypatch):
    from rules_copies import rules_publishing_personal_info

    folder = inbox(tmp_path / "in")
    # (the inbox's documents name residents: published by an instance whose policy allows it)
    rules = rules_publishing_personal_info(tmp_path)
    one = Instance(tmp_path / "one", rules)
    one.init()
    alone = pipeline.ingest(one, [folder], jobs=1)

    many = Instance(tmp_path / "many", rules)
    many.init()

    result = CliRunner().invoke(cli, ["--instance", str(many.path), "--rules", str(rules), "ingest",
                                      "--jobs", "2", str(folder)])
    assert result.exit_code == 1, result.output                  # the broken sidecar fails
    assert "ingesting" in result.output                          # the progress bar
    assert "summary: 33 published" in result.output and "1 failed" in result.output

    assert state(many) == state(one)
    assert sum(o.result == "published" for o in alone) == 33
    assert (many.public_doc_dir("residents") / "document.pdf").is_file()


def test_a_worker_is_started_only_for_files_enough():
    per = analysis.FILES_PER_WORKER
    assert analysis.workers_for(1, 8) == 0 and analysis.workers_for(per - 1, 2) == 0
    assert analysis.workers_for(per, 2) == 1 and analysis.workers_for(100 * per, 2) == 1
    assert analysis.workers_for(100 * per, 8) == 7 and analysis.workers_for(100 * per, 1) == 0


def test_this_process_and_a_worker_share_the_files_in_order(tmp_path, monkeypatch):
    """This process analyses from the front, the worker from the back; the analyses come
    out in the order of the files, each file once, and both processes took some."""
    import os

    folder = inbox(tmp_path / "in")
    inst = Instance(tmp_path / "inst")
    inst.init()
    monkeypatch.setattr(analysis, "BLOCK", 20)            # two blocks, the second short
    files = sorted(p for p in folder.iterdir() if p.suffix != ".json")
    out = list(analysis.analyse_all(inst, files, jobs=2))
    assert [a.path for a in out] == files
    by = [a.analysed_by or os.getpid() for a in out]
    assert by[0] == os.getpid() and by[-1] != os.getpid()
    assert {a.meta.id for a in out if a.meta} >= {f"notice-{n}" for n in range(1, 33)}


def test_ingest_uses_every_usable_core_unless_told(tmp_path, monkeypatch):
    import os

    from disclosure import cli as cli_module

    inst = Instance(tmp_path / "inst")
    inst.init()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTICE.format(n=1), encoding="utf-8")
    asked = []

    def fake_ingest(inst, paths, progress=None, jobs=1):
        asked.append(jobs)
        return pipeline.Outcomes()
    monkeypatch.setattr(pipeline, "ingest", fake_ingest)
    for extra in ([], ["--jobs", "1"]):
        CliRunner().invoke(cli, ["--instance", str(inst.path), "ingest", *extra, str(folder)])
    assert asked == [len(os.sched_getaffinity(0)), 1]
    assert cli_module.usable_cores() == len(os.sched_getaffinity(0))
