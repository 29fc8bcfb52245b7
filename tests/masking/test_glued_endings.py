"""A value with a particle or an ending glued on (issue 15): `010-1234-5678로`,
`…5678입니다`, `…5678의 통화내역`. Every kind of identifier, every common particle and
copula ending, in sentences of several writers (a complaint reply, a police record, a
court ruling, a welfare file); the value must be masked whole."""
import itertools

import pytest

VALUES = [("주민등록번호", "900101-1234567"), ("외국인등록번호", "850315-5123456"),
          ("전자우편", "hong.gd@naver.com"), ("국민은행", "123456-01-234567"),
          ("카드번호", "9410-7381-3667-1088"), ("여권번호", "M12345678"),
          ("운전면허번호", "11-12-123456-12"), ("차량번호", "12가3456"),
          ("접속 IP", "203.0.113.45"), ("휴대전화", "010-2345-6789"), ("휴대전화", "01023456789"),
          ("휴대전화", "010 2345 6789"), ("자택 전화", "02-987-6543")]
ENDINGS = ["로", "으로", "입니다", "이다", "의", "에", "와", "과", "이며", "을", "를", "은", "는",
           "이", "가", "까지", "번으로", "이고"]
FRAMES = ["민원인의 {key} {value}{end} 확인하였다.",
          "피의자는 {key} {value}{end} 조회한 사실이 있다.",
          "원고 측 {key}: {value}{end} 확인됨",
          "수급자 본인 {key} {value}{end} 안내함"]


@pytest.mark.parametrize("key,value", VALUES)
def test_a_value_with_a_glued_ending_is_masked_whole(layer1, key, value):
    from domain.types import DocumentMeta

    leaks = []
    for end, frame in itertools.product(ENDINGS, FRAMES):
        text = frame.format(key=key, value=value, end=end)
        dets = layer1.detect(text, DocumentMeta())
        start = text.index(value)
        if not any(d.start <= start and start + len(value) <= d.end for d in dets):
            leaks.append(text)
    assert not leaks, f"{len(leaks)} of {len(ENDINGS) * len(FRAMES)}: {leaks[:3]}"
