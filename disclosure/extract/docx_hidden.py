"""DOCX runs a reader of the document does not see: hidden, tiny, white on white.

Word keeps hidden text (``w:vanish``, ``w:specVanish``, or a style that sets them) in
the file and shows it only when asked to; drafters use it for internal notes. Text in
1 pt or in white on a white page is hidden the same way in effect. The extractor reads
all of it in its place (``office``), so layer 1 filters it; but publishing it, even
masked, publishes a note the approver never saw. So this module finds such runs and
names them in a warning, and the warning sends the document to an official
(``disclosure.filter``), who sees the text with the rest.

Decided this way rather than dropping hidden runs: a dropped note cannot be checked by
anyone, and a run can be "hidden" by formatting the extractor misjudges; read and
reviewed, nothing is lost and nothing reaches the public unseen.

A run's formatting is resolved as Word does, most specific first: the run's own
properties, its character style (and the styles it is based on), its paragraph's
style (or the default paragraph style), then the document defaults. (``vanish`` is a
toggle property, which styles may flip; a style chain that sets it twice is read as
its nearest setting.) Deleted (tracked) runs and ``mc:Fallback`` copies are not text
and are skipped, as in ``office``.
"""
from __future__ import annotations

from collections import defaultdict

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Text smaller than this many half-points (w:sz) cannot be read: 4 pt.
TINY_HALF_POINTS = 8
_FALSE = {"0", "false", "off", "none"}
_NOT_TEXT = {W + "del", W + "moveFrom", MC + "Fallback"}
_WHITE = {"ffffff", "white"}
_WHITE_THEME = {"background1", "light1"}
_MAX_LINES_NAMED = 5
#: Characters of a paragraph before a hidden run used to find its line; runs located.
_CONTEXT = 40
_MAX_SNIPPETS = 50


class Styles:
    """Run properties of the document's styles (word/styles.xml), by style id."""

    def __init__(self, root=None) -> None:
        self.by_id: dict[str, object] = {}
        self.default_paragraph: str | None = None
        self.defaults = None
        self._memo: dict[tuple, tuple] = {}
        if root is None:
            return
        for style in root.iterchildren(W + "style"):
            style_id = style.get(W + "styleId")
            if style_id:
                self.by_id[style_id] = style
                if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true", "on"):
                    self.default_paragraph = style_id
        self.defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")

    def chain(self, style_id: str | None):
        """The style and the styles it is based on, nearest first (cycles cut)."""
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < 32:
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None:
                return
            yield style_id, style
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val") if based is not None else None

    def run_properties(self, rpr, pstyle_id):
        """``get(name) -> (element, where)``: property ``name`` of a run with properties
        ``rpr`` in a paragraph of style ``pstyle_id``, as Word resolves it; where is ""
        for the run's own formatting, else the id of the style that sets it, or "기본값"
        (document defaults)."""
        own: dict[str, object] = {}
        rstyle_id = None
        if rpr is not None:
            for child in rpr.iterchildren():
                if isinstance(child.tag, str) and child.tag.startswith(W):
                    own[child.tag[len(W):]] = child
            if "rStyle" in own:
                rstyle_id = own["rStyle"].get(W + "val")
        memo = self._memo

        def get(name: str):
            if name in own:
                return own[name], ""
            key = (rstyle_id, pstyle_id, name)
            if key not in memo:
                memo[key] = self._styled(rstyle_id, pstyle_id, name)
            return memo[key]
        return get

    def paragraph_style(self, paragraph) -> str | None:
        ppr = paragraph.find(W + "pPr")
        pstyle = ppr.find(W + "pStyle") if ppr is not None else None
        return pstyle.get(W + "val") if pstyle is not None else self.default_paragraph

    def _styled(self, rstyle_id, pstyle_id, name: str):
        for style_id, style in (*self.chain(rstyle_id), *self.chain(pstyle_id)):
            found = style.find(f"{W}rPr/{W}{name}")
            if found is not None:
                return found, style_id
        if self.defaults is not None:
            found = self.defaults.find(W + name)
            if found is not None:
                return found, "기본값"
        return None, ""


def _on(element) -> bool:
    return element is not None and (element.get(W + "val") or "true").lower() not in _FALSE


