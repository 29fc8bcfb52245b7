"""Layer 1: find personal information in a document and mask it.

Presidio's ``AnalyzerEngine`` runs every recognizer (YAML pattern rules and the
role-aware code recognizers) over the normalised text with an offline NLP engine.
The results then go through the steps that need the whole document at once:
exemptions (officials, government contacts, corporate numbers), promotion of weak
candidates that sit in a row about a private person (home landlines, addresses),
propagation of a private name to its other mentions, the drafter's ``redact`` terms,
and a merge into sorted, non-overlapping detections.

The engine holds only read-only state after construction, so one instance can
serve many threads.
"""
from __future__ import annotations

import re
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

from disclosure.models import Detection, DocumentMeta

from .addresses import AddressRecognizer
from .artifacts import LayoutNlpEngine
from .exemptions import ExemptionRules
from .fields import FieldRecognizer
from .health import HealthRecognizer
from .loader import RuleSet, load_rules
from .masker import Masker, MaskResult
from .names import NameRules, PersonRecognizer
from .normalize import normalize
from .pattern_rules import RuleRecognizer
from .rows import MOBILE_SOURCES, RowReasoner

THRESHOLD = 0.5
PRIVATE_ROW_LABELS = {"PERSON", "KR_RRN", "KR_FRN", "BIRTH_DATE", "BANK_ACCOUNT", "HEALTH_INFO"}
LABEL_PRIORITY = ["KR_RRN", "KR_FRN", "CARD_NUMBER", "KR_DRIVER_LICENSE", "KR_PASSPORT", "BANK_ACCOUNT",
                  "PHONE", "EMAIL", "IP_ADDRESS", "VEHICLE_PLATE", "BIRTH_DATE", "ADDRESS",
                  "HEALTH_INFO", "PERSON", "REDACTED"]


class _NoContextEnhancer(ContextAwareEnhancer):
    """Context is handled inside each recognizer (character windows suit Korean)."""

    def __init__(self):
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


def _default_ner():
    """The shipped NER model as a recognizer (empty if the model directory is missing).

    ``DISCLOSURE_NO_NER=1`` switches it off (rules only), e.g. to compare the two.
    """
    import os

    if os.environ.get("DISCLOSURE_NO_NER"):
        return []
    from .ner import NerRecognizer, load_model
    nlp = load_model()
    return [NerRecognizer(nlp)] if nlp is not None else []


class _Cand:
    __slots__ = ("start", "end", "label", "score", "source", "reason")

    def __init__(self, start, end, label, score, source, reason):
        self.start, self.end, self.label = start, end, label
        self.score, self.source, self.reason = score, source, reason


