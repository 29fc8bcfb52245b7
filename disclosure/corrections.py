"""Officials' corrections as labelled data (``disclosure corrections export``).

Every decision an official makes in the review workspace is a label the filter got
wrong or right: a mask kept, added or lifted, a grade or its grounds corrected. This
module writes them in the annotated-corpus form of ``shared/corpus/GUIDELINE.md``
(``id, text, entities[{start, end, label, text}], grade, grounds`` plus the approval
metadata) so the layers can be retrained and measured on them.

The file holds the **unmasked** original text and is therefore private: it is written
with owner-only permissions and must never be put on a public surface.

Which documents: only those an official reviewed (an audit event by a person, not by
the system, for a reviewing action) and whose review is finished (not back in the
queue), unless ``include_open`` asks for the ones still being worked on too.
Entities are the masks in force after review (auto detections the official let stand,
accepted, added); the masks the official lifted are listed under ``rejected`` as
negative examples, so over-masking can be learned too.

:func:`load_corrections` reads such files back, validated line by line, for
``disclosure train --corrections FILE`` (:mod:`training.layer1`, :mod:`training.layer2`).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from disclosure import audit, db
from disclosure.instance import Instance

# Actions in which an official looks at a document's masks or grade and decides.
REVIEW_ACTIONS = ("detection_accept", "detection_reject", "detection_add", "grade_change",
                  "remask", "publish", "withhold", "schedule")
OPEN_STATUSES = ("review", "publish_pending")
META_KEYS = ("title", "department", "doc_type", "approved_at", "approver_rank", "lang")
PRIORITY = {"added": 0, "accepted": 1, "auto": 2}


@dataclass
class ExportSummary:
    documents: int = 0
    entities: int = 0
    rejected: int = 0
    skipped_open: int = 0
    skipped_unreadable: int = 0


def reviewed_documents(s) -> dict[str, list[db.Event]]:
    """Document id → the officials' reviewing events on it, oldest first."""
    events = s.scalars(select(db.Event).where(
        db.Event.action.in_(REVIEW_ACTIONS), db.Event.actor != audit.SYSTEM,
        db.Event.document_id.is_not(None)).order_by(db.Event.at, db.Event.id))
    out: dict[str, list[db.Event]] = {}
    for e in events:
        out.setdefault(e.document_id, []).append(e)
    return out


def entities(original: str, rows) -> list[dict]:
    """Masks in force, as non-overlapping guideline entities.

    Where two overlap (an official's added mask over an auto detection of another
    extent), the official's decision wins, then the longer span."""
    chosen: list = []
    ranked = sorted((r for r in rows if r.status != "rejected"),
                    key=lambda r: (PRIORITY.get(r.status, 3), -(r.end - r.start), r.start))
    for r in ranked:
        if 0 <= r.start < r.end <= len(original) and \
                all(r.end <= c.start or r.start >= c.end for c in chosen):
            chosen.append(r)
    return [_entity(original, r) for r in sorted(chosen, key=lambda r: (r.start, r.end))]


def _entity(original: str, r) -> dict:
    return {"start": r.start, "end": r.end, "label": r.label, "text": original[r.start:r.end]}


def record(doc: db.Document, original: str, events: list[db.Event]) -> dict:
    """One guideline-form line for a reviewed document."""
    meta = doc.meta or {}
    rec = {"id": doc.id, **{k: getattr(doc, k) or "" for k in META_KEYS},
           "drafter": meta.get("drafter", ""), "approver": meta.get("approver", ""),
           "text": original, "entities": entities(original, doc.detections),
           "grade": doc.grade, "grounds": sorted(int(g) for g in (doc.grounds or []))}
    rec["rejected"] = [_entity(original, r) for r in doc.detections
                       if r.status == "rejected" and 0 <= r.start < r.end <= len(original)]
    rec["review"] = {
        "status": doc.status,
        "reviewers": sorted({e.actor for e in events}),
        "actions": sorted({e.action for e in events}),
        "last_at": events[-1].at.isoformat(timespec="seconds"),
        "filter_grade": (doc.classification or {}).get("grade", ""),
        "filter_grounds": (doc.classification or {}).get("grounds", []),
        "counts": {k: sum(r.status == k for r in doc.detections)
                   for k in ("auto", "accepted", "added", "rejected")},
        "rules_version": doc.rules_version,
    }
    return rec


def export_corrections(inst: Instance, out: Path, *, include_open: bool = False) -> ExportSummary:
    """Write the reviewed documents to ``out`` (JSONL, owner-only, atomically)."""
    inst.require()
    out = Path(out)
    summary = ExportSummary()
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f, inst.Session() as s:
            for doc_id, events in sorted(reviewed_documents(s).items()):
                doc = s.get(db.Document, doc_id)
                if doc is None:
                    continue
                if doc.status in OPEN_STATUSES and not include_open:
                    summary.skipped_open += 1
                    continue
                try:
                    original = inst.read_private_text(doc_id)
                except OSError:
                    summary.skipped_unreadable += 1
                    continue
                rec = record(doc, original, events)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                summary.documents += 1
                summary.entities += len(rec["entities"])
                summary.rejected += len(rec["rejected"])
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.chmod(out, 0o600)
    return summary


