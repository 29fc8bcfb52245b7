"""Reasons in the words of the people who read them.

Layer 1, layer 2 and the decision table explain themselves in short English lines that
tests, logs and the scorer read (``Korean name, role '민원인' before``, ``model
P(nonpublic)=0.74``). Officials read Korean: this module renders each line in plain
Korean for the Korean pages and the command line, and keeps the English line for the
English interface. A line the tables below do not know still comes out in Korean (what
kind of value it is and that a rule found it), never as a rule id or a bare score;
``tests/test_reason_text.py`` renders every reason the filter gives on the document
families and fails on such a fallback, so a new reason gets its Korean words when it is
written.

Lines that are already Korean first (``개인정보가 들어 있는 문서는 … (policy: …)``) keep
their Korean part in Korean and their English part in English.
"""
from __future__ import annotations

import re
from typing import Callable

from domain import labels

KO, EN = "ko", "en"

#: what found a span, by its source (a rule's id, a model's name), for the review table
_SOURCE_KINDS = (
    ("ner:", "통계 모델"),
    ("PERSON_PROPAGATION", "같은 문서의 반복"),
    ("VALUE_PROPAGATION", "같은 문서의 반복"),
    ("META_REDACT", "기안자 지정"),
    ("ROW_CONTEXT", "표·목록의 구조"),
    ("FIELD_LABELS", "항목·열 이름"),
    ("MANUAL", "담당자 추가"),
)

_NAME_KINDS = {
    "Korean name": "이름",
    "spaced Korean name": "띄어 쓴 이름",
    "Hangul foreign name": "한글로 쓴 외국인 이름",
    "Latin name": "로마자 이름",
    "Chinese-character name": "한자 이름",
}

_FIELD_KINDS = {"name": "이름", "address": "주소", "date": "날짜", "text": "내용", "passport": "여권번호",
                "account number": "계좌번호", "phone": "전화번호", "health": "건강 정보"}


def source_kind(source: str, lang: str = KO) -> str:
    """What kind of thing found a span (통계 모델, 규칙 …), never the rule's id alone."""
    if lang == EN:
        return source
    for prefix, ko in _SOURCE_KINDS:
        if source.startswith(prefix):
            return ko
    return "탐지 규칙"


def _label(code: str) -> str:
    return labels.KO.get(code, "개인정보")


def _labels_in(text: str) -> str:
    """``PERSON, PHONE`` → ``이름, 전화번호``."""
    return ", ".join(_label(c.strip()) for c in text.split(",") if c.strip())


# -- why a name is a private person's (the clause after "Korean name, ") -----------------
_WHY: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [(re.compile(p), f) for p, f in (
    (r"role '(.+)' \((.+)\) before", lambda m: f"앞에 사인(私人)의 역할 '{m[1]}'"),
    (r"role '(.+)' in the cell before", lambda m: f"앞 칸에 사인의 역할 '{m[1]}'"),
    (r"role '(.+)' before", lambda m: f"앞에 사인의 역할 '{m[1]}'"),
    (r"particle '(.+)'", lambda m: f"뒤에 부르는 말 '{m[1]}'"),
    (r"'(.+)' after", lambda m: f"뒤에 '{m[1]}'"),
    (r"personal details in parentheses after", lambda m: "뒤 괄호 안에 나이·연락처 같은 개인 정보"),
    (r"a mobile number or a personal identifier after", lambda m: "바로 뒤에 휴대전화 번호나 개인 식별번호"),
    (r"form of address before", lambda m: "앞에 부르는 말(Mr, Dear 등)"),
    (r"a speaker's turn in minutes", lambda m: "회의록에서 발언한 사인"),
    (r"a resident named by their flat", lambda m: "호수로 가리킨 주민"),
    (r"a resident: '(.+)' before", lambda m: f"앞에 '{m[1]}'(그곳에 사는 주민)"),
    (r"a law firm's lawyer in brackets", lambda m: "법무법인 뒤 괄호 안의 변호사"),
    (r"a party with others after it", lambda m: "뒤에 '외 N명'(사건 당사자)"),
    (r"the subject of '(.+)'", lambda m: f"'{m[1]}'의 대상이 된 사람"),
    (r"(?:the )?subject of a personal matter.*", lambda m: "징계 등 개인에 관한 일의 대상"),
)]


