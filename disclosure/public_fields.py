"""The approval metadata the public sees, masked like the body.

A document's title, department, type, number, drafter, approver, rank, and the
sidecar's organization, classification and retention period reach every
public surface (page ``<title>`` and heading, JSON-LD, the home page, the feed, the API,
``document.json``, the search index, e-mails to subscribers). They come from the sidecar,
or the title from the document's first line, so they go through layer 1 as the body
does:

* each field is read by layer 1 on its own (with the document's metadata, so the
  drafter and approver stay visible as officials in their role, and the drafter's
  ``redact`` terms are masked);
* any value masked in the body is masked wherever it occurs in a field too (a name
  that needs its context to be found, ``홍길동 민원 회신``);
* a title taken from the first line is the first line of the *masked* text.

:func:`public_fields` is called at ingest (the columns the public reads are stored
masked) and again by :func:`disclosure.publish.publish`, which checks the result with
the leak check before anything is written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from domain.types import Detection, DocumentMeta

#: The DocumentMeta fields a public surface shows (each a column of the document row,
#: but for those in META_ONLY).
FIELDS = ("title", "department", "doc_type", "doc_number", "drafter", "approver", "approver_rank",
          "organization", "category", "retention")
#: Fields kept only in the document's ``meta`` (no column of their own): the page, the
#: API and every other surface read them masked from ``meta['public']``, never raw.
META_ONLY = ("drafter", "approver", "organization", "category", "retention")
TITLE_MAX = 200

_HANGUL = re.compile(r"[가-힣]")


@dataclass
class PublicFields:
    values: dict[str, str]                       # what the public may see, by field
    hidden: list[tuple[str, str]] = field(default_factory=list)   # (label, raw value) masked in fields


def value_spans(value: str, text: str) -> list[tuple[int, int]]:
    """Where ``value`` is readable in ``text``. A short Hangul value (a two-syllable
    given name that is also a word) must stand alone, so 하늘 does not match 하늘공원."""
    if len(value) <= 3 and _HANGUL.search(value):
        pattern = rf"(?<![가-힣]){re.escape(value)}(?![가-힣])"
    else:
        pattern = re.escape(value)
    return [m.span() for m in re.finditer(pattern, text)]


def masked_values(original: str, detections) -> list[tuple[str, str]]:
    """(label, value) of every detection in force, with values too short to look for
    left out (a single letter matches everywhere)."""
    return _worth_looking_for((d.label, original[d.start:d.end]) for d in detections
                              if getattr(d, "status", "auto") != "rejected")


def _worth_looking_for(pairs) -> list[tuple[str, str]]:
    return [(label, value.strip()) for label, value in pairs
            if len(re.sub(r"\W", "", value)) >= 2]


def first_line(text: str) -> str:
    return next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")[:TITLE_MAX]


def public_fields(layer1, meta: DocumentMeta, original: str, detections,
                  masked_text: str | None) -> PublicFields:
    """The masked metadata of one document. Raises whatever layer 1 raises: callers
    fail closed."""
    known = masked_values(original, detections)
    values: dict[str, str] = {}
    hidden: list[tuple[str, str]] = []
    for name in FIELDS:
        raw = str(getattr(meta, name, "") or "").strip()
        if name == "title" and not raw:
            values[name] = first_line(masked_text or "")
            continue
        if not raw:
            values[name] = ""
            continue
        dets = list(layer1.detect(raw, meta))
        for label, value in known:
            dets += [Detection(s, e, label, 1.0, "body", "masked in the body")
                     for s, e in value_spans(value, raw)]
        if dets:
            hidden += _worth_looking_for((d.label, raw[d.start:d.end]) for d in dets)
            raw = layer1.mask(raw, dets).text
        values[name] = raw
    return PublicFields(values, hidden)


def source_meta(doc) -> DocumentMeta:
    """The raw metadata of a stored document: its sidecar's fields (``meta``), and for
    a field the sidecar did not carry at all, the row's column."""
    meta = DocumentMeta.from_dict(doc.meta)
    for name in FIELDS:
        if name not in (doc.meta or {}) and name not in META_ONLY:
            setattr(meta, name, getattr(doc, name, "") or "")
    return meta


def id_detections(layer1, doc_id: str, meta: DocumentMeta) -> list[Detection]:
    """What layer 1 finds in a document id (a part of every public address, which no
    mask can cover); ``_`` read as a space, as file names join words with it."""
    return layer1.detect(doc_id.replace("_", " "), meta)


def apply(doc, fields: PublicFields) -> None:
    """Store masked fields on a document row: columns, and ``meta['public']`` for the
    fields that have no column. The sidecar's own values stay in ``meta`` (private)."""
    for name, value in fields.values.items():
        if name not in META_ONLY:
            setattr(doc, name, value)
    doc.meta = {**(doc.meta or {}), "public": {k: fields.values[k] for k in META_ONLY}}


def public_meta(doc, name: str) -> str:
    """A field with no column of its own (drafter, approver), as the public may see it."""
    return ((doc.meta or {}).get("public") or {}).get(name, "")


def public_text(fields: PublicFields) -> str:
    """Every public field on its own line: what the leak check reads."""
    return "\n".join(fields.values.values())


def leaked_values(original: str, masked: str, detections) -> list[str]:
    """Masked values that can still be found in the public text.

    A value that occurs elsewhere in the document unmasked is a leak too (layer 1 found
    it once and missed it elsewhere). Short Hangul values (two-syllable given names
    that are also words) must stand alone to count, so 하늘 does not match 하늘공원.
    """
    return [value for _, value in masked_values(original, detections)
            if value_spans(value, masked)]
