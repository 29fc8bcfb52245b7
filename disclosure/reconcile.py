"""Bringing the public side back in line with the database after a crash or a fault.

Run at the start of every ingest and by ``disclosure reconcile``. It

1. finishes publications a killed run left ``publish_pending``;
2. finishes withdrawals whose removal failed (``withdraw_pending``);
3. removes the public files and index entries of every document that is not published
   (withheld, in review, scheduled…) or no longer exists: left behind when a document
   was taken down while a publication was half done, or when a takedown's removal
   failed and its status moved on;
4. removes the temporary files :func:`~disclosure.instance.atomic_write` left (a killed
   write, a full disk).

Safe beside another ingest or the site: a ``publish_pending`` document is never cleaned
(its publisher may be writing its files right now), every status is read again just
before its files are removed, and a temporary file of a running process is left alone
until it is an hour old. The worst a race can do is remove the files of a document
published in that very millisecond (its downloads then answer 404): nothing is ever
made public here that :func:`~disclosure.publish.prepare_publication` did not verify.
"""
from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field

from sqlalchemy import select

from disclosure import audit, db
from disclosure.instance import Instance, remove_stale_tmp_files, safe_name
from disclosure.publish import (WithdrawalIncomplete, finish_publications, finish_withdrawal,
                                prepare_publication)

log = logging.getLogger(__name__)

# statuses whose public copies are wanted (or are being written right now)
KEEP = (db.PUBLIC_STATUS, "publish_pending")


@dataclass
class ReconcileReport:
    published: list[str] = field(default_factory=list)       # pending publications finished
    to_review: list[str] = field(default_factory=list)       # …that failed verification
    withdrawn: list[str] = field(default_factory=list)       # pending withdrawals finished
    cleaned: list[str] = field(default_factory=list)         # leftovers of unpublished ids
    tmp_removed: int = 0
    problems: list[str] = field(default_factory=list)        # what is still not done, why

    def __bool__(self) -> bool:
        return bool(self.published or self.to_review or self.withdrawn or self.cleaned
                    or self.tmp_removed or self.problems)

    def summary(self) -> str:
        """One line in Korean with the English in brackets, for the command line."""
        parts = [f"중단된 공개 {len(self.published)}건 마무리 (publications finished)",
                 f"공개 철회 {len(self.withdrawn)}건 마무리 (withdrawals finished)",
                 f"비공개 문서의 남은 공개본 {len(self.cleaned)}건 삭제 (leftover public copies removed)",
                 f"임시 파일 {self.tmp_removed}개 삭제 (temporary files removed)"]
        if self.to_review:
            parts.insert(1, f"검증 실패로 검토 대기 {len(self.to_review)}건 (sent to review)")
        if self.problems:
            parts.append(f"미해결 {len(self.problems)}건 (still failing)")
        return "정리(reconcile): " + ", ".join(parts)


def reconcile(inst: Instance, actor: str = audit.SYSTEM) -> ReconcileReport:
    report = ReconcileReport()
    _finish_publications(inst, actor, report)
    _finish_withdrawals(inst, actor, report)
    _remove_leftovers(inst, actor, report)
    try:
        report.tmp_removed = len(remove_stale_tmp_files(inst.path, skip=(inst.index_dir,)))
    except OSError as e:
        report.problems.append(f"임시 파일 정리 실패 (temporary files): {e}")
    return report


def _ids(inst: Instance, status: str) -> list[str]:
    with inst.Session() as s:
        return list(s.scalars(select(db.Document.id).where(db.Document.status == status)
                              .order_by(db.Document.id)))


def _finish_publications(inst: Instance, actor: str, report: ReconcileReport) -> None:
    """Every ``publish_pending`` document, prepared one by one, finished as one batch."""
    prepared = []
    for doc_id in _ids(inst, "publish_pending"):
        try:
            ready = prepare_publication(inst, doc_id, actor)
        except Exception as e:
            log.exception("finishing the publication of %s failed", doc_id)
            report.problems.append(f"{doc_id}: 공개 마무리 실패 (publication): "
                                   f"{type(e).__name__}: {e}")
            continue
        if ready is None:                        # verification sent it to review
            report.to_review.append(doc_id)
        else:
            prepared.append(ready)
    try:
        done = finish_publications(inst, prepared, actor)
    except Exception as e:
        log.exception("finishing %d publications failed", len(prepared))
        report.problems += [f"{p.doc_id}: 공개 마무리 실패 (publication): {type(e).__name__}: {e}"
                            for p in prepared]
        return
    report.published += [p.doc_id for p in prepared if p.doc_id in done]


def _finish_withdrawals(inst: Instance, actor: str, report: ReconcileReport) -> None:
    for doc_id in _ids(inst, db.WITHDRAW_PENDING):
        try:
            if finish_withdrawal(inst, doc_id, actor=actor,
                                 note="남은 공개 파일·검색 색인 삭제 완료 (정리 작업이 마무리함)"):
                report.withdrawn.append(doc_id)
        except WithdrawalIncomplete as e:
            report.problems.append(str(e))


def _status(inst: Instance, doc_id: str) -> str | None:
    with inst.Session() as s:
        return s.scalar(select(db.Document.status).where(db.Document.id == doc_id))


def _remove_leftovers(inst: Instance, actor: str, report: ReconcileReport) -> None:
    """Index entries and public folders of documents that are not (being) published."""
    try:
        indexed = inst.search.ids()
    except Exception as e:
        report.problems.append(f"검색 색인을 읽지 못함 (search index): {type(e).__name__}: {e}")
        indexed = set()
    folders = ({p.name: p for p in inst.public_dir.iterdir() if p.is_dir()}
               if inst.public_dir.is_dir() else {})
    with inst.Session() as s:     # read after listing: a newer row is a newer publication
        status = dict(s.execute(select(db.Document.id, db.Document.status)).all())
    by_folder = {safe_name(doc_id): doc_id for doc_id in status}
    leftovers: dict[str, list[str]] = {}
    for doc_id in indexed:
        if status.get(doc_id) not in KEEP:
            leftovers.setdefault(doc_id, []).append("index")
    for name in folders:
        doc_id = by_folder.get(name, name)
        if status.get(doc_id) not in KEEP:
            leftovers.setdefault(doc_id, []).append("files")
    for doc_id, what in sorted(leftovers.items()):
        now = _status(inst, doc_id)                 # read again, right before removing
        if now in KEEP or now == db.WITHDRAW_PENDING:
            continue
        try:
            if "index" in what:
                inst.search.remove(doc_id)
            if "files" in what:
                shutil.rmtree(folders[safe_name(doc_id) if doc_id in status else doc_id])
        except Exception as e:
            log.exception("removing leftover public copies of %s failed", doc_id)
            report.problems.append(f"{doc_id}: 남은 공개본 삭제 실패 (leftover public copy): "
                                   f"{type(e).__name__}: {e}")
            continue
        report.cleaned.append(doc_id)
        if now is not None:
            with inst.Session.begin() as s:
                audit.record(s, actor, "public_cleanup", doc_id, comment=(
                    f"공개되지 않은 문서(상태 {now})에 남아 있던 "
                    + " 및 ".join({"index": "검색 색인", "files": "공개 파일"}[w] for w in what)
                    + " 삭제"))
