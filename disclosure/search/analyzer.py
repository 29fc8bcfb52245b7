"""Korean-aware analysis for the search index, built on Kiwi (kiwipiepy).

Why morphology: Korean glues particles and endings onto words (홍길동은, 도로를) and
writes compounds without spaces (청년일자리), so whitespace tokens never match the
bare word a citizen types. Kiwi splits 홍길동은 → 홍길동 + 은 and 청년일자리 →
청년 + 일자리; we keep only content morphemes, so document and query meet on 홍길동,
도로, 청년, 일자리.

Why an n-gram fallback: Kiwi's segmentation of nouns written together depends on
its dictionary and on context. It splits the same compound differently in different
sentences (보도블록 vs 보도 + 블록), guesses unknown words as one opaque noun, or
chops them into syllables (박서준 → 박/서/준). So every run of nouns written together
that is 3+ syllables long is also indexed as the joined run and its syllable
bigrams, and a query matches a run by "its morphemes OR the joined run OR all of
its bigrams" (see `query_groups`), whichever way either side was segmented.

Why one core function (`analyze`): indexing and querying must produce the same
terms. The Whoosh tokenizer and the query builder both call it, so they cannot drift.

Why `PreAnalyzed`: Kiwi costs ~10 ms per KB of text. Bulk indexing analyses a whole
batch at once on Kiwi's own worker threads and hands the result to Whoosh inside a
`str` subclass, so Whoosh never re-runs Kiwi for the postings or the term vectors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from whoosh.analysis import STOP_WORDS, Token, Tokenizer
from whoosh.lang.porter import stem as _porter_stem

from masking import morphology

# Content morphemes worth indexing. Particles (J*), endings (E*), affixes (X[SP]*),
# dependent nouns (NNB), adverbs and punctuation carry no topic.
_NOUNS = {"NNG", "NNP"}
_KEEP = _NOUNS | {"VV", "VA", "XR", "SL", "SH", "SN",
                  "W_URL", "W_EMAIL", "W_HASHTAG", "W_SERIAL"}
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_EN_STOP = STOP_WORDS | frozenset(
    "was were been being has had do does did its our their they he she his her which "
    "who whom what there these those but than then so such into about also all any "
    "each other over under per via".split())

# Bump when anything that changes the terms changes (Kiwi options, tag sets, the run
# and bigram rules): an index built with another version must be rebuilt, because
# its documents were cut into different terms than new queries would be.
ANALYZER_VERSION = 1
# The multi-word dictionary costs ~190 MB per process (510 → 320 MB measured) and the
# typo dictionary is only used with typo correction, which we do not enable. Every
# web worker loads Kiwi for its queries, so the memory matters more than the few
# multi-word expressions; the bigram runs cover compounds either way.


def kiwi():
    """The process-wide Kiwi instance, shared with layer 1 (:mod:`masking.morphology`).

    Kept at module level, not on the tokenizer, because Whoosh pickles the schema —
    and with it the analyzer — into the index's table of contents.
    """
    return morphology.kiwi()


@dataclass(frozen=True)
class Term:
    """One index term. `group` ties alternatives for the same span together; `kind`
    is "m" (morpheme), "p" (single-syllable morpheme), "w" (a run of nouns written
    together, joined) or "g" (a syllable bigram of such a run)."""

    text: str
    start: int
    end: int
    group: int
    kind: str


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    return _porter_stem(word)


def _bigrams(word: str) -> list[str]:
    return [word[i:i + 2] for i in range(len(word) - 1)]


def _latin_spans(text: str):
    """Latin words as fixed SL tokens for Kiwi, which otherwise mis-splits some
    (repaired. → repai + red.) and lets the mistake spill into the Korean after it."""
    return [(m.start(), m.end(), "SL") for m in _LATIN_WORD.finditer(text)]


def _is_hangul_noun(t) -> bool:
    return t.tag in _NOUNS and bool(_HANGUL.match(t.form))


def terms_from_tokens(tokens: Sequence) -> list[Term]:
    """Turn Kiwi tokens into index terms.

    A run of Hangul nouns written together (청년일자리, 보도블록, an unknown 박서준
    chopped into 박/서/준) becomes one group: its morphemes ("m", or "p" for single
    syllables), and when the run is 3+ syllables also the joined run ("w") and its
    bigrams ("g"). Kiwi splits compounds differently in different contexts
    (보도블록 vs 보도 + 블록); the bigrams let either spelling find the other.
    """
    out: list[Term] = []
    group = 0
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        tag = t.tag.split("-")[0]
        if tag not in _KEEP:
            i += 1
            continue
        if _is_hangul_noun(t):
            j = i + 1
            while j < n and _is_hangul_noun(tokens[j]) and tokens[j].start == tokens[j - 1].end:
                j += 1
            run = tokens[i:j]
            for r in run:
                out.append(Term(r.form, r.start, r.end, group, "m" if len(r.form) > 1 else "p"))
            whole = "".join(r.form for r in run)
            if len(whole) >= 3:
                s0 = run[0].start
                if len(run) > 1:
                    out.append(Term(whole, s0, run[-1].end, group, "w"))
                for k, bg in enumerate(_bigrams(whole)):
                    out.append(Term(bg, s0 + k, s0 + k + 2, group, "g"))
            group += 1
            i = j
            continue
        if tag == "SL":
            word = t.form.lower()
            if word in _EN_STOP or len(word) < 2:
                i += 1
                continue
            out.append(Term(_stem(word), t.start, t.end, group, "m"))
        else:
            out.append(Term(t.form.lower(), t.start, t.end, group, "m"))
        group += 1
        i += 1
    return out


def analyze(text: str) -> list[Term]:
    """Analyse one text (query or short document)."""
    if not text or not text.strip():
        return []
    k = kiwi()
    with morphology.KIWI_LOCK:
        tokens = k.tokenize(text, pretokenized=_latin_spans(text))
    return terms_from_tokens(tokens)


def analyze_many(texts: Iterable[str], chunk: int = 32) -> list[list[Term]]:
    """Analyse a batch on Kiwi's worker threads (num_workers = CPU count).

    The shared Kiwi is used under a lock (its thread safety is not documented); the
    lock is released between chunks so a query analysed in the same process waits
    for one chunk, not for the whole batch."""
    texts = [t or "" for t in texts]
    k = kiwi()
    out: list[list[Term]] = []
    for i in range(0, len(texts), chunk):
        with morphology.KIWI_LOCK:
            results = list(k.tokenize(texts[i:i + chunk], pretokenized=_latin_spans))
        out.extend(terms_from_tokens(toks) for toks in results)
    return out


class PreAnalyzed(str):
    """A `str` carrying its analysis, so Whoosh indexing skips Kiwi.

    `parts` is a list of (terms, boost): the title's terms go in with a higher boost
    than the body's, which is how one indexed field ranks title matches higher.
    Never store it: Whoosh would pickle the terms along.
    """

    parts: list[tuple[list[Term], float]]

    def __new__(cls, text: str, parts: list[tuple[list[Term], float]]):
        obj = super().__new__(cls, text)
        obj.parts = parts
        return obj


@lru_cache(maxsize=4096)
def query_groups(q: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The query as AND-of-OR-of-AND: one entry per group (a word or a run of nouns
    written together); each entry lists alternatives, each alternative being terms
    that must all occur.

    A plain word is ((term,),). A noun run is (morphemes), (joined run), (bigrams):
    any will do, because the document may have been segmented differently.
    Single-syllable pieces only count inside the morpheme alternative.
    Cached: popular queries repeat, and Kiwi is the costliest step here.
    """
    by_group: dict[int, list[Term]] = {}
    for term in analyze(q):
        by_group.setdefault(term.group, []).append(term)
    groups = []
    for terms in by_group.values():
        alts: list[tuple[str, ...]] = []
        for kinds in (("m", "p"), ("w",), ("g",)):
            alt = tuple(dict.fromkeys(t.text for t in terms if t.kind in kinds))
            if alt and alt not in alts:
                alts.append(alt)
        key = tuple(alts)
        if key not in groups:
            groups.append(key)
    return tuple(groups)


