"""What stands around a private person's name once it is found: the same person's name
in another script in brackets, the person a change hands over to, a full date in brackets
(the birth date), the name spaced as people also write it, the addressee on the lines
above a home address, two persons with an arrow between them, and a full name as the
subject of a sentence stating a condition. Each is a candidate the engine adds before it
spreads the names through the document (``Layer1._propagate_names``)."""
from __future__ import annotations

import re

from . import morphology
from .names import council_paper
from .names import _ANY_HANJA, _ORG_WORDS

# a district in Latin letters (Nowon-gu, Suwon-si): a place's line, not a name's
_DISTRICT_EN = re.compile(r"-(?:gu|si)\b")


class NameNeighbours:
    """``make(start, end, label, score, source, reason)`` builds the engine's candidate;
    ``threshold`` is the score at which a candidate counts."""

    def __init__(self, names, make, threshold: float):
        self.names = names
        self.make = make
        self.threshold = threshold

    # a name's other writing in brackets right after it: 송기철(宋基哲), 수닐 쿠마르(SUNIL
    # KUMAR), Aziz Karimov (아지즈 카리모프)
    _OTHER_WRITING = re.compile(r"[ \t]?[(（](?P<name>[\u4e00-\u9fff]{2,5}"
                                r"|[A-Z][A-Za-z'\-]+(?:,? [A-Z][A-Za-z'\-]+){0,3}"
                                r"|[가-힣]{1,6}(?: [가-힣]{1,6}){1,3})[)）]")

    def other_writings(self, text, cands):
        """The same person's name written in another script in brackets right after a
        name already found (a transliteration says who the person is as much as the name)."""
        out = []
        for c in cands:
            if c.label != "PERSON":
                continue
            m = self._OTHER_WRITING.match(text, c.end)
            if not m:
                continue
            s, e = m.span("name")
            value = m.group("name")
            latin_outer = text[c.start].isascii()
            hanja_outer = _ANY_HANJA.match(text, c.start) is not None
            if "가" <= value[0] <= "힣" and not latin_outer and not (
                    hanja_outer and len(text[c.start:c.end].replace(" ", "")) == len(value.replace(" ", ""))):
                continue        # 홍길동(민원인 대리): Hangul after Hangul is a remark; after a
                                # name in Chinese characters, its reading (金末順 (김말순)) is not
            if value.isascii() and latin_outer:
                continue
            out.append(self.make(s, e, "PERSON", 0.8, "PERSON_PROPAGATION",
                             "the same person's name in another script, in brackets after it"))
        return out

    # a change from one person to another (활동지원사 오기철 → 마정순, 오복례 → 강하준)
    _CHANGED_TO = re.compile(r"[ \t]*(?:→|->|⇒|▶)[ \t]*(?P<name>[가-힣]{2,4})(?![가-힣])")

    def changed_to(self, text, cands):
        """The person a change hands over to, after a private person and an arrow."""
        out = []
        for c in cands:
            if c.label != "PERSON":
                continue
            m = self._CHANGED_TO.match(text, c.end)
            if not m:
                continue
            name = m.group("name")
            if self.names.is_korean_name(name) and not (morphology.known_common_noun(name)
                                                        or morphology.dictionary_word(name)
                                                        or morphology.never_a_name(name)):
                out.append(self.make(*m.span("name"), "PERSON", 0.8, "PERSON_PROPAGATION",
                                 "the person a change hands over to, after a private person and an arrow"))
        return out

    # the next name of a list that a private person's name opens (민간위원 추덕희, 남궁 윤호;
    # 원고 김경숙, 김경호; 위원 탕 밍(중국 동포 대표), Grace Atieno(케냐)): perhaps a remark in
    # brackets after the name, then a comma or a middle dot, then a name
    # (a comma with a space after it: a CSV row's cells have none)
    _NEXT_IN_LIST = re.compile(r"(?:[ \t]?[(（][^()（）\n]{1,20}[)）])?[ \t]*(?:,[ \t]+|[·、][ \t]*)"
                               r"(?P<name>[가-힣]{1,2} [가-힣]{1,2}(?![가-힣])|[가-힣]{2,6}(?![가-힣])"
                               r"|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z]))")

    # what ends an item of a list of names: the list's end, the next comma, a bracket
    _LIST_ITEM_END = re.compile(r"[ \t]*(?:[,·、(（)）|\n]|$)")

    def next_in_list(self, text, cands):
        """Names listed right after a private person's, one after another: the same kind
        of person (the list's role is said once, before the first name). Not in a
        council's paper, whose lists of members are of officials in role."""
        if council_paper(text):
            return []
        out = []
        taken = {(c.start, c.end) for c in cands}
        for c in cands:
            if c.label != "PERSON" or c.score < self.threshold or c.source.startswith("ner:"):
                continue            # (a model's guess opens no list: 황기, 황백, 황금 are herbs)
            end = c.end
            for _ in range(6):                  # a list goes on: each name opens the next
                m = self._NEXT_IN_LIST.match(text, end)
                if not m:
                    break
                name, particle = m.group("name"), ""
                if " " not in name and not name[:1].isascii():
                    if morphology.dictionary_compound(name) or morphology.dictionary_word(name):
                        break       # 서면심의: words, not 서면심 and a particle
                    name, particle = self.names.strip_particle(name)      # 박철수는: 박철수
                s, e = m.start("name"), m.start("name") + len(name)
                if not self._list_name(name) or self.names.official_context(text, s, e) \
                        or not (particle or self._LIST_ITEM_END.match(text, m.end("name"))):
                    break           # (소유자 X, 채증자 Y: a key and its value, not a name)
                if (s, e) not in taken:
                    out.append(self.make(s, e, "PERSON", 0.8, "PERSON_PROPAGATION",
                                         "the next name of a list a private person's name opens"))
                    taken.add((s, e))
                end = e
        return out

    def _list_name(self, name: str) -> bool:
        if name[:1].isascii():
            return name.split(" ")[0].lower() not in self.names.english_not_names
        whole = name.replace(" ", "")
        return self.names.is_korean_name(whole) and not (morphology.known_common_noun(whole)
                                                         or morphology.dictionary_word(whole)
                                                         or morphology.never_a_name(whole)
                                                         or morphology.plain_nouns(whole)
                                                         or whole in self.names.not_names)

    # a private person's name and a full date in brackets right after it: the birth date
    # (서문예린(1951. 7. 19.), 황보경숙 (2019.04.09., 관내 초등학교))
    _DATE_AFTER_NAME = re.compile(r"[ \t]?[(（](?P<date>(?:19|20)\d{2}(?:\s?[.\-/]\s?\d{1,2}\s?[.\-/]\s?\d{1,2}\.?"
                                  r"|년\s?\d{1,2}월\s?\d{1,2}일))[ \t]*(?:생[ \t]*)?[,)）]")

    def dates_after_names(self, text, cands):
        out = []
        for c in cands:
            if c.label != "PERSON":
                continue
            m = self._DATE_AFTER_NAME.match(text, c.end)
            if m:
                out.append(self.make(*m.span("date"), "BIRTH_DATE", 0.8, "PERSON_PROPAGATION",
                                 "a full date in brackets right after a private person's name"))
        return out

    def spaced_forms(self, name: str) -> list[str]:
        """A Korean name as people also write it, spaced after the surname or letter by
        letter (선우현숙: 선우 현숙; 홍재석: 홍 재석, 홍 재 석)."""
        if not re.fullmatch(r"[가-힣]{3,4}", name) or not self.names.is_korean_name(name):
            return []
        cut = 2 if name[:2] in self.names.surnames2 and len(name) == 4 else 1
        return [name[:cut] + " " + name[cut:], " ".join(name)] if cut == 1 else [name[:2] + " " + name[2:]]

    # a line that is a name alone (a letter's addressee block: NGUYEN Thi Lan⏎and Wi Dong-hee⏎
    # 구로구 디지털로 2, 479호)
    _NAME_LINE = re.compile(r"[ \t]*(?:and |& |및 )?(?P<name>[A-Z][A-Za-z'\-]+(?:,? [A-Z][A-Za-z'\-]+){1,3})[ \t]*$")

    def addressees(self, text, cands):
        """Names on the lines right above a private person's address: the addressee."""
        out = []
        for c in cands:
            if c.label != "ADDRESS" or c.score < self.threshold:
                continue
            ls = text.rfind("\n", 0, c.start) + 1
            if text[ls:c.start].strip():
                continue                    # the address does not open its line
            end = ls - 1
            for _ in range(2):              # the two lines above
                if end <= 0:
                    break
                start = text.rfind("\n", 0, end) + 1
                m = self._NAME_LINE.fullmatch(text, start, end)
                if not m or _ORG_WORDS.search(m.group("name")) or _DISTRICT_EN.search(m.group("name")) or \
                        m.group("name").split(" ")[0].rstrip(",").lower() in self.names.english_not_names:
                    break
                out.append(self.make(*m.span("name"), "PERSON", 0.8, "PERSON_PROPAGATION",
                                 "a name on the line above a private person's address (a letter's addressee)"))
                end = start - 1
        return out

    # two names and an arrow between them: one person handing over to another (오복례 → 강하준)
    _NAME_ARROW_NAME = re.compile(r"(?<![가-힣])(?P<a>[가-힣]{2,4}|[가-힣] [가-힣]{2}|[가-힣](?: [가-힣]){1,2})[ \t]*(?:→|->|⇒)[ \t]*"
                                  r"(?P<b>[가-힣]{2,4}|[가-힣] [가-힣]{2}|[가-힣](?: [가-힣]){1,2})(?![가-힣])")
    # a full name as the subject of a sentence (방영희는 지난달 뇌출혈로 …)
    _NAME_SUBJECT = re.compile(r"(?<![가-힣0-9])(?P<name>[가-힣]{3})(?:은|는|이|가|씨는|씨가|님은|님이|님께서는)\s")

    def name_shaped(self, word: str) -> bool:
        """A surname and a given name that is no noun of the dictionary (the weaker test:
        Kiwi may still read it as words, 전다온 as 저+ㄴ 다+오+ㄴ)."""
        w = word.replace(" ", "")
        return self.names.is_korean_name(w) and w not in self.names.not_names and not (
            morphology.known_common_noun(w) or morphology.dictionary_word(w))

    def plain_korean_name(self, word: str) -> bool:
        w = word.replace(" ", "")
        return self.names.is_korean_name(w) and w not in self.names.not_names and not (
            morphology.known_common_noun(w) or morphology.dictionary_word(w) or morphology.never_a_name(w)
            or morphology.derived_word(w))

    def handovers_and_subjects(self, text, cands):
        """Names in a change of person (a cell ``오복례 → 강하준`` of a private helper's
        change), and a full name that is no ordinary word as the subject of a sentence
        that states a condition (the health rule found it: the sentence is about that
        person)."""
        out = []
        if "→" in text or "->" in text or "⇒" in text:
            for m in self._NAME_ARROW_NAME.finditer(text):
                a, b = m.group("a"), m.group("b")
                if self.name_shaped(a) and self.name_shaped(b) \
                        and (self.plain_korean_name(a) or self.plain_korean_name(b)) \
                        and not self.names.official_context(text, m.start("a"), m.end("a")):
                    for g in ("a", "b"):
                        out.append(self.make(*m.span(g), "PERSON", 0.8, "PERSON_PROPAGATION",
                                         "two persons with an arrow between them: one hands over to the other"))
        for c in cands:
            if c.label != "HEALTH_INFO" or c.score < self.threshold:
                continue
            ls = max(text.rfind("\n", 0, c.start), text.rfind(". ", 0, c.start)) + 1
            for m in self._NAME_SUBJECT.finditer(text, ls, c.start):
                if self.plain_korean_name(m.group("name")) and morphology.unknown_word(m.group("name")) \
                        and m.group("name")[-1] not in "군구시동읍면리" \
                        and not self.names.official_context(text, m.start("name"), m.end("name")):
                    out.append(self.make(*m.span("name"), "PERSON", 0.8, "PERSON_PROPAGATION",
                                     "a full name, the subject of a sentence about a condition"))
        return out
