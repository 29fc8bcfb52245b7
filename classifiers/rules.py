"""Phrase rules of ``rules/classification.yaml``, applied to one document.

The rules say *why* a document should be withheld, in the words an official would use,
and every verdict carries the phrases that produced it. They are deliberately simple
(substring matching after normalisation) so that an official can predict what a new
phrase will do; the statistical model in :mod:`classifiers.model` covers wording the
rules do not list, and disagreement between the two sends the document to a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from classifiers.schema import ClassificationRules

_SPACE = re.compile(r"\s+")
#: a phrase this short (을지, 혐의, 내사) matches only as written, without whitespace
#: inside: with whitespace ignored it would match across words (훈련을 지원 → 을지,
#: 관내 사업 → 내사)
SHORT_PHRASE = 2


def _norm(s: str) -> str:
    """Lower-case and drop whitespace, so 열람 제한 / 열람제한 / 열람\\n제한 all match."""
    return _SPACE.sub("", s).lower()


def strip_marking(text: str, ignore_lines: list[str]) -> str:
    """Remove lines carrying the drafter's 공개여부 marking.

    The marking is wrong often enough (and in both directions) that it must not be
    evidence for the content: it is compared with the result in the decision table.
    A line is dropped only from the marker onwards, so a footer line that also holds
    the phone number and address keeps its other content.
    """
    out = []
    for line in text.splitlines():
        cut = len(line)
        low = line.lower()
        for marker in ignore_lines:
            i = low.find(marker.lower())
            if i != -1:
                cut = min(cut, i)
        out.append(line[:cut])
    return "\n".join(out)


@dataclass
class GroundHit:
    ground: int
    topic: list[str]
    requires: list[str]
    fired: bool
    alone_nonpublic: bool


@dataclass
class RuleResult:
    """What the phrase rules found. ``verdict`` is nonpublic / partial / none."""

    verdict: str
    grounds: list[int]                      # substantive grounds that fired (6 only for a whole-person file)
    hits: dict[int, GroundHit] = field(default_factory=dict)
    withhold: list[str] = field(default_factory=list)
    mask: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    type_grounds: list[int] = field(default_factory=list)   # nonpublic by document type
    cited_items: int = 0          # distinct Art. 9(1) items the text cites as (제N호)
    articles: int = 0             # lines that open with an article number (제N조)

    @property
    def statute(self) -> bool:
        """Written in articles like a constitution, a law, a bill or an ordinance."""
        return self.articles >= STATUTE_ARTICLES

    @property
    def about_the_grounds(self) -> bool:
        """The text goes through the grounds themselves (four or more items cited as
        제N호): a guide to the disclosure law or the law, not a document withholding."""
        return self.cited_items >= CITED_ITEMS_GUIDE

    @property
    def subject_words_only(self) -> bool:
        """Nonpublic only because enough subject phrases of a ground occur (a page that
        lists 통합방위, 비상대비, 국가정보원, or a guide that names 피의자 and 영업비밀),
        without the document's own withholding language or a nonpublic document type."""
        return self.verdict == "nonpublic" and not self.withhold and not self.type_grounds

    @property
    def strength(self) -> str:
        """strong: fired ground and the document's own withholding argument (or a ground
        that is nonpublic by itself); weak: only one of the two; none: neither."""
        if self.verdict == "nonpublic":
            return "strong"
        if self.grounds or self.withhold:
            return "weak"
        return "none"


#: an item of Art. 9(1) cited by number: (제3호), 제9조제1항제5호
_CITED_ITEM = re.compile(r"제\s?([1-8])\s?호")
CITED_ITEMS_GUIDE = 4


#: an article of a statute at the head of a line: 제12조, 제63조(휴직), 제4조의2
_ARTICLE = re.compile(r"^[ \t]*제\s?\d+\s?조(?:의\s?\d+)?(?=[\s(（①]|$)", re.MULTILINE)
#: this many articles make a text a statute, a bill or a set of regulations
STATUTE_ARTICLES = 5


