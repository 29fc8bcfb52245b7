"""Masking free text written by or for citizens (questions and answers).

Layer 1 does the real work. On top of it, the exact contact values the citizen typed
into the form (name, e-mail, mobile number) are masked wherever they occur: the citizen
told us these are personal, so no model has to guess. When layer 1 fails the text is
not shown at all (``None``): failing closed is the rule everywhere on public surfaces.
"""
from __future__ import annotations

import logging
import re

from domain.types import DocumentMeta

log = logging.getLogger(__name__)


def _value_pattern(value: str) -> re.Pattern | None:
    value = value.strip()
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 7 and len(digits) >= len(re.sub(r"[\s\-.()+]", "", value)):
        # a phone number: match the digits with any separators between them
        return re.compile(r"[\s\-.]?".join(map(re.escape, digits)))
    if len(value) >= 2:
        return re.compile(re.escape(value), re.IGNORECASE)
    return None


def mask_known_values(text: str, values) -> str:
    for v in values:
        pat = _value_pattern(v or "")
        if pat:
            text = pat.sub(lambda m: "*" * len(m.group()), text)
    return text


def mask_citizen_text(inst, text: str, known_values=(), ref: str = "") -> str | None:
    """Layer-1-masked ``text`` with ``known_values`` masked too, or None if layer 1 failed."""
    try:
        layer1 = inst.layer1
        dets = layer1.detect(text, DocumentMeta(id=ref))
        masked = layer1.mask(text, dets).text
    except Exception:
        log.exception("layer 1 failed on citizen text %s", ref)
        return None
    return mask_known_values(masked, known_values)