class KiwiTokenizer(Tokenizer):
    """Whoosh tokenizer over `analyze`. Terms of one span share a position, so the
    bigrams of an unknown word do not inflate phrase distances.

    `version` is pickled with the schema, so an index remembers which analysis
    built it (see ANALYZER_VERSION)."""

    def __init__(self):
        self.version = ANALYZER_VERSION

    def __eq__(self, other):
        return other is not None and self.__class__ is other.__class__

    def __hash__(self):
        return hash(self.__class__)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True,
                 mode="", **kwargs) -> Iterator[Token]:
        parts = value.parts if isinstance(value, PreAnalyzed) else [(analyze(value), 1.0)]
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for terms, boost in parts:
            for term in terms:
                t.text = term.text
                t.boost = boost
                t.stopped = False
                if keeporiginal:
                    t.original = term.text
                if positions:
                    t.pos = start_pos + term.group
                if chars:
                    t.startchar = start_char + term.start
                    t.endchar = start_char + term.end
                yield t
            start_pos += (terms[-1].group + 1) if terms else 0


def korean_analyzer() -> KiwiTokenizer:
    """The analyzer the schema uses: Kiwi morphemes, unknown-word bigrams, English
    lower-cased and Porter-stemmed (roads → road)."""
    return KiwiTokenizer()
