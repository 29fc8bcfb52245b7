"""Tables as extraction writes them out of PDF and DOCX files.

Extraction joins cells with " | " and no outer pipes, and a PDF of a table aligned by
spacing may give single spaces between columns. Every row about a private person must
still be read as a row, so the names, dates and accounts in it are masked.
"""
from __future__ import annotations

from masking.layout import Layout

PIPES = ("2) 지급 대상자\n성명 | 생년월일 | 은행 | 계좌번호 | 지급액\n"
         "편현 | 650103-1813048 | 씨티은행 | 969-21707-918-76 | 1,300,000원\n"
         "류현숙 | 1986년 8월 3일 | 신한은행 | 781-434-874107 | 2,100,000원\n")

NUMBERED = ("지급 대상자 명단\n연번 성명 생년월일(주민번호) 지급 계좌 지급액\n"
            "1 이윤서 560228-1****** 하나은행 496-618375-80488 300,000원\n"
            "2 윤보람 57.05.12 카카오뱅크 3333-31-8622217 300,000원\n"
            "3 류영식 36.09.14 하나은행 799-776913-35129 300,000원\n")


def test_rows_without_outer_pipes_are_one_line_each():
    layout = Layout(PIPES)
    [table] = layout.tables
    assert len(table.rows) == 3
    assert [PIPES[c.start:c.end] for c in table.rows[2]][:2] == ["류현숙", "1986년 8월 3일"]


def test_numbered_rows_separated_by_single_spaces_are_a_table():
    layout = Layout(NUMBERED)
    [table] = layout.tables
    assert len(table.rows) == 3 and not table.has_header
    # numbered prose is not a table
    assert not Layout("1 첫째 항목을 검토하였음\n다음 문단\n").tables


def test_numbered_prose_with_wrong_sequence_is_not_a_table():
    assert not Layout("3 개 자치구 참여 확정됨\n7 개 기관이 협조함\n").tables


def test_values_in_extracted_tables_are_masked(found):
    for text, values in ((PIPES, ["편현", "969-21707-918-76", "류현숙", "1986년 8월 3일", "781-434-874107"]),
                         (NUMBERED, ["이윤서", "윤보람", "57.05.12", "3333-31-8622217", "류영식", "36.09.14"])):
        masked = " ".join(value for value, _ in found(text))
        for v in values:
            assert v in masked, (v, masked)


def test_a_private_group_representative_is_a_private_person(found):
    text = "○ 참석자: 세입자 대표 장동현, 도시계획과 주무관 김지혜\n"
    values = [v for v, label in found(text, "PERSON")]
    assert values == ["장동현"]


def test_english_role_word_before_a_name_in_parentheses(found):
    text = "- One recipient (Ethan Lee) reported a concussion.\nContact: Seoul Global Center\n"
    assert "Ethan Lee" in [v for v, _ in found(text, "PERSON")]
