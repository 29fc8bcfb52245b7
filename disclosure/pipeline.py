"""Ingestion: source file → extract → layer 1 → layer 2 → decision → publish.

Order of writes, chosen so a run killed at any point publishes nothing half-done and
can simply be run again:

1. the original and its unmasked text go to the private store (atomic renames);
2. the document, its detections, its decision and an audit event are committed in
   one database transaction (status ``publish_pending`` if it may be published);
3. :func:`disclosure.publish.prepare_publication` verifies and writes the public files;
4. once a batch of documents is prepared (:class:`PublishBatch`), their index entries
   are written in one index commit and their statuses flip to ``published`` in one
   transaction (:func:`disclosure.publish.finish_publications`).

A run killed anywhere leaves each document of the batch ``publish_pending`` (which
nothing public serves) or ``published`` with all its public copies; the next run's
reconcile publishes the pending ones again.

Re-ingesting a file whose content hash is known is a no-op, also when another ingest
of the same folder inserted it a moment ago. A file that cannot be read, or whose
ingest hits a full disk or a database error, is recorded as a failure with its reason
(in Korean and English) and left where it is; the batch goes on and ends in a summary.
A later success for the same path or content resolves the earlier failure rows.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError

from disclosure import audit, db, public_fields
from disclosure.analysis import Analysed, analyse, analyse_all, error_reason, known_hash
from disclosure.filter import FilterResult
from disclosure.instance import Instance, atomic_write
from disclosure.public_fields import PublicFields
from disclosure.publish import Parsed, Prepared, finish_publications, prepare_publication
from disclosure.reconcile import ReconcileReport, reconcile
from disclosure.safe_files import walk_files
from domain import lifecycle
from domain.lifecycle import Status
from domain.types import DocumentMeta
from rules import rules_version

log = logging.getLogger(__name__)

RESULTS = ("published", "review", "withheld", "scheduled", "failed", "skipped")


@dataclass
class Outcome:
    path: str
    result: str                      # one of RESULTS
    doc_id: str = ""
    reasons: list[str] = field(default_factory=list)


def iter_source_files(paths: Iterable[Path]) -> list[Path]:
    """Files to ingest: the given files, and every non-sidecar file below given folders.

    A ``.json`` file is a sidecar when a source file with the same stem sits beside it.
    A folder walk never enters a linked folder; linked files and folders are listed, so
    that :func:`ingest_file` refuses each with a reason (see ``safe_files``)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir() and not p.is_symlink():
            files = walk_files(p)
            stems = {(f.parent, f.stem) for f in files if f.suffix.lower() != ".json"}
            out += [f for f in files
                    if not (f.suffix.lower() == ".json" and (f.parent, f.stem) in stems)
                    and f.suffix.lower() != ".jsonl" and f.name != "gold.jsonl"]
        else:
            out.append(p)
    return out


class Outcomes(list):
    """The outcome of each file, and what the reconcile run before them did."""

    reconcile: ReconcileReport | None = None


FINISHED_EARLIER = "이전 실행에서 중단된 공개를 마무리함 (finished an interrupted publication)"


def _id_taken(inst: Instance, path: Path, doc_id: str, content_hash: str) -> Outcome:
    """The id is in the database already. Another ingest (of the same folder, say) may
    have inserted this very file since the checks: the same bytes are "already
    ingested"; other bytes under that id are a different document, refused."""
    known = known_hash(inst, content_hash)
    if known:
        _resolve_failures(inst, path, content_hash)
        return _already_ingested(path, known)
    return _fail(inst, path, f"a different document with id {doc_id!r} was already "
                             "ingested; give the new version its own id", content_hash)


def _fail(inst: Instance, path: Path, reason: str, content_hash: str = "") -> Outcome:
    """A failed file: recorded in ``ingest_failures`` if the database can still be
    written (a full disk may prevent even that), always returned as an outcome."""
    try:
        with inst.Session.begin() as s:
            s.add(db.IngestFailure(path=str(Path(path).absolute()), content_hash=content_hash,
                                   reason=reason))
    except Exception as e:
        log.exception("could not record the failure of %s", path)
        reason += f" [실패 기록도 저장하지 못함 (not recorded): {error_reason(e)}]"
    return Outcome(str(path), "failed", reasons=[reason])


def _resolve_failures(inst: Instance, path: Path, content_hash: str) -> None:
    """Earlier failures of this path or this content are history now."""
    try:
        with inst.Session.begin() as s:
            s.execute(update(db.IngestFailure).where(
                db.IngestFailure.resolved_at.is_(None),
                or_(db.IngestFailure.path.in_([str(path), str(Path(path).absolute())]),
                    db.IngestFailure.content_hash == content_hash))
                .values(resolved_at=db.utcnow()))
    except Exception:        # bookkeeping only; the document itself is in
        log.exception("could not resolve earlier failures of %s", path)


