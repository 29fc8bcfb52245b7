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
