"""PDF text that a reader of the page cannot see: tiny, invisible, white, off the page.

Such text is in the text layer, so the extractor reads it (all of its characters, in
order: see ``glyphs``) and layer 1 filters it like the rest. But a reader of the page
never sees it, so it is a drafter's note or something slipped in, and publishing it,
even masked, publishes what nobody approved. So each kind found earns a warning, and a
warning sends the document to an official (``disclosure.filter``), who sees the text.

What is looked for, page by page, on the characters the extractor uses:

* tiny text: drawn below :data:`TINY_PT` (a footnote is 7-8 pt; 0.8 pt is a line);
* white text on no coloured rectangle or picture (white on the white page);
* text whose centre lies outside the crop box (the part of the page a viewer shows);
* text drawn in an invisible render mode (``3 Tr``: neither filled nor stroked; ``7``:
  clip only), unless it lies on a picture: that is the text layer of a scanned page,
  laid over the picture by OCR. PDFium gives each character's render mode
  (``pdf_pages``: ``invisible``).

The pages are ``pdf_pages.Page`` objects.
"""
from __future__ import annotations

import functools


#: Text drawn smaller than this (in points) cannot be read on paper or on screen.
TINY_PT = 4.0
_WHITE_MIN = 0.97


def hidden_text_warnings(pages, page_chars) -> list[str]:
    warnings: list[str] = []
    for number, (page, chars) in enumerate(zip(pages, page_chars), start=1):
        ink = [c for c in chars if not c["text"].isspace()]
        if not ink:
            continue
        tiny = [c for c in ink if c.get("size", TINY_PT) < TINY_PT]
        if tiny:
            smallest = min(c["size"] for c in tiny)
            warnings.append(
                f"페이지 {number}에 아주 작은 글씨({smallest:.1f}pt) {len(tiny)}자가 있습니다. 사람이 "
                f"읽을 수 없는 숨은 내용일 수 있어 검토가 필요합니다(글자는 그대로 읽어 개인정보 "
                f"검사를 했습니다)")
        white = _white_on_white(page, ink)
        if white:
            warnings.append(
                f"페이지 {number}에 흰 바탕 위의 흰 글씨 {white}자가 있습니다. 보이지 않는 숨은 "
                f"내용일 수 있어 검토가 필요합니다(글자는 그대로 읽어 개인정보 검사를 했습니다)")
        outside = _outside_crop(page, ink)
        if outside:
            warnings.append(
                f"페이지 {number}에 화면과 인쇄에 보이는 영역(자름 상자) 밖에 놓인 글자 {outside}자가 "
                f"있습니다. 숨은 내용일 수 있어 검토가 필요합니다(글자는 그대로 읽어 개인정보 검사를 "
                f"했습니다)")
        invisible = _invisible_chars(page, ink)
        if invisible:
            warnings.append(
                f"페이지 {number}에 보이지 않게 그린 글자(투명 텍스트) {invisible}자가 그림 밖에 "
                f"있습니다. 숨은 내용일 수 있어 검토가 필요합니다(글자는 그대로 읽어 개인정보 검사를 "
                f"했습니다)")
    return warnings


def _is_white(color) -> bool:
    if isinstance(color, tuple):
        return _is_white_tuple(color)       # every character of a text object shares one
    return isinstance(color, list) and _is_white_values(color)


@functools.lru_cache(maxsize=1024)
def _is_white_tuple(color: tuple) -> bool:
    return _is_white_values(color)


def _is_white_values(color) -> bool:
    if not color:
        return False
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False                      # a pattern colour: not plain white
    if len(values) == 4:                  # CMYK: no ink at all
        return all(v <= 1 - _WHITE_MIN for v in values)
    return len(values) in (1, 3) and all(v >= _WHITE_MIN for v in values)


def _inside(x: float, y: float, box) -> bool:
    return box["x0"] <= x <= box["x1"] and box["top"] <= y <= box["bottom"]


def _white_on_white(page, ink: list[dict]) -> int:
    white = [c for c in ink if _is_white(c.get("non_stroking_color"))]
    if not white:
        return 0
    backgrounds = [o for o in page.shapes
                   if o.get("fill") and not _is_white(o.get("non_stroking_color"))]
    backgrounds += page.images
    return sum(1 for c in white
               if not any(_inside((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, b)
                          for b in backgrounds))


def _outside_crop(page, ink: list[dict]) -> int:
    x0, top, x1, bottom = (float(v) for v in page.cropbox)
    crop = {"x0": x0, "top": top, "x1": x1, "bottom": bottom}
    return sum(1 for c in ink
               if not _inside((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, crop))


def _invisible_chars(page, ink: list[dict]) -> int:
    """Characters drawn in render mode 3 or 7 and not over a picture."""
    return sum(1 for c in ink if c.get("invisible")
               and not any(_inside((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, im)
                           for im in page.images))
