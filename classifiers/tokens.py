"""Morpheme tokens for the text model.

spaCy has no Korean tokenizer without MeCab, and whitespace tokens glue particles to
nouns (열람을 / 열람이 / 열람은 would be three features). kiwipiepy splits them, so the
model sees 열람 + 제한 whatever the ending. Particles, endings and punctuation are
dropped, numbers and serials become one placeholder each: the model should learn what
a document is about, not its figures.
"""
from __future__ import annotations

from functools import lru_cache

_KEEP = ("NN", "VV", "VA", "XR", "SL", "MAG", "NR", "SH")
_NUM = ("SN", "W_SERIAL", "W_URL", "W_EMAIL", "W_HASHTAG", "W_MENTION")


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for t in _kiwi().tokenize(text or ""):
        if t.tag.startswith(_NUM):
            if not out or out[-1] != "<num>":
                out.append("<num>")
        elif t.tag.startswith(_KEEP):
            out.append(t.form.lower())
    return out or ["<empty>"]