class Layer1:
    def __init__(self, rules: RuleSet, extra_recognizers=()):
        self.rules = rules
        self.names = NameRules(rules.person)
        self.exempt = ExemptionRules(rules.exemptions)
        self.masker = Masker(rules.masking)
        registry = RecognizerRegistry(supported_languages=["ko"])
        for pf in rules.patterns:
            for rule in pf.recognizers:
                registry.add_recognizer(RuleRecognizer(rule))
        registry.add_recognizer(FieldRecognizer(rules.fields, self.names))
        registry.add_recognizer(PersonRecognizer(self.names))
        registry.add_recognizer(AddressRecognizer(rules.address))
        registry.add_recognizer(HealthRecognizer(rules.health, self.names))
        for rec in extra_recognizers:       # e.g. a trained NER model, later
            registry.add_recognizer(rec)
        # the NER recognizer tokenizes with its own pipeline; Presidio's tokens are unused
        self.nlp_engine = LayoutNlpEngine(tokenize=False)
        self.nlp_engine.load()
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=self.nlp_engine,
                                       supported_languages=["ko"], default_score_threshold=0.0,
                                       context_aware_enhancer=_NoContextEnhancer())
        self.rows = RowReasoner(rules.rows, self.names, rules.health.terms,
                                rules.fields.official_table_headers)
        self._subject_rx = re.compile("|".join(map(re.escape, rules.person.subject_document_words)))

    @classmethod
    def from_rules(cls, rules_dir: str | Path | None = None) -> "Layer1":
        if rules_dir is None:
            from rules import rules_dir as _default
            rules_dir = _default()
        return cls(load_rules(Path(rules_dir)), extra_recognizers=_default_ner())

    # ------------------------------------------------------------------------------
    def detect(self, text: str, meta: DocumentMeta | None = None) -> list[Detection]:
        meta = meta or DocumentMeta()
        norm = normalize(text)
        artifacts = self.nlp_engine.process_text(norm, "ko")
        results = self.analyzer.analyze(norm, language="ko", nlp_artifacts=artifacts)
        cands = []
        for r in results:
            md = r.recognition_metadata or {}
            cands.append(_Cand(r.start, r.end, r.entity_type, r.score,
                               md.get("source") or md.get("recognizer_name", "presidio"),
                               md.get("reason", "")))
        layout = artifacts.layout
        subject_doc = bool(self._subject_rx.search(meta.title or "") or self._subject_rx.search(norm[:400]))
        cands = self._exempt(norm, cands, meta, layout, subject_doc)
        cands = cands + self._exempt(norm, self._rows(norm, cands, meta, layout), meta, layout, subject_doc)
        cands = self._promote_private_rows(norm, cands, layout)
        cands = [c for c in cands if c.score >= THRESHOLD]
        cands += self._propagate_names(norm, cands, meta, subject_doc)
        cands += self._redact_terms(norm, meta)
        return self._merge(cands)

    def mask(self, text: str, dets: list[Detection]) -> MaskResult:
        return self.masker.mask(text, dets)

    # ------------------------------------------------------------------------------
    def _exempt(self, text, cands, meta, layout, subject_doc):
        ex = self.exempt
        officials = {n.strip() for n in meta.officials if n.strip()}
        out = []
        for c in cands:
            value = text[c.start:c.end]
            label = layout.label_of(c.start, c.end)
            why = None
            if c.label == "EMAIL":
                why = ex.email(value) or ex.official_email(text, c.start, value, label)
            elif c.label == "PHONE":
                if ex.office_phone(value):
                    why = "office line prefix"
                elif c.source == "KR_LANDLINE_PHONE" and c.score < THRESHOLD:
                    w = ex.official_line(text, c.start, label)
                    if w:
                        why = f"office line ('{w}')"
            elif c.label in ("KR_RRN", "KR_FRN"):
                why = ex.corporate_number(text, c.start, label)
            elif c.label == "BANK_ACCOUNT":
                why = ex.public_account(text, c.start, c.end)
            elif c.label == "IP_ADDRESS":
                why = ex.ip(value)
            elif c.label == "VEHICLE_PLATE":
                why = ex.plate(text, c.start, value)
            if why is None and c.label in ("PHONE", "BANK_ACCOUNT", "CARD_NUMBER") and layout.cell_at(c.start, c.end):
                why = ex.code_column(layout.cell_at(c.start, c.end).header)
            if c.label == "PERSON":
                core = value.strip()
                if core in officials and not subject_doc:
                    why = "drafter/approver of the document"
                elif self.names.official_context(text, c.start, c.end) and not subject_doc:
                    why = "named with an official rank/role"
                elif self.rows.official_row(text, layout, c.start, c.end) and not subject_doc:
                    why = "row marks the person as an official"
                elif c.score < THRESHOLD and subject_doc:
                    c.score, c.reason = 0.8, c.reason + "; document is about this official as a person"
            if why:
                continue
            out.append(c)
        return out

    def _rows(self, text, cands, meta, layout):
        strong = [c for c in cands if c.score >= THRESHOLD]

        def covered(s, e):
            return any(c.start < e and s < c.end for c in strong)

        def make(s, e, label, score, reason):
            return _Cand(s, e, label, score, "ROW_CONTEXT", reason)

        m = re.match(r"(19|20)\d{2}", meta.approved_at or "")
        year = int(m.group()) if m else None
        officials = {n.strip() for n in meta.officials if n.strip()}
        return self.rows.reason(text, layout, cands, make, covered, year, officials)

    def _row_span(self, text, layout, start, end):
        cell = layout.cell_at(start, end)
        if cell is not None and cell.table >= 0:
            row = layout.row_cells(cell)
            return row[0].start, row[-1].end
        ls = text.rfind("\n", 0, start) + 1
        le = text.find("\n", end)
        return ls, (len(text) if le < 0 else le)

    def _promote_private_rows(self, text, cands, layout):
        strong = [c for c in cands if c.score >= THRESHOLD and (
            c.label in PRIVATE_ROW_LABELS or c.source in MOBILE_SOURCES or c.label in ("EMAIL", "KR_PASSPORT"))]
        for c in cands:
            if c.score >= THRESHOLD:
                continue
            if c.source.startswith("ner:"):
                if not self._ner_shape_ok(text, c):
                    continue
            elif c.label not in ("ADDRESS", "PHONE"):
                continue
            rs, re_ = self._row_span(text, layout, c.start, c.end)
            hit = next((s for s in strong if rs <= s.start and s.end <= re_ and s is not c), None)
            if hit:
                c.score = 0.6
                c.reason += f"; in a row about a private person ({hit.label})"
        return cands

    _NER_DATE = re.compile(r"\d{2,4}\s?[.\-/년]\s?\d{1,2}|\d{6}|(?:19|20)\d{2}")

    def _ner_shape_ok(self, text, c) -> bool:
        """A model span must also look like its label (a name, a condition, a date ...)."""
        v = text[c.start:c.end].strip()
        if c.label == "PERSON":
            return self.rows.name_shaped(v) or self.rows.foreign_name_shaped(v)
        if c.label == "HEALTH_INFO":
            return self.rows._condition(v) or bool(re.search(r"[a-z]{4,}", v))
        if c.label == "BIRTH_DATE":
            return bool(self._NER_DATE.search(v))
        if c.label == "ADDRESS":
            return any(ch.isdigit() for ch in v)
        return False

    def _propagate_names(self, text, cands, meta, subject_doc):
        names = {text[c.start:c.end] for c in cands if c.label == "PERSON"}
        names = {n for n in names if len(n) >= 2 and "\n" not in n}
        if not names:
            return []
        taken = [(c.start, c.end) for c in cands]
        out = []
        for name in names:
            hangul = bool(re.match(r"[가-힣]", name))
            rx = re.compile(r"(?<![가-힣A-Za-z])" + re.escape(name) + (r"" if hangul else r"(?![A-Za-z])"))
            for m in rx.finditer(text):
                s, e = m.span()
                if any(a < e and s < b for a, b in taken):
                    continue
                if hangul:
                    rest = re.match(r"[가-힣]*", text[e:]).group()
                    if rest and not any(rest == p or rest.startswith(p) and len(rest) <= len(p) + 1
                                        for p in self.names.particles):
                        continue            # part of a longer word (하늘공원)
                if self.names.official_context(text, s, e) and not subject_doc:
                    continue
                out.append(_Cand(s, e, "PERSON", 0.75, "PERSON_PROPAGATION",
                                 "same name found as a private person elsewhere in the document"))
        return out

    def _redact_terms(self, text, meta):
        out = []
        for term in meta.redact:
            t = normalize(term.strip())
            if not t:
                continue
            for m in re.finditer(re.escape(t), text):
                out.append(_Cand(m.start(), m.end(), "REDACTED", 1.0, "META_REDACT",
                                 "term marked for masking by the drafter"))
        return out

    def _merge(self, cands) -> list[Detection]:
        prio = {l: i for i, l in enumerate(LABEL_PRIORITY)}
        cands = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
        merged: list[_Cand] = []
        for c in cands:
            if merged and c.start < merged[-1].end:
                m = merged[-1]
                # keep the union so nothing of either is published
                if (prio.get(c.label, 99), -c.score) < (prio.get(m.label, 99), -m.score) and \
                        (c.end - c.start) >= (m.end - m.start):
                    m.label, m.source, m.reason = c.label, c.source, c.reason
                m.end = max(m.end, c.end)
                m.score = max(m.score, c.score)
                continue
            merged.append(_Cand(c.start, c.end, c.label, c.score, c.source, c.reason))
        return [Detection(c.start, c.end, c.label, round(c.score, 3), c.source, c.reason) for c in merged]
