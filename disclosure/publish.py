"""Moving documents onto and off the public side: public store, search index, status.

Publishing is idempotent and crash-safe. The decision is committed first with status
``publish_pending``; :func:`prepare_publication` then verifies and writes the public files
(atomically), :func:`finish_publications` adds a whole batch of documents to the index in
one commit and only then flips their statuses to ``published`` in one transaction
(:func:`publish` does both for one document).
Withdrawing is the same in reverse: ``withdraw_pending`` first (nothing public serves it),
then the index entry and public files go, then the final status (:func:`unpublish`).
A run killed in between, or a removal that failed, leaves a pending row that
:func:`disclosure.reconcile.reconcile` finishes.
Everything public is built from the masked text; the original never leaves the private
store.
"""
from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import case, update

from disclosure import audit, db
from disclosure import public_fields as fields_of
from disclosure.instance import Instance, atomic_write
from disclosure.public_fields import leaked_values, public_meta, value_spans
from domain import lifecycle
from domain.lifecycle import Status
from domain.types import Extracted

log = logging.getLogger(__name__)


@dataclass
class Parsed:
    """A source file as the ingest read it: its bytes (what its hash is of), their
    extraction (text, word boxes, page layouts) and, when the analysis made it ahead
    (in a worker process, say), the public PDF with its verdict."""

    data: bytes
    extracted: Extracted
    public: object = None         # redact.PublicPdf, used only for its own ``made_for``


class VerificationError(RuntimeError):
    """A value that layer 1 masked is still readable in what would be published."""


class PublicPdfResult(NamedTuple):
    data: bytes | None          # the verified PDF, or None
    failure: str | None         # why there is none
    leaked: bool = False        # the failure is a masked value still readable in it


def public_pdf(inst: Instance, doc: db.Document, original: str,
               parsed: Parsed | None = None) -> PublicPdfResult:
    """The redacted ``document.pdf`` (:mod:`disclosure.redact`) or why there is none.

    ``parsed``: the source's bytes and their extraction, when the caller (the ingest)
    has them, so the source is not parsed again. The PDF is read back before it may go
    public; a masked value found in it, a structural fault, or any error while making
    it is a failure (fail closed)."""
    from disclosure import redact

    path = inst.original_path(doc.content_hash, Path(doc.filename).suffix)
    try:
        made = _made_ahead(parsed, original, doc.detections)
        made = made or redact.make_public_pdf(path, original, doc.detections,
                                              extracted=parsed.extracted if parsed else None,
                                              source=parsed.data if parsed else None)
    except Exception as e:
        log.exception("redacted PDF of %s failed", doc.id)
        return PublicPdfResult(None, f"the public PDF could not be made: {type(e).__name__}: {e}")
    if made.verdict.leaks:
        return PublicPdfResult(None, f"verification found {len(made.verdict.leaks)} masked value(s) still "
                               "readable in the public PDF", leaked=True)
    if made.verdict.problems:
        return PublicPdfResult(None, "the public PDF failed verification: " + "; ".join(made.verdict.problems))
    return PublicPdfResult(made.data, None)


def _made_ahead(parsed: Parsed | None, original: str, detections):
    """The public PDF the analysis made, if it was made from this very text and masks
    (it was verified against them: its verdict is used as it is)."""
    from disclosure import redact

    if parsed is None or parsed.public is None or parsed.extracted.text != original:
        return None
    made = parsed.public
    return made if made.made_for == redact.spans_of(detections) else None


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


@dataclass
class Prepared:
    """A document whose public files are written and verified, waiting for its index
    entry and its status flip (:func:`finish_publications`)."""

    doc_id: str
    entry: dict            # the index entry (masked text and metadata only)
    status: str            # its status when prepared: flipped only from that one
    comment: str = ""


INDEX_KEYS = ("id", "title", "department", "doc_type", "doc_number", "approved_at", "grade",
              "text")


