"""Faster scanning for rule regexes that begin with a look-behind.

Python's ``re`` skips quickly to possible match starts only when it knows which
characters can begin a match; a pattern that opens with a look-behind
(``(?<![\\d\\-])\\d{6}...``, as most value patterns here do) is instead tried at every
position of the document. :func:`with_first_char_hint` works out from the parsed
pattern which characters a match can begin with and, when that set is known and small,
puts a look-ahead for it in front (``(?=[\\d])``): the matches are exactly the same,
found about twice as fast. :func:`alternation_not_after` does better for a choice of
words that must not follow a letter: each word carries the look-behind after it, so the
pattern opens with the words and ``re`` skips to where one begins.
"""
from __future__ import annotations

import re
from re import _constants as C
from re import _parser as P

_MAX_ITEMS = 40


class _Unknown(Exception):
    pass


def _class_items(items):
    out = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is C.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out.add(r"\d")
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            out.add(r"\s")
        else:                       # NEGATE, other categories: give up
            raise _Unknown
    return out


def _first(seq):
    """(first-character items, nullable) of a parsed sequence."""
    chars = set()
    for op, av in seq:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue                # zero width
        if op is C.LITERAL:
            chars.add(re.escape(chr(av)))
            return chars, False
        if op is C.IN:
            chars |= _class_items(av)
            return chars, False
        if op is C.SUBPATTERN:
            if av[1] or av[2]:      # inline flags change matching: give up
                raise _Unknown
            sub, nullable = _first(av[3])
        elif op is C.ATOMIC_GROUP:
            sub, nullable = _first(av)
        elif op is C.BRANCH:
            sub, nullable = set(), False
            for alt in av[1]:
                s, n = _first(alt)
                sub |= s
                nullable = nullable or n
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            sub, n = _first(av[2])
            nullable = av[0] == 0 or n
        else:                       # ANY, NOT_LITERAL, GROUPREF, ...
            raise _Unknown
        chars |= sub
        if not nullable:
            return chars, False
    return chars, True


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The items (``\\d``, ``0-9``, ``서``) of a character class holding every character a
    match can begin with, or None if unknown or too wide to narrow a scan."""
    if flags & re.IGNORECASE:
        return None
    try:
        chars, nullable = _first(P.parse(pattern, flags))
    except (_Unknown, re.error, TypeError, IndexError):
        return None
    if nullable or not chars or len(chars) > _MAX_ITEMS or any(_wide(c) for c in chars):
        return None     # a wide range (all Hangul syllables) does not narrow the scan
    return chars


def _wide(item: str) -> bool:
    return "-" in item and ord(item[-1]) - ord(item[0]) > 200


def first_char_class(pattern: str, flags: int = 0) -> str | None:
    """``[...]`` of the characters a match can begin with, or None if unknown."""
    chars = first_chars(pattern, flags)
    return None if chars is None else "[" + "".join(sorted(chars)) + "]"


def with_first_char_hint(pattern: str, flags: int = 0) -> str:
    cls = first_char_class(pattern, flags)
    return pattern if cls is None else f"(?={cls})(?:{pattern})"


def alternation(words) -> str:
    """The words as a regex choice, escaped, longest first (so the longest one wins)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def alternation_not_after(words, before: str) -> str:
    """``alternation(words)``, each word matched only where the character before it is
    not in the class ``before`` (``[가-힣]``).

    Each word carries its own look-behind, after it (``서울(?<![가-힣].{2})``), instead
    of one look-behind in front of the choice: a pattern that opens with a look-behind
    is tried at every position of the text, one that opens with a choice of words lets
    ``re`` skip in C to where one of them begins. The matches are the same."""
    return "|".join(f"{re.escape(w)}(?<!{before}.{{{len(w)}}})"
                    for w in sorted(set(words), key=len, reverse=True))
