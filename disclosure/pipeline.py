"""Ingestion: source file → extract → layer 1 → layer 2 → decision → publish.

Order of writes, chosen so a run killed at any point publishes nothing half-done and
can simply be run again:

1. the original and its unmasked text go to the private store (atomic renames);
2. the document, its detections, its decision and an audit event are committed in
   one database transaction (status ``publish_pending`` if it may be published);
3. :func:`disclosure.publish.publish` writes the public files and the index entry and
   flips the status to ``published``.

Re-ingesting a file whose content hash is known is a no-op. A file that cannot be read
is recorded as a failure with its reason and left where it is.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import select

from disclosure import audit, db, public_fields
from disclosure.extract import MAX_BYTES, SUPPORTED_SUFFIXES, ExtractionError, extract_bytes
from disclosure.filter import FilterResult, run_filter
from disclosure.instance import Instance, atomic_write
from disclosure.models import DocumentMeta
from disclosure.public_fields import PublicFields
from disclosure.publish import publish, reconcile
from disclosure.safe_files import read_source, walk_files
from disclosure.sidecar import SidecarError, id_problem, read_sidecar
from rules import rules_version

RESULTS = ("published", "review", "withheld", "scheduled", "failed", "skipped")

# decision → document status right after the decision
_STATUS = {"publish": "publish_pending", "review": "review", "withhold": "withheld"}


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


def _fail(inst: Instance, path: Path, reason: str, content_hash: str = "") -> Outcome:
    with inst.Session.begin() as s:
        s.add(db.IngestFailure(path=str(path), content_hash=content_hash, reason=reason))
    return Outcome(str(path), "failed", reasons=[reason])


def ingest_file(inst: Instance, path: Path, actor: str = audit.SYSTEM) -> Outcome:
    path = Path(path)
    if path.is_symlink():
        return _fail(inst, path, f"{path.name}: 심볼릭 링크는 따라가지 않습니다 "
                                 "(링크가 아닌 파일 자체를 넣어 주십시오)")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return _fail(inst, path, f"unsupported file type {path.suffix or '(none)'}; "
                                 f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    try:
        data = read_source(path, MAX_BYTES)
    except ValueError as e:
        return _fail(inst, path, str(e))
    except OSError as e:
        return _fail(inst, path, f"cannot read file: {e.strerror or e}")
    content_hash = hashlib.sha256(data).hexdigest()

    with inst.Session() as s:
        known = s.scalar(select(db.Document.id).where(db.Document.content_hash == content_hash))
    if known:
        return Outcome(str(path), "skipped", known, ["already ingested (same content)"])

    try:
        meta = read_sidecar(path)
    except SidecarError as e:
        return _fail(inst, path, f"bad sidecar: {e}", content_hash)
    meta.id = meta.id or path.stem
    problem = id_problem(meta.id) or _personal_id(inst, meta)
    if problem:
        return _fail(inst, path, f"{problem}; 파일 이름을 바꾸거나 사이드카에 id를 적어 주십시오",
                     content_hash)
    with inst.Session() as s:
        if s.get(db.Document, meta.id) is not None:
            return _fail(inst, path, f"a different document with id {meta.id!r} was already "
                                     "ingested; give the new version its own id", content_hash)
    try:
        extracted = extract_bytes(path.name, data)
    except ExtractionError as e:
        return _fail(inst, path, f"cannot extract text: {e}", content_hash)

    atomic_write(inst.original_path(content_hash, path.suffix), data)
    atomic_write(inst.private_text_path(meta.id), extracted.text.encode("utf-8"))

    warnings = [f"extraction: {w}" for w in extracted.warnings]
    fr = run_filter(extracted.text, meta, inst.layer1, inst.classifier, inst.policy,
                    paused=inst.paused, extra_reasons=warnings)
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
    if status == "publish_pending" and not publish(inst, meta.id, actor):
        with inst.Session() as s:
            return Outcome(str(path), "review", meta.id, list(s.get(db.Document, meta.id).reasons))
    result = {"publish_pending": "published"}.get(status, status)
    return Outcome(str(path), result, meta.id, fr.decision.reasons)


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
    status = _STATUS[fr.decision.state]
    if status == "withheld" and fr.decision.release_date:
        status = "scheduled"
    doc.status, doc.decision, doc.reasons = status, fr.decision.state, fr.decision.reasons
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
           progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> list[Outcome]:
    """Ingest files and folders; finish any publication an earlier run left half-done."""
    inst.require()
    reconcile(inst)
    files = iter_source_files(paths)
    outcomes = []
    for f in (progress(files) if progress else files):
        try:
            outcomes.append(ingest_file(inst, f, actor))
        except Exception as e:  # a bug must not stop the batch nor publish anything
            outcomes.append(_fail(inst, f, f"internal error: {type(e).__name__}: {e}"))
    return outcomes
