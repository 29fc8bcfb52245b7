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
              "192.168.0.1.5 10.0.0.1 ::1 fe80::1", "a@b.co x@y", "2024-01-01 1990.1.1생 (1985년 3월 2일생)"]
    return texts


def test_pattern_scan_finds_what_each_pattern_finds(layer1):
    """One pass for all merged patterns gives exactly the spans of one ``finditer`` per
    pattern, on the dev corpus, the public-text fixtures and edge cases."""
    scan = layer1._pattern_scan
    assert len(scan._merged) >= 10          # most patterns do share the pass
    for text in _scan_texts():
        assert scan.scan(text) == [rec.value_spans(text) for rec in scan.recognizers]


def _scan_of(*rules):
    """A PatternScan of rules given as (name, entity, regex, ...), each pattern scored 0.9."""
    from masking.pattern_rules import PatternScan, RuleRecognizer
    from masking.schema import PatternRule
    return PatternScan([RuleRecognizer(PatternRule(
        name=name, entity=entity,
        patterns=[{"name": f"p{k}", "regex": rx, "score": 0.9} for k, rx in enumerate(regexes)]))
        for name, entity, *regexes in rules])


def test_pattern_scan_keeps_patterns_it_cannot_merge_apart():
    scan = _scan_of(("NUMBERED_REF", "PHONE", r"(?P<value>(\d)\d\2)"),
                    ("NAMED_REF", "PHONE", r"(?P<value>(?P<d>\d)\d(?P=d))"),
                    ("MAIL", "EMAIL", r"(?P<value>\w+@[a-z]+)"),
                    ("PLATE", "VEHICLE_PLATE", r"(?P<value>(?:서울)?\d{2}[가-힣]\d{4})"),
                    ("PASSPORT", "KR_PASSPORT", r"(?<![A-Z])(?P<value>M\d{8})"))
    assert [(ri, pi) for ri, pi, _ in scan._own] == [(0, 0), (2, 0)]
    assert scan._own[1][2] == "@"           # skipped on a text without an @
    assert len(scan._passes) == 3            # signs, syllables, Latin letters
    for text in ("121 343 12 1212", "mail: a@b, 2@3", "none here", "서울12가3456 M12345678 MM12345678"):
        assert scan.scan(text) == [rec.value_spans(text) for rec in scan.recognizers]


@pytest.mark.parametrize("pattern,before", [
    (r"(?<![\d\-])(?P<value>\d{6})", "digits"),
    (r"(?<![\d.])\d", "digits"),
    (r"(?<![0-9])\d", "digits"),
    (r"(?<![\w.+\-])x@y", "letters"),
    (r"(?<![A-Za-z0-9])M\d{8}", "letters"),
    (r"(?<![A-Z])M\d{8}", ""),             # lower-case letters and digits may come before
    (r"(?<![1-9])\d", ""),                 # 0 may come before
    (r"(?<![^a])\d", ""),                  # a negated class forbids almost everything but says nothing
    (r"(?<=\s)\d", ""),                   # a positive look-behind
    (r"(?<!\d)\d|x", ""),                 # the look-behind guards one alternative only
    (r"\d(?<!\d)", ""),
])
def test_excluded_before(pattern, before):
    from masking.pattern_rules import excluded_before
    assert excluded_before(pattern) == before


@pytest.mark.parametrize("pattern,digits", [
    (r"(?<![\d\-])(?P<value>\d{6}[ \t]*-?[1-49]\d{6})", 6),
    (r"[3-69]\d{15}", 16),
    (r"3[47]\d{2}[ \-]?\d{6}", 4),
    (r"(?:\d{2})+x", 2),
    (r"\d{2,4}-\d", 2),                  # only the fewest of a range is sure
    (r"(?:\d{3}|\d{2}x)", 0),              # a choice says nothing
    (r"0(?:2|31)\d{7}", 1),
    (r"\d?\d{3}", 0),
    (r"[0-9a-f]{4}", 0),
    (r"(?i)\d{4}", 4),
])
def test_leading_digits(pattern, digits):
    from masking.pattern_rules import leading_digits
    assert leading_digits(pattern) == digits


def test_pattern_scan_skips_only_where_a_look_behind_forbids():
    """Patterns with and without a look-behind share a pass: inside a number the scan
    still stops for the one that may start there."""
    scan = _scan_of(("GUARDED", "PHONE", r"(?<![\d\-])(?P<value>\d{3})"),
                    ("FREE", "PHONE", r"(?P<value>\d{2})(?=9)"),
                    ("WORD", "EMAIL", r"(?<![\w.])(?P<value>[a-z]\d)"),
                    # tried behind a look-ahead for digits
                    ("SIX", "KR_RRN", r"(?<![\d\-])(?P<value>\d{6})(?!\d)", r"(?<![\d\-])(?P<value>\d{4} ?\d)"))
    for text in ("12345679", "-123 4569 a1 xa1 9a1", "99999", "1-2-345", "1234 12345 123456 1234567"):
        assert scan.scan(text) == [rec.value_spans(text) for rec in scan.recognizers]
    assert scan.scan("12345679")[1] == [[(5, 7)]]   # FREE starts inside the number


def test_foreign_given_name_must_be_one_hangul_word(rules_copy):
    path = rules_copy / "recognizers" / "person.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("foreign_given_syllables: [", "foreign_given_syllables: [Maria, "), encoding="utf-8")
    with pytest.raises(RulesError, match="foreign given name"):
        Layer1.from_rules(rules_copy)
