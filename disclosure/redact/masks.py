"""The masks a redaction applies: merged character spans of the unmasked text, with labels.

Layer 1 may report overlapping or adjacent detections (a name inside a longer address
row); the redaction covers their union, so overlapping spans are merged here once and
every later step (boxes, burning, rendering, verification) works on the same list.
Each mask keeps the label of its first detection for the visible tag, e.g. ``[성명]``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from domain import labels



@dataclass(frozen=True)
class Mask:
    start: int
    end: int
    label: str

    @property
    def tag(self) -> str:
        """The visible label drawn on the box (and the text that replaces the value)."""
        return f"[{labels.ko(self.label)}]"


def masks_from(detections: Iterable, text_length: int) -> list[Mask]:
    """Merged, sorted masks from detections (anything with start/end/label; rows whose
    ``status`` is ``rejected`` are skipped). Offsets outside the text are an error:
    they mean the detections do not belong to this text, and guessing would leak."""
    spans = []
    for d in detections:
        if getattr(d, "status", "auto") == "rejected":
            continue
        start, end = int(d.start), int(d.end)
        if not 0 <= start < end <= text_length:
            raise ValueError(f"mask {start}:{end} lies outside the text (length {text_length})")
        spans.append((start, end, d.label))
    merged: list[Mask] = []
    for start, end, label in sorted(spans):
        if merged and start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Mask(last.start, max(last.end, end), last.label)
        else:
            merged.append(Mask(start, end, label))
    return merged


def kept_segments(text: str, masks: list[Mask]) -> list[tuple[str, Mask | None]]:
    """The text cut into kept pieces ``(text, None)`` and masked ones ``(tag, mask)``."""
    out: list[tuple[str, Mask | None]] = []
    pos = 0
    for m in masks:
        if m.start > pos:
            out.append((text[pos:m.start], None))
        out.append((m.tag, m))
        pos = m.end
    if pos < len(text):
        out.append((text[pos:], None))
    return out
