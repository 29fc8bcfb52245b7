"""Regexes for a choice of words, written so that ``re`` scans fast.

Python's ``re`` skips quickly to possible match starts only when it knows which
characters can begin a match; a pattern that opens with a look-behind is instead tried
at every position of the document. :func:`alternation_not_after` gives a choice of
words that must not follow a letter with the look-behind after each word, so the
pattern opens with the words and ``re`` skips to where one begins.
"""
from __future__ import annotations

import re


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
