"""Is a short text (a search term, a citizen's report) about a person? Name-shaped words.

Layer 1 decides whether a *name* is private from the role the sentence gives it
(``민원인 김영희`` is, ``주무관 김영희`` is not), so in a bare phrase such as
``김영희 불륜`` it rightly finds nothing. Where a short text is to be shown to everybody
(popular searches) or taken as evidence of a leak (a citizen's report), the shape of a
name is enough: a word whose core (its particle cut off, as layer 1 cuts it) is a name by
layer 1's own rules (``rules/recognizers/person.yaml``: a surname and one or two
syllables, not one of the listed ordinary words) and which Kiwi does not read as one
ordinary noun (도로, 정비, 김치 are nouns; 김영희 is a proper noun, an unknown name falls
apart into syllables). Kiwi's proper nouns that are name-shaped count too, so a name
glued to another word (``김영희불륜``) is found.

Places are not names: the regions of the address rules (서울시, 부산) and a district of
a place word the person rules list as an ordinary word (강남 → 강남구, 송파 → 송파동).
Any other place of the same shape (김포) is counted as a name: here a false alarm costs
a search term or a takedown left to an official, a miss costs a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_HANGUL_WORD = re.compile(r"[가-힣]+")
_COMMON = {"NNG"}
_DIVISION = "시구군동읍면리"


@dataclass(frozen=True)
class PersonalRules:
    names: object           # masking.names.NameRules
    exempt: object          # masking.exemptions.ExemptionRules
    places: frozenset       # the address rules' regions and the person rules' ordinary words


@lru_cache(maxsize=4)
def rules_for(rules_dir: str | None = None) -> PersonalRules:
    """The rules compiled from the rule files (validated: a broken file raises, and the
    callers fail closed)."""
    from masking.exemptions import ExemptionRules
    from masking.loader import load_rules
    from masking.names import NameRules
    if rules_dir is None:
        from rules import rules_dir as default
        rules_dir = str(default())
    rs = load_rules(Path(rules_dir))
    names = NameRules(rs.person)
    return PersonalRules(names, ExemptionRules(rs.exemptions),
                         frozenset(rs.address.regions) | frozenset(names.not_names))


def rules_of(inst):
    """The rules of an instance (its own rules folder, or the shipped one)."""
    return rules_for(str(inst.rules_dir) if inst.rules_dir else None)


def _tokens(text: str):
    from masking.morphology import tokenize
    return tokenize(text)


@lru_cache(maxsize=20_000)
def is_common_noun(word: str) -> bool:
    """Kiwi reads ``word`` as ordinary nouns only, the first of two or more syllables
    (전기차 = 전기 + 차); a one-syllable start is a surname split off an unknown name."""
    toks = _tokens(word)
    return bool(toks) and all(t.tag in _COMMON for t in toks) and len(toks[0].form) > 1 \
        and "".join(t.form for t in toks) == word


def _place(word: str, places) -> bool:
    return word in places or (word[-1] in _DIVISION and word[:-1] in places)


def name_shaped_words(text: str, rules: PersonalRules) -> list[str]:
    """The words of ``text`` shaped like a Korean personal name (see the module doc), in
    order, each once."""
    names, found = rules.names, []
    for m in _HANGUL_WORD.finditer(text or ""):
        core, _particle = names.strip_particle(m.group())
        if names.is_korean_name(core) and not is_common_noun(core) and not _place(core, rules.places):
            found.append(core)
    for t in _tokens(text or ""):
        if t.tag == "NNP" and _HANGUL_WORD.fullmatch(t.form) and names.is_korean_name(t.form) \
                and not _place(t.form, rules.places):
            found.append(t.form)
    return list(dict.fromkeys(found))
