"""A character-class tokenizer with Korean particle splitting.

Korean glues particles to the noun (``홍길동씨가``, ``우울증으로``) and a span that
ends inside a whitespace token cannot be learnt or predicted by a token-level NER
model. Splitting at character-class changes (Hangul / Latin / digits / each
punctuation mark) and cutting a closing particle off a Hangul run gives token
boundaries where entity boundaries are, at the cost of a regex and a suffix test
per word: it runs in microseconds, unlike a morphological analyser.
"""
from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

_RUN = re.compile(r"[가-힣ㄱ-ㅎㅏ-ㅣ]+|[A-Za-z]+|\d+|\s+|.", re.S)

# Closing particles and copula endings (longest first). Linguistic, not corpus data.
PARTICLES = sorted({
    "씨께서", "님께서", "씨에게", "님에게", "씨가", "씨는", "씨의", "씨를", "씨와", "씨도", "씨",
    "님께", "님은", "님이", "님의", "님", "께서", "에게서", "에게", "한테", "으로부터", "로부터",
    "으로서", "로서", "으로", "로", "이가", "이는", "이의", "이를", "은", "는", "이", "가", "을",
    "를", "의", "와", "과", "도", "만", "에서", "에", "이며", "이고", "이다", "입니다", "이었", "이라",
    "이나", "이므로", "하여", "하고", "했다", "하는", "중", "외", "등",
}, key=len, reverse=True)


# the particles by length, longest first: a word has at most one particle of each length
_BY_LENGTH = sorted(((n, frozenset(p for p in PARTICLES if len(p) == n)) for n in {len(p) for p in PARTICLES}),
                    reverse=True)


def split_hangul(word: str) -> list[str]:
    """``홍길동씨가`` -> ``[홍길동, 씨가]``: the longest particle that leaves at least two
    syllables is cut off; words of two syllables or less stay whole."""
    n = len(word)
    if n < 3:
        return [word]
    for k, particles in _BY_LENGTH:
        if n - k >= 2 and word[n - k:] in particles:
            return [word[:n - k], word[n - k:]]
    return [word]


class CharClassTokenizer:
    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for m in _RUN.finditer(text):
            tok = m.group()
            if tok.isspace():
                if words and not spaces[-1] and tok == " ":
                    spaces[-1] = True
                    continue
                if words and not spaces[-1] and tok[0] == " ":
                    spaces[-1] = True
                    tok = tok[1:]
                words.append(tok)
                spaces.append(False)
                continue
            parts = split_hangul(tok) if "가" <= tok[0] <= "힣" else [tok]
            for p in parts:
                words.append(p)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    # nothing to save: the rules live in this module
    def to_disk(self, path, **kw):
        pass

    def from_disk(self, path, **kw):
        return self

    def to_bytes(self, **kw):
        return b""

    def from_bytes(self, data, **kw):
        return self


@spacy.registry.tokenizers("disclosure.char_class_tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return CharClassTokenizer(nlp.vocab)
    return make