_UNKNOWN_WHY = "사인으로 보이는 문맥"


def _why_ko(why: str) -> str | None:
    for rx, fmt in _WHY:
        m = rx.fullmatch(why)
        if m:
            return fmt(m)
    return None


# -- one part of a detection's reason -----------------------------------------------------
_PART: list[tuple[re.Pattern, Callable[[re.Match, str], str]]] = [(re.compile(p), f) for p, f in (
    (r"pattern [\w]+(?:, \w+ ok)?(?:, context '(.+)')?",
     lambda m, l: f"{_label(l)} 형식" + (f", 주변에 '{m[1]}'" if m[1] else "")),
    (r"residence context '(.+)'", lambda m, l: f"거주를 뜻하는 말 '{m[1]}' 옆의 주소"),
    (r"(name|address|date|text|passport|account number|phone|health) under (column|row key) '(.+?)'"
     r"( in a table of officials)?",
     lambda m, l: f"{'열' if m[2] == 'column' else '항목'} '{m[3]}'의 {_FIELD_KINDS[m[1]]}"
                  + (" (공무원 명단이지만 개인에 관한 문서)" if m[4] else "")),
    (r"(Korean name|spaced Korean name|Hangul foreign name|Latin name|Chinese-character name), (.+)",
     lambda m, l: f"{_NAME_KINDS[m[1]]}: {_why_ko(m[2]) or _UNKNOWN_WHY}"),
    (r"condition '(.+)' of the sentence's subject", lambda m, l: f"문장의 주어(사람)의 건강 상태 '{m[1]}'"),
    (r"condition '(.+)' reported of a person(?: \((.+)\))?", lambda m, l: f"사람에 대해 적은 건강 상태 '{m[1]}'"),
    (r"health under the record key '(.+)'", lambda m, l: f"사람의 기록 중 '{m[1]}' 항목의 건강 정보"),
    (r"statistical NER \((\w+)\)", lambda m, l: f"통계 모델이 찾은 {_label(m[1])}"),
    (r"in a (?:row|record) about a private person \((.+)\)", lambda m, l: f"사인의 정보({_labels_in(m[1])})가 있는 줄"),
    (r"(?:[\w ]+) in a row about a private person \((.+)\)",
     lambda m, l: f"사인의 정보({_labels_in(m[1])})가 있는 줄의 {_label(l)}"),
    (r"name heading a list item about a private person \((.+)\)",
     lambda m, l: f"사인의 정보({_labels_in(m[1])})가 있는 목록 항목의 맨 앞 이름"),
    (r"same name found as a private person elsewhere in the document", lambda m, l: "문서의 다른 곳에서 사인으로 확인된 같은 이름"),
    (r"same value found as personal information elsewhere in the document", lambda m, l: "문서의 다른 곳에서 개인정보로 확인된 같은 값"),
    (r"given name of a private person named in full elsewhere in the document",
     lambda m, l: "문서의 다른 곳에 성과 이름을 모두 적은 사인의 이름"),
    (r"the next name of a list a private person's name opens", lambda m, l: "사인의 이름으로 시작하는 목록의 다음 이름"),
    (r"surname and 씨 of a private person named in full elsewhere in the document",
     lambda m, l: "문서의 다른 곳에 성과 이름을 모두 적은 사인의 성(…씨)"),
    (r"the same person's name in another script, in brackets after it", lambda m, l: "같은 사람의 이름을 다른 글자로 괄호 안에 적음"),
    (r"foreign name written in Hangul and in Latin letters together", lambda m, l: "한글과 로마자로 함께 쓴 외국인 이름"),
    (r"Latin name after a title, a greeting or a letter's closing, or before 씨",
     lambda m, l: "호칭·인사말·편지 끝맺음 뒤나 '씨' 앞의 로마자 이름"),
    (r"a name typed a syllable apart, introduced or addressed as a person", lambda m, l: "한 글자씩 띄어 쓴 사람 이름"),
    (r"two persons with an arrow between them: one hands over to the other", lambda m, l: "화살표로 이어 적은 두 사람(인계)"),
    (r"a name on the line above a private person'?s? addressee\)?|a name on the line above .*",
     lambda m, l: "사인에게 보내는 글의 받는 사람 줄의 이름"),
    (r"a full name, the subject of a sentence about a condition", lambda m, l: "건강 상태를 적은 문장의 주어인 이름"),
    (r"a full date in brackets right after a private person's name", lambda m, l: "사인의 이름 바로 뒤 괄호 안 날짜(생년월일)"),
    (r"a name heading a line of a roster of persons", lambda m, l: "사람 명단 줄의 맨 앞 이름"),
    (r"a speaker of an exported chat named as a person", lambda m, l: "대화 기록에서 말한 사람의 이름"),
    (r"a record of a number, a name and a date written inline", lambda m, l: "번호·이름·날짜를 한 줄에 적은 기록"),
    (r"the health reason of a personnel row on sick leave", lambda m, l: "휴직자 명단의 건강상 사유"),
    (r"document is about this official as a person", lambda m, l: "공무원 개인에 관한 문서(징계·평정 등)"),
    (r"address down to a household unit", lambda m, l: "호수까지 적은 주소(세대)"),
    (r"address shape only \((.+)\)", lambda m, l: "주소 형식(사인의 정보가 있는 줄이어야 가림)"),
    (r"a neighbour's household named by its unit", lambda m, l: "호수로 가리킨 세대"),
    (r"a household's flat \((.+)\)", lambda m, l: "세대의 동·호수"),
    (r"a home \('(.+)'\) in or after the address", lambda m, l: f"주소 안이나 뒤에 집의 종류('{m[1]}')"),
    (r"an estate's building and flat", lambda m, l: "단지의 동·호수"),
    (r"header names a phone, row is about a private person", lambda m, l: "사인의 정보가 있는 줄의 전화번호 열"),
    (r"term marked for masking by the drafter", lambda m, l: "기안자가 가리도록 지정한 말"),
)]


