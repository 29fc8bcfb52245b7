"""A document about one private person as a whole (Art. 9(1)6, GUIDELINE.md).

Masking the name of the only person a document is about does not make it safe when the
document is *about* that person: a sick-leave approval with its diagnosis, one
employee's contract with the resident number, one official's disciplinary decision. The
neighbours, the department and the date still point at the one person. Such a document
is not published automatically; a person decides whether it is partial or nonpublic.

The signal is layer 1's own output: exactly one private person named, and a health
condition or a resident registration number of theirs in the same document.
"""
from __future__ import annotations

import re

from domain import labels
from domain.types import Detection

REASON = ("한 사람에 관한 문서로 보입니다: 이름을 가려도 그 사람이 드러나는지 사람이 확인해야 합니다 "
          "(제9조제1항제6호) (about one private person as a whole: a person decides)")


def about_one_person(text: str, detections: list[Detection]) -> bool:
    names = {re.sub(r"\s", "", text[d.start:d.end]) for d in detections if d.label == "PERSON"}
    sensitive = any(d.label in labels.SENSITIVE for d in detections)
    return len(names) == 1 and sensitive