def prepare_publication(inst: Instance, doc_id: str, actor: str = audit.SYSTEM,
                        comment: str = "", parsed: Parsed | None = None) -> Prepared | None:
    """The first half of publishing: mask the metadata again, make and verify the public
    PDF, write the public files. Returns None (and queues the document for review) when
    verification finds a masked value. Nothing public serves the files yet: the status
    is unchanged until :func:`finish_publications`."""
    with inst.Session.begin() as s:
        doc = s.get(db.Document, doc_id)
        if doc is None:
            raise KeyError(doc_id)
        if doc.grade == "nonpublic":
            raise ValueError(f"{doc_id} is graded nonpublic and is never published")
        original = inst.read_private_text(doc_id)
        failure, note = _check_public_text(inst, doc, original)
        if not failure:
            pdf, failure, _ = public_pdf(inst, doc, original, parsed)
            note = failure or ""
        if failure:
            before = audit.snapshot(doc)
            lifecycle.move(doc, Status.REVIEW, decision="review")
            doc.reasons = [failure] + list(doc.reasons or [])
            audit.record(s, actor, "verification_failed", doc_id, before=before,
                         after=audit.snapshot(doc), comment=note)
            return None
        record = public_record(doc)
        out = inst.public_doc_dir(doc_id)
        atomic_write(out / "document.pdf", pdf)
        atomic_write(out / "document.txt", doc.masked_text.encode("utf-8"))
        atomic_write(out / "document.json",
                     json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
        return Prepared(doc_id, {k: record[k] for k in INDEX_KEYS}, doc.status, comment)


def finish_publications(inst: Instance, prepared: list[Prepared],
                        actor: str = audit.SYSTEM) -> set[str]:
    """The second half, for a whole batch: one index commit for all their entries, then
    one transaction flipping each to ``published``. Returns the ids now published.

    A run killed before the transaction commits leaves them ``publish_pending`` (served
    by nothing public, even with an index entry: every public surface checks the status)
    and the next reconcile publishes them again. A document whose status changed since
    it was prepared (withheld or withdrawn meanwhile) is not flipped; its public copies
    are leftovers that reconcile removes."""
    if not prepared:
        return set()
    inst.search.upsert_many([p.entry for p in prepared])
    done = set()
    with inst.Session.begin() as s:
        for p in prepared:
            doc = s.get(db.Document, p.doc_id)
            if doc is not None and doc.status == db.PUBLIC_STATUS:
                done.add(p.doc_id)           # another process finished it meanwhile
            if doc is None or doc.status != p.status or doc.grade == "nonpublic":
                continue
            before = audit.snapshot(doc)
            lifecycle.move(doc, Status.PUBLISHED)
            doc.published_at = db.utcnow()
            audit.record(s, actor, "publish", p.doc_id, before=before,
                         after=audit.snapshot(doc), comment=p.comment)
            done.add(p.doc_id)
    return done


def publish(inst: Instance, doc_id: str, actor: str = audit.SYSTEM, comment: str = "",
            parsed: Parsed | None = None) -> bool:
    """Publish a document whose decision allows it. Returns False (and queues the
    document for review) when verification finds a masked value in the public text.
    ``parsed``: the source as the ingest read it (see :func:`public_pdf`)."""
    prepared = prepare_publication(inst, doc_id, actor, comment, parsed)
    if prepared is None:
        return False
    return doc_id in finish_publications(inst, [prepared], actor)


class WithdrawalIncomplete(RuntimeError):
    """A withdrawal whose public files or index entry could not be removed yet.

    The document is already off every public surface (its status is
    ``withdraw_pending``, which nothing public serves); :func:`disclosure.reconcile.reconcile`
    finishes the removal."""

    def __init__(self, doc_id: str, error: BaseException):
        self.doc_id, self.error = doc_id, error
        super().__init__(f"{doc_id}: {removal_error_ko(error)}")


#: where a withdrawal ends, by the decision it stored: withhold → withheld, else review
WITHDRAW_TARGETS = {"withhold": "withheld", "review": "review"}


def removal_error_ko(e: BaseException) -> str:
    """Why removing public copies failed, in a line an official can act on."""
    what = getattr(e, "strerror", None) or str(e) or type(e).__name__
    return f"공개 파일·검색 색인을 삭제하지 못함 ({type(e).__name__}: {what})"


def remove_public(inst: Instance, doc_id: str) -> None:
    """Remove a document's index entry and public files; raise if either is still there."""
    inst.search.remove(doc_id)
    folder = inst.public_doc_dir(doc_id)
    for _ in range(3):     # another process removing the same folder is not a failure
        try:
            if folder.is_dir():
                shutil.rmtree(folder)
            elif folder.exists():
                folder.unlink()
            break
        except FileNotFoundError:
            continue
    if folder.exists():
        raise OSError(f"{folder} is still there after removal")


def unpublish(inst: Instance, doc_id: str, *, actor: str, reason: str,
              to_status: str = "review") -> None:
    """Take a document off every public surface (pages, index, downloads).

    Two steps, so that no failure can leave it public: the status ``withdraw_pending``
    (served by nothing public) is committed and audited first, then the index entry and
    the public files are removed, then the status becomes ``to_status``. When the
    removal fails, the document stays ``withdraw_pending``, the failure is audited and
    :class:`WithdrawalIncomplete` is raised; the next reconcile finishes the removal."""
    decision = {v: k for k, v in WITHDRAW_TARGETS.items()}.get(to_status)
    if decision is None:
        raise ValueError(f"a withdrawn document goes to {sorted(WITHDRAW_TARGETS.values())}, "
                         f"not {to_status!r}")
    with inst.Session.begin() as s:
        doc = s.get(db.Document, doc_id)
        if doc is None:
            raise KeyError(doc_id)
        before = audit.snapshot(doc)
        lifecycle.move(doc, Status.WITHDRAW_PENDING, decision=decision)
        doc.published_at = None
        doc.reasons = [reason] + [r for r in (doc.reasons or []) if r != reason]
        audit.record(s, actor, "withdraw", doc_id, before=before, after=audit.snapshot(doc),
                     comment=reason)
    finish_withdrawal(inst, doc_id, actor=actor)


def finish_withdrawal(inst: Instance, doc_id: str, *, actor: str, note: str = "") -> bool:
    """Remove the public copies of a ``withdraw_pending`` document and move it to its
    final status. Returns False when another process finished it first; raises
    :class:`WithdrawalIncomplete` (after auditing it) when the removal fails."""
    try:
        remove_public(inst, doc_id)
    except Exception as e:
        log.exception("removing the public copies of %s failed", doc_id)
        try:
            with inst.Session.begin() as s:
                doc = s.get(db.Document, doc_id)
                audit.record(s, actor, "withdraw_incomplete", doc_id, after=audit.snapshot(doc),
                             comment=f"{removal_error_ko(e)}. 문서는 모든 공개 화면에서 "
                                     "내려졌고, 남은 공개 파일·색인은 다음 정리(disclosure "
                                     "reconcile) 때 삭제됩니다.")
        except Exception:
            log.exception("could not audit the incomplete withdrawal of %s", doc_id)
        raise WithdrawalIncomplete(doc_id, e) from e
    target = case(*((db.Document.decision == d, st) for d, st in WITHDRAW_TARGETS.items()),
                  else_="review")
    with inst.Session.begin() as s:
        # the write comes first and is one statement: two processes finishing the same
        # withdrawal cannot both flip it, so it is audited once
        done = s.execute(update(db.Document).where(
            db.Document.id == doc_id, db.Document.status == db.WITHDRAW_PENDING)
            .values(status=target).execution_options(synchronize_session=False)).rowcount
        if done:
            doc = s.get(db.Document, doc_id)
            audit.record(s, actor, "withdraw_complete", doc_id,
                         before={**audit.snapshot(doc), "status": db.WITHDRAW_PENDING},
                         after=audit.snapshot(doc),
                         comment=note or "공개 파일·검색 색인 삭제 완료")
    return bool(done)
