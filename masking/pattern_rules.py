"""Presidio pattern recognizers built from the YAML rules in ``rules/recognizers``.

Presidio's own context enhancer matches whole lemmas, which fails on Korean where
the label is glued to punctuation and particles (``연락처:010-...``, ``주민등록번호|``).
These recognizers look for context words as substrings in a character window before
(and optionally after) the value, and in the table header / row key of the cell the
value sits in, and record which rule matched and why.
"""
from __future__ import annotations

import re

from presidio_analyzer import PatternRecognizer, Pattern

from .results import make_result
from .schema import PatternRule
from .regex_speed import with_first_char_hint
from .validators import VALIDATORS


class RuleRecognizer(PatternRecognizer):
    """One ``kind: patterns`` rule: regexes, validators, boosters and context."""

    def __init__(self, rule: PatternRule, language: str = "ko"):
        self.rule = rule
        flags = re.MULTILINE | (re.IGNORECASE if "IGNORECASE" in rule.flags else 0)
        self._compiled = [(p, re.compile(with_first_char_hint(p.regex, flags), flags)) for p in rule.patterns]
        self._ctx_words = [w.lower() for w in rule.context.words] if rule.context else []
        super().__init__(
            supported_entity=rule.entity,
            name=rule.name,
            supported_language=language,
            patterns=[Pattern(p.name, p.regex, p.score) for p in rule.patterns],
            context=list(rule.context.words) if rule.context else None,
        )

    def _context_hit(self, text: str, start: int, end: int, layout) -> str | None:
        ctx = self.rule.context
        if ctx is None:
            return None
        before = text[max(0, start - ctx.before):start]
        after = text[end:end + ctx.after]
        if ctx.same_line:
            before = before.rsplit("\n", 1)[-1] if "\n" in before else before
            after = after.split("\n", 1)[0]
        window = (before + " " + after).lower()
        for w in self._ctx_words:
            if w in window:
                return w
        if ctx.header and layout is not None:
            label = layout.label_of(start, end).lower()
            for w in self._ctx_words:
                if label and w in label:
                    return w
        return None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        layout = getattr(nlp_artifacts, "layout", None)
        results = []
        seen = set()
        for spec, rx in self._compiled:
            for m in rx.finditer(text):
                g = "value" if "value" in rx.groupindex else 0
                s, e = m.span(g)
                if s == e or (s, e) in seen:
                    continue
                value = text[s:e]
                if not all(VALIDATORS[v](value) for v in self.rule.validators):
                    continue
                score = spec.score
                why = [f"pattern {spec.name}"]
                for v, delta in self.rule.boosters.items():
                    if VALIDATORS[v](value):
                        score += delta
                        why.append(f"{v} ok")
                hit = self._context_hit(text, s, e, layout)
                if hit:
                    score += self.rule.context.boost
                    why.append(f"context '{hit}'")
                elif self.rule.requires_context:
                    continue
                if score < self.rule.min_score and not hit and self.rule.entity != "PHONE":
                    # weak matches are kept only for rules whose engine step may raise them
                    continue
                seen.add((s, e))
                entity = spec.entity or self.rule.entity
                results.append(make_result(entity, s, e, score, self.rule.name, ", ".join(why)))
        return results
