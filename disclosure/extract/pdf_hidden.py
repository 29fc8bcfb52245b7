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
  laid over the picture by OCR. pdfminer does not keep the render mode on a character,
  so the page is interpreted once more for this, and only when its content streams set
  such a mode at all.
"""
from __future__ import annotations

import functools
import re

#: Text drawn smaller than this (in points) cannot be read on paper or on screen.
TINY_PT = 4.0
_WHITE_MIN = 0.97
_INVISIBLE_MODE = re.compile(rb"(?<![\w.])[37]\s+Tr\b")


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
        try:
            invisible = _invisible_chars(page)
        except Exception as exc:  # fail closed: an unreadable page is a reason to look
            warnings.append(f"페이지 {number}에서 보이지 않게 그린 글자가 있는지 확인하지 못했습니다 "
                            f"({type(exc).__name__}); 검토가 필요합니다")
            continue
        if invisible:
            warnings.append(
                f"페이지 {number}에 보이지 않게 그린 글자(투명 텍스트) {invisible}자가 그림 밖에 "
                f"있습니다. 숨은 내용일 수 있어 검토가 필요합니다(글자는 그대로 읽어 개인정보 검사를 "
                f"했습니다)")
    return warnings


def _is_white(color) -> bool:
    if not isinstance(color, (tuple, list)) or not color:
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
    backgrounds = [o for o in page.rects + page.curves
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


def _invisible_chars(page) -> int:
    """Characters drawn in render mode 3 or 7 and not over a picture."""
    if not any(_INVISIBLE_MODE.search(data) for data in _content_streams(page.page_obj)):
        return 0
    from pdfminer.pdfinterp import PDFPageInterpreter

    device = _device_class()(page.pdf.rsrcmgr)
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    mb = [float(v) for v in page.page_obj.mediabox]
    images = page.images
    return sum(1 for x, y, text in device.found
               if text.strip() and not any(_inside(x - mb[0], mb[3] - y, im) for im in images))


def _content_streams(page_obj, depth: int = 3):
    """The decoded content of the page and of the form XObjects it draws (a few levels)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    contents = page_obj.contents
    for stream in contents if isinstance(contents, list) else [contents]:
        stream = resolve1(stream)
        if isinstance(stream, PDFStream):
            yield stream.get_data()
    yield from _form_streams(resolve1(page_obj.resources), depth)


def _form_streams(resources, depth: int):
    from pdfminer.pdftypes import PDFStream, resolve1

    if depth <= 0 or not isinstance(resources, dict):
        return
    xobjects = resolve1(resources.get("XObject"))
    if not isinstance(xobjects, dict):
        return
    for ref in xobjects.values():
        xobj = resolve1(ref)
        if isinstance(xobj, PDFStream) and getattr(xobj.get("Subtype"), "name", None) == "Form":
            yield xobj.get_data()
            yield from _form_streams(resolve1(xobj.get("Resources")), depth - 1)


@functools.cache
def _device_class():
    from pdfminer.pdfdevice import PDFTextDevice

    class InvisibleText(PDFTextDevice):
        """Records where each character shown in an invisible render mode is drawn
        (every string is laid out, so the positions of later strings stay right)."""

        def __init__(self, rsrcmgr) -> None:
            super().__init__(rsrcmgr)
            self.found: list[tuple[float, float, str]] = []
            self._recording = False

        def render_string(self, textstate, seq, ncs, graphicstate) -> None:
            if textstate.font is None:
                return
            self._recording = textstate.render in (3, 7)
            super().render_string(textstate, seq, ncs, graphicstate)

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
            if self._recording:
                try:
                    text = font.to_unichr(cid)
                except Exception:   # no Unicode mapping: still a drawn character
                    text = "?"
                self.found.append((matrix[4], matrix[5], text))
            return font.char_width(cid) * fontsize * scaling

    return InvisibleText
