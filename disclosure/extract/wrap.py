"""Decide whether a PDF line break is a soft wrap, and what it replaced.

A PDF has no paragraphs, only lines. When a renderer wraps a long sentence or a long
table cell, a value can be cut in two: "…의료진이 응" / "급처치", or "서울특별시 강서구 강" /
"서로 298". Keeping such breaks as "\\n" destroys exactly the values layer 1 must
find (an address split in a cell, a diagnosis at a line end), so soft wraps are
joined, and hard breaks (a new item, a short last line) stay "\\n".

Geometry decides most cases. A greedy line breaker (reportlab, Word, LibreOffice)
moves the next unbreakable token to a new line only when it does not fit, so:

* if the first token of the next line would have fitted after a space, the break
  was a hard one (the author ended the line);
* if it would have fitted without a space but not with one, the break replaced a space;
* if a drawn space character ends the line or starts the next one, the break was at
  that space (reportlab's CJK breaker pushes an overflowing space to the next line);
* otherwise, if it would not have fitted at all, the break is ambiguous: mid-word in CJK
  wrapping, or at a space. Then a character-class prior decides: Hangul–Hangul joins
  without a space (Korean is broken inside words far more often than at a space when
  every syllable is a break opportunity), digit–digit joins (CJK breakers cut long
  account numbers), a number glues to a following counter (1604호), Latin words keep
  their space.

The prior is wrong sometimes (e.g. "강서로" + "31길" vs "화곡로" + "88"); those errors
only change one space, and the dev-inbox measurement reports how often.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

#: Lines starting like this begin a new item even if the previous line is full.
_ITEM_START = re.compile(
    r"^(?:[○●◦•·∙※□■▶►▷◆◇◎★☆\-–—*>|<\[【〔「『]|(?:\d{1,3}|[가나다라마바사아자차카타파하])[.)]\s"
    r"|\((?:\d{1,3}|[가나다라마바사아자차카타파하])\)\s|[①-⑳㉠-㉭㉮-㉻])"
)
_OPENERS = set("([{「『<〈《“‘")
_CLOSERS = set(")]}」』>〉》”’,.:;!?%·、。")
_GLUE_AFTER = set("-/@_~")


@dataclass
class Line:
    """A run of PDF characters on one baseline, left to right."""

    chars: list[dict] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(c["x0"] for c in self.chars)

    @property
    def x1(self) -> float:
        return max(c["x1"] for c in self.chars if not c["text"].isspace()) if self.ink else self.x0

    @property
    def top(self) -> float:
        return min(c["top"] for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c["bottom"] for c in self.chars)

    @property
    def size(self) -> float:
        sizes = sorted(c["size"] for c in self.ink)
        return sizes[len(sizes) // 2] if sizes else 0.0

    @cached_property
    def ink(self) -> list[dict]:
        """The characters that are not spaces (worked out once: a line is made whole,
        ``pdf.group_lines``, and not changed after)."""
        return [c for c in self.chars if not c["text"].isspace()]

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars).strip()


def is_cjk(ch: str) -> bool:
    """Characters a CJK line breaker may break before or after (incl. full-width forms)."""
    if not ch:
        return False
    o = ord(ch[0])
    return (
        0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F
        or 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3000 <= o <= 0x30FF
        or 0xFF00 <= o <= 0xFFEF or 0xF900 <= o <= 0xFAFF
    )


def first_token_width(line: Line) -> float:
    """Width of the first unit a breaker could not split: one CJK char or a Latin run."""
    ink = line.ink
    if not ink:
        return 0.0
    first = ink[0]
    if is_cjk(first["text"]):
        return first["x1"] - first["x0"]
    end = first["x1"]
    for c in line.chars[line.chars.index(first) + 1:]:
        if c["text"].isspace() or is_cjk(c["text"]) or c["x0"] - end > 0.2 * c["size"]:
            break
        end = c["x1"]
    return end - first["x0"]


def soft_wrap_joiner(prev: Line, nxt: Line, right: float, space_width: float, tol: float = 0.5) -> str | None:
    """Return "" or " " if ``nxt`` continues ``prev`` across a soft wrap, else None."""
    if not prev.ink or not nxt.ink:
        return None
    if abs(prev.size - nxt.size) > 0.6:
        return None                       # a heading followed by body text, or a footnote
    if nxt.top - prev.top > 2.2 * max(prev.size, nxt.size):
        return None                       # a blank line between them: a new paragraph
    if nxt.x0 < prev.x0 - 2 * max(prev.size, 1.0):
        return None                       # outdented: a new block
    if _ITEM_START.match(nxt.text):
        return None
    room = right - prev.x1
    token = first_token_width(nxt)
    if room >= token + space_width + tol:
        return None                       # the token would have fitted: the author broke the line
    if room > token + tol:
        return " "                        # fitted without a space, not with one: the break was a space
    if prev.chars[-1]["text"].isspace() or nxt.chars[0]["text"].isspace():
        return " "                        # the breaker kept the space it broke at (reportlab moves it down)
    return _prior_joiner(prev.ink[-1]["text"][-1], nxt.ink[0]["text"][0])


def _prior_joiner(a: str, b: str) -> str:
    """Ambiguous break between characters ``a`` and ``b``: was there a space?"""
    if a in _OPENERS or b in _CLOSERS or a in _GLUE_AFTER:
        return ""
    a_cjk, b_cjk = is_cjk(a), is_cjk(b)
    if a_cjk and (b_cjk or b == "("):
        return ""                          # 방화 + 래미안, 정보소통광장 + (opengov…)
    if a.isdigit() and b.isdigit():
        return ""                          # a long number cut by a CJK breaker: 071-063-78 + 8516
    if a.isdigit() and b_cjk:
        return ""                          # 1604 + 호, 2025 + 년
    if a == "제" and b.isdigit():
        return ""                          # 제 + 23조
    return " "

