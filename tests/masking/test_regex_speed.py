"""The regex rewrites made for speed find exactly what the plain forms find."""
import re

import pytest

from masking.regex_speed import alternation, alternation_not_after

WORDS = ["서울", "서울특별시", "부산", "민원인", "신청인 ", "A.B"]
TEXTS = ["서울특별시 중구", "남서울 부산", "민원인 김영수, 신청인 박", "x서울", "서울", "", "A.B AxB 1A.B",
         "\n부산\n서울특별시서울", "대민원인 민원인"]


@pytest.mark.parametrize("text", TEXTS)
def test_alternation_not_after_matches_a_leading_look_behind(text):
    plain = re.compile(r"(?<![가-힣A-Z])(?:" + alternation(WORDS) + ")")
    fast = re.compile("(?:" + alternation_not_after(WORDS, "[가-힣A-Z]") + ")")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_alternation_takes_the_longest_word():
    assert re.match(alternation(["서울", "서울특별시"]), "서울특별시청").group() == "서울특별시"
    assert re.search(alternation_not_after(["서울", "서울특별시"], "[가-힣]"), "남서울 서울특별시").group() == "서울특별시"