def _already_ingested(path: Path, doc_id: str) -> Outcome:
    return Outcome(str(path), "skipped", doc_id, ["already ingested (same content)"])


def ingest_file(inst: Instance, path: Path, actor: str = audit.SYSTEM,
                batch: "PublishBatch | None" = None) -> Outcome:
    """Ingest one file. With a ``batch``, its publication is finished when the batch is
    flushed (the outcome object is updated then); without, before this returns."""
    return record(inst, analyse(inst, path), actor, batch)


def record(inst: Instance, a: Analysed, actor: str = audit.SYSTEM,
           batch: "PublishBatch | None" = None) -> Outcome:
    """The writing half of an ingest, in this process: the checks that need the
    database, the private stores, the decision's commit, the publication."""
    path, content_hash = a.path, a.content_hash
    known = known_hash(inst, content_hash) if content_hash else None
    if known:
        _resolve_failures(inst, path, content_hash)
        return _already_ingested(path, known)
    if a.failure:
        return _fail(inst, path, a.failure, content_hash)
    meta = a.meta
    problem = a.id_problem or _personal_id(inst, meta)
    if problem:
        return _fail(inst, path, f"{problem}; 파일 이름을 바꾸거나 사이드카에 id를 적어 주십시오",
                     content_hash)
    with inst.Session() as s:
        taken = s.get(db.Document, meta.id) is not None
    if taken:
        return _id_taken(inst, path, meta.id, content_hash)
    if a.extract_failure:
        return _fail(inst, path, a.extract_failure, content_hash)
    extracted, fr = a.extracted, a.fr

    atomic_write(inst.original_path(content_hash, path.suffix), a.data)
    atomic_write(inst.private_text_path(meta.id), extracted.text.encode("utf-8"))
    try:
        with inst.Session.begin() as s:
            doc = db.Document(
                id=meta.id, content_hash=content_hash, filename=path.name, format=extracted.format,
                approved_at=meta.approved_at[:10],
                lang=meta.lang, meta=meta.to_dict(),
            )
            apply_result(doc, fr, rules_version(inst.rules_dir))
            s.add(doc)
            status = doc.status
            audit.record(s, actor, "ingest", meta.id, after=audit.snapshot(doc),
                         comment="; ".join(fr.decision.reasons)[:2000])
    except IntegrityError:
        return _id_taken(inst, path, meta.id, content_hash)
    _resolve_failures(inst, path, content_hash)
    result = {"publish_pending": "published"}.get(status, status)
    outcome = Outcome(str(path), result, meta.id, fr.decision.reasons)
    if status == "publish_pending":
        own = batch is None
        batch = batch or PublishBatch(inst, actor)
        batch.prepare(outcome, path, content_hash, Parsed(a.data, extracted, a.public))
        if own:
            batch.flush()
    return outcome


#: documents a batch publishes with one index commit and one status transaction
BATCH_SIZE = 32
_NOT_PUBLIC = ("— 결정은 저장되었고 공개되지 않았습니다. 다음 실행이 공개를 마무리합니다 "
               "(decision saved, not public; the next run finishes the publication)")


class PublishBatch:
    """Publications of an ingest run, finished together (see :mod:`disclosure.publish`).

    Each document's public files are written and verified as it is ingested
    (``prepare``); ``flush`` adds the batch to the index in one commit and flips the
    statuses in one transaction. Until then each is ``publish_pending``, which nothing
    public serves; a run killed at any moment leaves exactly that, and the next run's
    reconcile publishes them. Outcomes say ``published`` only once the flip committed."""

    def __init__(self, inst: Instance, actor: str, size: int = BATCH_SIZE):
        self.inst, self.actor, self.size = inst, actor, size
        self.waiting: list[tuple[Prepared, Outcome, Path, str]] = []

    def prepare(self, outcome: Outcome, path: Path, content_hash: str, parsed: Parsed) -> None:
        try:
            prepared = prepare_publication(self.inst, outcome.doc_id, self.actor, parsed=parsed)
        except Exception as e:
            log.exception("publishing %s failed", outcome.doc_id)
            self._failed(outcome, path, content_hash, e)
            return
        if prepared is None:                      # verification sent it to review
            self._to_status(outcome)
            return
        outcome.result = "publish_pending"        # until the flush says otherwise
        self.waiting.append((prepared, outcome, path, content_hash))
        if len(self.waiting) >= self.size:
            self.flush()

    def flush(self) -> None:
        waiting, self.waiting = self.waiting, []
        if not waiting:
            return
        try:
            done = finish_publications(self.inst, [w[0] for w in waiting], self.actor)
        except Exception as e:
            log.exception("publishing a batch of %d failed", len(waiting))
            for _, outcome, path, content_hash in waiting:
                self._failed(outcome, path, content_hash, e)
            return
        for prepared, outcome, _, _ in waiting:
            if prepared.doc_id in done:
                outcome.result = "published"
            else:
                self._to_status(outcome)

    def _failed(self, outcome: Outcome, path: Path, content_hash: str, e: Exception) -> None:
        failed = _fail(self.inst, path, f"{error_reason(e)} {_NOT_PUBLIC}", content_hash)
        outcome.result, outcome.reasons = failed.result, failed.reasons

    def _to_status(self, outcome: Outcome) -> None:
        """The outcome of a document that was not published: what its row says now."""
        with self.inst.Session() as s:
            doc = s.get(db.Document, outcome.doc_id)
            outcome.result = {"publish_pending": "review"}.get(doc.status, doc.status)
            outcome.reasons = list(doc.reasons or [])


