"""Moving documents onto and off the public side: public store, search index, status.

Publishing is idempotent and crash-safe. The decision is committed first with status
``publish_pending``; :func:`publish` then writes the public files (atomically), verifies
them, adds the document to the index and only then flips the status to ``published``.
A run killed in between leaves a ``publish_pending`` row that :func:`reconcile` finishes.
Everything public is built from the masked text; the original never leaves the private
store.
"""
from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from sqlalchemy import select

from disclosure import audit, db
from disclosure.instance import Instance, atomic_write
from disclosure import public_fields as fields_of
from disclosure.public_fields import masked_values, public_meta, value_spans

log = logging.getLogger(__name__)


class VerificationError(RuntimeError):
    """A value that layer 1 masked is still readable in what would be published."""


def leaked_values(original: str, masked: str, detections) -> list[str]:
    """Masked values that can still be found in the public text.

    A value that occurs elsewhere in the document unmasked is a leak too (layer 1 found
    it once and missed it elsewhere). Short Hangul values (two-syllable given names
    that are also words) must stand alone to count, so 하늘 does not match 하늘공원.
    """
    return [value for _, value in masked_values(original, detections)
            if value_spans(value, masked)]


def public_pdf(inst: Instance, doc: db.Document, original: str) -> tuple[bytes | None, str | None]:
    """The redacted ``document.pdf`` (:mod:`disclosure.redact`) or why there is none.

    The PDF is read back before it may go public; a masked value found in it, a
    structural fault, or any error while making it is a failure (fail closed)."""
    from disclosure import redact

    source = inst.original_path(doc.content_hash, Path(doc.filename).suffix)
    try:
        made = redact.make_public_pdf(source, original, doc.detections)
    except Exception as e:
        log.exception("redacted PDF of %s failed", doc.id)
        return None, f"the public PDF could not be made: {type(e).__name__}: {e}"
    if made.verdict.leaks:
        return None, (f"verification found {len(made.verdict.leaks)} masked value(s) still "
                      "readable in the public PDF")
    if made.verdict.problems:
        return None, "the public PDF failed verification: " + "; ".join(made.verdict.problems)
    return made.data, None


def public_record(doc: db.Document) -> dict:
    """What the public may know of a document: approval metadata and masked text."""
    return {
        "id": doc.id, "title": doc.title, "department": doc.department,
        "doc_type": doc.doc_type, "doc_number": doc.doc_number,
        "approved_at": doc.approved_at, "grade": doc.grade, "grounds": list(doc.grounds or []),
        "approver_rank": doc.approver_rank, "lang": doc.lang,
        "drafter": public_meta(doc, "drafter"), "approver": public_meta(doc, "approver"),
        "text": doc.masked_text,
    }


def _check_public_text(inst: Instance, doc: db.Document, original: str) -> tuple[str | None, str]:
    """Mask the document's metadata again (officials may have added masks since ingest)
    and look for every masked value, of the body and of the metadata, in the body and
    in every metadata field. (failure reason or None, audit note)."""
    try:
        meta = fields_of.source_meta(doc)
        if fields_of.id_detections(inst.layer1, doc.id, meta):
            return "문서 id에 개인정보로 보이는 값이 있어 공개할 수 없습니다", "id"
        fields = fields_of.public_fields(inst.layer1, meta, original, doc.detections,
                                         doc.masked_text)
    except Exception as e:
        log.exception("masking the metadata of %s failed", doc.id)
        return (f"문서 정보(제목 등)의 개인정보를 가리지 못했습니다: {type(e).__name__}: {e}",
                "metadata")
    fields_of.apply(doc, fields)
    public = doc.masked_text + "\n" + fields_of.public_text(fields)
    leaks = leaked_values(original, public, doc.detections)
    leaks += [value for _, value in fields.hidden if value_spans(value, public)]
    if leaks:
        return (f"verification found {len(leaks)} masked value(s) still readable "
                "in the public text or its metadata", f"{len(leaks)} value(s)")
    return None, ""


def publish(inst: Instance, doc_id: str, actor: str = audit.SYSTEM, comment: str = "") -> bool:
    """Publish a document whose decision allows it. Returns False (and queues the
    document for review) when verification finds a masked value in the public text."""
    with inst.Session.begin() as s:
        doc = s.get(db.Document, doc_id)
        if doc is None:
            raise KeyError(doc_id)
        if doc.grade == "nonpublic":
            raise ValueError(f"{doc_id} is graded nonpublic and is never published")
        original = inst.read_private_text(doc_id)
        failure, note = _check_public_text(inst, doc, original)
        if not failure:
            pdf, failure = public_pdf(inst, doc, original)
            note = failure or ""
        if failure:
            before = audit.snapshot(doc)
            doc.status, doc.decision = "review", "review"
            doc.reasons = [failure] + list(doc.reasons or [])
            audit.record(s, actor, "verification_failed", doc_id, before=before,
                         after=audit.snapshot(doc), comment=note)
            return False
        record = public_record(doc)
        out = inst.public_doc_dir(doc_id)
        atomic_write(out / "document.pdf", pdf)
        atomic_write(out / "document.txt", doc.masked_text.encode("utf-8"))
        atomic_write(out / "document.json",
                     json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
        inst.search.upsert({k: record[k] for k in (
            "id", "title", "department", "doc_type", "doc_number", "approved_at", "grade",
            "text")})
        before = audit.snapshot(doc)
        doc.status = db.PUBLIC_STATUS
        doc.published_at = db.utcnow()
        audit.record(s, actor, "publish", doc_id, before=before, after=audit.snapshot(doc),
                     comment=comment)
    return True


def unpublish(inst: Instance, doc_id: str, *, actor: str, reason: str,
              to_status: str = "review") -> None:
    """Take a document off every public surface at once (pages, index, downloads)."""
    with inst.Session.begin() as s:
        doc = s.get(db.Document, doc_id)
        if doc is None:
            raise KeyError(doc_id)
        inst.search.remove(doc_id)
        shutil.rmtree(inst.public_doc_dir(doc_id), ignore_errors=True)
        before = audit.snapshot(doc)
        doc.status = to_status
        doc.decision = "review" if to_status == "review" else "withhold"
        doc.published_at = None
        doc.reasons = [reason] + [r for r in (doc.reasons or []) if r != reason]
        audit.record(s, actor, "withdraw", doc_id, before=before, after=audit.snapshot(doc),
                     comment=reason)


def reconcile(inst: Instance) -> int:
    """Finish publications a killed run left half-done. Returns how many it finished."""
    with inst.Session() as s:
        pending = list(s.scalars(select(db.Document.id).where(
            db.Document.status == "publish_pending")))
    return sum(bool(publish(inst, doc_id)) for doc_id in pending)
