"""`disclosure withdraw ID --reason TEXT` and `disclosure reconcile`, on a real instance."""
from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from disclosure import db, pipeline
from disclosure.cli import cli
from disclosure.instance import Instance

TEXT = ("2026년 마을버스 노선 조정 안내\n문서번호 교통정책과-1234\n\n"
        "1. 마을버스 02번 노선을 3월 2일부터 조정합니다.\n2. 문의: 교통정책과 02-2133-1234\n")


@pytest.fixture()
def published(tmp_path: Path) -> Instance:
    inst = Instance(tmp_path / "instance")
    inst.init()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bus-1.txt").write_text(TEXT, encoding="utf-8")
    (folder / "bus-1.json").write_text(json.dumps({
        "id": "bus-1", "title": "마을버스 노선 조정 안내", "department": "서울특별시 교통정책과",
        "doc_type": "시행문", "approver_rank": "국장", "approved_at": "2026-03-02",
        "marked_grade": "public"}, ensure_ascii=False), encoding="utf-8")
    [out] = pipeline.ingest(inst, [folder])
    assert out.result == "published"
    inst.search.close()
    del inst.search
    return inst


def run(inst: Instance, *args):
    return CliRunner().invoke(cli, ["--instance", str(inst.path), *args])


def status(inst: Instance) -> str:
    with inst.Session() as s:
        return s.get(db.Document, "bus-1").status


def events(inst: Instance) -> list[tuple[str, str, str]]:
    with inst.Session() as s:
        return [(e.action, e.actor, e.comment) for e in s.scalars(
            select(db.Event).where(db.Event.document_id == "bus-1").order_by(db.Event.id))]


def test_withdraw_takes_the_document_off_and_audits_it(published):
    result = run(published, "withdraw", "bus-1", "--reason", "개인정보 누락 확인")
    assert result.exit_code == 0, result.output
    assert "공개를 철회했습니다" in result.output and "검토 대기" in result.output
    assert status(published) == "review"
    assert published.published_ids(["bus-1"]) == set()
    assert published.search.search("마을버스").total == 0
    assert not published.public_doc_dir("bus-1").exists()
    assert events(published)[-2:] == [
        ("withdraw", "cli", "개인정보 누락 확인"),
        ("withdraw_complete", "cli", "공개 파일·검색 색인 삭제 완료")]


def test_withdraw_errors_are_clear(published):
    result = run(published, "withdraw", "bus-1")
    assert result.exit_code == 2 and "--reason" in result.output
    result = run(published, "withdraw", "bus-1", "--reason", "  ")
    assert result.exit_code == 1 and "사유" in result.output
    result = run(published, "withdraw", "nope", "--reason", "x")
    assert result.exit_code == 1 and "문서를 찾을 수 없습니다: nope" in result.output
    assert run(published, "withdraw", "bus-1", "--reason", "x").exit_code == 0
    result = run(published, "withdraw", "bus-1", "--reason", "x")
    assert result.exit_code == 1
    assert "공개 중인 문서가 아닙니다" in result.output and "검토 대기" in result.output


def test_withdraw_with_a_read_only_store_then_reconcile(published, monkeypatch):
    real_rmtree = shutil.rmtree

    def refuse(path, *a, **kw):
        raise OSError(errno.EROFS, "Read-only file system", str(path))
    monkeypatch.setattr(shutil, "rmtree", refuse)
    result = run(published, "withdraw", "bus-1", "--reason", "재검토")
    assert result.exit_code == 1
    assert "내렸지만" in result.output and "disclosure reconcile" in result.output
    assert status(published) == db.WITHDRAW_PENDING
    assert published.published_ids(["bus-1"]) == set()

    result = run(published, "reconcile")                      # still read-only
    assert result.exit_code == 1 and "미해결" in result.output
    monkeypatch.setattr(shutil, "rmtree", real_rmtree)
    result = run(published, "reconcile")
    assert result.exit_code == 0, result.output
    assert "공개 철회 1건 마무리" in result.output
    assert status(published) == "review" and not published.public_doc_dir("bus-1").exists()
    assert events(published)[-1][:2] == ("withdraw_complete", "system")


def test_withdraw_with_the_database_locked_fails_without_a_traceback(published, monkeypatch):
    from disclosure import publish

    def locked(*a, **kw):
        raise RuntimeError("database is locked")
    monkeypatch.setattr(publish, "unpublish", locked)
    result = run(published, "withdraw", "bus-1", "--reason", "x")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1
    assert "공개를 철회하지 못했습니다" in result.output and "database is locked" in result.output
    assert status(published) == db.PUBLIC_STATUS
