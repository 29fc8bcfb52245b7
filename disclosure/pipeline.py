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

from disclosure import audit, db
from disclosure.extract import MAX_BYTES, SUPPORTED_SUFFIXES, ExtractionError, extract
from disclosure.filter import FilterResult, run_filter
from disclosure.instance import Instance, atomic_write
from disclosure.models import DocumentMeta
from disclosure.publish import publish
from disclosure.reconcile import reconcile
from disclosure.sidecar import SidecarError, read_sidecar
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

    A ``.json`` file is a sidecar when a source file with the same stem sits beside it."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
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
    try:
        size = path.stat().st_size
    except OSError as e:
        return _fail(inst, path, f"cannot read file: {e.strerror or e}")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return _fail(inst, path, f"unsupported file type {path.suffix or '(none)'}; "
                                 f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    if size > MAX_BYTES:
        return _fail(inst, path, f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit")
    data = path.read_bytes()
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
    with inst.Session() as s:
        if s.get(db.Document, meta.id) is not None:
            return _fail(inst, path, f"a different document with id {meta.id!r} was already "
                                     "ingested; give the new version its own id", content_hash)
    try:
        extracted = extract(path)
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
            title=meta.title or _first_line(extracted.text), department=meta.department,
            doc_type=meta.doc_type, doc_number=meta.doc_number,
            approver_rank=meta.approver_rank, approved_at=meta.approved_at[:10],
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


def _first_line(text: str) -> str:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")[:200]
