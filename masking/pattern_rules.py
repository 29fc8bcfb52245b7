"""Presidio pattern recognizers built from the YAML rules in ``rules/recognizers``.

Presidio's own context enhancer matches whole lemmas, which fails on Korean where
the label is glued to punctuation and particles (``연락처:010-...``, ``주민등록번호|``).
These recognizers look for context words as substrings in a character window before
(and optionally after) the value, and in the table header / row key of the cell the
value sits in, and record which rule matched and why.
"""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from .results import make_result
from .schema import PatternRule
from .validators import VALIDATORS


class RuleRecognizer(EntityRecognizer):
    """One ``kind: patterns`` rule: regexes, validators, boosters and context.

    It matches with its own compiled regexes (one pass for all rules: :class:`PatternScan`),
    so it is a plain Presidio recognizer rather than a ``PatternRecognizer``, whose
    ``Pattern`` objects would compile every regex a second time with the ``regex`` module
    only to validate it (0.4 s of every start, for patterns never matched through them)."""

    def __init__(self, rule: PatternRule, language: str = "ko"):
        self.rule = rule
        flags = re.MULTILINE | (re.IGNORECASE if "IGNORECASE" in rule.flags else 0)
        self._compiled = [(p, re.compile(p.regex, flags)) for p in rule.patterns]
        self._ctx_words = [w.lower() for w in rule.context.words] if rule.context else []
        self._not_within = [w.lower() for w in rule.context.not_within] if rule.context else []
        super().__init__(
            supported_entities=[rule.entity],
            name=rule.name,
            supported_language=language,
            context=list(rule.context.words) if rule.context else None,
        )

    def load(self) -> None:
        pass

    def _context_hit(self, text: str, start: int, end: int, layout) -> str | None:
        ctx = self.rule.context
        if ctx is None:
            return None
        before = text[max(0, start - ctx.before):start]
        after = text[end:end + ctx.after]
        if ctx.same_line:
            before = before.rsplit("\n", 1)[-1] if "\n" in before else before
            after = after.split("\n", 1)[0]
        window = self._without_longer_words((before + " " + after).lower())
        for w in self._ctx_words:
            if w in window:
                return w
        if ctx.header and layout is not None:
            label = self._without_longer_words(layout.label_of(start, end).lower())
            for w in self._ctx_words:
                if label and w in label:
                    return w
        return None

    def _without_longer_words(self, window: str) -> str:
        for w in self._not_within:
            window = window.replace(w, " ")
        return window

    def value_spans(self, text: str) -> list[list[tuple[int, int]]]:
        """For each pattern, the (start, end) of its value in every match, as
        ``finditer`` finds them (what :class:`PatternScan` gives in one pass)."""
        out = []
        for _spec, rx in self._compiled:
            g = "value" if "value" in rx.groupindex else 0
            out.append([m.span(g) for m in rx.finditer(text)])
        return out

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return self.analyze_spans(text, self.value_spans(text), getattr(nlp_artifacts, "layout", None))

    def analyze_spans(self, text, spans_per_pattern, layout=None):
        """The results for the value spans each pattern matched (``value_spans``)."""
        results = []
        seen = set()
        rule = self.rule
        for (spec, _rx), spans in zip(self._compiled, spans_per_pattern):
            for s, e in spans:
                if s == e or (s, e) in seen:
                    continue
                value = text[s:e]
                if not all(VALIDATORS[v](value) for v in rule.validators):
                    continue
                score = spec.score
                why = [f"pattern {spec.name}"]
                for v, delta in rule.boosters.items():
                    if VALIDATORS[v](value):
                        score += delta
                        why.append(f"{v} ok")
                hit = self._context_hit(text, s, e, layout)
                if hit:
                    score += rule.context.boost
                    why.append(f"context '{hit}'")
                elif rule.requires_context:
                    continue
                if score < rule.min_score and not hit and rule.entity != "PHONE":
                    # weak matches are kept only for rules whose engine step may raise them
                    continue
                seen.add((s, e))
                entity = spec.entity or rule.entity
                results.append(make_result(entity, s, e, score, rule.name, ", ".join(why)))
        return results


_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")
_NAMED_REF = re.compile(r"\(\?P=(\w+)\)")
_LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_HANGUL_SYLLABLES = "".join(map(chr, range(ord("가"), ord("힣") + 1)))


def _renamed(src: str, prefix: str) -> str:
    """``src`` with every named group and reference to one renamed ``<name><prefix>``."""
    src = _NAMED_REF.sub(lambda m: f"(?P={m.group(1)}{prefix})", src)
    return _NAMED_GROUP.sub(lambda m: f"(?P<{m.group(1)}{prefix}>", src)


def _family(starts_with: str) -> str:
    """Which pass a pattern that begins with one of ``starts_with`` goes in: Latin
    letters, Hangul syllables or digits and signs."""
    cls = re.compile(starts_with)
    if cls.search(_LATIN_LETTERS):
        return "latin"
    if cls.search(_HANGUL_SYLLABLES):
        return "hangul"
    return "signs"


