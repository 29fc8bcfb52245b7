"""The drafter's 공개여부 as written in the document itself.

Korean approval documents carry their disclosure marking in the text (``공개여부:
부분공개(6)``, ``공개구분 비공개(법 제9조제1항제5호)``, ``Disclosure: non-public``). When
the sidecar gives no ``marked_grade``, the marking in the text stands in for it. It is
only ever used to make the decision stricter (:func:`disclosure.decide.decide` sends a
document to review when the drafter marked it stricter than layer 2 graded it); layer 2
itself never reads it as evidence (``rules/classification.yaml`` ``ignore_lines``).

A line that mentions 비공개 elsewhere in the body (``… 종료 시까지 비공개``, ``비공개
대상``) is not a marking, but a reason for a person to look: :func:`mentions_nonpublic`.
"""
from __future__ import annotations

import re

from disclosure.decide import grade_of_marking

_LABEL = r"(?:공개\s?여부|공개\s?구분|공개\s?등급|정보\s?공개\s?여부|disclosure(?:\s?(?:status|grade))?)"
_MARK = re.compile(_LABEL + r"\s*[:：]?\s*[\[(（]?\s*(비\s?공개|부분\s?공개|공\s?개|non-?public|partial(?:ly)?|public)"
                   r"([^\n]{0,40})", re.IGNORECASE)
_GROUNDS = re.compile(r"(?:제\s?1\s?항\s?)?제?\s?([1-8])\s?호|(?<![\d.])([1-8])(?![\d.])")
_NONPUBLIC_WORD = re.compile(r"비\s?공개|non-?public|not (?:be |to be )?disclosed|confidential", re.IGNORECASE)


def text_marking(text: str) -> tuple[str, list[int]]:
    """The strictest marking written in the text (grade, grounds); ``("", [])`` if none."""
    best, grounds = "", []
    order = {"": -1, "public": 0, "partial": 1, "nonpublic": 2}
    for m in _MARK.finditer(text or ""):
        grade = grade_of_marking(re.sub(r"\s", "", m.group(1)))
        if order[grade] > order[best]:
            best = grade
            tail = m.group(2).split("※")[0]
            grounds = sorted({int(a or b) for a, b in _GROUNDS.findall(tail)}) if grade != "public" else []
    return best, grounds


#: 비공개 about something else than this document: whether information is exempt in
#: general (비공개 대상 정보 여부를 검토), a web post set private (게시글 비공개 전환).
_ABOUT_OTHER = re.compile(r"비\s?공개\s?대상\s?(?:정보\s?)?(?:인지\s?)?여부|비\s?공개\s?전환|비\s?공개로\s?전환")


def mentions_nonpublic(text: str) -> bool:
    """The body says 비공개 (or non-public, confidential) somewhere outside a marking line
    and not about something else (:data:`_ABOUT_OTHER`)."""
    for line in (text or "").splitlines():
        if _NONPUBLIC_WORD.search(_ABOUT_OTHER.sub("", _MARK.sub("", line))):
            return True
    return False