def hidden_text_warnings(roots, styles: Styles, text: str) -> list[str]:
    """Warnings for hidden, tiny and white runs in ``roots`` (document, headers, notes ...);
    ``text`` is the extracted text, to say on which of its lines the runs are."""
    found: dict[str, dict] = defaultdict(lambda: {"chars": 0, "snippets": [], "where": set(), "sizes": []})
    for root in roots:
        tails: dict[object, str] = {}       # paragraph -> its last characters read so far
        for run, rpr, run_text, paragraph, pstyle_id in _text_runs(root, None, None, styles):
            before = tails.get(paragraph, "")
            tails[paragraph] = (before + run_text)[-_CONTEXT:]
            if not run_text.strip():
                continue
            for kind, where, size in _hidden_kinds(run, styles.run_properties(rpr, pstyle_id), styles):
                entry = found[kind]
                entry["chars"] += len(run_text.strip())
                if len(entry["snippets"]) < _MAX_SNIPPETS:
                    entry["snippets"].append((before + run_text, run_text.strip()))
                if where:
                    entry["where"].add(where)
                if size is not None:
                    entry["sizes"].append(size)
    warnings = []
    for kind in ("vanish", "tiny", "white"):
        entry = found.get(kind)
        if not entry:
            continue
        lines = _line_numbers(text, entry["snippets"])
        at = f"(줄 {lines})" if lines else ""
        styles_named = ", ".join(sorted(entry["where"]))
        if kind == "vanish":
            how = "숨김 서식(보이지 않게 설정)" + (f", 스타일 {styles_named}로 숨김" if styles_named else "")
            warnings.append(
                f"DOCX에 {how}된 글자 {entry['chars']}자가 있습니다{at}. 작성자만 보는 메모일 수 있어 "
                f"검토가 필요합니다(글자는 본문 제자리에 넣어 개인정보 검사를 했습니다)")
        elif kind == "tiny":
            smallest = min(entry["sizes"]) / 2
            warnings.append(
                f"DOCX에 아주 작은 글씨({smallest:.1f}pt) {entry['chars']}자가 있습니다{at}. 사람이 읽을 수 "
                f"없는 숨은 내용일 수 있어 검토가 필요합니다(글자는 본문 제자리에 넣어 개인정보 검사를 했습니다)")
        else:
            warnings.append(
                f"DOCX에 바탕색 없는 흰 글씨 {entry['chars']}자가 있습니다{at}. 보이지 않는 숨은 내용일 수 "
                f"있어 검토가 필요합니다(글자는 본문 제자리에 넣어 개인정보 검사를 했습니다)")
    return warnings


def _text_runs(element, paragraph, pstyle_id, styles: Styles):
    """``(run, its w:rPr, its text, its paragraph, the paragraph's style)`` in document
    order, one pass over the tree, without deleted runs and fallbacks."""
    for child in element.iterchildren():
        tag = child.tag
        if tag in _NOT_TEXT or not isinstance(tag, str):
            continue
        if tag == W + "r":
            rpr, texts = None, []
            for sub in child.iterchildren():
                sub_tag = sub.tag
                if sub_tag == W + "t":
                    texts.append(sub.text or "")
                elif sub_tag == W + "rPr":
                    rpr = sub
                elif isinstance(sub_tag, str) and sub_tag not in _NOT_TEXT and len(sub):
                    # a drawing or picture may hold a text box with paragraphs
                    yield from _text_runs(sub, paragraph, pstyle_id, styles)
            yield child, rpr, "".join(texts), paragraph, pstyle_id
        elif tag == W + "p":
            yield from _text_runs(child, child, styles.paragraph_style(child), styles)
        else:
            yield from _text_runs(child, paragraph, pstyle_id, styles)


def _hidden_kinds(run, get, styles: Styles):
    """``(kind, where, size)`` for each way ``run`` (properties ``get``) is hidden."""
    for name in ("vanish", "specVanish"):
        element, where = get(name)
        if _on(element):
            yield "vanish", where, None
            break
    element, where = get("sz")
    if element is not None:
        try:
            size = float(element.get(W + "val") or "")
        except ValueError:
            size = None
        if size is not None and size < TINY_HALF_POINTS:
            yield "tiny", where, size
    if _white_without_background(run, get, styles):
        yield "white", "", None


def _white_without_background(run, get, styles: Styles) -> bool:
    color, _ = get("color")
    if color is None:
        return False
    value = (color.get(W + "val") or "").lower()
    theme = (color.get(W + "themeColor") or "").lower()
    if value not in _WHITE and theme not in _WHITE_THEME:
        return False
    highlight, _ = get("highlight")
    if highlight is not None and (highlight.get(W + "val") or "none").lower() not in ("none", "white"):
        return False
    shading = [get("shd")[0]]
    for ancestor in run.iterancestors():
        if ancestor.tag == W + "p":
            shading.append(ancestor.find(f"{W}pPr/{W}shd"))
        elif ancestor.tag == W + "tc":
            shading.append(ancestor.find(f"{W}tcPr/{W}shd"))
        elif ancestor.tag == W + "tbl":
            shading.append(ancestor.find(f"{W}tblPr/{W}shd"))
            style = ancestor.find(f"{W}tblPr/{W}tblStyle")
            if style is not None:     # a table style that colours any cell: assume this one
                for _id, element in styles.chain(style.get(W + "val")):
                    shading.extend(element.iter(W + "shd"))
    return not any(_coloured(s) for s in shading)


def _coloured(shd) -> bool:
    if shd is None:
        return False
    fill = (shd.get(W + "fill") or "auto").lower()
    pattern = (shd.get(W + "val") or "clear").lower()
    return fill not in ("auto", "ffffff") or pattern not in ("clear", "nil")


def _line_numbers(text: str, snippets: list[tuple[str, str]]) -> str:
    """The lines of ``text`` holding the runs: found with the paragraph's text before the
    run where the extractor kept it as is (no tabs or breaks), else by the run alone."""
    numbers: list[int] = []
    for with_context, alone in snippets:
        at = text.find(with_context)
        if at >= 0:
            at += len(with_context) - len(alone)
        else:
            at = text.find(alone)
        if at >= 0:
            number = text.count("\n", 0, at) + 1
            if number not in numbers:
                numbers.append(number)
    numbers.sort()
    shown = ", ".join(map(str, numbers[:_MAX_LINES_NAMED]))
    more = len(numbers) > _MAX_LINES_NAMED or len(snippets) >= _MAX_SNIPPETS
    return shown + (" 등" if shown and more else "")
