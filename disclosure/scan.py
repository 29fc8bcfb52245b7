"""``disclosure scan``: run both filter layers over guideline-form JSONL records.

This is how the filter is measured (``shared/tools/pii_score.py GOLD OUT``): it goes
through :func:`disclosure.filter.run_filter`, the same code that ingestion uses.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from disclosure.filter import run_filter
from domain.types import DocumentMeta


class ScanError(ValueError):
    pass


def read_records(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise ScanError(f"{path}:{n}: not JSON: {e}") from None
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ScanError(f"{path}:{n}: a record needs a string field 'text'")
            rec.setdefault("id", f"line-{n}")
            yield rec


#: records whose layer-1 model runs in one batch (``Layer1.detect_many``)
BATCH = 32


def scan_records(recs, layer1, classifier, policy, screen=None) -> Iterator[dict]:
    """``scan_record`` for each record, in order; layer 1 reads them :data:`BATCH` at a
    time. If a batch fails, each of its records is run alone, so one bad record fails
    only itself (closed: its layer-1 error is in its decision)."""
    batch: list[dict] = []

    def flush():
        metas = [DocumentMeta.from_dict(r) for r in batch]
        try:
            found = layer1.detect_many([(r["text"], m) for r, m in zip(batch, metas)])
        except Exception:
            found = [None] * len(batch)
        for rec, dets in zip(batch, found):
            yield scan_record(rec, layer1, classifier, policy, detections=dets, screen=screen)
        batch.clear()

    for rec in recs:
        batch.append(rec)
        if len(batch) >= BATCH:
            yield from flush()
    if batch:
        yield from flush()


def scan_record(rec: dict, layer1, classifier, policy, detections=None, screen=None) -> dict:
    meta = DocumentMeta.from_dict(rec)
    fr = run_filter(rec["text"], meta, layer1, classifier, policy, detections=detections, screen=screen)
    cls = fr.classification
    return {
        "id": rec["id"],
        "entities": [{"start": d.start, "end": d.end, "label": d.label,
                      "score": round(d.score, 4), "source": d.source, "reason": d.reason}
                     for d in fr.detections],
        "grade": cls.grade if cls else "nonpublic",
        "grounds": list(cls.grounds) if cls else [],
        "decision": fr.decision.state,
        "reasons": fr.decision.reasons,
    }