def detection_reason(reason: str, label: str, lang: str = KO) -> str:
    """Why a span was masked, for a person: Korean, or the English line for ``en``."""
    if lang == EN:
        return reason
    unknown = f"{_label(label)}: 자동 탐지 규칙이 찾음"
    out = [_part_ko(p, label) or unknown for p in _parts(reason)]
    return "; ".join(dict.fromkeys(out)) or unknown


def _parts(reason: str) -> list[str]:
    return [p.strip() for p in reason.split(";") if p.strip()]


def _part_ko(part: str, label: str) -> str | None:
    """One part of a reason in Korean, or None if no line of the table knows it."""
    for rx, fmt in _PART:
        m = rx.fullmatch(part)
        if m:
            return fmt(m, label)
    return None


def known_detection_reason(reason: str) -> bool:
    """Whether every part of ``reason`` has its own Korean words (the tests ask)."""
    return all((ko := _part_ko(p, "PERSON")) is not None and _UNKNOWN_WHY not in ko for p in _parts(reason))


# -- a document's reasons (the decision table, layer 2, the checks after it) --------------
_GRADE = {"public": "공개", "partial": "부분공개", "nonpublic": "비공개"}


def _grounds(text: str) -> str:
    """``item 4, item 6`` → ``제4호, 제6호`` (제9조제1항)."""
    return re.sub(r"items? (\d)", r"제\1호", text).replace(" and ", ", ")


def _pct(x: str) -> str:
    return f"{float(x) * 100:.0f}%"


