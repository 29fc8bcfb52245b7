"""Over-masking on real-style public text with no private person in it.

``public_text.txt`` holds a statute excerpt, a National Assembly bill summary, a city
press release and meeting result with officials and office lines, a contract notice
with a company's registration numbers, and an English report. ``public_text_more.txt``
(56 KB, 15 documents) adds press releases quoting officials by rank, an ordinance
amendment notice, contract awards, a committee result, budget tables, a bill summary
with its list of proposers, a Global Center notice and an English policy report, a
library opening, a road closure, a flood safety guide, a public hearing, a ministry's
press release and another city's notice. Everything in them must stay visible; the
target is at most one masked span per 50 KB.
"""
from pathlib import Path

import pytest

from domain.types import DocumentMeta

FIXTURES = Path(__file__).parent / "fixtures"
FILES = ["public_text.txt", "public_text_more.txt"]


@pytest.mark.parametrize("name", FILES)
def test_public_text_is_not_masked(layer1, name):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    meta = DocumentMeta(drafter="정하늘", approver="최민정", approver_rank="과장")
    dets = layer1.detect(text, meta)
    allowed = max(1, round(len(text.encode("utf-8")) / 50_000))
    spans = [(text[d.start:d.end], d.label, d.source) for d in dets]
    assert len(spans) <= allowed, spans


@pytest.mark.parametrize("name", FILES)
def test_each_part_alone_is_not_masked(layer1, name):
    """Parts are also documents on their own (no cross-part name propagation)."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    parts = [p for p in text.split("-" * 69) if p.strip()]
    assert len(parts) >= 5
    masked = [(text_[d.start:d.end], d.label) for text_ in parts for d in layer1.detect(text_, DocumentMeta())]
    assert len(masked) <= 1, masked
