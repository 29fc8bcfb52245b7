"""Apply the per-label masking operators of ``rules/masking.yaml``, through Presidio's anonymizer.

The default operator replaces every letter and digit and keeps separators and line
breaks, so tables keep their shape and nothing of the value survives. Partial Korean
conventions (홍*동, 010-****-5678) are opt-in per label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult

from domain.types import Detection

from .schema import MaskingFile, MaskingOperator


@dataclass
class MaskResult:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # in the masked text


def _apply(op: MaskingOperator, value: str) -> str:
    if op.type == "fixed":
        return op.text
    if op.type == "replace":
        return "".join(op.placeholder if c.isalnum() else c for c in value)
    if op.type == "keep_edges":
        idx = [i for i, c in enumerate(value) if c.isalnum()]
        keep = set(idx[:op.keep_first]) | (set(idx[-op.keep_last:]) if op.keep_last else set())
        if len(keep) >= len(idx):        # never publish a value whole
            keep = set()
        return "".join(c if (i in keep or not c.isalnum()) else op.placeholder for i, c in enumerate(value))
    # mask_groups: groups of letters/digits separated by anything else
    groups = list(re.finditer(r"[0-9A-Za-z가-힣]+", value))
    keep = set(op.keep_groups) if len(groups) > len(op.keep_groups) else set()
    out = list(value)
    for gi, m in enumerate(groups):
        if gi not in keep:
            for i in range(m.start(), m.end()):
                out[i] = op.placeholder
    return "".join(out)


def _disjoint(dets):
    """(start, end, label) of the detections with overlaps removed: a detection that
    starts inside the one before covers only what lies beyond it."""
    pos = 0
    for d in sorted(dets, key=lambda d: d.start):
        if d.start < pos:
            if d.end <= pos:
                continue
            start = pos
        else:
            start = d.start
        yield start, d.end, d.label
        pos = d.end


class Masker:
    def __init__(self, cfg: MaskingFile):
        self.cfg = cfg
        self._engine = AnonymizerEngine()
        # one custom operator a label (rules/masking.yaml), the default for any other
        self._operators = {label: OperatorConfig("custom", {"lambda": partial(_apply, op)})
                           for label, op in cfg.labels.items()}
        self._operators["DEFAULT"] = OperatorConfig("custom", {"lambda": partial(_apply, cfg.default)})

    def mask(self, text: str, dets: list[Detection]) -> MaskResult:
        pieces = list(_disjoint(dets))
        if not pieces:
            return MaskResult(text, [])
        # Presidio's anonymizer replaces the pieces, each with its label's operator; the
        # pieces are disjoint already, so its conflict resolution has nothing to change
        # and no two neighbours are merged
        results = [AnonymizerResult(label, start, end, 1.0) for start, end, label in pieces]
        done = self._engine.anonymize(text, results, self._operators, merge_entities_with_spaces=False)
        spans = sorted((item.start, item.end, item.entity_type) for item in done.items)
        return MaskResult(done.text, spans)