_DOC: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [(re.compile(p), f) for p, f in (
    (r"model P\(nonpublic\)=([\d.]+)", lambda m: f"분류 모델이 본 비공개 가능성 {_pct(m[1])}"),
    (r"calibrated confidence ([\d.]+)", lambda m: f"자동 판정의 신뢰도 {_pct(m[1])}"),
    (r"rules and model agree", lambda m: "규칙과 분류 모델의 판단이 같음"),
    (r"layer 2: (\w+) \((.+)\), confidence ([\d.]+)",
     lambda m: f"자동 분류: {_GRADE.get(m[1], m[1])}"
               + ("" if m[2] == "none" else f" ({_grounds(m[2])})") + f", 신뢰도 {_pct(m[3])}"),
    (r"layer 1 found (\d+) personal-information span\(s\): masked, ground 6",
     lambda m: f"개인정보 {m[1]}건을 찾아 가림 (제9조제1항제6호)"),
    (r"(public|partial): released automatically \(approved by (.+)\)",
     lambda m: f"{_GRADE[m[1]]}: 자동 공개 ({m[2]} 결재)"),
    (r"(public|partial|nonpublic) but uncertain \(confidence ([\d.]+) < ([\d.]+)\)",
     lambda m: f"{_GRADE[m[1]]}(으)로 보이나 자동 판정의 신뢰도가 낮음 ({_pct(m[2])}, 기준 {_pct(m[3])})"),
    (r"probably nonpublic \((.+)\) but uncertain.*", lambda m: f"비공개({_grounds(m[1])})로 보이나 확실하지 않음"),
    (r"looks nonpublic but no ground of Art\. 9\(1\) was identified",
     lambda m: "비공개로 보이나 정보공개법 제9조제1항의 근거를 찾지 못함"),
    (r"drafter marked (\w+) but layer 2 says (\w+): a person must confirm",
     lambda m: f"기안자는 {_GRADE.get(m[1], m[1])}(으)로 표시했으나 자동 분류는 {_GRADE.get(m[2], m[2])}: 담당자가 확인해야 함"),
    (r"partial under (.+?): an exempt part other than personal.*",
     lambda m: f"개인정보 외의 비공개 부분({_grounds(m[1])})이 있는 부분공개: 담당자가 가릴 곳을 정해야 함"),
    (r"partial for personal information, but layer 1 marked nothing to mask",
     lambda m: "개인정보 때문에 부분공개로 보이나 가린 곳이 없음"),
    (r"automatic publishing is switched off \(auto_publish: false\)", lambda m: "자동 공개가 꺼져 있음"),
    (r"automatic publishing is paused \(disclosure resume\)", lambda m: "자동 공개가 일시 중지됨"),
    (r"approver rank '?(.+?)'? is unknown: not released automatically", lambda m: f"결재권자 직급({m[1]})을 알 수 없어 자동 공개하지 않음"),
    (r"approved by (.+), below (.+?):.*", lambda m: f"{m[1]} 결재: 자동 공개 기준({m[2]} 이상)보다 낮음"),
    (r"nonpublic under (.+)", lambda m: f"비공개: {_grounds(m[1])}"),
    (r"withheld under (.+) while the decision is in progress; re-examine on (.+)",
     lambda m: f"의사결정 과정 중이라 비공개({_grounds(m[1])}); {m[2]}에 다시 검토"),
    (r"item 5 only: decision expected (.+)", lambda m: f"제5호(의사결정 과정)만 해당: 결정 예정일 {m[1]}"),
    (r"item 5 only: no decision date stated", lambda m: "제5호(의사결정 과정)만 해당: 결정 예정일이 적혀 있지 않음"),
    (r"rule item (\d): (.+?)(?:; still open: (.+))?",
     lambda m: f"제{m[1]}호에 해당하는 표현: {m[2]}" + (f"; 아직 끝나지 않았다는 표현: {m[3]}" if m[3] else "")),
    (r"rule withhold language: (.+)", lambda m: f"비공개를 뜻하는 표현: {m[1]}"),
    (r"rule partial-masking language: (.+)", lambda m: f"일부를 가린다는 표현: {m[1]}"),
    (r"rule document type '(.+)' is nonpublic by its nature: (.+)",
     lambda m: f"문서 종류 '{m[1]}'는 성격상 비공개: {_grounds(m[2])}"),
    (r"the text is written in articles .*", lambda m: "법령·조례처럼 조문으로 쓴 문서"),
    (r"the text cites (\d+) items of Art\. 9\(1\) itself: a guide to the grounds",
     lambda m: f"본문이 정보공개법 제9조제1항의 {m[1]}개 호를 스스로 인용함: 근거를 안내하는 글로 봄"),
    (r"model grounds: (.+)",
     lambda m: "분류 모델이 본 근거: " + re.sub(r"item (\d) \(([\d.]+)\)",
                                          lambda g: f"제{g[1]}호 {_pct(g[2])}", m[1])),
    (r"no calibration for this combination: treated as uncertain", lambda m: "이 경우의 신뢰도 자료가 없어 불확실로 처리"),
    (r"only subject words of a ground.*", lambda m: "비공개 근거의 주제어만 있음: 근거로 삼지 않음"),
    (r"a text written in articles \(a law or a bill\) that the model calls nonpublic.*",
     lambda m: "법령·의안처럼 조문으로 쓴 글: 모델의 비공개 판단을 따르지 않음"),
    (r"ground from the model's best guess: item (\d)", lambda m: f"모델이 가장 가능성 높게 본 근거: 제{m[1]}호"),
    (r"the document masks an exempt part: (.+)", lambda m: f"문서가 스스로 비공개 부분을 가림: {_grounds(m[1])}"),
    (r"DISAGREEMENT: rules say nonpublic, model says releasable",
     lambda m: "판단이 엇갈림: 규칙은 비공개, 분류 모델은 공개 가능 — 담당자가 확인해야 함"),
    (r"DISAGREEMENT: model says nonpublic, rules do not.*",
     lambda m: "판단이 엇갈림: 분류 모델은 비공개, 규칙은 아님 — 담당자가 확인해야 함"),
    (r"rules are inconclusive \(subject or withholding language alone\); model says releasable",
     lambda m: "규칙만으로 판단할 수 없음(주제어나 비공개 표현만 있음); 분류 모델은 공개 가능으로 봄"),
    (r"masked text unavailable", lambda m: "가린 본문을 만들지 못함"),
    (r"no decision could be made", lambda m: "자동 판정을 하지 못함"),
    (r"layer 1 \(personal information\) failed(.*?): (.+)", lambda m: f"개인정보 검사(1단계)가 실패함: {m[2]}"),
    (r"layer 2 \(disclosure grade\) failed: (.+)", lambda m: f"공개 등급 판정(2단계)이 실패함: {m[1]}"),
    (r"decision failed: (.+)", lambda m: f"공개 결정이 실패함: {m[1]}"),
    (r"decision table could not be applied: (.+)", lambda m: f"공개 결정표를 적용하지 못함: {m[1]}"),
    (r"layer 2 gave no readable grade \((.+)\)", lambda m: f"공개 등급 판정 결과를 읽을 수 없음 ({m[1]})"),
    (r"layer 2 confidence (.+) is not a probability", lambda m: f"공개 등급 판정의 신뢰도 값이 올바르지 않음 ({m[1]})"),
)]

_KOREAN_FIRST = re.compile(r"[가-힣]")
_ENGLISH_TAIL = re.compile(r"^(.*[가-힣].*?) \(([A-Za-z][^()]*)\)$", re.S)


def decision_reason(reason: str, lang: str = KO) -> str:
    """Why a document was flagged, withheld or published, for a person."""
    m = _ENGLISH_TAIL.match(reason)
    if m and _KOREAN_FIRST.match(reason):          # "한국어 … (English)": already both
        return m[2] if lang == EN else m[1]
    if lang == EN or _KOREAN_FIRST.match(reason):
        return reason
    for rx, fmt in _DOC:
        found = rx.fullmatch(reason)
        if found:
            return fmt(found)
    return "자동 판정 근거 (영문 기록: " + reason + ")"


def known_decision_reason(reason: str) -> bool:
    """Whether ``reason`` has its own Korean words (or already starts in Korean)."""
    return bool(_KOREAN_FIRST.match(reason)) or any(rx.fullmatch(reason) for rx, _ in _DOC)
