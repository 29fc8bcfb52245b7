"""Corpus generation: pick a family, build, wrap in a layout, grade, check.

Each document has its own random stream seeded from ``(seed, index)``, so
``generate(n, seed)`` is a prefix of ``generate(n + k, seed)`` and one document can
be regenerated alone. The checks at the end are the contract the rest of the
project relies on: exact offsets, no overlapping spans, no span in a public
document, ground 6 exactly when there are spans, non-empty grounds otherwise.
"""
from __future__ import annotations

import random
from typing import Iterator

from .context import Ctx
from .doc import Ent
from .families import REGISTRY, Family
from .layout import KO_LAYOUTS, marked_text, wrap

GRADES = ("public", "partial", "nonpublic")
MARKED_WRONG = 0.10
MAX_SPANS = 40


def _pick_family(rng: random.Random, lang: str) -> Family:
    fams = [f for f in REGISTRY if f.lang == lang]
    x = rng.uniform(0, sum(f.weight for f in fams))
    for f in fams:
        x -= f.weight
        if x <= 0:
            return f
    return fams[-1]


def _marked(rng: random.Random, grade: str, grounds: list[int]) -> tuple[str, list[int]]:
    """What the drafter marked: right ~90% of the time, wrong in both directions otherwise."""
    if rng.random() >= MARKED_WRONG:
        return grade, list(grounds)
    wrong = rng.choice([g for g in GRADES if g != grade])
    if wrong == "public":
        return wrong, []
    if wrong == "partial":
        return wrong, [6]
    return wrong, sorted(set(grounds) - {6}) or [rng.choice([5, 6])]


def make_record(seed: int, index: int, lang_mix: float = 0.1) -> dict:
    # (the seed's namespace keeps the generator's first home: the same seed gives the
    # same documents it always gave, those the shipped models were trained on)
    rng = random.Random(f"disclosure.synth:{seed}:{index}")
    lang = "en" if rng.random() < lang_mix else "ko"
    fam = _pick_family(rng, lang)
    for _ in range(20):
        c = Ctx(rng, lang, fam.area)
        c.layout = rng.choice(KO_LAYOUTS) if lang == "ko" else rng.choice(["en", "en", "en", "kv"])
        spec = fam.build(c)
        has = spec.body.has_entities() or (isinstance(spec.recipient, Ent) and c.layout == "gongmun")
        grounds = sorted(set(spec.grounds) | ({6} if has else set()))
        if spec.grade == "public":
            grounds = []
        marked_grade, marked_grounds = _marked(rng, spec.grade, grounds)
        doc = wrap(c, spec.title, spec.body, marked_text(c, marked_grade, marked_grounds, c.layout == "en"), spec.recipient)
        text, ents, tables = doc.assemble()
        if len(ents) <= MAX_SPANS:
            break
    rec = {
        "id": f"syn{seed}-{index:05d}", "lang": lang, "title": spec.title, "department": c.department,
        "doc_type": spec.doc_type, "doc_number": c.doc_number, "approved_at": c.approved_at,
        "drafter": c.drafter, "approver": c.approver, "approver_rank": c.approver_rank,
        "marked_grade": marked_grade, "marked_grounds": marked_grounds,
        "text": text, "entities": ents, "grade": spec.grade, "grounds": grounds,
        "family": fam.name, "tables": tables,
    }
    check(rec)
    return rec


def check(rec: dict) -> None:
    """The corpus contract; raises AssertionError with the record id."""
    text, ents, rid = rec["text"], rec["entities"], rec["id"]
    last = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert text[e["start"]:e["end"]] == e["text"], (rid, e)
        assert e["start"] >= last, (rid, "overlap", e)
        assert e["text"] == e["text"].strip() and e["text"], (rid, "untrimmed span", e)
        last = e["end"]
    assert rec["grade"] in GRADES, rid
    if rec["grade"] == "public":
        assert not ents and not rec["grounds"], (rid, "public document with spans or grounds")
    else:
        assert rec["grounds"], (rid, "restricted document without grounds")
        assert (6 in rec["grounds"]) == bool(ents), (rid, "ground 6 iff spans")


def generate(n: int, seed: int, lang_mix: float = 0.1) -> Iterator[dict]:
    """Yield ``n`` annotated documents in the guideline JSONL form (plus ``family`` and ``tables``)."""
    for i in range(n):
        yield make_record(seed, i, lang_mix)
