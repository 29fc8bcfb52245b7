"""The domain objects every stage passes along: source → extract → layer 1 → layer 2 → decision.

They are plain dataclasses with no I/O, so that each stage can be tested on its own
and the data flows one way. Offsets are Python ``str`` offsets into ``Extracted.text``
(end exclusive), as in ``shared/corpus/GUIDELINE.md``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

GRADES = ("public", "partial", "nonpublic")
DECISIONS = ("publish", "review", "withhold")

# Approval metadata carried by a sidecar <stem>.json (or by a JSONL record).
META_FIELDS = (
    "id", "title", "department", "doc_type", "doc_number", "drafter", "approver",
    "approver_rank", "approved_at", "marked_grade", "marked_grounds", "lang", "redact",
    "organization", "category", "retention",
)


@dataclass
class DocumentMeta:
    """Approval metadata of one document (결재 정보). Every field may be unknown."""

    id: str = ""
    title: str = ""
    department: str = ""
    doc_type: str = ""
    doc_number: str = ""
    drafter: str = ""
    approver: str = ""
    approver_rank: str = ""
    approved_at: str = ""
    marked_grade: str = ""          # the drafter's 공개여부: public / partial / nonpublic / ""
    marked_grounds: list[int] = field(default_factory=list)
    lang: str = ""                  # "ko" / "en" / "" (unknown: detect)
    redact: list[str] = field(default_factory=list)  # terms the drafter marked for masking
    organization: str = ""          # 기관명, when the sidecar gives it
    category: str = ""              # 분류정보 (a classification path)
    retention: str = ""             # 보존기간

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "DocumentMeta":
        data = data or {}
        kw: dict[str, Any] = {}
        for name in META_FIELDS:
            if name not in data or data[name] is None:
                continue
            value = data[name]
            if name == "marked_grounds":
                value = [int(v) for v in value]
            elif name == "redact":
                value = [str(v) for v in value if str(v).strip()]
            else:
                value = str(value)
            kw[name] = value
        return cls(**kw)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def officials(self) -> list[str]:
        """Names the metadata says are officials acting in their role."""
        return [n for n in (self.drafter, self.approver) if n]


@dataclass
class Box:
    """A word on a page, in PDF points, top-left origin (pdfplumber's convention)."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    start: int      # offset of the word's first character in Extracted.text
    end: int


@dataclass
class PageLayout:
    """What publishing needs of one PDF page, kept by the extractor so that the source is
    parsed once: the media box in display orientation (points, top-left origin), the crop
    box within it, and every drawn, non-space character (deduplicated as the text was
    built) as ``(text, x0, top, x1, bottom)``, to split a partly masked word."""

    width: float
    height: float
    crop: tuple[float, float, float, float] | None = None   # x0, top, x1, bottom
    chars: list[tuple[str, float, float, float, float]] = field(default_factory=list)


@dataclass
class Extracted:
    """The text of a source file, with page boundaries and (for PDFs) word boxes."""

    text: str
    format: str                                            # pdf / docx / txt / html
    page_offsets: list[int] = field(default_factory=list)  # start offset of each page
    boxes: list[Box] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: PDF: the regions of pages whose pictures were read by OCR, as (page, x0, top, x1,
    #: bottom) in points; the public copy's burned pages are read there again.
    image_regions: list[tuple[int, float, float, float, float]] = field(default_factory=list)
    #: PDF: one layout per page (see :class:`PageLayout`), for the redaction.
    pages: list[PageLayout] = field(default_factory=list)


@dataclass
class Detection:
    """One piece of personal information found by layer 1.

    ``source`` names the rule or model that found it (e.g. ``"KR_MOBILE_PHONE"`` or
    ``"ner:ko_person.v1"``) and ``reason`` says why, in a line a reviewer can read.
    """

    start: int
    end: int
    label: str
    score: float
    source: str
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Classification:
    """Layer 2's view of the whole document."""

    grade: str                      # one of GRADES
    grounds: list[int]              # Art. 9(1) items
    confidence: float               # 0..1, calibrated: probability that grade is right
    reasons: list[str] = field(default_factory=list)
    release_date: str = ""          # for item-5 documents: when the decision is expected
    model: str = ""                 # registered name of the classifier that produced it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Decision:
    """What happens to the document: a closed set of states, always with reasons."""

    state: str                      # one of DECISIONS
    reasons: list[str]
    release_date: str = ""

    def __post_init__(self) -> None:
        if self.state not in DECISIONS:
            raise ValueError(f"unknown decision state {self.state!r}")
        if not self.reasons:
            raise ValueError("a decision needs at least one reason")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
