"""Apply the per-label masking operators of ``rules/masking.yaml``.

The default operator replaces every letter and digit and keeps separators and line
breaks, so tables keep their shape and nothing of the value survives. Partial Korean
conventions (홍*동, 010-****-5678) are opt-in per label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

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


class Masker:
    def __init__(self, cfg: MaskingFile):
        self.cfg = cfg

    def mask(self, text: str, dets: list[Detection]) -> MaskResult:
        parts, spans = [], []
        pos = 0
        out_len = 0
        for d in sorted(dets, key=lambda d: d.start):
            if d.start < pos:          # overlapping input: extend over the remainder only
                if d.end <= pos:
                    continue
                start = pos
            else:
                start = d.start
            parts.append(text[pos:start])
            out_len += start - pos
            op = self.cfg.labels.get(d.label, self.cfg.default)
            rep = _apply(op, text[start:d.end])
            parts.append(rep)
            spans.append((out_len, out_len + len(rep), d.label))
            out_len += len(rep)
            pos = d.end
        parts.append(text[pos:])
        return MaskResult("".join(parts), spans)
