"""Morpheme tokens for the text model.

spaCy has no Korean tokenizer without MeCab, and whitespace tokens glue particles to
nouns (열람을 / 열람이 / 열람은 would be three features). kiwipiepy splits them, so the
model sees 열람 + 제한 whatever the ending. Particles, endings and punctuation are
dropped, numbers and serials become one placeholder each: the model should learn what
a document is about, not its figures.
"""
from __future__ import annotations

_KEEP = ("NN", "VV", "VA", "XR", "SL", "MAG", "NR", "SH")
_NUM = ("SN", "W_SERIAL", "W_URL", "W_EMAIL", "W_HASHTAG", "W_MENTION")


def tokens(text: str) -> list[str]:
    """The document's content words. Kiwi is the process's one instance, the one layer 1
    uses (``masking.morphology``): a second one cost 1.2-2 s to load and 100 MB; with its
    dictionaries of typos and multi-word expressions (the default instance this model
    was trained with) the grades, grounds and confidences were the same on the 300 dev
    documents and the 96 hand-written family documents."""
    from masking.morphology import tokenize

    out: list[str] = []
    for t in tokenize(text or ""):
        if t.tag.startswith(_NUM):
            if not out or out[-1] != "<num>":
                out.append("<num>")
        elif t.tag.startswith(_KEEP):
            out.append(t.form.lower())
    return out or ["<empty>"]
