"""Health information of an identified person: diagnosis, disability, injury.

A condition word (골절, 우울증, 지체장애 ...) is a candidate; the phrase around it is
cut at the particles that end a noun phrase in Korean (은/는/이/가 before, 이며/으로/
상태 after). It is reported only when the sentence is about a person (대상자는,
홍길동 씨는, 본인이, a table row of a named person); policy text about disability
in general (장애인 편의시설 확충) is not about anyone.
"""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from .morphology import dictionary_word, ends_a_noun, guessed_word, known_common_noun, never_a_name
from .names import MOBILE
from .regex_speed import alternation
from .results import make_result
from .schema import HealthFile


# a name (or a spaced one, 가 영수), perhaps an age or a relation in brackets (하준(9세)이),
# and the particle that makes it the subject
_NAME_TOPIC = re.compile(r"(?<![가-힣])((?:[가-힣] )?[가-힣]{2,5}?)(?:\([^()\n]{1,12}\))?"
                         r"(씨는|씨가|씨께서는|님은|님이|님께서는|님께서|께서는|께서|은\(는\)|는\(은\)|이\(가\)|가\(이\)|은|는|이|가)\s")
_LATIN_TOPIC = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+\s?씨")
# English: the verb that reports a person's condition, a name in brackets, a clause end
_EN_CUE = re.compile(r"\b(?:reported|reports|has been|has|had|with|is|was|were|suffers from|suffering from|"
                     r"diagnosed with|undergoing|treated for|recovering from)\s+")
_LATIN_IN_BRACKETS = re.compile(r"\([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\)")
# a person in an English sentence: a pronoun or a possessive of one person
_EN_PERSON = re.compile(r"\b(?:[Ss]he|[Hh]e|[Mm]y|[Hh]er|[Hh]is)\b")
# a condition said to be absent (부상 없음, 특이사항 없음)
_NONE_AFTER = re.compile(r"\s?(?:없음|없었|은 없|는 없|이 없|가 없|이상 없|무\b)")
# only a cell border, a bracket or a dash between a report's key and the condition
# (| 인명 피해 | 찰과상 …, 특이사항⇥뇌출혈, [건강상태] 갑상선암)
_KEY_GAP = re.compile(r"[\s|│┃\]\)—\-:：]*")
# a cell, a list field or a sentence ends between a report's word and the condition
_CLAUSE_BREAK = re.compile(r"\||\t| / |[.。!?](?:\s|$)")
_EN_CLAUSE_END = re.compile(r"\.(?:\s|$)|;|, (?:and|but|who|which)\b")
_WORD = re.compile(r"[가-힣]+")
_GLUED_BEFORE = re.compile(r"[가-힣]+$")
#: a condition and one of these is one noun to Kiwi and still the condition (당뇨병, 심장병, 우울증세)
_DISEASE_SUFFIXES = ("병", "증", "증세", "증상", "질환", "환자")
#: what may follow a term in its word: nothing, or a particle or the copula's ending
_PARTICLE = re.compile(r"(?:이|가|을|를|은|는|으로|로|과|와|에|의|도|만|이나|이며|이고|이라|이다|입니다|에서|까지|으로서|로서|이므로|임)?")


_SPACE_RUN = re.compile(r"[ \t]{2,}")
# a turn opened by a name alone and a colon (○ 송가온 : …, Aziz Karimov : …)
_NAMED_TURN = re.compile(r"[ \t]*(?:[○●·\-*▶][ \t]*)?(?P<name>[가-힣]{2,4}|[가-힣] [가-힣]{1,2}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})"
                         r"[ \t]*[:：]")
_SENTENCE_END = re.compile(r"[.!?。)」』]\s*$|(?:다|함|임|음|요)\.?\s*$")
_NEXT_LINE = re.compile(r"\s*\n[\s]*([^\n]{1,30})")


def _surplus_spaces(text: str, start: int, end: int) -> int:
    """Spaces beyond one in each run (a PDF's justified line: 정신질환의   병력 여부):
    a window counted in letters should not shrink where the line was stretched."""
    return sum(len(m.group()) - 1 for m in _SPACE_RUN.finditer(text, start, end))


