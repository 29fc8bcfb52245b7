"""The second screen (2차 점검): what is still readable after layer 1, checked again.

Seoul's plaza filtered twice. Layer 1 finds personal information by its rules and its
model; this screen shares none of them. It reads the document as it will be published
(the text minus layer 1's spans) and looks for what should not be readable there:

* identifier-shaped digit runs: every mobile number, resident and foreigner numbers,
  card numbers, account numbers on a bank line, passports, vehicle plates on a vehicle
  line, birth dates after a birth-date label, a landline on a line that names a private
  person and no office, an e-mail address at a free mail service;
* a name-shaped word right after a private role (민원인 홍길동, 원고 남궁민수는), a Latin
  name after a form of address (Ms Nguyen);
* tables: a column where layer 1 masked some cells as names and left other name-shaped
  cells readable, and a row whose other private values were masked while a name-shaped
  cell stayed readable.

Its vocabulary (roles, bank and office words, free mail domains, surnames) is in
``rules/second_screen.yaml``. Names of the document's own officials (drafter,
approver) and names right after an official's title are never suspects. A document
with a suspect is not published automatically: :func:`screen_reasons` gives the
official one plain Korean line per kind, with where to look (never the value itself).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from domain import labels
from domain.types import Detection, DocumentMeta
from rules import load_yaml

PREFIX = "가려지지 않은 개인정보 의심"
ENGLISH = "(second screen: suspected personal information left unmasked)"


class ScreenRulesError(ValueError):
    """rules/second_screen.yaml is missing or invalid."""


class ScreenRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    private_roles: tuple[str, ...]
    official_roles: tuple[str, ...]
    bank_words: tuple[str, ...]
    office_words: tuple[str, ...]
    corporate_number_words: tuple[str, ...]
    personal_mail_domains: tuple[str, ...]
    surnames: tuple[str, ...]
    surnames2: tuple[str, ...]
    organisation_words: tuple[str, ...]
    public_vehicle_words: tuple[str, ...]
    health_words: tuple[str, ...]
    hanja_surnames: tuple[str, ...]

    @field_validator("surnames", "hanja_surnames", mode="before")
    @classmethod
    def _split(cls, v):
        return v.split() if isinstance(v, str) else v

    @field_validator("*")
    @classmethod
    def _words(cls, v):
        if not v or any(not isinstance(w, str) or not w.strip() for w in v):
            raise ValueError("a non-empty list of words is needed")
        return tuple(w.strip() for w in v)


def load_screen_rules(rules_dir: str | Path | None = None) -> ScreenRules:
    if rules_dir is None:
        from rules import rules_dir as package_rules_dir

        rules_dir = package_rules_dir()
    path = Path(rules_dir) / "second_screen.yaml"
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
        return ScreenRules.model_validate(raw)
    except FileNotFoundError as e:
        raise ScreenRulesError(f"{path}: file not found") from e
    except (yaml.YAMLError, ValidationError) as e:
        raise ScreenRulesError(f"{path}: {e}") from e


@dataclass(frozen=True)
class Suspect:
    """Something readable that looks like personal information."""

    kind: str            # plain Korean: 휴대전화 번호, '민원인' 뒤 이름 ...
    start: int
    end: int
    where: str = ""      # a table column, when the suspect is one (3번 표 '대상자' 열)


# --- identifier shapes --------------------------------------------------------------
_MOBILE = re.compile(r"(?<![\d-])(?:\+82[-. ]?\(?0?|\(?0)1[016789]\)?[-. ]?\d{3,4}[-. ]?\d{4}(?!-?\d)")
_LANDLINE = re.compile(r"(?<![\d-])\(?0(?:2|[3-6][1-5]|70)\)?[-. )]?\d{3,4}[-. ]\d{4}(?!-?\d)")
_RRN = re.compile(r"(?<![\d-])(\d{2})(\d{2})(\d{2})\s?-?\s?([1-8])(?:\d{6}|[*＊xX●○]{6})(?![\d*])")
_CARD = re.compile(r"(?<![\d-])\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}(?![\d-])")
_ACCOUNT = re.compile(r"(?<![\dA-Za-z-])\d{2,6}(?:-\d{2,7}){1,4}(?![\d-])|(?<![\dA-Za-z])\d{10,14}(?!\d)")
_BUSINESS_NO = re.compile(r"\d{3}-\d{2}-\d{5}")
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])[MSRODG](?:\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])")
_PLATE = re.compile(r"(?<![\d가-힣])(?:(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)\s?)?\d{2,3}\s?[가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호]"
                    r"\s?\d{4}(?!\d)")
_VEHICLE_WORDS = ("차량", "번호판", "주차", "운전", "단속", "견인", "오토바이", "이륜", "택시", "화물",
                  "승용", "vehicle", "Vehicle", "plate", "car ")
_BIRTH = re.compile(r"(?:생년월일|출생일|출생|생일|date of birth|Date of birth|DOB|born)\W{0,6}"
                    r"((?:19|20)?\d{2}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+\s?(?:@|\(at\)|\[at\]|＠)\s?([A-Za-z0-9-]+(?:\s?(?:\.|\(dot\))\s?[A-Za-z0-9-]+)+)")
_LATIN_NAME = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?\s+((?:[A-Z][A-Za-z'\-]+)(?:\s[A-Z][A-Za-z'\-]+)?)")

# --- names ----------------------------------------------------------------------------
_PARTICLES = ("", "은", "는", "이", "가", "을", "를", "의", "에게", "께", "께서", "도", "와", "과",
              "님", "씨", "님께서", "님께", "님은", "님의", "님이", "씨는", "씨가", "씨의", "씨에게",
              "이다", "입니다", "이며", "이고", "로", "으로", "에게서", "한테", "만", "및", "외", "등")
_HANGUL_RUN = re.compile(r"[가-힣]+")
_SPACED = re.compile(r"[가-힣](?: [가-힣]){1,3}(?![가-힣])")
_SPACED_BEFORE = re.compile(r"(?<!\w)[가-힣](?: [가-힣]){1,3}$|(?<!\w)[가-힣] [가-힣]{2}$")
_SURNAME_SPACED = re.compile(r"[가-힣] [가-힣]{1,2}")
_SURNAME_SPACED_AT = re.compile(r"[가-힣] [가-힣]{2}(?=\s?(?:님|씨|귀하)|[(（,)）]|\s*$)", re.M)
_BRACKET = re.compile(r"(?<=[가-힣 ])[(（]([^()（）\n]{1,20})[)）]")
_HANJA_RUN = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])")
_SPACED3 = re.compile(r"(?<![가-힣])[가-힣] [가-힣] [가-힣]"
                      r"(?=\s?(?:님|씨)|[(（,:]|[은는이가을를의](?![가-힣]))")
#: a speaker's turn: a name at the head of a line, perhaps in brackets and with an aside,
#: then a colon, an arrow or the closing bracket (이정수: / 【이정수】 / - 이정수(주민) :)
_SPEAKER = re.compile(r"^[ \t]*(?:[-○●◦·▶•*]\s*)?[【\[]?([가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})[】\]]?[ \t]*"
                      r"(?:[(（]([^)）\n]{0,14})[)）])?[ \t]*(?:[:：▶]|(?<=[】\]]))", re.M)
#: what a speaker says is a sentence: it ends in a verb's ending (…합니다. / …요? / …다)
_SPOKEN = re.compile(r"(?:다|요|까|죠|네|군|오|함|음|임)[.?!…\s\"'”’]*$")
#: a household's unit with its resident in brackets: 1203호(김영희)
_UNIT_NAME = re.compile(r"\d{2,4}호\s?[(（]([가-힣]{2,4})[)）]")
#: an English party line: From: / Applicant: / Witness: John Smith
_EN_PARTY = re.compile(r"\b(?:From|To|Cc|Witness|Applicant|Complainant|Resident|Tenant|Patient|Owner|Driver|"
                       r"Victim|Name|Guardian|Student|Employee)\s*:\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})")
_EN_OFFICIAL = re.compile(r"Director|Officer|Manager|Team Leader|Leader|Mayor|Councill?or|Chief|Head|Division|"
                          r"Department|Office|Center|Centre|City|District|go\.kr", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n")
_GENERIC_HEADERS = {"성명", "이름", "인적사항", "본인", "대표", "당사자"}
_AGE_OR_SIR = re.compile(r"[(（]\d{1,3}세|\s?씨(?![가-힣])|\s씨[는가의에를]")
_ADDRESSEE = re.compile(r"\s?(?:님|씨)?\s?귀하")


def _line_bounds(text: str, i: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    return s, (len(text) if e < 0 else e)


class _Readable:
    """Which characters of the text layer 1 left readable."""

    def __init__(self, text: str, detections: list[Detection]):
        self.text = text
        covered = bytearray(len(text))
        for d in detections:
            s, e = max(0, d.start), min(len(text), d.end)
            if e > s:
                covered[s:e] = b"\x01" * (e - s)
        self.covered = covered
        self.private_lines: set[int] = set()     # line starts holding a masked value
        for d in detections:
            if 0 <= d.start < len(text):
                self.private_lines.add(_line_bounds(text, d.start)[0])
        self.person_spans = [(d.start, d.end) for d in detections if d.label == "PERSON"]
        self.id_lines: set[int] = {_line_bounds(text, d.start)[0] for d in detections
                                   if d.label in labels.IDENTIFIER and 0 <= d.start < len(text)}

    def shows(self, s: int, e: int) -> bool:
        """Is any letter or digit of text[s:e] left readable?"""
        return any(not self.covered[i] and self.text[i].isalnum() for i in range(s, e))

    def hidden(self, s: int, e: int) -> bool:
        return all(self.covered[i] or not self.text[i].isalnum() for i in range(s, e))


def _valid_date(yy: str, mm: str, dd: str) -> bool:
    return 1 <= int(mm) <= 12 and 1 <= int(dd) <= 31


class SecondScreen:
    def __init__(self, rules: ScreenRules | None = None):
        self.rules = rules or load_screen_rules()
        r = self.rules
        self._surnames = frozenset(r.surnames)
        self._surnames2 = frozenset(r.surnames2)
        self._two_letter_surname = re.compile(
            "(?<![가-힣])(?:" + "|".join(sorted(map(re.escape, r.surnames2))) + ")(?=[가-힣])") if r.surnames2 else re.compile("(?!x)x")
        # a column headed by a private role holds private persons (성명 and 이름 head
        # officials' columns as often: a personnel notice)
        self._health_words = re.compile(
            "|".join(map(re.escape, sorted(r.health_words, key=len, reverse=True))), re.IGNORECASE)
        self._name_headers = tuple(w for w in r.private_roles if len(w) >= 2 and w not in _GENERIC_HEADERS)
        # an official's title at the end or start of a word (상황실장, 경비반장): one
        # str.endswith / str.startswith call takes them all
        self._titles = tuple(t for t in r.official_roles if len(t) >= 2)
        self._organisation_rx = re.compile("|".join(map(re.escape, (*r.bank_words, *r.organisation_words))))
        self._role_words = frozenset(r.private_roles) | frozenset(r.official_roles) \
            | {w + p for w in r.private_roles for p in ("이", "은", "는", "가", "을", "의")}
        roles = sorted(r.private_roles, key=len, reverse=True)
        spaced = [" ?".join(w) for w in roles if len(w) == 3]            # 민 원 인
        self._private_role = re.compile(
            "(?<![가-힣])(" + "|".join([*map(re.escape, roles), *spaced]) + r")(?:\s?(?:인|씨|님))?"
            r"(?:[ \t]{0,12}[:：│┃|-][ \t]{0,12}|[ \t(（\[]{1,3})")
        self._official_before = re.compile(
            "(?:" + "|".join(map(re.escape, sorted(r.official_roles, key=len, reverse=True))) + r")[\s:：]{0,2}$")

    # -- public API ----------------------------------------------------------------------
    def screen(self, text: str, detections: list[Detection], meta: DocumentMeta | None = None) -> list[Suspect]:
        meta = meta or DocumentMeta()
        if not isinstance(text, str) or not text:
            return []
        seen = _Readable(text, detections)
        officials = {n.replace(" ", "") for n in (meta.drafter, meta.approver) if n}
        out: list[Suspect] = []
        tables = _find_tables(text)
        out += self._identifiers(text, seen, _Where(text, tables))
        out += self._names_after_roles(text, seen, officials)
        out += self._names_before_roles(text, seen, officials)
        out += self._tables(text, seen, officials, tables)
        out += self._record_lines(text, seen, officials)
        out += self._loose_names(text, seen, officials)
        out += self._health(text, seen)
        return _dedupe(out)

    # -- identifiers ---------------------------------------------------------------------
    def _identifiers(self, text: str, seen: _Readable, where: "_Where") -> list[Suspect]:
        r = self.rules
        out: list[Suspect] = []
        for m in _MOBILE.finditer(text):
            if seen.shows(*m.span()):
                out.append(Suspect("휴대전화 번호", *m.span()))
        for m in _RRN.finditer(text):
            if not _valid_date(*m.groups()[:3]) or not seen.shows(*m.span()):
                continue
            if _has(where.around(m.start()) + where.before(m.start()), r.corporate_number_words):
                continue
            kind = "외국인등록번호" if m.group(4) in "5678" else "주민등록번호"
            out.append(Suspect(kind, *m.span()))
        for m in _CARD.finditer(text):
            if seen.shows(*m.span()):
                out.append(Suspect("카드 번호", *m.span()))
        for m in _ACCOUNT.finditer(text):
            digits = sum(c.isdigit() for c in m.group())
            if not 10 <= digits <= 16 or _BUSINESS_NO.fullmatch(m.group()) or not seen.shows(*m.span()):
                continue
            if _MOBILE.fullmatch(m.group()) or _LANDLINE.fullmatch(m.group()) or _CARD.fullmatch(m.group()):
                continue
            if _has(where.around(m.start()), r.bank_words) and not _has(where.row(m.start()), r.organisation_words):
                out.append(Suspect("계좌 번호", *m.span()))
        for m in _LANDLINE.finditer(text):
            if _MOBILE.fullmatch(m.group()) or not seen.shows(*m.span()):
                continue
            row = where.row(m.start())
            private = where.row_start(m.start()) in seen.private_lines or self._private_role.search(row)
            before = where.before(m.start())
            if private and not _has(before, r.office_words) and not self._ends_official(before):
                out.append(Suspect("개인 전화번호", *m.span()))
        for m in _PASSPORT.finditer(text):
            if seen.shows(*m.span()):
                out.append(Suspect("여권 번호", *m.span()))
        for m in _PLATE.finditer(text):
            if (seen.shows(*m.span()) and _has(where.around(m.start()), _VEHICLE_WORDS)
                    and not _has(where.row(m.start()), r.public_vehicle_words)):
                out.append(Suspect("차량 번호", *m.span()))
        for m in _BIRTH.finditer(text):
            if seen.shows(*m.span(1)):
                out.append(Suspect("생년월일", *m.span(1)))
        for m in _EMAIL.finditer(text):
            domain = re.sub(r"\s|\(dot\)", lambda x: "" if x.group().isspace() else ".", m.group(1)).lower()
            if seen.shows(*m.span()) and any(domain == d or domain.endswith("." + d)
                                             for d in r.personal_mail_domains):
                out.append(Suspect("개인 전자우편 주소", *m.span()))
        for m in _LATIN_NAME.finditer(text):
            if seen.shows(*m.span(1)):
                out.append(Suspect("영문 이름", *m.span(1)))
        return out

    def _ends_official(self, before: str) -> bool:
        """The text before a value ends with an official's title (… 경비반장 김진호 |)."""
        words = re.findall(r"[가-힣]+", before)[-3:]
        return any(w.endswith(self._titles) for w in words)

    # -- names ---------------------------------------------------------------------------
    def name_shaped(self, word: str, strong: bool = False) -> bool:
        """A surname and one to three syllables that is not an ordinary Korean word.
        ``strong``: the context says a person follows (a private role right before), so a
        proper noun Kiwi knows (홍길동) is a name too."""
        if " " in word and not (_SPACED.fullmatch(word) or (_SURNAME_SPACED.fullmatch(word)
                                                             and word[0] in self._surnames)):
            return False                        # two words (주거 취약), not 홍 재 석 or 김 경숙
        w = word.replace(" ", "")
        if not 2 <= len(w) <= 5 or not _HANGUL_RUN.fullmatch(w) or w[1] == "모":
            return False                        # 박모씨: already anonymised
            return False
        if w[:2] in self._surnames2 and 3 <= len(w) <= 5:
            pass
        elif w[0] not in self._surnames or len(w) > 4:
            return False
        elif not strong and len(w) == 4:
            return False                        # 주소득자, 국번없이: four syllables, one-syllable surname
        if w in self._role_words:
            return False                        # 민원인, 주무관: the role, not the name
        if not strong and _SURNAME_SPACED.fullmatch(word) and _ordinary_word(word[2:]):
            return False                        # 전 직원: a word before an ordinary noun
        return not _ordinary_word(w, strong)

    def _name_at(self, text: str, i: int, strong: bool = True) -> tuple[int, int] | None:
        """A name-shaped word starting at ``i`` (its particle left off); ``strong``: see
        :meth:`name_shaped`."""
        for shape in (_SPACED, _SURNAME_SPACED_AT):
            m = shape.match(text, i)
            if m and self.name_shaped(m.group()):
                return m.span()
        m = _HANGUL_RUN.match(text, i)
        if not m:
            return None
        run = m.group()
        fits = [n for n in range(min(len(run), 5), 1, -1)
                if run[n:] in _PARTICLES and self.name_shaped(run[:n], strong=strong)]
        # 남궁민수는: the name without its particle, when both readings fit
        fits.sort(key=lambda n: (run[n:] == "", -n))
        return (i, i + fits[0]) if fits else None

    def _official(self, text: str, s: int, word: str, officials: set[str]) -> bool:
        """The document's own official, or a name with an official's title right before
        it (주무관 홍길동) or right after it (이현정 팀장)."""
        if word.replace(" ", "") in officials:
            return True
        ls, le = _line_bounds(text, s)
        if self._official_before.search(text[max(ls, s - 12):s]):
            return True
        after = re.match(r"[\s(（]{0,2}([가-힣]+)", text[s + len(word):le])
        return bool(after) and (after.group(1).startswith(self._titles) or after.group(1).endswith(self._titles))

    def _record_lines(self, text: str, seen: _Readable, officials: set[str]) -> list[Suspect]:
        """A line that held a masked identifier (a resident number, a mobile, an account
        ...) is a record about a person: a proper noun left readable on it is a suspect."""
        out: list[Suspect] = []
        for ls in sorted(seen.id_lines):
            _, le = _line_bounds(text, ls)
            line = text[ls:le]
            for run in _HANGUL_RUN.finditer(line):
                span = self._name_at(text, ls + run.start(), strong=False)
                if not span:
                    continue
                s, e = span
                word = text[s:e]
                if not seen.shows(s, e) or not self.name_shaped(word) or self._organisation(word):
                    continue
                if re.match(r"-?\d", text[e:e + 2]):      # 남현-08, 노원-022: a code
                    continue
                if self._official(text, s, word, officials) or _has(text[max(ls, s - 6):s], ("㈜", "(주)")):
                    continue
                if _cells(line, ls) and self._official_row(text, _cells(line, ls), (s, e), officials):
                    continue
                out.append(Suspect("가려진 번호와 같은 줄의 이름", s, e))
        return out

    def _names_after_roles(self, text: str, seen: _Readable, officials: set[str]) -> list[Suspect]:
        out: list[Suspect] = []
        for m in self._private_role.finditer(text):
            span = self._name_at(text, m.end())
            if not span or not seen.shows(*span):
                continue
            word = text[span[0]:span[1]]
            if self._official(text, span[0], word, officials):
                continue
            out.append(Suspect(f"'{m.group(1)}' 뒤 이름", *span))
        return out

    def _names_before_roles(self, text: str, seen: _Readable, officials: set[str]) -> list[Suspect]:
        """A name-shaped word before a private role in brackets (김초롱(토지등소유자),
        리샤오밍(주민)) or before 귀하 (김 나래 님 귀하)."""
        out: list[Suspect] = []
        for m in _BRACKET.finditer(text):
            inside = m.group(1).strip()
            if len(inside) > 10 or any(c.isdigit() for c in inside):
                continue
            role = next((w for w in self.rules.private_roles
                         if inside.endswith(w) or inside.startswith(w + " ")), None)
            if not role or self._ends_official(inside) or _has(inside, self.rules.official_roles):
                continue
            span = self._name_before(text, m.start())
            if span and seen.shows(*span) and not self._official(text, span[0], text[span[0]:span[1]], officials):
                out.append(Suspect(f"'({role})' 앞 이름", *span))
        for m in _AGE_OR_SIR.finditer(text):
            span = self._name_before(text, m.start())
            if span and seen.shows(*span) and not self._official(text, span[0], text[span[0]:span[1]], officials):
                out.append(Suspect("나이나 '씨' 앞 이름", *span))
        for m in _ADDRESSEE.finditer(text):
            span = self._name_before(text, m.start())
            if span and seen.shows(*span) and not self._official(text, span[0], text[span[0]:span[1]], officials):
                out.append(Suspect("'귀하' 앞 이름", *span))
        return out

    def _name_before(self, text: str, end: int) -> tuple[int, int] | None:
        """The name-shaped word that ends at ``end`` (spaces before ``end`` skipped)."""
        while end > 0 and text[end - 1] == " ":
            end -= 1
        m = _SPACED_BEFORE.search(text, max(0, end - 8), end)
        if m and m.end() == end and self.name_shaped(m.group()):
            return m.span()
        start = end
        while start > 0 and "가" <= text[start - 1] <= "힣":
            start -= 1
        return (start, end) if self.name_shaped(text[start:end]) else None

    def _loose_names(self, text: str, seen: _Readable, officials: set[str]) -> list[Suspect]:
        """Name forms that ordinary writing hardly has: hanja names (洪在錫) and a name
        spelt syllable by syllable (현 재 훈)."""
        out: list[Suspect] = []
        starts = tuple(self.rules.hanja_surnames)
        for m in _HANJA_RUN.finditer(text):
            glossed = m.start() >= 2 and text[m.start() - 1] in "(（" and "가" <= text[m.start() - 2] <= "힣" \
                and seen.shows(m.start() - 2, m.start() - 1)
            if m.group().startswith(starts) and seen.shows(*m.span()) and not glossed:
                out.append(Suspect("한자 이름", *m.span()))
        for m in _SPEAKER.finditer(text):
            word, aside = m.group(1), m.group(2) or ""
            _, le = _line_bounds(text, m.end())
            if not _SPOKEN.search(text[m.end():le]):
                continue                               # 시설명: 구립 체육센터 is a key and its value
            if (seen.shows(*m.span(1)) and self.name_shaped(word) and not _has(aside, self.rules.official_roles)
                    and not self._official(text, m.start(1), word, officials)):
                out.append(Suspect("발언자 이름", *m.span(1)))
        for m in _UNIT_NAME.finditer(text):
            if seen.shows(*m.span(1)) and self.name_shaped(m.group(1), strong=True):
                out.append(Suspect("호수 옆 이름", *m.span(1)))
        for m in _EN_PARTY.finditer(text):
            ls, le = _line_bounds(text, m.end())
            if seen.shows(*m.span(1)) and not _EN_OFFICIAL.search(text[ls:le]):
                out.append(Suspect("영문 이름", *m.span(1)))
        for m in self._two_letter_surname.finditer(text):
            # a two-letter surname (남궁, 황보, 제갈, 선우 …) opens few ordinary words: a
            # name-shaped word that opens with one is a suspect wherever it stands
            span = self._name_at(text, m.start(), strong=False)
            if span and seen.shows(*span) and not self._official(text, span[0], text[span[0]:span[1]], officials):
                out.append(Suspect("두 글자 성 이름", *span))
        for m in _SPACED3.finditer(text):
            word = m.group()
            if (word[0] in self._surnames and seen.shows(*m.span()) and self.name_shaped(word)
                    and not self._official(text, m.start(), word, officials)):
                out.append(Suspect("띄어 쓴 이름", *m.span()))
        return out

    def _health(self, text: str, seen: _Readable) -> list[Suspect]:
        """A health word left readable in a sentence with a masked name or a private role."""
        out: list[Suspect] = []
        for ss, se in _sentences(text):
            sentence = text[ss:se]
            named = any(ss <= ps < se for ps, _ in seen.person_spans) or self._private_role.search(sentence)
            if not named:
                continue
            for m in self._health_words.finditer(sentence):
                if seen.shows(ss + m.start(), ss + m.end()):
                    out.append(Suspect("이름과 같은 문장의 건강 정보", ss + m.start(), ss + m.end()))
                    break
        return out

    # -- tables --------------------------------------------------------------------------
    def _tables(self, text: str, seen: _Readable, officials: set[str], tables) -> list[Suspect]:
        out: list[Suspect] = []
        for number, table in enumerate(tables, 1):
            header = table[0]
            # a first row with a masked value is data, not a header
            body = table if any(any(seen.covered[s:e]) for s, e in header) else table[1:]
            ncols = max(len(row) for row in table)
            for col in range(ncols):
                masked, readable = 0, []
                for row in body:
                    if col >= len(row):
                        continue
                    s, e = row[col]
                    if any(ps < e and pe > s for ps, pe in seen.person_spans):
                        masked += 1
                        continue
                    span = self._cell_name(text, s, e)
                    if span and seen.shows(*span) and not self._official_row(text, row, span, officials):
                        readable.append(span)
                head_text = text[header[col][0]:header[col][1]].strip() if col < len(header) else ""
                if readable and not masked and body is not table and _has(head_text, self._name_headers):
                    masked = len(readable)             # the header says the column holds names
                if masked and readable:
                    head = text[header[col][0]:header[col][1]].strip() if col < len(header) else ""
                    where = f"{number}번 표 '{head}' 열" if head else f"{number}번 표 {col + 1}번째 열"
                    out += [Suspect("표의 이름 칸", s, e, where) for s, e in readable]
            for row in body:
                masked_other = any(seen.hidden(s, e) and any(seen.covered[s:e]) for s, e in row)
                if not masked_other:
                    continue
                for s, e in row:
                    span = self._cell_name(text, s, e)
                    if span and seen.shows(*span) and not self._official_row(text, row, span, officials):
                        out.append(Suspect("가려진 값과 같은 행의 이름", *span, where=f"{number}번 표"))
        return out

    def _organisation(self, word: str) -> bool:
        """A bank or an organisation (신협, 부산은행, ㈜한강), not a person."""
        return bool(self._organisation_rx.search(word))

    def _cell_name(self, text: str, s: int, e: int) -> tuple[int, int] | None:
        cell = text[s:e]
        core = re.sub(r"\s*[(（].*$", "", cell.strip())        # 홍길동(부) → 홍길동
        if not core:
            return None
        if not self.name_shaped(core) or self._organisation(core):
            return None
        start = s + cell.find(core)
        return start, start + len(core)

    def _official_row(self, text: str, row, span, officials: set[str]) -> bool:
        """The name is the document's official's, or a cell of its row is an official's
        title (주무관, 상황실장, 경비반장 ...)."""
        if text[span[0]:span[1]].replace(" ", "") in officials:
            return True
        cells = [text[s:e].strip() for s, e in row]
        return any(c.endswith(self._titles) for c in cells)


