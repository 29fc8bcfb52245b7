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
from re import _constants as C
from re import _parser as P

from .regex_speed import first_chars, with_first_char_hint
from .validators import VALIDATORS


class RuleRecognizer(PatternRecognizer):
    """One ``kind: patterns`` rule: regexes, validators, boosters and context."""

    def __init__(self, rule: PatternRule, language: str = "ko"):
        self.rule = rule
        flags = re.MULTILINE | (re.IGNORECASE if "IGNORECASE" in rule.flags else 0)
        self._compiled = [(p, re.compile(with_first_char_hint(p.regex, flags), flags)) for p in rule.patterns]
        self._ctx_words = [w.lower() for w in rule.context.words] if rule.context else []
        self._not_within = [w.lower() for w in rule.context.not_within] if rule.context else []
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
_LATIN = re.compile(r"[A-Za-z]")
_HANGUL = re.compile(r"[가-힣]")


def _walk(seq):
    """Every (op, argument) of a parsed pattern, nested ones included."""
    for op, av in seq:
        yield op, av
        for a in (av if isinstance(av, (list, tuple)) else [av]):
            if isinstance(a, P.SubPattern):
                yield from _walk(a)
            elif isinstance(a, (list, tuple)):
                for x in a:
                    if isinstance(x, P.SubPattern):
                        yield from _walk(x)


def _numbered_backreference(pattern: str, flags: int) -> bool:
    """A back-reference by number (``\\2``), which would point elsewhere once the pattern
    sits among others; references by name (``(?P=sep)``) are renamed with their group."""
    refs = sum(1 for op, _ in _walk(P.parse(pattern, flags)) if op in (C.GROUPREF, C.GROUPREF_EXISTS))
    return refs > pattern.count("(?P=")


def required_char(pattern: str, flags: int = 0) -> str | None:
    """A character every match must contain (``@`` of an e-mail address), if the pattern
    has one outside any optional part: a text without it cannot match."""
    if flags & re.IGNORECASE:
        return None

    def first_literal(seq):
        for op, av in seq:
            if op is C.LITERAL:
                return chr(av)
            if op is C.SUBPATTERN:
                found = first_literal(av[3])
                if found:
                    return found
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
                found = first_literal(av[2])
                if found:
                    return found
        return None
    try:
        return first_literal(P.parse(pattern, flags))
    except (re.error, TypeError, IndexError):
        return None


def _renamed(src: str, prefix: str) -> str:
    """``src`` with every named group and reference to one renamed ``<name><prefix>``."""
    src = _NAMED_REF.sub(lambda m: f"(?P={m.group(1)}{prefix})", src)
    return _NAMED_GROUP.sub(lambda m: f"(?P<{m.group(1)}{prefix}>", src)


class PatternScan:
    """The pattern rules found in three passes over a document instead of one pass
    per pattern.

    Each rule regex scans the whole text, so two dozen patterns read a document two
    dozen times. Patterns whose first characters are known and few are put together by
    what they begin with (digits and signs: identifiers, phone numbers, dates; a few
    syllables: plates after a region name, accounts after a bank; Latin letters:
    passports, e-mail addresses). In each pass one scan with the union of the first
    characters and a look-ahead of the alternation finds every position where at least
    one pattern matches (not stopping inside a number or a word where every pattern that
    could start there forbids a digit or letter before it by its look-behind), and
    there one anchored match of all of them (each in a look-ahead of its own, so all
    are tried) tells which match and where their values are. Per pattern, a match is kept only from the end of its previous match on, which
    is what ``finditer`` does: the spans are exactly the same
    (``tests/masking/test_rules_schema.py`` compares them). Patterns that ignore case,
    whose first characters are unknown or that refer back to a group by number keep
    their own scan, skipped where the text lacks a character every match needs (``@``).
    """

    def __init__(self, recognizers):
        self.recognizers = list(recognizers)
        families: dict[str, list] = {}      # family -> [(recognizer index, pattern index, source, first chars)]
        self._own = []              # (recognizer index, pattern index, a required character)
        for ri, rec in enumerate(self.recognizers):
            for pi, (spec, rx) in enumerate(rec._compiled):
                chars = first_chars(spec.regex, rx.flags)
                if rx.flags & re.IGNORECASE or chars is None \
                        or _numbered_backreference(spec.regex, rx.flags):
                    self._own.append((ri, pi, required_char(spec.regex, rx.flags)))
                    continue
                # digits and signs in one pass, the patterns that may open with a syllable
                # (서울12가3456, 국민은행 ...) or a Latin letter in others, so that every
                # syllable or letter of the text does not stop the first pass
                family = "latin" if any(_LATIN.match(c) for c in chars) else "hangul" if any(_HANGUL.match(c) for c in chars) else "signs"
                families.setdefault(family, []).append((ri, pi, spec.regex, chars))
        self._passes = [_Pass(members) for _f, members in sorted(families.items(), reverse=True)]
        self._merged = [(ri, pi) for p in self._passes for ri, pi in p.members]

    def scan(self, text: str) -> list[list[list[tuple[int, int]]]]:
        """Per recognizer, per pattern: the value spans, as ``value_spans`` gives them."""
        out = [[[] for _ in rec._compiled] for rec in self.recognizers]
        for ri, pi, needed in self._own:
            if needed and needed not in text:
                continue
            _spec, rx = self.recognizers[ri]._compiled[pi]
            g = "value" if "value" in rx.groupindex else 0
            out[ri][pi] = [m.span(g) for m in rx.finditer(text)]
        for one in self._passes:
            one.scan(text, out)
        return out


