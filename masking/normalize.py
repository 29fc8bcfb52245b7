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


# A mobile number spelt in Hangul digits, as people type one to slip past filters or read
# it out (공일공-6692-8288, 010 삼오이오 7238, 영일영 구팔구팔 오육공육, 010ㅡ1978ㅡ2626): each
# syllable is one digit, so it folds to ASCII one character for one.
_DIGIT = "0-9공영일이삼사오육륙칠팔구"
_SPELT_MOBILE = re.compile(
    rf"(?<![{_DIGIT}])(?:0|공|영)(?:1|일)(?:[016-9]|공|영|일|육|륙|칠|팔|구)[ \-ㅡ.]{{0,3}}"
    rf"[{_DIGIT}]{{3,4}}[ \-ㅡ.]{{0,3}}[{_DIGIT}]{{4}}(?![{_DIGIT}])")
_SPELT_DIGITS = str.maketrans("공영일이삼사오육륙칠팔구ㅡ", "001234566789-")
_HANGUL_DIGIT = re.compile("[공영일이삼사오육륙칠팔구ㅡ]")


def _unspell(m: re.Match) -> str:
    value = m.group()
    return value.translate(_SPELT_DIGITS) if _HANGUL_DIGIT.search(value) else value


def normalize(text: str) -> str:
    """Return ``text`` with full-width forms and odd dashes/spaces folded to ASCII, and
    mobile numbers spelt in Hangul digits written in digits.

    The result has exactly the same length as the input.
    """
    out = text.translate(_TABLE) if _ANY.search(text) else text
    if "01" in out or "일" in out:           # every spelt mobile number holds one or the other
        out = _SPELT_MOBILE.sub(_unspell, out)
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