# --- tables -----------------------------------------------------------------------------
_RULE_ROW = re.compile(r"^[\s|│┃├┤┼┌┐└┘┬┴─━═+:\-]*$")
_SEP = re.compile(r"[|│┃]|\t| {3,}| / ")


def _has(text: str, words) -> bool:
    return any(w in text for w in words)


class _Where:
    """The surroundings of a position: its table cell with the column's header, its row
    (or line), and what stands before it there."""

    def __init__(self, text: str, tables):
        self.text = text
        self.cells: list[tuple[int, int, str, int, int]] = []   # start, end, header, row span
        for table in tables:
            header = table[0]
            for row in table:
                for col, (s, e) in enumerate(row):
                    head = text[header[col][0]:header[col][1]] if col < len(header) and row is not header else ""
                    self.cells.append((s, e, head, row[0][0], row[-1][1]))

    def _cell(self, i: int):
        for c in self.cells:
            if c[0] <= i < c[1]:
                return c
        return None

    def around(self, i: int) -> str:
        """The cell and its header, or the line."""
        c = self._cell(i)
        if c:
            return c[2] + " " + self.text[c[0]:c[1]]
        s, e = _line_bounds(self.text, i)
        return self.text[s:e]

    def row(self, i: int) -> str:
        s, e = _line_bounds(self.text, i)
        return self.text[s:e]

    def row_start(self, i: int) -> int:
        return _line_bounds(self.text, i)[0]

    def before(self, i: int) -> str:
        """The line up to ``i``; in a table, the row up to the cell, with the column's header."""
        s, _ = _line_bounds(self.text, i)
        c = self._cell(i)
        return (c[2] + " " if c else "") + self.text[s:i]


