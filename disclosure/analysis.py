"""The read-only half of ingesting a file: read, hash, sidecar, extract, filter, and the
public PDF made and verified ahead for a document that may be published.

Nothing here writes: the database is only read (is this content known? is publishing
paused?), so any number of worker processes can analyse files at once while one
process, the writer (:mod:`disclosure.pipeline`), records them in order, writes the
stores and publishes. ``analyse_all`` runs the analysis in this process (``jobs=1``), or
in this process and ``jobs - 1`` worker processes, each loading the filter's models once.
"""
from __future__ import annotations

import errno
import hashlib
import logging
import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from disclosure import db
from disclosure.extract import MAX_BYTES, SUPPORTED_SUFFIXES, ExtractionError, extract_bytes
from disclosure.filter import FilterResult, run_filter
from disclosure.instance import Instance
from disclosure.safe_files import read_source
from disclosure.sidecar import SidecarError, id_problem, read_sidecar
from domain.types import DocumentMeta, Extracted

log = logging.getLogger(__name__)


@dataclass
class Analysed:
    """What is known of one file before anything is written. ``failure`` (with or
    without ``content_hash``) stops the file before its id is known; the writer checks
    the rest in the ingest's order (known content, id, existing id, extraction)."""

    path: Path
    content_hash: str = ""
    failure: str = ""
    known: bool = False                  # this content was already ingested
    meta: DocumentMeta | None = None
    id_problem: str = ""
    data: bytes = b""
    extracted: Extracted | None = None
    extract_failure: str = ""
    fr: FilterResult | None = None
    public: object = None                # redact.PublicPdf made ahead, or None
    analysed_by: int = 0                 # the process that analysed it (its pid)


def known_hash(inst: Instance, content_hash: str) -> str | None:
    """The id of the document with this content, if any."""
    with inst.Session() as s:
        return s.scalar(select(db.Document.id).where(db.Document.content_hash == content_hash))


def analyse(inst: Instance, path: Path) -> Analysed:
    """Everything the ingest of ``path`` needs that writes nothing. Never raises: an
    unexpected error is the file's failure (the writer records it)."""
    path = Path(path)
    try:
        return _analyse(inst, path)
    except Exception as e:              # a bug must not stop the batch nor publish anything
        log.exception("analysing %s failed", path)
        return Analysed(path, failure=error_reason(e))


