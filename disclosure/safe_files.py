"""Reading sources without following links, and writing private files owner-only.

An inbox is written by other people and programs. A symbolic link in it (``notice.txt``
→ the instance's ``secret_key``) would have the pipeline read, and publish, a file the
inbox's writer cannot read themselves. So a source or sidecar is opened with
``O_NOFOLLOW`` (the kernel refuses a link as the last component, with no window between
a check and the open) and must be a regular file; a folder walk never descends into a
linked folder, and lists linked files so that each is refused with a reason instead of
vanishing silently.

Everything the instance writes that is not public (database, secret key, originals,
unmasked text, reports, outbox) is created owner-only from the first byte: directories
0700, files 0600, whatever the process umask.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class UnsafeSourceError(OSError):
    """A source that must not be read: a link, or not a regular file. One-line reason."""


def read_source(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file at ``path``, never through a symbolic link.

    Raises :class:`UnsafeSourceError` for a link or a non-regular file, ``ValueError``
    past ``max_bytes``, and ``OSError`` when it cannot be read."""
    path = Path(path)
    if path.is_symlink():
        raise UnsafeSourceError(f"{path.name}: 심볼릭 링크는 따라가지 않습니다 "
                                "(파일 자체를 넣어 주십시오)")
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        if e.errno == errno.ELOOP:          # it became a link after the check above
            raise UnsafeSourceError(f"{path.name}: 심볼릭 링크는 따라가지 않습니다") from e
        raise
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeSourceError(f"{path.name}: 일반 파일이 아닙니다 (not a regular file)")
        if info.st_size > max_bytes:
            raise ValueError(f"file is {info.st_size} bytes, larger than the limit of {max_bytes}")
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"file grew while read, larger than the limit of {max_bytes}")
    return data


def walk_files(folder: Path) -> list[Path]:
    """Every non-hidden file below ``folder``, sorted; linked files are listed (to be
    refused one by one) and linked folders too, but never entered."""
    out: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        base = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [base / d for d in dirs if (base / d).is_symlink()]
        out += [base / f for f in files if not f.startswith(".")]
    return sorted(out)


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) a directory only its owner can enter."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    path.chmod(PRIVATE_DIR_MODE)
    return path


def create_private_file(path: Path, data: bytes = b"") -> None:
    """Create ``path`` owner-only if it does not exist (the mode is set at creation,
    never chmodded afterwards); an existing file is tightened to 0600."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, PRIVATE_FILE_MODE)
    except FileExistsError:
        os.chmod(path, PRIVATE_FILE_MODE)
        return
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
