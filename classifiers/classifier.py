"""Layer 2: the document's grade and grounds, from phrase rules and the text model.

Combination (all in :func:`combine`, so it can be tested without a model):

* rules *strong* (a ground fired with the document's own withholding argument, or a
  ground that is nonpublic by itself) → nonpublic, whatever the model says; if the model
  disagrees the calibrated confidence is low and the decision table sends it to review.
* rules *weak* or *none* → nonpublic when the model says so, else releasable.
* releasable → ``partial`` when layer 1 found personal information or the rules found an
  exempt part to mask, else ``public``.
* confidence is looked up in the calibration table built at training time on held-out
  generated documents, keyed by rule strength, model verdict and model score bin.

Everything that contributed is written into ``reasons``.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from classifiers.model import GROUND_LABELS, TextModel
from classifiers.rules import RuleEngine, RuleResult
from classifiers.schema import load_rules
from domain.types import Classification, Detection, DocumentMeta

BINS = (0.0, 0.05, 0.2, 0.5, 0.8, 0.95, 1.0001)
NP_THRESHOLD = 0.5
GROUND_THRESHOLD = 0.5
#: P(nonpublic) from which a releasable grade is capped at 1 - P when the rules found a
#: ground without the document's own withholding language (strength "weak")
BORDERLINE_WEAK = 0.2
#: a nonpublic grade of a text written in articles is never surer than this (below the
#: policy's withholding confidence: it goes to a person)
STATUTE_MAX_CONFIDENCE = 0.5
_DATE = re.compile(r"(20\d\d)\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})")


def score_bin(p: float) -> int:
    for i in range(len(BINS) - 1):
        if BINS[i] <= p < BINS[i + 1]:
            return i
    return len(BINS) - 2


def calibration_key(strength: str, model_np: bool, p: float) -> str:
    return f"{strength}|{'np' if model_np else 'rel'}|{score_bin(p)}"


def p_nonpublic_cell(calibration: dict, key: str) -> float | None:
    """Smoothed share of nonpublic documents in the cell, falling back to the coarser
    cell; None when the table has never seen either (the caller then fails closed)."""
    cells = calibration.get("cells", {})
    prior = float(calibration.get("prior_strength", 4))
    for k in (key, key.rsplit("|", 1)[0]):
        if k in cells:
            n_np, n = cells[k]
            return (n_np + 0.5 * prior) / (n + prior)
    return None


def parse_date(s: str) -> date | None:
    m = _DATE.search(s or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def stated_decision_date(text: str, phrases: list[str], approved_at: str) -> str:
    """The latest date on a line that announces the decision, after approval."""
    start = parse_date(approved_at)
    best: date | None = None
    low = [p.lower() for p in phrases]
    for line in text.splitlines():
        ll = line.lower()
        if not any(p in ll for p in low):
            continue
        for m in _DATE.finditer(line):
            d = parse_date(m.group(0))
            if d and (start is None or d > start) and (best is None or d > best):
                best = d
    return best.isoformat() if best else ""


def _grounds_text(grounds: list[int]) -> str:
    return ", ".join(f"item {g}" for g in grounds)


def combine(rr: RuleResult, scores: dict[str, float], detections: list[Detection],
            calibration: dict) -> tuple[str, list[int], float, list[str]]:
    """Grade, grounds, confidence and reasons from the rules' and the model's views."""
    p = float(scores.get("NONPUBLIC", 1.0))      # a missing score counts against release
    model_np = p >= NP_THRESHOLD
    strength = rr.strength
    reasons = list(rr.reasons)
    reasons.append(f"model P(nonpublic)={p:.2f}")
    model_grounds = sorted(g for g, lab in GROUND_LABELS.items() if scores.get(lab, 0.0) >= GROUND_THRESHOLD)
    if model_grounds:
        reasons.append("model grounds: " + ", ".join(f"item {g} ({scores[GROUND_LABELS[g]]:.2f})" for g in model_grounds))

    has_pi = bool(detections)
    cell = p_nonpublic_cell(calibration, calibration_key(strength, model_np, p))
    if cell is None:
        cell = 1.0 if (strength == "strong" or model_np) else 0.5
        reasons.append("no calibration for this combination: treated as uncertain")
    # Nonpublic when the rules are strong, or when the model says so in a combination
    # that held-out calibration found to be mostly nonpublic. A model-only nonpublic call
    # that calibration distrusts becomes a releasable grade whose confidence can never
    # exceed the model's own P(releasable), so it still goes to a person.
    nonpublic = strength == "strong" or (model_np and cell >= 0.5)
    if nonpublic:
        grade = "nonpublic"
        conf = cell
        if strength == "strong" and (rr.subject_words_only or rr.about_the_grounds) and not model_np:
            # words alone never withhold a document: it stays nonpublic (never released)
            # but no surer than the model's P(nonpublic), so a person decides
            conf = min(conf, p)
            reasons.append("only subject words of a ground (or a text about the grounds themselves), "
                           "and the model says releasable: a person decides")
        if rr.statute and not rr.type_grounds:
            # the model has learned documents about matters, not laws: a text written in
            # articles that it calls nonpublic goes to a person, never withheld by it
            conf = min(conf, STATUTE_MAX_CONFIDENCE)
            reasons.append("a text written in articles (a law or a bill) that the model calls nonpublic: "
                           "a person decides")
        grounds = set(rr.grounds) | set(model_grounds) | ({6} if has_pi else set())
        if not grounds:
            best = max(GROUND_LABELS, key=lambda g: scores.get(GROUND_LABELS[g], 0.0))
            if scores.get(GROUND_LABELS[best], 0.0) >= 0.2:
                grounds = {best}
                reasons.append(f"ground from the model's best guess: item {best}")
    else:
        # An exempt part is only assumed when the document itself says it is masked;
        # a fired ground without such language is left to the model and the reasons.
        partial_grounds = set(rr.grounds) if rr.verdict == "partial" else set()
        grade = "partial" if (has_pi or partial_grounds) else "public"
        grounds = partial_grounds | ({6} if has_pi else set())
        # A release is never surer than the model's own P(releasable) when the model
        # says nonpublic, or when the rules found a ground and the model is not sure
        # (a cell that was all releasable in calibration does not vouch for that).
        conf = 1.0 - cell
        if model_np or (strength == "weak" and p >= BORDERLINE_WEAK):
            conf = min(conf, 1.0 - p)
        if has_pi:
            reasons.append(f"layer 1 found {len(detections)} personal-information span(s): masked, ground 6")
        if partial_grounds:
            reasons.append("the document masks an exempt part: " + _grounds_text(sorted(partial_grounds)))

    if strength == "strong" and not model_np:
        reasons.append("DISAGREEMENT: rules say nonpublic, model says releasable")
    elif strength != "strong" and model_np:
        reasons.append("DISAGREEMENT: model says nonpublic, rules do not"
                       + ("" if nonpublic else " (calibration distrusts the model here)"))
    elif strength == "weak":
        reasons.append("rules are inconclusive (subject or withholding language alone); model says releasable")
    else:
        reasons.append("rules and model agree")
    conf = min(1.0, max(0.0, conf))
    reasons.append(f"calibrated confidence {conf:.2f}")
    return grade, sorted(grounds), conf, reasons


class Layer2Classifier:
    """Loaded once per process; :meth:`classify` is pure apart from the model call."""

    def __init__(self, rules_dir: Path, model: TextModel):
        self.rules = load_rules(rules_dir)
        self.engine = RuleEngine(self.rules)
        self.model = model

    def classify(self, text: str, meta: DocumentMeta, detections: list[Detection]) -> Classification:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        meta = meta if meta is not None else DocumentMeta()
        detections = list(detections or [])
        rr = self.engine.evaluate(text, meta.doc_type)
        scores = self.model.scores(self.engine.prepare(text))
        grade, grounds, conf, reasons = combine(rr, scores, detections, self.model.calibration)
        release = ""
        if grade == "nonpublic" and set(grounds) - {6} == {5}:
            release = stated_decision_date(self.engine.prepare(text), self.rules.decision_date, meta.approved_at)
            reasons.append(f"item 5 only: decision expected {release}" if release else "item 5 only: no decision date stated")
        return Classification(grade=grade, grounds=grounds, confidence=round(conf, 4), reasons=reasons,
                              release_date=release, model=self.model.name)