# ---------------------------------------------------------------------------------------
# Reading a corrections file back for ``disclosure train --corrections``.

class CorrectionsError(ValueError):
    """A corrections file that cannot be trained on; the message names the file and line."""


def _span(text: str, e, where: str, labels) -> dict:
    if not isinstance(e, dict):
        raise CorrectionsError(f"{where}: not an object")
    start, end, label = e.get("start"), e.get("end"), e.get("label")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise CorrectionsError(f"{where}: start and end must be whole numbers")
    if not 0 <= start < end <= len(text):
        raise CorrectionsError(f"{where}: span {start}-{end} is outside the text "
                               f"(0-{len(text)}) or empty")
    if label not in labels:
        raise CorrectionsError(f"{where}: unknown label {label!r}")
    if "text" in e and e["text"] != text[start:end]:
        raise CorrectionsError(f"{where}: its text {e['text']!r} is not text[{start}:{end}] "
                               f"{text[start:end]!r}")
    return {"start": start, "end": end, "label": label, "text": text[start:end]}


def parse_record(obj, where: str) -> dict:
    """Validate one guideline-form line; return the parts training uses.

    Raises :class:`CorrectionsError` (message starting with ``where``) for a line
    without text, with a span outside the text, an unknown label, grade or ground, or
    overlapping kept entities."""
    from masking.schema import LABELS as ENTITY_LABELS

    from domain.types import GRADES

    if not isinstance(obj, dict):
        raise CorrectionsError(f"{where}: not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise CorrectionsError(f"{where}: the record has no text")
    out = {"id": str(obj.get("id") or ""), "text": text, "doc_type": str(obj.get("doc_type") or "")}
    for key in ("entities", "rejected"):
        spans = obj.get(key, [])
        if not isinstance(spans, list):
            raise CorrectionsError(f"{where}: {key} must be a list")
        out[key] = [_span(text, e, f"{where}: {key}[{i}]", ENTITY_LABELS) for i, e in enumerate(spans)]
    kept = sorted(out["entities"], key=lambda e: (e["start"], e["end"]))
    for a, b in zip(kept, kept[1:]):
        if b["start"] < a["end"]:
            raise CorrectionsError(f"{where}: entities {a['start']}-{a['end']} and "
                                   f"{b['start']}-{b['end']} overlap")
    out["entities"] = kept
    grade = obj.get("grade")
    if grade not in GRADES:
        raise CorrectionsError(f"{where}: unknown grade {grade!r} (one of {', '.join(GRADES)})")
    grounds = obj.get("grounds", [])
    if not isinstance(grounds, list):
        raise CorrectionsError(f"{where}: grounds must be a list")
    parsed = []
    for g in grounds:
        whole = (isinstance(g, int) and not isinstance(g, bool)) or (isinstance(g, str) and g.isdigit())
        n = int(g) if whole else None
        if n is None or not 1 <= n <= 8:
            raise CorrectionsError(f"{where}: unknown ground {g!r} (Art. 9(1) items 1-8)")
        parsed.append(n)
    out["grade"], out["grounds"] = grade, sorted(set(parsed))
    return out


def load_corrections(paths) -> list[dict]:
    """Read and validate corrections files (``disclosure corrections export`` output).

    Everything is checked before anything is returned, so a bad line stops training
    before it starts. The same document id in several lines or files (two exports at
    different times) counts once: the later line wins. Blank lines are skipped; a file
    without any record is an error. The records hold UNMASKED text: keep them private."""
    by_key: dict[str, dict] = {}
    for path in paths:
        path = Path(path)
        n = 0
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise CorrectionsError(f"{path}: cannot be read: {e}") from None
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path} line {lineno}"
            try:
                obj = json.loads(line)
            except ValueError as e:
                raise CorrectionsError(f"{where}: not JSON ({e})") from None
            rec = parse_record(obj, where)
            key = rec["id"] or f"{path}:{lineno}"
            by_key.pop(key, None)                 # re-insert: the later line's position
            by_key[key] = rec
            n += 1
        if n == 0:
            raise CorrectionsError(f"{path}: no correction records")
    return list(by_key.values())


def forget_strings(model_dir: Path, private: set[str]) -> int:
    """Drop ``private`` from the saved string table of a spaCy pipeline folder.

    The features are hashes, so the strings are not needed to run the model; they are
    only what ``to_disk`` happened to remember of the training text. Returns how many
    were dropped."""
    path = Path(model_dir) / "vocab" / "strings.json"
    if not private or not path.exists():
        return 0
    strings = json.loads(path.read_text(encoding="utf-8"))
    kept = [x for x in strings if x not in private]
    path.write_text(json.dumps(kept, ensure_ascii=False, indent=2), encoding="utf-8")
    return len(strings) - len(kept)