def _personal_id(inst: Instance, meta: DocumentMeta) -> str | None:
    """The id is part of every public address of the document: no personal data in it.
    (A broken layer 1 is not decided here: the filter sends the document to review, and
    publish() checks the id again.)"""
    try:
        found = public_fields.id_detections(inst.layer1, meta.id, meta)
    except Exception:
        return None
    return "문서 id에 개인정보로 보이는 값이 있습니다" if found else None


def apply_result(doc: db.Document, fr: FilterResult, version: str) -> None:
    """Store a filter result on a document row: decision, status, grade, detections.

    ``publish`` becomes ``publish_pending``; :func:`disclosure.publish.publish` finishes
    it. A withheld document with a release date is ``scheduled`` for re-examination.
    """
    cls = fr.classification
    status = lifecycle.DECISION_STATUS[fr.decision.state]
    if status == Status.WITHHELD and fr.decision.release_date:
        status = Status.SCHEDULED
    lifecycle.move(doc, status, decision=fr.decision.state)
    doc.reasons = fr.decision.reasons
    doc.grade = cls.grade if cls else ""
    doc.grounds = list(cls.grounds) if cls else []
    doc.confidence = cls.confidence if cls else 0.0
    doc.classification = cls.to_dict() if cls else {}
    doc.release_date = fr.decision.release_date or (cls.release_date if cls else "")
    doc.masked_text = fr.masked_text or ""
    doc.rules_version = version
    doc.detections = [db.DetectionRow(**d.to_dict()) for d in fr.detections]
    # the title and other metadata the public reads, masked; nothing readable when
    # layer 1 failed (the document is in review, and publish() masks them again)
    public_fields.apply(doc, fr.fields or PublicFields({f: "" for f in public_fields.FIELDS}))


def ingest(inst: Instance, paths: Iterable[Path], actor: str = audit.SYSTEM,
           progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
           batch_size: int = BATCH_SIZE, jobs: int = 1) -> Outcomes:
    """Ingest files and folders, after reconciling what an earlier run left half-done.
    Publications are finished ``batch_size`` documents at a time (:class:`PublishBatch`).
    ``jobs`` > 1: files are read, extracted, filtered and their public PDFs made in that
    many worker processes (:mod:`disclosure.analysis`); this process alone writes the
    database, the stores and the index, in the order of the files.

    A document whose interrupted publication the reconcile finished counts as published
    in this run (its file's outcome, or an outcome of its own if its file is not here)."""
    inst.require()
    outcomes = Outcomes()
    try:
        outcomes.reconcile = reconcile(inst, actor)
    except Exception as e:   # a full disk, say: the files below will tell the same story
        log.exception("reconcile failed")
        outcomes.reconcile = ReconcileReport(problems=[error_reason(e)])
    finished = {**{i: "review" for i in outcomes.reconcile.to_review},
                **{i: "published" for i in outcomes.reconcile.published}}
    files = iter_source_files(paths)
    batch = PublishBatch(inst, actor, batch_size)
    for f, analysed in zip(progress(files) if progress else files, analyse_all(inst, files, jobs)):
        try:
            o = record(inst, analysed, actor, batch)
        except Exception as e:  # a bug must not stop the batch nor publish anything
            log.exception("ingesting %s failed", f)
            o = _fail(inst, f, error_reason(e))
        if o.result == "skipped" and o.doc_id in finished:
            o = Outcome(o.path, finished.pop(o.doc_id), o.doc_id, [FINISHED_EARLIER])
        outcomes.append(o)
    batch.flush()
    outcomes += [Outcome("", result, doc_id, [FINISHED_EARLIER])
                 for doc_id, result in finished.items()]
    return outcomes