# what a look-behind forbids (excluded_before) -> the class the locator checks for it
_WORD_BEFORE = {"digits": "[0-9]", "letters": "[0-9A-Za-z]"}


def excluded_before(pattern: str, flags: int = 0) -> str:
    r"""What the pattern's opening look-behind forbids before a match: ``"letters"``
    (ASCII letters and digits: ``(?<![\w.])``, ``(?<![A-Za-z0-9])``), ``"digits"``
    (``(?<![\d\-])``) or ``""``. A match cannot start right after such a character,
    so a scan need not stop there."""
    try:
        seq = P.parse(pattern, flags)
    except (re.error, TypeError, IndexError):
        return ""
    if not len(seq) or seq[0][0] is not C.ASSERT_NOT or seq[0][1][0] != -1:
        return ""
    inner = list(seq[0][1][1])
    if len(inner) != 1:
        return ""
    op, av = inner[0]
    items = av if op is C.IN else [(op, av)]
    digits = letters_upper = letters_lower = False
    for iop, iav in items:
        if iop is C.NEGATE:
            return ""
        if iop is C.CATEGORY and iav in (C.CATEGORY_DIGIT, C.CATEGORY_WORD):
            digits = True
            if iav is C.CATEGORY_WORD:
                letters_upper = letters_lower = True
        elif iop is C.RANGE:
            lo, hi = iav
            digits |= lo <= 48 and hi >= 57
            letters_upper |= lo <= 65 and hi >= 90
            letters_lower |= lo <= 97 and hi >= 122
    if digits and letters_upper and letters_lower:
        return "letters"
    return "digits" if digits else ""


def _digit_items(items) -> bool:
    """Every character of the class ``items`` is a digit (``\\d``, ``0-9``, ``3-6``, ``7``)."""
    for op, av in items:
        if op is C.LITERAL and 48 <= av <= 57 or op is C.RANGE and 48 <= av[0] and av[1] <= 57 \
                or op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            continue
        return False
    return bool(items)


def _leading_digits(seq) -> tuple[int, bool]:
    """(how many digits every match of ``seq`` begins with, whether that is all of it)."""
    n = 0
    for op, av in seq:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if op is C.LITERAL and 48 <= av <= 57 or op is C.IN and _digit_items(av):
            n += 1
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            k, whole = _leading_digits(sub)
            if not whole or not k:
                return n + (k if lo else 0), False
            n += lo * k
            if hi != lo:
                return n, False
            continue
        if op is C.SUBPATTERN and not (av[1] or av[2]):
            k, whole = _leading_digits(av[3])
            n += k
            if not whole:
                return n, False
            continue
        return n, False
    return n, True


def leading_digits(pattern: str, flags: int = 0) -> int:
    """How many digits every match of ``pattern`` begins with (``\\d{6}-...``: 6)."""
    try:
        return _leading_digits(P.parse(pattern, flags))[0]
    except (re.error, TypeError, IndexError):
        return 0


class _Pass:
    """One scan for several patterns (see :class:`PatternScan`)."""

    def __init__(self, members):
        self.members = [(ri, pi) for ri, pi, _src, _chars in members]
        # the locator stops where at least one pattern may start: at one of its first
        # characters, unless what comes before is forbidden by its look-behind (inside a
        # number, for most: ``(?<![\d\-])``); patterns that forbid the same are grouped
        by_before: dict[str, set] = {}
        for _ri, _pi, src, chars in members:
            by_before.setdefault(excluded_before(src, re.MULTILINE), set()).update(chars)
        where = "|".join(
            (f"(?<!{_WORD_BEFORE[before]})" if before else "") + "[" + "".join(sorted(chars)) + "]"
            for before, chars in sorted(by_before.items()))
        items = set().union(*(chars for *_, chars in members))
        # the locator keeps the groups (a reference needs its group), renamed apart
        # patterns that open with at least 4 (6) digits are tried behind one look-ahead for
        # them: most numbers in a document (list numbers, days, amounts) are shorter, and
        # each pattern tried costs about as much as the look-ahead
        tiers: dict[int, list[str]] = {0: [], 4: [], 6: []}
        for k, (_, _, src, _) in enumerate(members):
            run = leading_digits(src, re.MULTILINE)
            tiers[6 if run >= 6 else 4 if run >= 4 else 0].append(f"(?:{_renamed(src, f'_l{k}')})")
        alternation = "|".join(tiers[0])
        deep = "|".join(tiers[4] + ([r"(?=\d{6})(?:" + "|".join(tiers[6]) + ")"] if tiers[6] else []))
        if deep:
            alternation += ("|" if alternation else "") + r"(?=\d{4})(?:" + deep + ")"
        self.locator = re.compile("(?=[" + "".join(sorted(items)) + "])(?=" + where + ")(?=" + alternation + ")",
                                  re.MULTILINE)
        parts = []
        self.groups = []            # (whole-match group, value group or None) per pattern
        for k, (_ri, _pi, src, _chars) in enumerate(members):
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