# a key: value line (its key), as a form's record writes them one under another, after a
# bullet or a number; and the same line with its value (to the end of the line)
_KV_HEAD = (r"[ \t]*(?:[○□■◦·\-*※▶]\s*|[\[(]\d{1,3}[\])]\s*|\d{1,3}[.)]\s*|[가-하][.)]\s*)?"
            r"(?P<key>[가-힣A-Za-z][가-힣A-Za-z ()/·]{0,14}?)\s*[:：]")
_KV_LINE = re.compile(_KV_HEAD)
_KV_VALUE = re.compile(r"(?m)^" + _KV_HEAD + r"[ \t]*(?P<value>\S[^\n]*?)[ \t]*$")
# what a record's name line holds after its key: a name (perhaps spaced, in Latin or
# Chinese characters, with a bracket), not a speaker's sentence (민원인: 어머니 모시기가 …)
_NAME_VALUE = re.compile(r"\s*(?:[가-힣]{2,5}|[가-힣](?: [가-힣]){1,3}|[가-힣]{1,2} [가-힣]{1,3}|[\u4e00-\u9fff]{2,4}"
                         r"|[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3})\s*(?:\([^()\n]{0,20}\))?\s*$")
# a mobile number as a line's whole value (연락처 : 010-7751-7180, 휴대폰: +82 10 …)
_CONTACT_VALUE = re.compile(r"\s*" + MOBILE + r"\s*(?:\([^()\n]{0,12}\))?\s*$")
#: how many lines above a key: value line its record's name may stand
_RECORD_LINES = 10