def statute_articles(text: str) -> int:
    """How many lines open with an article number (제N조): a constitution, a law, a
    bill or an ordinance is written in articles, a document about a matter is not."""
    return len(_ARTICLE.findall(text or ""))


class RuleEngine:
    def __init__(self, rules: ClassificationRules):
        self.rules = rules
        self._withhold = [self._pair(p) for p in rules.withhold]
        self._mask = [self._pair(p) for p in rules.mask]
        self._grounds = {
            g: ([self._pair(p) for p in r.topic], [self._pair(p) for p in r.requires], r)
            for g, r in sorted(rules.grounds.items())
        }

    @staticmethod
    def _pair(phrase: str) -> tuple[str, str, bool]:
        """(phrase, its normalised form, whether it is short and must match as written)."""
        n = _norm(phrase)
        return phrase, n, len(n) <= SHORT_PHRASE

    def prepare(self, text: str) -> str:
        return strip_marking(text or "", self.rules.ignore_lines)

    def evaluate(self, text: str, doc_type: str = "") -> RuleResult:
        prepared = self.prepare(text)
        body = _norm(prepared)
        written = prepared.lower()
        dtype = _norm(doc_type or "")
        found = lambda pairs: [p for p, n, short in pairs if n and n in (written if short else body)]  # noqa: E731

        withhold = found(self._withhold)
        mask = found(self._mask)
        hits: dict[int, GroundHit] = {}
        for g, (topic, requires, rule) in self._grounds.items():
            t = found(topic)
            if any(_norm(d) and _norm(d) in dtype for d in rule.doc_types):
                t = t + [f"문서유형 {doc_type}"]
            req = found(requires)
            fired = len(t) >= rule.min_hits and (not rule.requires or bool(req))
            alone = fired and rule.nonpublic_on_hits is not None and len(t) >= rule.nonpublic_on_hits
            hits[g] = GroundHit(g, t, req, fired, alone)

        fired = [g for g, h in hits.items() if h.fired]
        reasons = []
        for g in fired:
            h = hits[g]
            extra = f"; still open: {', '.join(h.requires[:2])}" if h.requires else ""
            reasons.append(f"rule item {g}: {', '.join(repr(p) for p in h.topic[:4])}{extra}")
        if withhold:
            reasons.append("rule withhold language: " + ", ".join(repr(p) for p in withhold[:3]))
        if mask:
            reasons.append("rule partial-masking language: " + ", ".join(repr(p) for p in mask[:3]))

        articles = statute_articles(text)
        if articles >= STATUTE_ARTICLES and fired:
            # a constitution or a law names 피의자, 압수 and 외교 사절 because it rules on
            # them for everyone: words of the law, not a matter this document withholds
            reasons.append(f"the text is written in articles ({articles} lines open with 제N조), like a law "
                           "or a bill: its subject words are words of the law, not grounds of this document")
            fired, withhold, mask = [], [], []
        type_grounds = self.type_grounds(doc_type)
        if type_grounds:
            reasons.append(f"rule document type '{doc_type}' is nonpublic by its nature: "
                           + ", ".join(f"item {g}" for g in type_grounds))
            fired = sorted(set(fired) | set(type_grounds))
        if type_grounds or (fired and (withhold or any(hits[g].alone_nonpublic for g in fired))):
            verdict = "nonpublic"
        elif fired and mask:
            verdict = "partial"
        else:
            verdict = "none"
        cited = len(set(_CITED_ITEM.findall(text or "")))
        if cited >= CITED_ITEMS_GUIDE:
            reasons.append(f"the text cites {cited} items of Art. 9(1) itself: a guide to the grounds")
        return RuleResult(verdict, fired, hits, withhold, mask, reasons, type_grounds, cited, articles)

    def type_grounds(self, doc_type: str) -> list[int]:
        """Grounds of the first ``nonpublic_doc_types`` entry that names this type."""
        dtype = _norm(doc_type or "")
        if not dtype:
            return []
        for name, grounds in self.rules.nonpublic_doc_types.items():
            if _norm(name) == dtype:
                return sorted(set(grounds))
        return []
