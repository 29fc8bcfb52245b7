"""A broken rule file must stop start-up (no silent fallback)."""
import shutil
from pathlib import Path

import pytest

from masking import Layer1, RulesError
from rules import rules_dir


@pytest.fixture()
def rules_copy(tmp_path):
    dst = tmp_path / "rules"
    shutil.copytree(rules_dir(), dst, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return dst


def test_shipped_rules_load():
    Layer1.from_rules()


@pytest.mark.parametrize("content", [
    "kind: patterns\nrecognizers:\n  - name: X\n    entity: PHONE\n    patterns:\n      - {name: a, regex: '(unclosed', score: 0.5}\n",
    "kind: patterns\nrecognizers:\n  - name: X\n    entity: NOT_A_LABEL\n    patterns:\n      - {name: a, regex: 'x', score: 0.5}\n",
    "kind: patterns\nrecognizers:\n  - name: X\n    entity: PHONE\n    validators: [no_such_validator]\n    patterns:\n      - {name: a, regex: 'x', score: 0.5}\n",
    "kind: patterns\nrecognizers:\n  - name: X\n    entity: PHONE\n    patterns:\n      - {name: a, regex: 'x', score: 1.5}\n",
    "kind: nonsense\n",
    "recognizers: [\n",
])
def test_broken_recognizer_file_raises(rules_copy, content):
    (rules_copy / "recognizers" / "zz_broken.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(RulesError):
        Layer1.from_rules(rules_copy)


def test_default_masking_must_hide_everything(rules_copy):
    (rules_copy / "masking.yaml").write_text(
        "default: {type: keep_edges, keep_first: 1}\n", encoding="utf-8")
    with pytest.raises(RulesError):
        Layer1.from_rules(rules_copy)


def test_broken_exemptions_raise(rules_copy):
    (rules_copy / "exemptions.yaml").write_text("office_phone_prefixes: [abc]\n", encoding="utf-8")
    with pytest.raises(RulesError):
        Layer1.from_rules(rules_copy)


def _scan_texts():
    import json
    from masking.normalize import normalize
    shared = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "corpus.jsonl"
    texts = []
    if shared.exists():
        texts += [normalize(json.loads(line)["text"]) for line in shared.open(encoding="utf-8")]
    fixtures = Path(__file__).parent / "fixtures"
    texts += [normalize(p.read_text(encoding="utf-8")) for p in sorted(fixtures.glob("public_text*.txt"))]
    # overlapping and adjacent candidates, a value at the very start and end, named references
    texts += ["900101-1234567900101-2234567", "1234-5678-9012-3456 1234 5678 9012 3456 1234-5678 9012-3456",
              "01012345678", "서울12가3456 12가 3456 부산 34나5678", "은행 123-456-789012 국민은행 110-123-456789",
              "192.168.0.1.5 10.0.0.1 ::1 fe80::1", "a@b.co x@y", "2024-01-01 1990.1.1생 (1985년 3월 2일생)", "(생년월일: 690611) 생년월일 19850302", "born 21 Sep 1983, IBK 010-419007-01-377, Citibank Korea 109-921089-01",
              # at least one match of every shipped pattern, beginning with each kind of first character
              "3712 345678 12345 경기수원자5220 서울 영등포 가 1234 900101-******* hong (at) example (dot) com",
              "05255165106 0221337000 (010)1234-5678 +82 10-1234-5678 +1 212 555 0100 (02) 123-4567",
              "생년월일 Jan 5, 1990 여권 M123A4567 서울 11-123456-12 부산12가3456 Dx1234567",
              "카카오 3333-07-5518203 국민 028201-04-118734 SC제일 332-20-117654 KB 123-456-789012 NH 351-1120-4488-63",
              "(프리랜서, 724-033909-40239, 지급액 60,000, 예금주 장승서) 110521437681, 예금주 임예연 계좌번호 - 110899678898",
              "근로자 명의 110-482-930217(신한) 운전면허 111234567890 면허번호: 131234567890",
              "연락처: 010/8823/1146 통화(010·9120·3385) 010)-3318-6871 (02)253-4188",
              "생년월일 확인 부탁드립니다.\n[11:34] 신청인 — 1966.01.24.입니다.",
              "입금계좌 (Bank account)\tKakaoBank 3333-24-4410820 Shinhan BANK 110-482-930217 │ KB국민 805-713-153645 │",
              "ghdwo14@gmail . com yj.park89@kakao,com sarah.oc 골뱅이 gmail.com minsu82 at naver 닷컴 jane at gmail dot com",
              normalize("연락처 공일공-6692-8288 010 삼오이오 7238 영일영 구팔구팔 오육공육 010ㅡ1978ㅡ2626")]
    return texts


def test_pattern_scan_finds_what_each_pattern_finds(layer1):
    """One pass for all merged patterns gives exactly the spans of one ``finditer`` per
    pattern, on the dev corpus, the public-text fixtures and edge cases."""
    scan = layer1._pattern_scan
    assert len(scan._merged) >= 10          # most patterns do share the pass
    for text in _scan_texts():
        assert scan.scan(text) == [rec.value_spans(text) for rec in scan.recognizers]


def test_shipped_starts_with_holds_every_first_character(layer1):
    """Every match of a shipped pattern, on the dev corpus, the public-text fixtures and
    edge cases, begins with a character of its ``starts_with``; and only the patterns
    that ignore case go without one (a pattern without it is scanned on its own)."""
    import re
    scan = layer1._pattern_scan
    texts = _scan_texts()
    for rec in scan.recognizers:
        for spec, rx in rec._compiled:
            if spec.starts_with is None:
                assert rx.flags & re.IGNORECASE, f"{rec.rule.name}/{spec.name} has no starts_with"
                continue
            assert any(m.end() > m.start() for text in texts for m in rx.finditer(text)), \
                f"{rec.rule.name}/{spec.name} matches nothing in the test texts"
    assert scan.starts_with_problems(texts) == []


def _scan_of(*rules):
    """A PatternScan of rules given as (name, entity, pattern, ...), each pattern a regex
    or (regex, starts_with), scored 0.9."""
    from masking.pattern_rules import PatternScan, RuleRecognizer
    from masking.schema import PatternRule

    def spec(k, p):
        regex, starts = (p, None) if isinstance(p, str) else p
        return {"name": f"p{k}", "regex": regex, "score": 0.9, "starts_with": starts}
    return PatternScan([RuleRecognizer(PatternRule(
        name=name, entity=entity, patterns=[spec(k, p) for k, p in enumerate(patterns)]))
        for name, entity, *patterns in rules])


def test_pattern_scan_keeps_patterns_without_starts_with_apart():
    scan = _scan_of(("NO_START", "PHONE", r"(?P<value>(?P<d>\d)\d(?P=d))"),
                    ("NAMED_REF", "PHONE", (r"(?P<value>(?P<d>\d)\d(?P=d))", r"[\d]")),
                    ("MAIL", "EMAIL", (r"(?P<value>\w+@[a-z]+)", r"[\w]")),
                    ("PLATE", "VEHICLE_PLATE", (r"(?P<value>(?:서울)?\d{2}[가-힣]\d{4})", r"[서\d]")),
                    ("PASSPORT", "KR_PASSPORT", (r"(?<![A-Z])(?P<value>M\d{8})", "[M]")))
    assert scan._own == [(0, 0)]
    assert len(scan._passes) == 3            # signs, syllables, Latin letters
    for text in ("121 343 12 1212", "mail: a@b, 2@3", "none here", "서울12가3456 M12345678 MM12345678"):
        assert scan.scan(text) == [rec.value_spans(text) for rec in scan.recognizers]


def test_pattern_scan_with_and_without_look_behind():
    """Patterns with and without a look-behind share a pass: inside a number the scan
    still stops for the one that may start there."""
    scan = _scan_of(("GUARDED", "PHONE", (r"(?<![\d\-])(?P<value>\d{3})", r"[\d]")),
                    ("FREE", "PHONE", (r"(?P<value>\d{2})(?=9)", r"[\d]")),
                    ("WORD", "EMAIL", (r"(?<![\w.])(?P<value>[a-z]\d)", "[a-z]")),
                    ("SIX", "KR_RRN", (r"(?<![\d\-])(?P<value>\d{6})(?!\d)", r"[\d]"),
                     (r"(?<![\d\-])(?P<value>\d{4} ?\d)", "[0-9]")))
    assert len(scan._own) == 0
    for text in ("12345679", "-123 4569 a1 xa1 9a1", "99999", "1-2-345", "1234 12345 123456 1234567"):
        assert scan.scan(text) == [rec.value_spans(text) for rec in scan.recognizers]
    assert scan.scan("12345679")[1] == [[(5, 7)]]   # FREE starts inside the number


def test_a_wrong_starts_with_loses_matches():
    """What the comparison with ``value_spans`` above guards against: a starts_with that
    leaves out a first character loses the matches that begin with it."""
    scan = _scan_of(("THREE", "PHONE", (r"(?<!\d)(?P<value>\d{3})(?!\d)", "[1-8]")))
    assert scan.scan("123 923") == [[[(0, 3)]]]
    assert scan.recognizers[0].value_spans("123 923") == [[(0, 3), (4, 7)]]


def _refused(rules_copy, pattern: str, match: str) -> None:
    """A rule file with one pattern (``pattern``: its YAML mapping's inner part) is refused."""
    (rules_copy / "recognizers" / "zz_refused.yaml").write_text(
        "kind: patterns\nrecognizers:\n  - name: X\n    entity: PHONE\n    patterns:\n"
        f"      - {{name: a, score: 0.5, {pattern}}}\n", encoding="utf-8")
    with pytest.raises(RulesError, match=match):
        Layer1.from_rules(rules_copy)


@pytest.mark.parametrize("starts_with", [r"\d", "[^a]", "[a-]", "[-a]", "[]", "[a][b]", "[a"])
def test_starts_with_is_one_class_that_joins_with_others(rules_copy, starts_with):
    _refused(rules_copy, f"regex: 'x', starts_with: '{starts_with}'", "starts_with")


@pytest.mark.parametrize("regex", [r"(\d)-\1", r"(a)?(?(1)b|c)", r"(\d)\\\1"])
def test_numbered_group_references_are_refused(rules_copy, regex):
    _refused(rules_copy, f"regex: '{regex}'", "by number")


def test_named_reference_and_an_escaped_backslash_are_fine():
    from masking.schema import PatternSpec
    PatternSpec(name="a", regex=r"(?P<s>-)\d(?P=s)\\1", score=0.5)


def test_foreign_given_name_must_be_one_hangul_word(rules_copy):
    path = rules_copy / "recognizers" / "person.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("foreign_given_syllables: [", "foreign_given_syllables: [Maria, "), encoding="utf-8")
    with pytest.raises(RulesError, match="foreign given name"):
        Layer1.from_rules(rules_copy)