# a name, perhaps 님 or 씨, and its bracket of details up to the condition (노준호님(64세, …),
# or the bracket closed and a mark (문세영(여 91) ※ …); a bracket that opens with a name
_BRACKET_AFTER_NAME = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4}?)\s?(?:님|씨)?\s?(?:[(（][^()（）\n]{0,20}[,/·]\s*[가-힣]{0,6}"
                                 r"|[(（]\s?(?:[남여]\s?,?\s?\d{1,3}|\d{1,3}\s?세?\s?,?\s?[남여]?)\s?[)）]\s*[※/]\s*"
                                 r"(?:특이(?:사항)?\s*[:：]\s*)?)$")
_BRACKET_OF_NAME = re.compile(r"[(（]\s*(?P<name>[가-힣]{2,4})\s*,[^()（）\n]{0,12},\s*$")

class HealthRecognizer(EntityRecognizer):
    def __init__(self, cfg: HealthFile, names=None, name_keys=()):
        self.cfg = cfg
        self.names = names
        # keys under which a record names its person (성명, 이름, 학생명 ...; spaces dropped)
        self._name_keys = {k.replace(" ", "") for k in name_keys}
        self._record_keys = {k.replace(" ", "") for k in cfg.record_keys}
        self._not_condition_keys = {k.replace(" ", "") for k in cfg.not_condition_keys}
        self._roles = set(names.cfg.private_before) if names is not None else set()
        # English words for a private person (recipient, patient, resident ...)
        roles = {w.rstrip(":").strip().lower() for w in names.cfg.english_private_before
                 if w.rstrip(":").strip().isalpha()} if names is not None else set()
        self._en_roles = re.compile(r"\b(?:" + alternation(roles) + r")\b") if roles else None
        self._terms = re.compile(alternation(cfg.terms))
        # a private person's turn in a record of what was said (민원인: …, [14:03] 신청인 — …,
        # │ 주민 │ …, 상담자(태명자): …): a condition they speak of is theirs or their family's
        speakers = sorted({w for w in self._roles if " " not in w and len(w) >= 2}, key=len, reverse=True)
        self._speaker_line = re.compile(
            r"[ \t]*(?:\[?\d{1,2}:\d{2}\]?[ \t]*)?(?:[○●·\-*▶│|┃][ \t]*)?(?:" + "|".join(map(re.escape, speakers))
            + r")(?:[ \t]*\([^)\n]{0,12}\))?[ \t]*(?:[:：—│|┃]|발언:)") if speakers else None
        self._own_word_only = set(cfg.own_word_only)
        # a subject word is one person (환자는, 피해아동은; not 환자들)
        self._subject = re.compile(r"(?:" + alternation(cfg.subject_words) + r")(?!들)")
        self._generic_after = re.compile(r"(?:" + alternation(cfg.generic_after) + r")") \
            if cfg.generic_after else None
        self._stop_before = sorted(cfg.stop_before, key=len, reverse=True)
        self._stop_after = sorted(cfg.stop_after, key=len, reverse=True)
        self._report_before = re.compile(r"(?:" + alternation(cfg.report_before) + r")\s*[:：(\-,]?\s*") \
            if cfg.report_before else None
        self._report_after = re.compile(r"^\s?(?:" + alternation(cfg.report_after) + r")") \
            if cfg.report_after else None
        super().__init__(supported_entities=["HEALTH_INFO"], name="HEALTH_RULES", supported_language="ko")

    def _has_subject(self, prefix: str) -> bool:
        """A word for the person the sentence is about (대상자, 피해아동, 귀하), not a kind
        of patient named by a condition (당뇨환자, 치료환자: a category, nobody)."""
        for m in self._subject.finditer(prefix):
            glued = _GLUED_BEFORE.search(prefix, 0, m.start())
            if glued and any(self._terms.fullmatch(prefix, i, glued.end()) for i in range(glued.start(), glued.end())):
                continue
            return True
        return False

    def _in_a_persons_bracket(self, prefix: str) -> bool:
        """The condition is an item of the bracket that follows a person's name (노준호님(64세,
        지체장애), 문세영(여 91) ※심장질환), or of a bracket that opens with one (경경숙, 부,
        심장질환): what a log or a list says of that person."""
        m = _BRACKET_AFTER_NAME.search(prefix) or _BRACKET_OF_NAME.search(prefix)
        if m is None or self.names is None:
            return False
        name = m.group("name")
        return self.names.is_korean_name(name) and not (known_common_noun(name) or never_a_name(name))

    def _named_subject(self, prefix: str) -> bool:
        """A name followed by a topic/subject particle (홍길동은, Pamela Johnson 씨는)."""
        for m in _NAME_TOPIC.finditer(prefix):
            core = m.group(1)
            if core in self._roles:             # 신고자는 ... 불안장애로: a private person's role
                return True
            if " " in core and known_common_noun(core.split(" ")[1]):
                continue                        # 이 환자는, 그 사람이: a determiner and a noun
            honorific = m.group(2).startswith(("씨", "님", "께서"))
            if honorific and not never_a_name(core.replace(" ", "")):
                return True                     # 빙미숙께서는, 견민경님은: a person, whatever the surname
            core = core.replace(" ", "")
            if self.names is not None and (known_common_noun(core) or never_a_name(core)):
                continue                        # 사람이, 이들은: an ordinary word, nobody named
            if self.names is None or self.names.is_korean_name(core) or (len(core) >= 4 and guessed_word(core)):
                return True                     # (four letters or more: a foreign name Kiwi does not know)
        return bool(_LATIN_TOPIC.search(prefix))

    def load(self) -> None:
        pass

    def _named_speaker(self, text: str, line_s: int, term_s: int) -> bool:
        """The line is a turn of someone named as themselves (○ 송가온 : …, Aziz Karimov :
        …), not of an official (○ 상담사 권나영 : …: a role before the name)."""
        m = _NAMED_TURN.match(text, line_s, term_s)
        if not m:
            return False
        name = m.group("name")
        if name[0].isascii():
            return True
        return self.names is not None and self.names.is_korean_name(name.replace(" ", "")) \
            and not known_common_noun(name) and not never_a_name(name) and not dictionary_word(name) \
            and name not in self._roles

    def _record_values(self, text: str) -> list:
        """The values under :attr:`_record_keys` in records that name their person."""
        out = []
        if not self._record_keys or ":" not in text and "：" not in text:
            return out
        for m in _KV_VALUE.finditer(text):
            if m.group("key").replace(" ", "") not in self._record_keys:
                continue
            value = m.group("value")
            if _NONE_AFTER.match(value) or value.strip() in ("-", "해당 없음", "없음") \
                    or not self._in_named_record(text, m.start()):
                continue
            out.append(make_result("HEALTH_INFO", m.start("value"), m.end("value"), 0.7, "HEALTH_RULES",
                                   f"health under the record key '{m.group('key').strip()}'"))
        return out

    def _in_named_record(self, text: str, line_s: int) -> bool:
        """The line is a ``key: value`` line of a record whose lines above it, up to a
        blank line, name its person under a name key (< 3 > / 성 명 : 기은환 / … / 비 고 :
        지적장애 3급) or give a mobile number (연락처 : 010-…): the condition is that
        person's."""
        m = _KV_LINE.match(text, line_s) if self._name_keys else None
        if m is None or m.group("key").replace(" ", "") in self._not_condition_keys:
            return False
        end = line_s - 1
        for _ in range(_RECORD_LINES):
            if end <= 0:
                return False
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if not line.strip():
                return False
            m = _KV_LINE.match(line)
            if m and (m.group("key").replace(" ", "") in self._name_keys and _NAME_VALUE.match(line, m.end())
                      or _CONTACT_VALUE.match(line, m.end())):
                return True
            end = start - 1
        return False

    def _reported(self, text, line_s, term_s, e) -> int | None:
        """Where the condition starts if the clause reports a diagnosis (진료 결과 경추
        염좌로 전치 3주, 뇌진탕이 확인됨, 휴직 사유: 유방암 항암치료), else None: what a
        report says of the person it is about, wherever they are named."""
        if self._report_before is not None:
            cue = None
            for cue in self._report_before.finditer(text, line_s, term_s):
                pass
            gap = text[cue.end():term_s] if cue is not None else ""
            if cue is not None and ((len(gap) <= 30 and not _CLAUSE_BREAK.search(gap))
                                    or _KEY_GAP.fullmatch(gap)):
                return cue.end()
        if self._report_after is not None and self._report_after.match(text[e:e + 24]):
            return line_s
        return None

    def _own_word(self, text: str, m) -> bool:
        """A Korean term is a word of its own or ends a compound noun (유방암, 재활치료),
        never the start or middle of another word: 암호화, 기암괴석, 재활용품, 유산균
        hold 암, 재활 and 유산 and say nothing of anyone's health (real public pages)."""
        term = m.group()
        if not _WORD.fullmatch(term):
            return True                     # English, or words with a space: as before
        s = m.start()
        while s > 0 and "가" <= text[s - 1] <= "힣":
            s -= 1
        e = m.end()
        while e < len(text) and "가" <= text[e] <= "힣":
            e += 1
        word = text[s:e]
        if s == m.start() and _PARTICLE.fullmatch(word[len(term):]):
            return True                     # 파절이, 골절로: Kiwi reads 파절이 as one noun
        if term in self._own_word_only:
            return False                    # 문화유산, 사절단: another word that ends in the term
        return ends_a_noun(word, m.start() - s, m.end() - s, _DISEASE_SUFFIXES)

    def _generic_clause(self, text: str, term_e: int, e: int, line_e: int) -> bool:
        """``_generic`` a few letters past the condition's phrase; where the line breaks
        in the middle of a sentence (a PDF's wrapped line: 정신질환의⏎⏎병력 여부와), the
        window goes on into the next line of text."""
        stop = e + 6 + _surplus_spaces(text, e, e + 12)
        if stop > line_e and not _SENTENCE_END.search(text, max(0, line_e - 2), line_e):
            nxt = _NEXT_LINE.match(text, line_e)
            if nxt:
                joined = text[term_e:line_e].rstrip() + " " + nxt.group(1)
                return self._generic(joined, 0, min(len(joined), stop - term_e + 1))
        return self._generic(text, term_e, min(line_e, stop))

    def _generic(self, text: str, term_e: int, line_e: int) -> bool:
        """The clause after the condition makes it a general statement (a rule, a guide,
        prevention or benefit): words of ``generic_after`` before the clause ends."""
        if self._generic_after is None:
            return False
        end = _CLAUSE_BREAK.search(text, term_e, line_e)
        stop = min(end.start() if end else line_e, term_e + 16 + _surplus_spaces(text, term_e, term_e + 24))
        if stop <= term_e:
            return False
        return self._generic_after.search(text, term_e, stop) is not None

    def _english(self, text, line_s, line_e, m):
        """(start, end) of a condition in an English sentence about a private person
        ("One recipient (Ethan Lee) reported a concussion (hospitalised two days)."):
        from the verb that reports it to the end of the clause; else None."""
        k = text.rfind(". ", line_s, m.start())
        sent_s = k + 2 if k >= 0 else line_s
        prefix = text[sent_s:m.start()]
        low = prefix.lower()
        if not ((self._en_roles is not None and self._en_roles.search(low))
                or _LATIN_IN_BRACKETS.search(prefix) or _EN_PERSON.search(prefix)):
            return None
        cue = None
        for c in _EN_CUE.finditer(prefix):
            cue = c
        if cue is None or m.start() - (sent_s + cue.end()) > 40:
            return None
        s = sent_s + cue.end()
        end = _EN_CLAUSE_END.search(text, m.end(), line_e)
        e = end.start() if end else line_e
        if e - s > 80:
            return None
        return s, e

    def analyze(self, text, entities, nlp_artifacts=None):
        out = self._record_values(text)
        # a record's line is read as a whole: its key (증상 :) is no condition of its own
        record_lines = {text.rfind("\n", 0, r.start) + 1: r.start for r in out}
        last_end = -1
        for m in self._terms.finditer(text):
            if m.start() < last_end or not self._own_word(text, m):
                continue
            value_s = record_lines.get(text.rfind("\n", 0, m.start()) + 1)
            if value_s is not None and m.start() < value_s:
                continue
            line_s = text.rfind("\n", 0, m.start()) + 1
            line_e = text.find("\n", m.end())
            line_e = len(text) if line_e < 0 else line_e
            if m.group().isascii():
                span = self._english(text, line_s, line_e, m)
                if span:
                    last_end = span[1]
                    out.append(make_result("HEALTH_INFO", span[0], span[1], 0.7, "HEALTH_RULES",
                                           f"condition '{m.group()}' reported of a person (English)"))
                    continue
            # clause start: after the nearest stop_before marker
            s = line_s
            seg = text[line_s:m.start()]
            subject = None
            for marker in self._stop_before:
                k = seg.rfind(marker)
                if k >= 0 and line_s + k + len(marker) > s:
                    s = line_s + k + len(marker)
                    subject = seg[:k + len(marker)]
            e = line_e
            seg = text[m.end():line_e]
            for marker in self._stop_after:
                k = seg.find(marker)
                if k >= 0 and m.end() + k < e:
                    e = m.end() + k
            if text.count("(", s, e) > text.count(")", s, e):
                close = text.find(")", e, line_e)
                if 0 <= close - e <= 20:
                    e = close + 1           # 교상(깊이 약 2cm): the bracket belongs to it
            value = text[s:e].strip()
            if not value or len(value) > 45:
                continue
            s = s + text[s:e].find(value)
            e = s + len(value)
            prefix = text[line_s:m.start()]
            if _NONE_AFTER.match(text, m.end()):
                continue                # 부상 없음, 특이사항 없음: the absence of a condition
            reported = self._reported(text, line_s, m.start(), e)
            if reported is not None and reported > s:
                s = reported            # 질병 - 편도선 절제술: the cue is not the condition
            speaker = (self._speaker_line is not None and self._speaker_line.match(text, line_s, m.start())) \
                or self._named_speaker(text, line_s, m.start())
            if not (self._has_subject(prefix) or self._named_subject(prefix) or reported is not None or speaker
                    or self._in_named_record(text, line_s) or self._in_a_persons_bracket(prefix)):
                continue
            if reported is None and self._generic_clause(text, m.end(), e, line_e):
                continue                # 다른 사람이 부상한 경우, 고혈압 예방에 도움: about nobody
            if "|" in value or "\t" in value:
                continue
            if "장애인" in value and not re.search(r"\d급|심한|사용하는", value):
                continue
            last_end = e
            out.append(make_result("HEALTH_INFO", s, e, 0.7, "HEALTH_RULES",
                                   f"condition '{m.group()}' of the sentence's subject"))
        return out
