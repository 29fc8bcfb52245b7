"""Text layout and escaping (web.render)."""
from __future__ import annotations

from types import SimpleNamespace as NS

from markupsafe import Markup

from web.render import highlight_original, mark_masks, masked_blocks, safe_snippet


def test_paragraphs_keep_line_breaks_and_blank_lines_separate_them():
    blocks = masked_blocks("제목\n부제\n\n\n둘째 문단")
    assert [b.kind for b in blocks] == ["p", "p"]
    assert [str(x) for x in blocks[0].lines] == ["제목", "부제"]


def test_pipe_and_tab_tables_become_tables():
    text = "표 앞 문장\n| 연번 | 성명 |\n|---|---|\n| 1 | 홍** |\n| 2 | 김** |\n표 뒤\n가\t나\n다\t라"
    blocks = masked_blocks(text)
    assert [b.kind for b in blocks] == ["p", "table", "p", "table"]
    t = blocks[1]
    assert [str(c) for c in t.header] == ["연번", "성명"]
    assert len(t.rows) == 2 and "mask" in str(t.rows[0][1])
    assert [str(c) for c in blocks[3].header] == ["가", "나"]


def test_a_single_pipe_line_is_a_sentence_and_ragged_rows_are_padded():
    assert [b.kind for b in masked_blocks("A | B 는 문장")] == ["p"]
    t = masked_blocks("a|b|c\nd|e")[0]
    assert len(t.rows[0]) == 3


def test_everything_is_escaped_and_masks_are_marked():
    html = str(mark_masks("<script>x</script> 010-****-1234 [성명] ○○○"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count('class="mask"') == 3


def test_highlight_original_is_character_exact_and_escaped():
    text = "a<b> 홍길동 010-1234-5678 끝"
    dets = [NS(id=1, start=5, end=8, status="auto", label="PERSON"),
            NS(id=2, start=6, end=20, status="rejected", label="PHONE")]    # overlapping
    html = str(highlight_original(text, dets))
    assert 'id="det-1"' in html and "&lt;b&gt;" in html
    from bs4 import BeautifulSoup
    assert BeautifulSoup(f"<div>{html}</div>", "html.parser").get_text() == text


def test_snippet_keeps_only_mark():
    s = safe_snippet('a <mark>청년</mark> <img src=x onerror=alert(1)> &amp; b')
    assert isinstance(s, Markup)
    assert "<mark>청년</mark>" in s and "<img" not in s and "&lt;img" in s and "&amp;" in s
