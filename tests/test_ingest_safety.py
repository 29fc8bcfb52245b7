"""What an inbox's writer must not be able to do: reach files outside it through links,
choose ids that break addresses, or find the instance's private files readable
(issue 14, items 2, 5 and 15)."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from disclosure import db, pipeline
from disclosure.instance import Instance
from test_pipeline import PLAIN, write_doc


@pytest.fixture()
def loose_umask():
    """The usual 022 umask, under which files were created world-readable before."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture()
def inst(tmp_path: Path, loose_umask) -> Instance:
    i = Instance(tmp_path / "instance")
    i.init()
    return i


def statuses(inst: Instance) -> dict[str, str]:
    with inst.Session() as s:
        return {d.id: d.status for d in s.query(db.Document)}


def test_a_link_to_the_secret_key_is_refused_and_nothing_of_it_is_stored(inst, tmp_path):
    inbox = tmp_path / "inbox"
    write_doc(inbox, "real", PLAIN)
    (inbox / "notice.txt").symlink_to(inst.path / "secret_key")
    outcomes = {Path(o.path).name: o for o in pipeline.ingest(inst, [inbox])}
    assert outcomes["real.txt"].result == "published"
    refused = outcomes["notice.txt"]
    assert refused.result == "failed" and "심볼릭 링크" in refused.reasons[0]
    assert set(statuses(inst)) == {"real"}
    key = inst.secret_key
    stored = b"".join(p.read_bytes() for p in (inst.path / "private").rglob("*") if p.is_file())
    public = b"".join(p.read_bytes() for p in inst.public_dir.rglob("*") if p.is_file())
    assert key.encode() not in stored + public


def test_a_link_given_by_name_a_linked_folder_and_a_linked_sidecar_are_refused(inst, tmp_path):
    outside = tmp_path / "outside"
    write_doc(outside, "secret", PLAIN)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "linked-folder").symlink_to(outside, target_is_directory=True)
    (inbox / "alias.txt").symlink_to(outside / "secret.txt")
    (inbox / "paired.txt").write_text(PLAIN, encoding="utf-8")
    (inbox / "paired.json").symlink_to(outside / "secret.json")
    by_name = {Path(o.path).name: o for o in pipeline.ingest(inst, [inbox])}
    assert {n: o.result for n, o in by_name.items()} == {
        "alias.txt": "failed", "linked-folder": "failed", "paired.txt": "failed"}
    assert "심볼릭 링크" in by_name["paired.txt"].reasons[0]
    direct = pipeline.ingest(inst, [inbox / "alias.txt"])
    assert [o.result for o in direct] == ["failed"]
    assert statuses(inst) == {}


def test_a_file_swapped_for_a_link_after_the_walk_is_still_refused(inst, tmp_path):
    """O_NOFOLLOW: the check and the open are one step."""
    from disclosure.safe_files import UnsafeSourceError, read_source

    target = tmp_path / "target.txt"
    target.write_text("secret", encoding="utf-8")
    link = tmp_path / "late.txt"
    link.symlink_to(target)
    flags = []
    real_is_symlink = Path.is_symlink
    try:
        Path.is_symlink = lambda self: flags.append(self) or False   # the check is fooled
        with pytest.raises(UnsafeSourceError):
            read_source(link, 1000)
    finally:
        Path.is_symlink = real_is_symlink
    assert flags


@pytest.mark.parametrize("bad_id", ["a/b", "../../etc/passwd", ".hidden", "x" * 129, "a?b#c"])
def test_sidecar_ids_that_break_addresses_are_refused(inst, tmp_path, bad_id):
    path = write_doc(tmp_path / "inbox", "doc", PLAIN, id=bad_id)
    [outcome] = pipeline.ingest(inst, [path])
    assert outcome.result == "failed" and "문서 id" in outcome.reasons[0]
    assert statuses(inst) == {}
    assert path.exists()                        # nothing lost


def test_an_id_holding_personal_data_is_refused(inst, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / "민원인_홍길동_010-9876-5432.txt"
    path.write_text(PLAIN, encoding="utf-8")
    [outcome] = pipeline.ingest(inst, [path])
    assert outcome.result == "failed" and "개인정보" in outcome.reasons[0]


def test_good_ids_with_spaces_brackets_and_hangul_work(inst, tmp_path):
    path = write_doc(tmp_path / "inbox", "doc", PLAIN, id="교통정책과-1234 (최종)")
    [outcome] = pipeline.ingest(inst, [path])
    assert outcome.result == "published", outcome.reasons


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_private_files_are_owner_only_from_the_start(inst, tmp_path):
    write_doc(tmp_path / "inbox", "private", PLAIN.replace("마을버스", "민원인 홍길동 010-2345-6789 마을버스"))
    pipeline.ingest(inst, [tmp_path / "inbox"])
    assert _mode(inst.path) == 0o700
    assert _mode(inst.path / "secret_key") == 0o600
    for db_file in inst.path.glob("disclosure.db*"):
        assert _mode(db_file) == 0o600, db_file
    private = [inst.private_dir, inst.outbox_dir, *inst.private_dir.rglob("*"),
               *inst.outbox_dir.rglob("*")]
    assert len(private) > 4
    for p in private:
        assert _mode(p) & 0o077 == 0, f"{p} is {oct(_mode(p))}"


def test_init_tightens_an_instance_made_before(tmp_path, loose_umask):
    inst = Instance(tmp_path / "old")
    inst.init()
    loose = inst.private_dir / "text" / "old.txt"
    loose.write_text("unmasked", encoding="utf-8")
    os.chmod(loose, 0o644)
    os.chmod(inst.db_path, 0o644)
    inst.init()
    assert _mode(loose) == 0o600 and _mode(inst.db_path) == 0o600


def test_secret_key_is_never_readable_by_others_even_for_a_moment(tmp_path, loose_umask, monkeypatch):
    """The key's mode is set when the file is created, not chmodded after its bytes."""
    seen = []
    real_open = os.open

    def watch(path, flags, mode=0o777, *a, **kw):
        if str(path).endswith("secret_key") and flags & os.O_CREAT:
            seen.append(mode)
        return real_open(path, flags, mode, *a, **kw)

    monkeypatch.setattr(os, "open", watch)
    Instance(tmp_path / "new").init()
    assert seen and all(m & 0o077 == 0 for m in seen)
