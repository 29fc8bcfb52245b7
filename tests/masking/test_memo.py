"""The memo of the rules' value checks: computed once per key, emptied when full."""
from masking.memo import Memo


def test_memo_computes_each_key_once_and_keeps_falsy_answers():
    calls = []

    def check(v):
        calls.append(v)
        return None if v == "x" else len(v)

    memo = Memo(check, size=10)
    assert [memo("ab"), memo("x"), memo("ab"), memo("x")] == [2, None, 2, None]
    assert calls == ["ab", "x"]


def test_memo_is_emptied_when_full():
    memo = Memo(str.upper, size=3)
    for v in "abcdef":
        assert memo(v) == v.upper()
        assert len(memo) <= 3
    assert memo("f") == "F"


def test_no_memo_shadows_a_method(layer1):
    """Remembered answers live under their own names (``_name_shape_memo``), consulted
    by the method: no instance attribute replaces a method of its class."""
    from masking.fields import FieldRecognizer
    from masking.names import PersonRecognizer

    objects = [layer1.rows] + [r for r in layer1._recognizers if isinstance(r, (FieldRecognizer, PersonRecognizer))]
    assert len(objects) == 3
    for obj in objects:
        shadowed = [name for name in vars(obj) if callable(getattr(type(obj), name, None))]
        assert shadowed == [], type(obj).__name__


def test_header_words_answer_as_a_plain_substring_search():
    from masking.rows import _HeaderWords

    words = ["성명", "Name", "생년월일", "이름(한글)"]
    found = _HeaderWords(words)
    for header in ["성명", "대표자 성명", "NAME", "full name", "생년 월일", "이름(한글)", "이름", "", "번호"]:
        plain = any(w.lower() in header.lower() for w in words)
        assert found.in_header(header) == plain == found.in_header(header), header
    assert not _HeaderWords([]).in_header("성명")
