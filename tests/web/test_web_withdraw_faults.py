"""A withdrawal whose removal fails: never a 500, never left public, finished later.

Tests run as root, where a chmod does not stop a write, so most faults are injected
where the write happens: the index's ``remove`` raises (an index that cannot be
written) or ``shutil.rmtree`` raises EROFS (a read-only public store). One test makes a
document's public folder really unremovable (chmod, and ``chattr +i`` for root).
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess

import pytest
from sqlalchemy import select

from disclosure import db, publish
from disclosure.reconcile import reconcile

TEXT = "하천 정비 사업 결과 공고\n정비 구간은 3km이며 공사는 4월에 끝납니다."


def _doc(instance, doc_id):
    with instance.Session() as s:
        return s.get(db.Document, doc_id)


def _actions(instance, doc_id):
    with instance.Session() as s:
        return [(e.action, e.actor) for e in s.scalars(
            select(db.Event).where(db.Event.document_id == doc_id).order_by(db.Event.id))]


def _served(client, doc_id: str) -> list[str]:
    """The public surfaces that still serve or list the document."""
    found = []
    for url in (f"/documents/{doc_id}", f"/documents/{doc_id}/download.txt",
                f"/documents/{doc_id}/download.pdf", f"/api/v1/documents/{doc_id}",
                f"/documents/{doc_id}/report"):
        if client.get(url).status_code != 404:
            found.append(url)
    for url in ("/search?q=하천", "/search", "/", "/sitemap.xml", "/feeds/latest.atom"):
        if f"/documents/{doc_id}" in client.get(url).get_data(as_text=True):
            found.append(url)
    listing = client.get("/api/v1/documents?per_page=100").get_json()
    if doc_id in json.dumps(listing, ensure_ascii=False):
        found.append("/api/v1/documents")
    return found


@pytest.fixture
def unwritable_index(instance, monkeypatch):
    def refuse(doc_id):
        raise OSError(errno.EACCES, "Permission denied", str(instance.index_dir))
    monkeypatch.setattr(instance.search, "remove", refuse)
    return monkeypatch


class Freezer:
    """Make a folder's entries really unremovable (chmod; ``chattr +i`` for root)."""

    def __init__(self):
        self.frozen = []

    def freeze(self, folder):
        folder.chmod(0o555)
        self.frozen.append(folder)
        if os.geteuid() == 0 and shutil.which("chattr"):
            subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
        try:
            (folder / ".probe").touch()
        except OSError:
            return
        (folder / ".probe").unlink()
        pytest.skip("cannot make a folder read-only here (no chattr +i as root)")

    def thaw(self):
        for folder in self.frozen:
            if folder.exists():
                if shutil.which("chattr"):
                    subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
                folder.chmod(0o755)


@pytest.fixture
def freezer():
    f = Freezer()
    yield f
    f.thaw()


@pytest.fixture
def read_only_public_store(monkeypatch):
    def refuse(path, *a, **kw):
        raise OSError(errno.EROFS, "Read-only file system", str(path))
    monkeypatch.setattr(shutil, "rmtree", refuse)
    return monkeypatch


def test_official_withdraw_with_an_unwritable_index(client, login, make_doc, instance,
                                                     unwritable_index):
    make_doc("pub-1", TEXT, title="하천 정비 결과")
    assert _served(client, "pub-1") != []
    login("rev_a")
    resp = client.post("/review/documents/pub-1/withdraw", data={"reason": "개인정보 누락", "confirm": "yes"},
                       follow_redirects=True)
    assert resp.status_code == 200                                   # not a 500
    page = resp.get_data(as_text=True)
    assert "내려졌" in page and "disclosure reconcile" in page        # says what happened
    doc = _doc(instance, "pub-1")
    assert doc.status == db.WITHDRAW_PENDING and doc.published_at is None
    assert _served(client, "pub-1") == []                            # refused everywhere
    assert instance.search.search("하천").total == 1                  # the entry is still there
    assert _actions(instance, "pub-1")[-2:] == [("withdraw", "rev_a"),
                                                ("withdraw_incomplete", "rev_a")]

    unwritable_index.undo()                                          # the index is fixed
    report = reconcile(instance)
    assert report.withdrawn == ["pub-1"] and not report.problems
    assert _doc(instance, "pub-1").status == "review"
    assert instance.search.search("하천").total == 0
    assert not instance.public_doc_dir("pub-1").exists()
    assert _actions(instance, "pub-1")[-1] == ("withdraw_complete", "system")
    assert _served(client, "pub-1") == []


