"""An instance folder: everything one deployment of Disclosure Plaza keeps.

    instance/
      disclosure.db        SQLite database (private)
      secret_key           Flask session key, made once at init (private)
      private/originals/   source files as received, by content hash (private)
      private/text/        extracted, unmasked text, one file a document (private)
      public/              masked text and downloads of published documents only
      index/               Whoosh index of published, masked text only
      outbox/              e-mails and SMS the demo "sends" (an administrator reads them)

The instance is chosen by ``--instance DIR`` or ``DISCLOSURE_INSTANCE`` (default
``./instance``). Heavy parts (the filter layers, the search index) are built lazily
and once per process.
"""
from __future__ import annotations

import hashlib
import os
import re
import secrets
import threading
import time
from functools import cached_property
from pathlib import Path

from sqlalchemy import select

from disclosure import db
from disclosure.safe_files import (
    PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, create_private_file, private_dir)

DEFAULT_DIRNAME = "instance"


class InstanceError(RuntimeError):
    pass


def default_instance_path() -> Path:
    return Path(os.environ.get("DISCLOSURE_INSTANCE") or DEFAULT_DIRNAME).resolve()


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a killed run never leaves half a file.
    The file is owner-only (0600) from its creation, its new folders 0700.

    A write that fails (a full disk, say) removes its temporary file; one left by a
    killed process is removed later by :func:`remove_stale_tmp_files`."""
    path.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise


# ".<name>.<pid>.<thread>.tmp", the temporary files atomic_write makes
_TMP_NAME = re.compile(r"^\..+\.(\d+)\.\d+\.tmp$")
# a temporary file of a process that is still running is left alone this long: a pid
# can be reused, but no single atomic_write takes anywhere near an hour
TMP_MAX_AGE_SECONDS = 3600


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:          # PermissionError: it exists, under another user
        return True
    return True


def remove_stale_tmp_files(root: Path, *, skip: tuple[Path, ...] = (),
                           max_age: float = TMP_MAX_AGE_SECONDS,
                           now: float | None = None) -> list[Path]:
    """Remove temporary files atomic_write left below ``root`` (a killed run, a full disk).

    One whose writer process is gone is removed at once; one of a running process (this
    one included, or another ingest running at the same time) only when it is older
    than ``max_age`` seconds. Folders in ``skip`` are not searched. Returns the removed."""
    now = time.time() if now is None else now
    skipped = {Path(p).resolve() for p in skip}
    removed = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if (Path(folder) / d).resolve() not in skipped]
        for name in files:
            m = _TMP_NAME.match(name)
            if not m:
                continue
            path = Path(folder) / name
            try:
                if _process_alive(int(m.group(1))) and now - path.stat().st_mtime < max_age:
                    continue
                path.unlink()
            except FileNotFoundError:       # its writer renamed or removed it meanwhile
                continue
            removed.append(path)
    return removed


def safe_name(doc_id: str) -> str:
    """A file-system-safe, collision-free name for a document id."""
    keep = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc_id)[:80]
    if keep == doc_id and not keep.startswith("."):
        return keep
    return f"{keep}-{hashlib.sha256(doc_id.encode()).hexdigest()[:10]}"


class Instance:
    def __init__(self, path: Path | str | None = None, rules_dir: Path | None = None):
        self.path = Path(path).resolve() if path else default_instance_path()
        self.rules_dir = rules_dir
        self._lock = threading.Lock()

    # -- layout -----------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.path / "disclosure.db"

    @property
    def private_dir(self) -> Path:
        return self.path / "private"

    @property
    def public_dir(self) -> Path:
        return self.path / "public"

    @property
    def index_dir(self) -> Path:
        return self.path / "index"

    @property
    def outbox_dir(self) -> Path:
        return self.path / "outbox"

    def exists(self) -> bool:
        return self.db_path.exists()

    def init(self) -> None:
        """Create (or migrate) the instance. Safe to run again."""
        for d in (self.path, self.private_dir, self.private_dir / "originals",
                  self.private_dir / "text", self.public_dir, self.index_dir, self.outbox_dir):
            private_dir(d)
        create_private_file(self.path / "secret_key", secrets.token_hex(32).encode())
        # SQLite gives its journal and WAL files the database file's mode
        create_private_file(self.db_path)
        db.upgrade(self.engine)
        self._tighten_private_files()
        self.search  # creates the index if missing

    def _tighten_private_files(self) -> None:
        """An instance made before files were created owner-only: tighten what it holds."""
        for d in (self.private_dir, self.outbox_dir):
            for root, dirs, files in os.walk(d):
                for names, mode in ((dirs, PRIVATE_DIR_MODE), (files, PRIVATE_FILE_MODE)):
                    for path in (os.path.join(root, n) for n in names):
                        if not os.path.islink(path):
                            os.chmod(path, mode)
        for path in self.path.glob("disclosure.db*"):
            os.chmod(path, PRIVATE_FILE_MODE)

    def require(self) -> "Instance":
        if not self.exists():
            raise InstanceError(
                f"no instance at {self.path}: run `disclosure init` (or `disclosure demo`) first")
        return self

    @property
    def secret_key(self) -> str:
        return (self.path / "secret_key").read_text().strip()

    # -- database ---------------------------------------------------------------
    @cached_property
    def engine(self):
        self.path.mkdir(parents=True, exist_ok=True)
        return db.make_engine(self.db_path)

    @cached_property
    def Session(self):
        return db.make_sessionmaker(self.engine)

    def get_setting(self, key: str, default: str = "") -> str:
        with self.Session() as s:
            row = s.get(db.Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.Session.begin() as s:
            row = s.get(db.Setting, key)
            if row:
                row.value = value
            else:
                s.add(db.Setting(key=key, value=value))

    @property
    def paused(self) -> bool:
        return self.get_setting("publishing_paused", "0") == "1"

    # -- stores -----------------------------------------------------------------
    def original_path(self, content_hash: str, suffix: str) -> Path:
        return self.private_dir / "originals" / f"{content_hash}{suffix.lower()}"

    def private_text_path(self, doc_id: str) -> Path:
        return self.private_dir / "text" / f"{safe_name(doc_id)}.txt"

    def public_doc_dir(self, doc_id: str) -> Path:
        return self.public_dir / safe_name(doc_id)

    def read_private_text(self, doc_id: str) -> str:
        return self.private_text_path(doc_id).read_text(encoding="utf-8")

    # -- heavy parts, built once per process ----------------------------------------
    @cached_property
    def search(self):
        from disclosure.search import open_index
        self.index_dir.mkdir(parents=True, exist_ok=True)
        return open_index(self.index_dir)

    @cached_property
    def layer1(self):
        from masking import Layer1
        return Layer1.from_rules(self.rules_dir)

    @cached_property
    def classifier(self):
        from classifiers import load_classifier
        return load_classifier(self.rules_dir)

    @cached_property
    def screen(self):
        from disclosure.second_screen import SecondScreen, load_screen_rules
        return SecondScreen(load_screen_rules(self.rules_dir))

    @cached_property
    def policy(self):
        from disclosure.decide import load_policy
        return load_policy(self.rules_dir)

    def published_ids(self, ids: list[str]) -> set[str]:
        """Which of these ids the public may see right now (a guard for anything public)."""
        if not ids:
            return set()
        with self.Session() as s:
            rows = s.scalars(select(db.Document.id).where(
                db.Document.id.in_(ids), db.public_documents()))
            return set(rows)
