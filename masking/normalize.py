"""Length-preserving text normalisation done before any rule runs.

Documents exported from HWP or typed on Korean IMEs often carry full-width digits and
punctuation (０１０－１２３４－５６７８). Mapping each such character to its ASCII twin,
one character for one, lets a single set of regexes see them while every offset stays
valid for the original text.
"""

import re

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_EXTRA = {
    0x3000: 0x20,   # ideographic space
    0x00A0: 0x20,   # no-break space
    0x2010: 0x2D, 0x2011: 0x2D, 0x2012: 0x2D, 0x2013: 0x2D, 0x2014: 0x2D, 0x2212: 0x2D,  # dashes
    0x2024: 0x2E,
}
_TABLE = {**_FULLWIDTH, **_EXTRA}
# most texts hold none of these: one search is far cheaper than translating every character
_ANY = re.compile("[\uff01-\uff5e" + "".join(map(chr, _EXTRA)) + "]")


def normalize(text: str) -> str:
    """Return ``text`` with full-width forms and odd dashes/spaces folded to ASCII.

    The result has exactly the same length as the input.
    """
    if not _ANY.search(text):
        return text
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out


# single syllables parted by spaces: a form's label spread over its box (주 소, 성 명,
# 민 원 인, 연 락 처)
_SPACED_LETTERS = re.compile(r"(?<![가-힣])[가-힣](?: +[가-힣](?![가-힣])){1,5}")


def collapse_spaced_letters(label: str) -> str:
    """``label`` with the spaces inside a spaced-out word taken out (``주 소`` ->
    ``주소``): for reading labels and context words only, as offsets change."""
    if " " not in label:
        return label
    return _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), label)