def _find_tables(text: str) -> list[list[list[tuple[int, int]]]]:
    """Tables as rows of cell spans: consecutive lines cut into two or more cells by
    ``|``, box-drawing bars, tabs or runs of three or more spaces (rule lines skipped)."""
    tables: list[list[list[tuple[int, int]]]] = []
    current: list[list[tuple[int, int]]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip() and _RULE_ROW.match(line):
            continue
        cells = _cells(line, start)
        if len(cells) >= 2:
            current.append(cells)
            continue
        if len(current) >= 2:
            tables.append(current)
        current = []
    if len(current) >= 2:
        tables.append(current)
    return tables


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    if not _SEP.search(line.strip()):
        return []
    out, pos = [], 0
    for m in list(_SEP.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        seg = line[pos:end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((offset + pos + lead, offset + pos + lead + len(seg.strip())))
        pos = m.end() if m else len(line)
    return out


#: A proper noun Kiwi knows scores above this (서울 -6.9, 한강 -10.2); a name it has to
#: guess scores below (이영자 -13.6, 김정식 -14.5, 박지우 -21.0).
KNOWN_PROPER_SCORE = -12.5
#: A common noun Kiwi guesses for an unknown word: names score below this (서윤 -17.5,
#: 안민수 -20.2, 남궁민수 -25.2), rare real words above (이송 -13.9, 상황실장 -15.5).
GUESSED_NOUN_SCORE = -16.0


@lru_cache(maxsize=50_000)
def _ordinary_word(word: str, strong: bool = False) -> bool:
    """Kiwi reads the word as an ordinary word (a dictionary noun, a compound of them,
    a verb form, an adverb, a noun and a particle), not as a name it has to guess."""
    from masking.morphology import function_word, known_common_noun, tokenize

    if known_common_noun(word) or function_word(word):
        return True
    toks = tokenize(word)
    if not toks:
        return True
    if len(toks) == 1:
        t = toks[0]
        if t.tag == "NNP":
            return not strong and t.score > KNOWN_PROPER_SCORE
        return t.tag != "NNG" or t.score > GUESSED_NOUN_SCORE
    while len(toks) > 1 and toks[-1].tag.startswith("J"):    # 여러분의: a word and its particle
        toks = toks[:-1]
    if len(toks) == 1:
        t = toks[0]
        if t.tag == "NNP":
            return not strong and t.score > KNOWN_PROPER_SCORE
        return t.tag != "NNG" or t.score > -13.0
    tags = [t.tag for t in toks]
    if any(t.startswith(("V", "E", "XS")) for t in tags):        # 위하여, 소유한, 당해
        return True
    if any(t.startswith("J") for t in tags[:-1]):                # 이의신청: 이 + 의 + 신청
        return True
    if len(word) == 2:                                           # 명의, 이주: split in two
        return True
    first, last = toks[0], toks[-1]
    # a compound opening with a dictionary word of two syllables or more (주거지원, 경비반장),
    # or of two words or more ending in one (우선주차, 구획번호); a surname read as a word
    # of its own stays a name (이 + 사랑, 손 + 초롱)
    return len(first.form) >= 2 and (
        (first.tag == "NNG" and first.score >= -13.0)
        or (last.tag == "NNG" and len(last.form) >= 2 and last.score >= -13.0))


def _sentences(text: str):
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _dedupe(found: list[Suspect]) -> list[Suspect]:
    seen: set[tuple[int, int]] = set()
    out = []
    for s in sorted(found, key=lambda s: (s.start, -s.end)):
        if any(a <= s.start < b or s.start <= a < s.end for a, b in seen):
            continue
        seen.add((s.start, s.end))
        out.append(s)
    return out


def screen_reasons(text: str, suspects: list[Suspect]) -> list[str]:
    """One plain Korean line per kind of suspect, with its lines (or table columns)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for s in suspects:
        groups.setdefault((s.kind, s.where), []).append(text.count("\n", 0, s.start) + 1)
    out = []
    for (kind, where), lines in groups.items():
        at = where or ", ".join(str(n) for n in sorted(set(lines))[:5]) + "번째 줄"
        more = " 등" if not where and len(set(lines)) > 5 else ""
        out.append(f"{PREFIX}: {kind} {len(lines)}건 ({at}{more}) — 공개 전에 확인하세요 {ENGLISH}")
    return out


_default: SecondScreen | None = None


def default_screen() -> SecondScreen:
    global _default
    if _default is None:
        _default = SecondScreen()
    return _default
