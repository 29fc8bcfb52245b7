"""Cells of a table line: trimmed, non-empty, never across a separator."""
import pytest

from masking.layout import Layout, _cells, _style


def _texts(line, style):
    return [line[s - 10:e - 10] for s, e in _cells(line, 10, style)]


@pytest.mark.parametrize("line, style, cells", [
    ("| 성명 | 생년월일 |  | 연락처 |", "pipe", ["성명", "생년월일", "연락처"]),
    ("|홍길동|1990-01-01|", "pipe", ["홍길동", "1990-01-01"]),
    ("a | b c |d", "pipe", ["a", "b c", "d"]),
    ("  |  ", "pipe", []),
    ("성명\t\t연락처 \t 주소 서울", "tab", ["성명", "연락처", "주소 서울"]),
    ("\t 가 나 \t", "tab", ["가 나"]),
    ("홍길동  1990. 1. 1.   서울 마포구", "space", ["홍길동", "1990. 1. 1.", "서울 마포구"]),
    ("  a b \t c  ", "space", ["a b \t c"]),
    ("x\u3000y  z", "space", ["x\u3000y", "z"]),
    ("1) 홍길동 / 1990-01-01 / 010-1234-5678", "slash", ["홍길동", "1990-01-01", "010-1234-5678"]),
    ("a / / b", "slash", ["a", "/ b"]),
])
def test_cells(line, style, cells):
    assert _texts(line, style) == cells


@pytest.mark.parametrize("line, style", [
    ("| a | b |", "pipe"), ("a | b", "pipe"), ("1) a / b / c", "slash"), ("a / b", None),
    ("a\tb", "tab"), ("a  b", "space"), ("○ a  b", None), ("a b", None), ("   ", None),
])
def test_style(line, style):
    assert _style(line) == style


def test_table_from_lines():
    text = "성명  연락처  주소\n홍길동  010-1234-5678  서울 마포구 월드컵로 1\n"
    layout = Layout(text)
    assert len(layout.tables) == 1
    cell = layout.cell_at(text.index("010"))
    assert cell.header == "연락처" and text[cell.start:cell.end] == "010-1234-5678"