def _analyse(inst: Instance, path: Path) -> Analysed:
    if path.is_symlink():
        return Analysed(path, failure=f"{path.name}: 심볼릭 링크는 따라가지 않습니다 "
                                      "(링크가 아닌 파일 자체를 넣어 주십시오)")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return Analysed(path, failure=f"unsupported file type {path.suffix or '(none)'}; "
                                      f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    try:
        data = read_source(path, MAX_BYTES)
    except ValueError as e:
        return Analysed(path, failure=str(e))
    except OSError as e:
        return Analysed(path, failure=f"cannot read file: {e.strerror or e}")
    a = Analysed(path, hashlib.sha256(data).hexdigest())
    if known_hash(inst, a.content_hash):
        a.known = True
        return a
    try:
        a.meta = read_sidecar(path)
    except SidecarError as e:
        a.failure = f"bad sidecar: {e}"
        return a
    a.meta.id = a.meta.id or path.stem
    a.id_problem = id_problem(a.meta.id) or ""
    if a.id_problem:
        return a
    try:
        a.extracted = extract_bytes(path.name, data)
    except ExtractionError as e:
        a.extract_failure = f"cannot extract text: {e}"
        return a
    a.data = data
    warnings = [f"extraction: {w}" for w in a.extracted.warnings]
    a.fr = run_filter(a.extracted.text, a.meta, inst.layer1, inst.classifier, inst.policy,
                      paused=inst.paused, extra_reasons=warnings, screen=inst.screen)
    if a.fr.decision.state == "publish":
        a.public = _public_pdf(path, a)
    return a


def _public_pdf(path: Path, a: Analysed):
    """The public PDF, made and verified ahead; None if making it failed (publishing
    then makes it again and reports why)."""
    from disclosure import redact

    try:
        return redact.make_public_pdf(Path(path.name), a.extracted.text, a.fr.detections,
                                      extracted=a.extracted, source=a.data)
    except Exception:
        log.exception("making the public PDF of %s ahead failed", path)
        return None


# -- worker processes ---------------------------------------------------------------

_worker_inst: Instance | None = None


def _start_worker(path: Path, rules_dir: Path | None) -> None:
    """Load the filter's models once per worker process."""
    global _worker_inst
    _worker_inst = Instance(path, rules_dir)
    _worker_inst.layer1, _worker_inst.classifier, _worker_inst.policy, _worker_inst.screen


def _analyse_in_worker(path: Path) -> Analysed:
    a = analyse(_worker_inst, path)
    a.analysed_by = os.getpid()
    return a


#: a worker process is started for at most this many files: each spends about 9 s of
#: CPU before its first file (imports, the models, their first calls), the time of
#: some 25 PDFs' analysis here (benchmarks/ingest_bench.py)
FILES_PER_WORKER = 32
#: files handed to each worker ahead of need, so none waits while this process is busy
AHEAD_PER_WORKER = 2


def workers_for(files: int, jobs: int) -> int:
    """How many worker processes ``files`` files are worth besides this process, which
    analyses too (0: this process alone)."""
    return max(0, min(jobs - 1, files // FILES_PER_WORKER))


def analyse_all(inst: Instance, files: list[Path], jobs: int = 1) -> Iterator[Analysed]:
    """Each file's analysis, in the order of ``files``.

    With ``jobs`` > 1 (and files enough, :func:`workers_for`) this process, whose models
    are loaded already, analyses the files from the front while ``jobs - 1`` worker
    processes (started fresh rather than forked: the models' threads do not survive a
    fork) analyse them from the back, a few at a time; where the two meet, the rest is
    the workers'. A worker that is slow to start takes fewer files, and no process
    waits for another's start."""
    workers = workers_for(len(files), jobs)
    if not workers:
        for f in files:
            yield analyse(inst, f)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(inst.path, inst.rules_dir)) as pool:
        for start in range(0, len(files), BLOCK):
            yield from _front_and_back(inst, pool, workers, files[start:start + BLOCK])


#: files shared out at a time: what the workers analysed ahead waits in memory (with its
#: bytes and public PDF) until this process reaches it, at most one block's worth
BLOCK = 128


def _front_and_back(inst: Instance, pool, workers: int, files: list[Path]) -> Iterator[Analysed]:
    back = len(files)                      # files[back:] are the workers'
    given: dict[int, object] = {}           # index -> AsyncResult, not yet collected
    for index, path in enumerate(files):
        while back - 1 > index and sum(not r.ready() for r in given.values()) < AHEAD_PER_WORKER * workers:
            back -= 1
            given[back] = pool.apply_async(_analyse_in_worker, (files[back],))
        if index < back:
            yield analyse(inst, path)
        else:
            yield given.pop(index).get()


def error_reason(e: BaseException) -> str:
    """A clear Korean (English) reason for an error that stopped one file."""
    text = str(getattr(e, "orig", None) or e)
    if (isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT)) or "disk is full" in text:
        return f"디스크 공간이 부족합니다 (disk full): {text}"
    if isinstance(e, OSError) and e.errno == errno.EROFS:
        return f"저장소가 읽기 전용입니다 (read-only file system): {text}"
    if isinstance(e, OSError):
        return f"파일을 읽거나 쓰지 못했습니다 (I/O error): {e.strerror or text}"
    if "database is locked" in text:
        return f"데이터베이스가 다른 작업에 잠겨 있습니다 (database is locked): {text}"
    if isinstance(e, SQLAlchemyError):
        return f"데이터베이스 오류 (database error): {type(e).__name__}: {text}"
    return f"내부 오류 (internal error): {type(e).__name__}: {text}"