class PatternScan:
    """The pattern rules found in three passes over a document instead of one pass
    per pattern.

    Each rule regex scans the whole text, so two dozen patterns read a document two
    dozen times. Patterns whose rule file says which characters a match begins with
    (``starts_with``) are put together by what they begin with (digits and signs:
    identifiers, phone numbers, dates; a few syllables: plates after a region name,
    accounts after a bank; Latin letters: passports, e-mail addresses). In each pass one
    scan with the union of their first characters and a look-ahead of the alternation
    finds every position where at least one pattern matches, and there one anchored
    match of all of them (each in a look-ahead of its own, so all are tried) tells which
    match and where their values are. Per pattern, a match is kept only from the end of
    its previous match on, which is what ``finditer`` does: the spans are exactly the
    same (``tests/masking/test_rules_schema.py`` compares them, on the dev corpus too,
    which also checks the shipped ``starts_with``). Patterns that ignore case or have no
    ``starts_with`` keep their own scan.
    """

    def __init__(self, recognizers):
        self.recognizers = list(recognizers)
        families: dict[str, list] = {}      # family -> [(recognizer index, pattern index, source, first chars)]
        self._own = []              # (recognizer index, pattern index)
        for ri, rec in enumerate(self.recognizers):
            for pi, (spec, rx) in enumerate(rec._compiled):
                if rx.flags & re.IGNORECASE or spec.starts_with is None:
                    self._own.append((ri, pi))
                    continue
                # digits and signs in one pass, the patterns that may open with a syllable
                # (서울12가3456, 국민은행 ...) or a Latin letter in others, so that every
                # syllable or letter of the text does not stop the first pass
                families.setdefault(_family(spec.starts_with), []).append((ri, pi, spec.regex, spec.starts_with))
        self._passes = [_Pass(members) for _f, members in sorted(families.items(), reverse=True)]
        self._merged = [(ri, pi) for p in self._passes for ri, pi in p.members]

    def starts_with_problems(self, texts) -> list[str]:
        """Where a pattern's ``starts_with`` leaves out the first character of one of its
        own matches in ``texts`` (each pattern run alone): the merged scan would lose that
        match. ``disclosure rules check`` runs it on the bundled samples, the tests on the
        dev corpus; one line per pattern, in Korean first."""
        problems = []
        for rec in self.recognizers:
            for spec, rx in rec._compiled:
                if spec.starts_with is None:
                    continue
                first = re.compile(spec.starts_with)
                missed = sorted({text[m.start()] for text in texts for m in rx.finditer(text)
                                 if m.end() > m.start() and not first.match(text[m.start()])})
                if missed:
                    problems.append(f"{rec.rule.name}/{spec.name}: starts_with {spec.starts_with}에 없는 "
                                    f"글자로 시작하는 일치가 있습니다 ({', '.join(map(repr, missed))}); 이 글자를 "
                                    f"넣으십시오 (matches begin with characters starts_with leaves out)")
        return problems

    def scan(self, text: str) -> list[list[list[tuple[int, int]]]]:
        """Per recognizer, per pattern: the value spans, as ``value_spans`` gives them."""
        out = [[[] for _ in rec._compiled] for rec in self.recognizers]
        for ri, pi in self._own:
            _spec, rx = self.recognizers[ri]._compiled[pi]
            g = "value" if "value" in rx.groupindex else 0
            out[ri][pi] = [m.span(g) for m in rx.finditer(text)]
        for one in self._passes:
            one.scan(text, out)
        return out


class _Pass:
    """One scan for several patterns (see :class:`PatternScan`)."""

    def __init__(self, members):
        self.members = [(ri, pi) for ri, pi, _src, _starts in members]
        # the locator stops where at least one pattern may start: at one of their first
        # characters (the classes are written so that they join into one, see schema.py),
        # where the alternation of the patterns matches; it keeps the groups (a reference
        # needs its group), renamed apart
        first = "[" + "".join(sorted({starts[1:-1] for *_, starts in members})) + "]"
        alternation = "|".join(f"(?:{_renamed(src, f'_l{k}')})" for k, (_, _, src, _) in enumerate(members))
        self.locator = re.compile(f"(?={first})(?={alternation})", re.MULTILINE)
        parts = []
        self.groups = []            # (whole-match group, value group or None) per pattern
        for k, (_ri, _pi, src, _starts) in enumerate(members):
            parts.append(f"(?=(?P<m_{k}>{_renamed(src, f'_{k}')}))?")
            self.groups.append((f"m_{k}", f"value_{k}" if "(?P<value>" in src else None))
        self.union = re.compile("".join(parts), re.MULTILINE)

    def scan(self, text: str, out) -> None:
        last = [0] * len(self.members)
        union, groups, members = self.union, self.groups, self.members
        for loc in self.locator.finditer(text):
            p = loc.start()
            m = union.match(text, p)
            for k, (whole, value) in enumerate(groups):
                end = m.end(whole)
                if end < 0 or p < last[k]:
                    continue
                last[k] = end if end > p else p + 1
                ri, pi = members[k]
                out[ri][pi].append(m.span(value) if value else (p, end))