def test_withhold_of_a_published_document_with_a_read_only_store(
        client, login, make_doc, instance, read_only_public_store):
    make_doc("pub-2", TEXT)
    login("rev_a")
    resp = client.post("/review/documents/pub-2/withhold",
                       data={"ground": "6", "comment": "사생활 침해 우려"}, follow_redirects=True)
    assert resp.status_code == 200 and "내려졌" in resp.get_data(as_text=True)
    doc = _doc(instance, "pub-2")
    assert (doc.status, doc.decision, doc.grade) == (db.WITHDRAW_PENDING, "withhold", "nonpublic")
    assert (instance.public_doc_dir("pub-2") / "document.txt").exists()
    assert _served(client, "pub-2") == []

    read_only_public_store.undo()
    assert reconcile(instance).withdrawn == ["pub-2"]
    assert _doc(instance, "pub-2").status == "withheld"
    assert not instance.public_doc_dir("pub-2").exists()


def test_citizen_report_with_a_read_only_store_does_not_audit_a_clean_withdraw(
        client, make_doc, instance, read_only_public_store):
    make_doc("leak-1", TEXT + "\n민원인 김누락 의 요청", department="도시계획과")
    resp = client.post("/documents/leak-1/report", data={"details": "민원인 김누락 이름이 보입니다"})
    assert resp.status_code == 303
    assert _doc(instance, "leak-1").status != db.PUBLIC_STATUS
    assert _served(client, "leak-1") == []
    assert (instance.public_doc_dir("leak-1") / "document.txt").exists()   # store refused
    actions = [a for a, _ in _actions(instance, "leak-1")]
    assert "withdraw_incomplete" in actions and "withdraw_complete" not in actions
    with instance.Session() as s:
        report = s.scalars(select(db.Event).where(db.Event.action == "citizen_report")).one()
    assert report.after["taken_down"] is False

    read_only_public_store.undo()
    reconcile(instance)                                   # the next run finishes the removal
    assert not instance.public_doc_dir("leak-1").exists()
    assert instance.search.search("하천").total == 0
    assert _served(client, "leak-1") == []


def test_citizen_report_with_a_really_unremovable_public_folder(client, make_doc, instance,
                                                                freezer):
    make_doc("leak-2", TEXT + "\n민원인 김누락 의 요청", department="도시계획과")
    folder = instance.public_doc_dir("leak-2")
    freezer.freeze(folder)
    assert client.post("/documents/leak-2/report",
                       data={"details": "민원인 김누락 이름이 보입니다"}).status_code == 303
    assert _served(client, "leak-2") == []
    assert (folder / "document.txt").exists()
    actions = [a for a, _ in _actions(instance, "leak-2")]
    assert "withdraw_incomplete" in actions and "withdraw_complete" not in actions
    assert reconcile(instance).problems                      # still refused: says so
    freezer.thaw()
    assert not reconcile(instance).problems
    assert not folder.exists() and _served(client, "leak-2") == []


def test_withdraw_that_cannot_even_start_keeps_the_document_public_and_says_so(
        client, login, make_doc, instance, monkeypatch):
    make_doc("pub-3", TEXT)
    login("rev_a")

    def locked(*a, **kw):
        raise RuntimeError("database is locked")
    monkeypatch.setattr("web.review.actions.unpublish", locked)
    resp = client.post("/review/documents/pub-3/withdraw", data={"reason": "x", "confirm": "yes"},
                       follow_redirects=True)
    assert resp.status_code == 200
    assert "아직 공개 중" in resp.get_data(as_text=True)
    assert _doc(instance, "pub-3").status == db.PUBLIC_STATUS


def test_pending_withdrawals_have_their_own_queue_label(client, login, make_doc, instance,
                                                         unwritable_index):
    make_doc("pub-4", TEXT)
    login("rev_a")
    client.post("/review/documents/pub-4/withdraw", data={"reason": "x", "confirm": "yes"})
    queue = client.get("/review/?status=withdraw_pending").get_data(as_text=True)
    assert "공개 철회 처리 중" in queue and "pub-4" in queue
