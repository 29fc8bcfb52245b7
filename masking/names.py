"""Names of private persons, decided by the role the text gives them.

A Korean name is a surname (one syllable, or one of the two-syllable surnames such as
남궁/황보) and one or two syllables, often glued to a particle (홍길동씨가, 김영수는).
Shape alone would mask half the vocabulary (정부, 조사, 이번), so a candidate becomes a
PERSON only with evidence of a private person: a role word before it (민원인, 피해자,
외부위원), a word after it (씨, 님, 귀하, 위원, "(본인)", "(010-..."), or a form of
address (Dear, Mr.). A rank or official role next to it (주무관 김영수, 김영수 팀장)
marks an official acting in their role, who stays visible.
"""
from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer

from .memo import Memo
from .normalize import collapse_spaced_letters
from . import morphology
from .regex_speed import alternation, alternation_not_after
from .results import make_result
from .schema import PersonFile

_ORG_WORDS = re.compile(r"\b(?:Seoul|Korea|Government|Metropolitan|City|Center|Centre|Office|Ministry|Council|Department|University|Bank|Company|Corporation|Foundation|Association|Committee|Republic|National|District|Global|Hall|Station|Act|Agency|Service|Team|Division|Support|Affairs|Foreign|Residents|School|Community|Investigation|Program|Programme|Festival)\b")
_STRONG_ROLE = re.compile(r"(?:자|인|위원|분)' (?:in the cell )?before$")
_HANGUL_WORD = re.compile(r"[가-힣]+")
# an official's name and a colon: what follows is what they say, about someone else
_SPEAKER_LABEL = re.compile(r"\s([가-힣]{2,4})\s*[:：]\s*$")
# a number and a place's unit right after a word (봉천제3동, 우이제1동): a place name
_PLACE_NUMBER_AFTER = re.compile(r"\d{1,2}(?:동|가|리|로|길)")
# what follows a district's name: its council or office, or a road and a number
# (노원구의회, 마포구청, 마포구 월드컵로 212)
_DISTRICT_AFTER = re.compile(r"(?:의회|청|보건소|[ \t]+[가-힣0-9]{1,8}(?:로|길)[ \t]?\d)")
# a province or city right before a word ending in 구 or 군: the word is its district
# (서울특별시 송파구 귀하, 경기도 부천시 원미구)
_REGION_BEFORE = re.compile(r"(?:특별시|광역시|특별자치시|특별자치도|[가-힣]{1,4}시|[가-힣]{1,3}도)[ \t]+$")
_CELL_BORDER = re.compile(r"[|│┃\t]")
_KEY_CELL_STRIP = " :(,|│┃\t"
_KEY_DASH = re.compile(r"[-—–][ \t]+$")
# what may follow a name that fills a table cell: its end, a remark in brackets, or the
# end of a spoken answer (금지훈요.)
_NAME_ENDS = re.compile(r"[ \t]*(?:[|│┃\t\n,]|$)")
_CELL_FILLED = re.compile(r"[ \t]*(?:[|│┃\t\n]|$)")
# a value cell: a word right after a cell border or a tab (대상 아동⇥안하은 (2015. 6. 22.))
_AFTER_BORDER = re.compile(r"[|│┃\t][ \t]*$")
_BRACKET_NEXT = re.compile(r"[ \t]?[(（]")
_CELL_END = re.compile(r"[.,]?[ \t]*(?:[|│┃(（\n]|$)")
# ... or, in a key's value that goes on, a comma or a slash (채권자⇥장웨이, 사하구 …;
# 채 권 자⇥정수빈 / 주소: …)
_VALUE_END = re.compile(r"[.,]?[ \t]*(?:[|│┃(（\n]|$)|,[ \t]|[ \t]+/[ \t]")
# a Latin-script name: a capital, then the rest of the first word and one to three more
# (the surname first and a comma: Dang, Van Hieu; Lestari, Dewi)
_LATIN_NAME_REST = (r"[a-zA-Z'\-]+,? (?:[A-Z][a-zA-Z'\-]+|de|da|van|von|bin|binti|al|Thi|Van)"
                    r"(?: (?:[A-Z][a-zA-Z'\-]+|de|da|van|von|bin|binti|al|Thi|Van)){0,2}")
# "(30대", "(서울 강남구 ...", "(02) 123-", "(1985.3.2", "(010-": details of a person in
# brackets after a name; not "(21.0975km)", "(07:00 ~ 19:00)", "(서울특별시 도시교통실장)"
_AFTER_PERSONAL = re.compile(
    r"^\s?\((?:\d{2}대|(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주)"
    r"[가-힣]*\s[가-힣]{1,6}(?:구|시|군|동|읍|면)(?![가-힣])|\+?\d{2,3}[\s\-.)]\s?\d{3,4}"
    r"|\d{2,4}[.\-]\d{1,2}[.\-]\d{1,2}|0\d{1,2}[\s\-.)]?\d{3,4}|\(?01|\+82[\s\-]?1\d|[☎✆]\s?01)")
#: a mobile number, its groups parted or not (also read by the health rules)
MOBILE = r"(?:\+82[ \-]?1[016789]|01[016789])[\-. )]?\d{3,4}[\-. ]?\d{4}"
# a mobile number right after a name (모 구경란 010-6104-3358), or a bracket that opens
# with a person's identifier or contact (Nguyen Van Thanh(외국인등록번호 …), 선우 정자
# (회원번호 20318, 83세, 여))
_AFTER_MOBILE = re.compile(r"(?:(?:과|와|에게|께)?\s?(?:통화|연락|전화)\s?[(（]|\s?[:：]?)\s?" + MOBILE + r"(?!\d)"
                           r"|\s?[(（]\s?(?:주민등록번호|주민번호|외국인등록번호|생년월일|연락처|휴대전화|휴대폰|회원번호)"
                           # a birth date after a dash (2) 모 경 태 — 1951. 12. 19.생), a party
                           # to a labour contract (피 영 철(이하 "근로자")), a signature (성명 피영철 (서명))
                           r"|\s?[—–\-:]\s?(?:19|20)?\d{2}\s?[.\-/]\s?\d{1,2}\s?[.\-/]\s?\d{1,2}\.?\s?생"
                           r"|\s?[(（]이하\s?[\"“'‘]?(?:근로자|임차인)|\s?[(（]서명[)）]"
                           # an e-mail in brackets or angle brackets that is no office's (Liisa
                           # Tamm(liisa…@gmail.com); 받는 사람: 송 현우 <ys_hope@naver.com>; not
                           # .go.kr or nowon.kr)
                           r"|\s?[(（<][\w.+\-]+@(?![\w\-]+\.(?:(?:go|or|re|ac)\.)?kr\b)[\w.\-]+\.[a-z]{2,}")
# a unit of a public body right before a name (문화체육과 신 승 현, 불광2동 주민센터 백재훈)
#: the last word of a unit of a public body (도시계획과, 미아동 주민센터, 세무2과, 감사실)
PUBLIC_UNIT = r"[가-힣0-9]과|팀|담당관|주민센터|행정복지센터|사업소|보건소|구청|시청|본부|[가-힣]국|[가-힣]실"
_UNIT_BEFORE = re.compile(r"(?:" + PUBLIC_UNIT + r"|센터)[\s|│,]*$")
# ... and, after a full name only (단지(당진시 ...) is a housing estate): an age, with or
# without the sex, (75세), (77세, 여), (남, 45세), (45/남); an address from the district
# on, (은평구 진관2로 12-4 101호)
# English personal details in brackets after a Latin name: (DOB …), (age 34), (born …),
# a country alone or with an age ((China), (Indonesia, age 34))
_AFTER_PERSONAL_EN = re.compile(r"^\s?\((?:DOB|D\.O\.B|date of birth|born|aged?\s\d"
                                r"|(?P<word>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\)|, (?:age|aged|born|DOB)\b))")
_CELL_SPLIT = re.compile(r"[|│┃\t]")
# a form of address or a bracket after a word: the word is someone addressed or described
_ADDRESSED_AFTER = re.compile(r"\s?(?:씨|님|귀하|[(（])")
# a name key inside a line, and a line that is an official's record (a rank and its grade)
_NAME_KEY = re.compile(r"\s*(?:성\s?명|이\s?름)\s*[:：=]")
_OFFICIAL_RECORD = re.compile(r"\(\d{1,2}급\)|직\s?급|주무관|발령|(?:서기보?|주사보?|사무관|서기관)(?![가-힣])")
# a district or a public body's unit and a rank at the end of a cell
_PUBLIC_RANK = re.compile(r"(?:[가-힣]{1,4}(?:구|시|군|청|보건소)|[가-힣]{1,8}(?:과|팀|국|실|센터))\s?"
                          r"(?:[가-힣]{0,8}(?:과장|팀장|국장|실장|주무관|센터장|소장|담당관))$")
# a council's papers (구의회, 시의회): there 위원 and 위원장 are its elected members on a
# committee, in their role (a paid outside member is 자문위원, 외부위원, 민간위원 …)
_COUNCIL_NAME = re.compile(r"[가-힣]{1,6}(?:구|시|군|도)의회")
_COUNCIL_SITTING = re.compile(r"임시회|정례회|본회의|행정사무감사|의원|위원회|회의록")
_NAME_ENDS_BEFORE = re.compile(r"[가-힣]{2,4}[ \t]*$")


@lru_cache(maxsize=16)
def council_paper(text: str) -> bool:
    """The text is a council's paper: it names a council (마포구의회) and a sitting, an
    audit or its members (임시회, 본회의, 행정사무감사, 의원), not only a 심의회."""
    return _COUNCIL_NAME.search(text) is not None and _COUNCIL_SITTING.search(text) is not None


_COUNCIL_MEMBER = re.compile(r"(?:출석)?(?:부?위원장|위원)")
_COUNCIL_MEMBER_BEFORE = re.compile(r"(?<![가-힣])(?:출석)?(?:부?위원장|위원)[ \t]*[:：]?[ \t(]*$")
_COUNCIL_MEMBER_AFTER = re.compile(r"[ \t]?[(（]?(?:부?위원장|위원)(?![가-힣])")
# a law firm and the lawyer of the case in brackets (법무법인 정률(오민훈), 법률사무소 새길(…))
_LAW_FIRM_BEFORE = re.compile(r"(?:법무법인|법률사무소|법무법인\(유한\))[ \t]*[가-힣A-Za-z]{1,10}[ \t]*[(（][ \t]*$")
# a party named with the others of the case (노승호 외 2명): a private group, never an
# official's (김영수 의원 외 10인 names the rank first)
_WITH_OTHERS_AFTER = re.compile(r"[ \t]?외[ \t]?\d{1,4}[ \t]?명")
# a verb of living right before a name: a resident, as a report or the news writes one
# (송지면에 사는 심민준(48)씨는, 의성군에 사는 소재민은)
_RESIDENT_BEFORE = re.compile(r"(?<![가-힣])(?:사는|살던|살고 있는|거주하는|거주하던)[ \t]+$")
_AFTER_AGE_OR_PLACE = re.compile(
    r"^\s?\((?:(?:[가-힣0-9·]{1,8}동|[가-힣]{1,4}구),\s?\d{1,3}\s?세|(?:만\s?)?\d{1,3}\s?세|[남여]\s?[,/·]\s?\d{1,3}|\d{1,3}\s?[,/·]\s?[남여]\)"
    # a news report's private person: a name, the age (and calling) in brackets, 씨
    # (심민준(48)씨는, 김영수(52·회사원) 씨)
    r"|\d{1,3}(?:\s?[·,]\s?[가-힣]{1,8})?\)\s?씨"
    r"|[가-힣]{1,4}(?:구|군|시)\s[가-힣0-9]{1,10}(?:로|길|동)\s?\d)")
# a role word formed with the suffix of a person, 자 or 인, on a noun (질의자, 내담자,
# 징계혐의자, 피신청인): the roles no list holds, right before a name
# (인 only as a label, 신고인: 홍길동; in running text it is as often the copula, 도시인 진강부)
_SUFFIX_ROLE = re.compile(r"(?<![가-힣])([가-힣]{2,7})(?:자|인(?=\s*[:：]))(?:\([가-힣]{1,8}\))?\s*(?P<colon>[:：])?\s*$")
# words before a form of address (… 씨, … 님께서, … 귀하) and a value after a label's
# colon up to a comma, a bracket or the line end: where a transliterated name is looked for
# (the form of address is looked for first, then the words before it: a pattern that
# opened with the words would be tried at every syllable of the text)
_ADDRESS_WORD = re.compile(r" ?(?:씨|님|귀하)(?:께서|에게|께|은|는|이|가|의|을|를|과|와)?(?![가-힣])")
_WORDS_BEFORE = re.compile(r"(?<![가-힣])(?:[가-힣]{1,6} ){1,3}[가-힣]{1,6}$")
_LABELLED_WORDS = re.compile(r"(?:[:：│|\t]|[ \t][-—–])[ \t]*((?:[가-힣]{1,6} ){1,2}[가-힣]{1,6})[ \t]*(?=[,(（\n│|\t]|$)",
                             re.MULTILINE)
# a speaker's turn in minutes: a name at the head of a line, perhaps an aside in brackets,
# a colon, then what they said (김영수: 주차 문제는…); and a household's resident named
# by their flat (1203호(김영희))
_TURN = re.compile(r"^[ \t]*(?:[-○●◦·▶•*]\s*)?(?P<name>[가-힣]{2,4})[ \t]*(?:[(（](?P<aside>[^)）\n]{0,14})[)）])?"
                   r"[ \t]*[:：][ \t]*(?P<said>\S[^\n]{4,})$", re.MULTILINE)
_SAID = re.compile(r"(?:다|요|까|죠|네|니다|습니다|음|함|임)[.?!…\s\"'”’]*$|[?？]")
_FLAT_RESIDENT = re.compile(r"\d{2,4}\s?호\s?[(（](?P<name>[가-힣]{2,4})[)）]")
# a mobile number in brackets, after which the words before may be a foreign name
_MOBILE_IN_BRACKETS = re.compile(r"[(（]\s?" + MOBILE)
# an English title and a surname alone (Mr O'Connor, Ms Kim), and a Latin word before 씨
_TITLE_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s(?P<name>[A-Z][a-zA-Z'\-]{1,20})(?![a-zA-Z'\-]| [A-Z])")
_TITLE_WORD = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b")
# a foreign name in Hangul and its Latin writing in brackets (수트리스노(SUTRISNO), 레 티
# 흐엉(LE Thi Huong, 베트남 국적))
_HANGUL_LATIN_PAIR = re.compile(r"(?<![가-힣])(?P<ko>[가-힣]{1,8}(?: [가-힣]{1,8}){0,3})[ \t]?[(（]"
                                r"(?P<la>[A-Z][A-Za-z'\-]+(?:,? [A-Z][A-Za-z'\-]+){0,3})[,)）]")
# a name written as in a passport: the surname in capitals and the given names (TRAN Van
# Tuan, O'CONNOR Sarah, RAHIMI Hassan), or one surname in capitals (SUTRISNO); not an
# acronym (GRDP, KSLV-II) or a brand (Google Earth)
_PASSPORT_STYLE = re.compile(r"(?=.*\b[A-Z][A-Z'\-]*[A-Z]\b)[A-Z][A-Za-z'\-]+(?:,? [A-Z][A-Za-z'\-]+){1,3}$"
                             r"|[A-Z]{5,}$")
# a letter's closing and the name under it (Thanks,\nAziz Rakhimov; > Best,\n> Hieu Van Dang)
_SIGNATURE = re.compile(r"^[ \t>]*(?:Thanks|Thank you|Many thanks|Best|Best regards|Kind regards|Regards|Warm regards"
                        r"|Sincerely|Yours sincerely|Yours faithfully|Yours truly|Cheers|With thanks)[,.!]?[ \t]*\n"
                        r"[ \t>]*(?P<name>[A-Z][a-zA-Z'\-]+(?:,? [A-Z][a-zA-Z'\-]+){0,3})[ \t]*$", re.MULTILINE)
# the line under a signature that makes the signer an official (a unit, a title, a
# government mail)
_OFFICIAL_LINE = re.compile(r"Officer|Team|Division|Office|Manager|Director|Department|Center|Centre|Mayor"
                            r"|Council|go\.kr|주무관|팀장|과장|구청|시청|센터")
# a greeting and one name, then a comma or the line end (Hello Hieu,)
_GREETING_WORD = re.compile(r"\b(?:Dear|Hello|Hi)\b")
_GREETING_NAME = re.compile(r"\b(?:Dear|Hello|Hi) (?P<name>[A-Z][a-z'\-]{1,20})[ \t]*(?:[,!]|$)", re.MULTILINE)
_ANY_CAPITAL = re.compile(r"[A-Z]")
_LATIN_SSI = re.compile(r"(?<![A-Za-z])(?P<name>[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){0,2})(?:[(（][가-힣]{1,8}[)）])? ?씨"
                        r"(?:는|가|의|를|에게|와|께서)?(?![가-힣])")
# a writer naming themselves in English: "I am Nguyen Thi Lan", "my name is Sarah O'Connor"
_EN_SELF_NAMED = re.compile(r"\b(?:I am|I'm|[Mm]y name is|[Tt]his is)\s+(?P<name>[A-Z][A-Za-z'\-]*[a-z](?: [A-Z][A-Za-z'\-]*[a-z]){1,3})")
# Chinese-character names in running text (申美京, 姜敏俊)
# three syllables typed apart, then how one introduces or addresses a person
_SPACED_SELF_NAMED = re.compile(r"(?<![가-힣])(?P<name>[가-힣] [가-힣] [가-힣])(?=(?:이라고|라고) ?(?:합니다|해요|하며|했|함)"
                                r"|입니다|이에요|예요|이었습니다|였습니다|(?: )?(?:씨|님|할머니|할아버지|어르신|주민)(?![가-힣]))")
_HANJA = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])")


# the rest of a list of names joined by · (before the rank that closes the list; a comma
# list mixes private persons and officials: "외부위원 양도현, 박동현 과장")
_NAME_LIST = re.compile(r"(?:[·ㆍ][가-힣]{2,4}){1,30}")
# a form of address right after a word, perhaps with its particle (임우은 씨는): the word
# before it is the whole name
_TITLE_AFTER = re.compile(r" ?(?:(?:님|씨)(?:께서|에게|께|은|는|이|가|의|을|를|과|와|도)?|귀하)(?![가-힣])")

_ANY_HANJA = re.compile("[\u4e00-\u9fff]")


def _has_hanja(text: str) -> bool:
    return _ANY_HANJA.search(text) is not None


class NameRules:
    """The compiled person rules, shared by the recognizer and the engine."""

    def __init__(self, cfg: PersonFile):
        self.cfg = cfg
        self.surnames = set(cfg.surnames)
        self.surnames2 = set(cfg.two_syllable_surnames)
        self.particles = sorted(set(cfg.particles), key=len, reverse=True)
        # role words are never names themselves (민원인, 참석자, 주무관)
        self.not_names = set(cfg.not_names) | {w for w in (*cfg.private_before, *cfg.official_before,
                                                           *cfg.official_after) if " " not in w}
        # the particles by length, longest first: a word's longest particle ending is cut
        # off if the word keeps at least two syllables
        self._particles_by_length = sorted(
            ((n, frozenset(p for p in self.particles if len(p) == n)) for n in {len(p) for p in self.particles}),
            reverse=True)
        self.foreign_first = set(cfg.foreign_given_syllables)
        # (or a table's cell border: | 청구인 | 마정란 |, │ 민원인 │ 금지훈 │)
        # (or a dash between a key and its value: - 과태료 부과 대상자 - 홍길동)
        # (and the relation the role holds: 보호자: 모 임세라, 친권자 부 금종영)
        sep = r"(?:\([가-힣A-Za-z]{1,8}\))?[\]】」\s:：(,|│┃]*(?:[-—–][ \t]+)?(?:(?:부|모|처|부친|모친)[ \t]+)?"
        # a role word starts a word: 위원 in 전문위원 (an Assembly official's title) is not one
        # (and the copula or the object particle on the role: 자녀인 곽광수가, 피보험자를
        # 주미경(이하 '피보험자')으로 하는)
        self.private_before = re.compile(r"(?:" + alternation_not_after(cfg.private_before, "[가-힣]")
                                         + r")(?:[인을를](?=[ \t]+(?:[가-힣]|$)))?" + sep + r"$")
        # (also a rank with its grade and a comma: 지방시설주사(6급), 곽도윤; not a rank and a
        # comma alone, which ends the one before in a list: 김정희 주무관, 김지훈(민간위원))
        self.official_before = re.compile(r"(?:" + alternation(cfg.official_before)
                                          + r")\s*(?:(?:\(?[가-힣]{0,6}\)?\s*)?[:：]?|\(\d{1,2}급\),)\s*$")
        self.private_after = re.compile(r"^\s?(?:" + alternation(cfg.private_after) + r")")
        # a private role, or a word made a person's by 자 or 인 (결혼이민자), then two or
        # three words: where a foreign name written in Hangul may stand
        self.role_then_words = re.compile(
            r"(?:" + alternation_not_after(cfg.private_before, "[가-힣]") + r"|(?<![가-힣])[가-힣]{1,6}[자인])"
            r"[ \t]+(?P<words>(?:[가-힣]{1,6} ){1,2}[가-힣]{2,8})")
        # (a whole word: 배우 before a name, not 배우 in 배우자)
        self.public_figure_before = re.compile(
            r"(?:" + alternation_not_after(cfg.public_figure_before, "[가-힣]") + r")[ \t]+$") \
            if cfg.public_figure_before else None
        self.official_after = re.compile(r"^\s?(?:" + alternation(cfg.official_after) + r")(?![가-힣])")
        self.official_words = set(cfg.official_before) | set(cfg.official_after)
        self.business_representatives = tuple(sorted(cfg.business_representatives, key=len, reverse=True))
        self.corporate = re.compile(alternation(cfg.corporate_words)) if cfg.corporate_words else None
        self.public_body = re.compile(alternation(cfg.public_body_words)) if cfg.public_body_words else None
        self.english_not_names = {w.lower() for w in cfg.english_not_names}
        self.romanized_surnames = frozenset(cfg.romanized_surnames)
        self.latin_context_words = {w.rstrip(":").strip() for w in cfg.english_private_before + cfg.english_titles}
        # (also a form's dotted leader or an equals sign: Name .......... Heng Rith, name / 이름=…)
        self.english_before = re.compile(r"(?:" + alternation(cfg.english_private_before)
                                         + r")\s*(?:[:,(（=]|\.{3,})?\s*$")
        self.matter_before = re.compile(r"(?:" + alternation(cfg.personal_matter_before) + r")[\s:：]*$") \
            if cfg.personal_matter_before else None
        self.matter_after = re.compile(r"(?:" + alternation(cfg.personal_matter_after) + r")") \
            if cfg.personal_matter_after else None
        matter_words = [*cfg.personal_matter_before, *cfg.personal_matter_after]
        self.matter_any = re.compile(alternation([w.strip(" :：") for w in matter_words])) if matter_words else None

    def strip_particle(self, word: str) -> tuple[str, str]:
        n = len(word)
        for k, particles in self._particles_by_length:
            if k <= n and word[n - k:] in particles:
                return (word[:n - k], word[n - k:]) if n - k >= 2 else (word, "")
        return word, ""

    def is_korean_name(self, core: str) -> bool:
        if core in self.not_names or not 2 <= len(core) <= 5:
            return False
        if core[:2] in self.surnames2 and 3 <= len(core) <= 4:
            return True
        if (len(core) == 2 and core[1] == "모") or (len(core) == 3 and core[1:] == "모씨"):
            return False        # 박모, 김모, 소모씨: a person left unnamed already
        return core[0] in self.surnames and 2 <= len(core) <= 3

    def has_matter_words(self, text: str) -> bool:
        """Whether the text holds a word of a personal matter at all (one search a text)."""
        return self.matter_any is not None and self.matter_any.search(text) is not None

    def personal_matter(self, text: str, start: int, end: int) -> str | None:
        """The name is the subject of a personal matter (징계혐의자 홍길동, 홍길동에 대한
        징계): a person, whatever rank stands beside it."""
        before = text[max(0, start - 12):start].rsplit("\n", 1)[-1]
        if self.matter_before is not None:
            m = self.matter_before.search(before)
            if m:
                return f"the subject of '{m.group().strip(' :：')}'"
        if self.matter_after is not None:
            m = self.matter_after.match(text, end)
            if m:
                return f"the subject of '…{m.group().strip()}'"
        return None

    @staticmethod
    def _line(text: str, pos: int) -> str:
        ls = text.rfind("\n", 0, pos) + 1
        le = text.find("\n", pos)
        return text[ls:le if le >= 0 else len(text)]

    def official_rank_cell(self, cell: str) -> bool:
        """A table cell that is a public body's unit and an official's rank (중랑구
        자치행정과장, 보건소 건강관리과장): the row is an official's."""
        v = cell.strip()
        return bool(v) and _PUBLIC_RANK.search(v) is not None

    def resident_named(self, word: str) -> bool:
        """After "…에 사는" a full name only (surname and two syllables) that Kiwi reads as
        a name (one proper noun, a word it does not know, or the surname and a word:
        박+영자), not a plural or a word it knows (주민들, 어민들, 이웃, 고양이)."""
        if len(word) != 3 or not self.is_korean_name(word):
            return False
        toks = morphology.reading(word)
        return morphology.unknown_word(word) or (len(toks) == 2 and toks[0].tag == "NNP" and toks[0].len == 1
                                                 and toks[1].tag.startswith("NN"))

    def official_context(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 25):start].rsplit("\n", 1)[-1]
        after = text[end:end + 8].split("\n", 1)[0]
        core_end = end
        # allow a particle between the name and a following rank (김영수 팀장은)
        m = self.official_before.search(before)
        if m and self.sole_proprietor(text, start, m.group()):
            m = None            # 대표자 최덕배 of 청춘당구장: a shop's owner, a private person
        if m:
            spoken = _SPEAKER_LABEL.search(m.group())
            if spoken and self.is_korean_name(spoken.group(1)):
                m = None        # 사례관리자 호소율: 두은정(67세) …: the official speaks of someone
        if m is None and council_paper(text):
            role = _COUNCIL_MEMBER_BEFORE.search(before)
            if role and _NAME_ENDS_BEFORE.search(before, 0, role.start()):
                role = None     # ◯문경숙 위원장  張泰植 진술인: the role is the speaker's, before
            if role or _COUNCIL_MEMBER_AFTER.match(after):
                return True     # ○위원장 김소윤, ▶선우수빈(위원): a council's member in role
        if m is None and self.public_figure_before is not None:
            m = self.public_figure_before.search(before)    # 배우 홍은희 씨: a public figure
        if m or self.official_after.match(after) \
                or self.official_after.match(text[core_end:core_end + 8]):
            return True
        # a list of names that one rank closes: "서정민·고현우·채민기 의원(12인)"
        m = _NAME_LIST.match(text, end)
        return bool(m and self.official_after.match(text[m.end():m.end() + 8]))

    def _representative(self, role: str) -> bool:
        """``role`` (the words before a name) names a business's representative or a
        facility's head (대표자, 원장)."""
        return role.strip(" :：|│┃,(").split("(")[0].strip().startswith(self.business_representatives)

    def representative_in_role(self, text: str, start: int, role: str) -> bool:
        """A representative of a company (㈜, 법인, 재단 near) or the head of a public body
        (연구원, 보건소 right before): named in role, as an official is."""
        if not self._representative(role):
            return False
        if self.public_body is not None and self.public_body.search(text, max(0, start - 40), start):
            return True         # 보건환경연구원 원장 …
        return self.corporate is not None and self.corporate.search(text, max(0, start - 120), start + 60) is not None

    def corporate_word(self, text: str) -> bool:
        """Whether ``text`` holds a company's or a foundation's word (㈜, 주식회사, 재단 …)."""
        return self.corporate is not None and self.corporate.search(text) is not None

    def sole_proprietor(self, text: str, start: int, role: str) -> bool:
        """A representative of a shop or a sole proprietorship, or the head of a daycare
        centre: a private person (GUIDELINE: a company's name and numbers stay visible, a
        natural person's name does not)."""
        return self._representative(role) and not self.representative_in_role(text, start, role)

    def private_context(self, text: str, start: int, end: int, particle: str = "") -> str | None:
        before = text[max(0, start - 25):start].rsplit("\n", 1)[-1]
        after = text[end:end + 12].split("\n", 1)[0]
        if particle and (particle.startswith("씨") or particle.startswith("님") or particle == "귀하"):
            return f"particle '{particle}'"
        council = council_paper(text)
        m = self.private_before.search(before) or self.private_before.search(collapse_spaced_letters(before))
        if m and council and _COUNCIL_MEMBER.fullmatch(m.group().strip(_KEY_CELL_STRIP + "]】」[○◯▶")):
            m = None            # ○위원 김인숙: a council's committee member, elected, in role
        if m and _NAME_KEY.match(m.group()) and _OFFICIAL_RECORD.search(self._line(text, start)):
            m = None            # 직급(직위): 지방세무주사보(7급), 성 명: 추유진: an official's record
        if m and self.representative_in_role(text, start, m.group()):
            m = None            # 주식회사 ○○ 대표자 …: a company's representative in role
        if m and _KEY_DASH.search(m.group()) and not _CELL_END.match(text, end + len(particle)):
            m = None            # 신청인 — 여보세요, …: a speaker's words after a dash, not a value
        if m and _CELL_BORDER.search(m.group()):
            # a key cell and its value (| 청구인 | 마정란 |): the key opens the row and the
            # name is the whole value cell, not the first word of a sentence or the next
            # column of a header row (| 번호 | 대상자 | 나이 |)
            word_end = end + len(particle)
            if before[:m.start()].strip(" \t|│┃") or not _VALUE_END.match(text, word_end) or (
                    end - start >= 4 and text[start:end][:2] not in self.surnames2
                    and morphology.dictionary_compound(text[start:word_end])):
                return None
            line_end = text.find("\n", word_end)
            rest = text[word_end:line_end if line_end >= 0 else len(text)]
            if any(self.official_rank_cell(c) for c in _CELL_SPLIT.split(rest)):
                return None     # | 증인 | 김명자 | 중랑구 자치행정과장 |: an official called in role
            return f"role '{m.group().strip(_KEY_CELL_STRIP)}' in the cell before"
        if m:
            return f"role '{m.group().strip(' :(,]】」')}' before"
        m = self.private_after.match(after)
        if m and council and _COUNCIL_MEMBER.fullmatch(m.group().strip(" ()")):
            m = None            # 김상철 위원>, 홍가람(위원장): a council member in role
        if m and after[m.end():m.end() + 1] == "회":
            m = None        # 위원회 (a committee), not 위원 (a member)
        if m and len(m.group().strip()) == 1 and m.group().strip() in "생" and \
                "가" <= after[m.end():m.end() + 1] <= "힣":
            m = None        # 생활, 생산: a word, not "(1985년)생"
        if m:
            return f"'{m.group().strip()}' after"
        if _AFTER_PERSONAL.match(after) or (end - start >= 3 and _AFTER_AGE_OR_PLACE.match(after)):
            return "personal details in parentheses after"
        m = _AFTER_PERSONAL_EN.match(text[end:end + 40]) if text[start:start + 1].isascii() else None
        if m and (m.group("word") or "").lower() not in self.english_not_names:
            return "personal details in parentheses after"     # (not (Officer), (Manager))
        if _AFTER_MOBILE.match(text, end, end + 48) and not _UNIT_BEFORE.search(before):
            return "a mobile number or a personal identifier after"     # (not 문화체육과 신승현 010-…:
                                                                        # an official on a duty roster)
        if self.english_before.search(before):
            return "form of address before"
        if _RESIDENT_BEFORE.search(before) and self.resident_named(text[start:end]):
            return "a resident: '…에 사는' before"     # 의성군에 사는 소재민은 "…"
        if _LAW_FIRM_BEFORE.search(before):
            return "a law firm's lawyer in brackets"    # 법무법인 정률(오민훈)
        if _WITH_OTHERS_AFTER.match(after) and morphology.unknown_word(text[start:end]) \
                and not text[start:end].endswith(("장", "군수", "관")):
            return "a party with others after it"        # 노승호 외 2명 (not 부군수 외 5명)
        m = _SUFFIX_ROLE.search(before)
        foreign = " " in text[start:end]          # 결혼이민자 Pham Van Duc, 이주노동자 아흐메드 하산
        if m and ((not m.group("colon") and end - start != 3 and not foreign)
                  or (_HANGUL_WORD.fullmatch(text[start:end]) and morphology.derived_word(text[start:end]))):
            m = None        # in running text only a full name (징계혐의자 왕하율에), not 공직자 모두;
                            # never a word Kiwi knows (수신인: 마카오의)
        if m and self.person_suffix_role(m.group(1), m.group().split("(")[0].strip(" :：")):
            # (a weak role: the name must end its phrase and be no ordinary word)
            return f"role '{m.group().split('(')[0].strip(' :：')}' (a noun of a person) before"
        return None

    def person_suffix_role(self, stem: str, word: str) -> bool:
        """A noun and the suffix of a person (질의+자, 혐의+자, 신청+인): the stem, or its
        last two syllables, is a noun Kiwi knows; officials' roles (작성자, 담당자) are
        not private ones."""
        if word in self.official_words:
            return False
        return morphology.known_common_noun(stem) or (len(stem) > 2 and morphology.known_common_noun(stem[-2:]))


class PersonRecognizer(EntityRecognizer):
    """Korean and Latin-script names of private persons (role-aware rules)."""

    def __init__(self, rules: NameRules):
        self.rules = rules
        super().__init__(supported_entities=["PERSON"], name="PERSON_ROLE_RULES",
                         supported_language="ko")
        cfg = rules.cfg
        # per Hangul word: (core, particle, the core is name-shaped, the whole word is),
        # remembered: the same words come back in every document
        self._split = Memo(self._split_word, 50_000)
        # (the look-behind comes after the first letter: a pattern that opens with one is
        # tried at every position, one that opens with a character class lets ``re``
        # skip in C to the next capital)
        self._latin = re.compile(r"([A-Z](?<![A-Za-z].)" + _LATIN_NAME_REST + r")(?![a-z])")
        # a foreign name written in Hangul: a known given name, then one to three words
        # ("마리아 가르시아"); the given name is one whole Hangul word, so it is looked up
        # as the words go by rather than tried as an alternation at every syllable
        self._foreign_rest = re.compile(r"(?: [가-힣]{1,5}){1,3}(?![가-힣])")
        # the Hangul words that can open a name: a surname's or a foreign given name's first
        # syllable (the other words are passed over inside the regex engine)
        firsts = set(rules.surnames) | {w[0] for w in rules.surnames2} | {w[0] for w in rules.foreign_first}
        # a surname standing alone and a given name of two syllables, together or spaced
        # (and a particle or a form of address glued on: 선우 아린님, 함 순자가)
        # (the surname's first letter opens the pattern, so ``re`` skips in C to the next one)
        self._spaced = re.compile("([" + "".join(sorted(firsts)) + r"](?<![가-힣].)[가-힣]?) ([가-힣]{2}|[가-힣] [가-힣])"
                                  r"([가-힣]{0,3})(?![가-힣])")
        # a surname and a one-letter given name apart (the surname's letter opens the
        # pattern, so ``re`` skips in C to the next one)
        self._spaced_one = re.compile("([" + "".join(sorted(rules.surnames)) + r"])(?<![가-힣].) ([가-힣])"
                                      r"(?=\s?[(（,]|(?:에게|에게서|은|는|이|가|의|을|를|과|와|입니다|이요|이에요|예요)(?![가-힣]))")
        self._candidate_words = re.compile(
            "[" + "".join(sorted(firsts)) + "](?<![가-힣0-9].)[가-힣]*" if firsts else r"(?!x)x")

    def load(self) -> None:
        pass

    def _turns_and_flats(self, text):
        """Names of speakers in minutes who speak as themselves (not 위원장:, not 김영수
        의원: or 이민호(주무관):), and of residents named by their flat."""
        r = self.rules
        out = []
        for m in _TURN.finditer(text):
            name, aside = m.group("name"), m.group("aside") or ""
            s, e = m.span("name")
            if len(name) < 3 or not r.is_korean_name(name) or morphology.known_common_noun(name) \
                    or morphology.function_word(name) or morphology.dictionary_word(name):
                continue        # 위원장:, 사회자:, 추신:, 비고: a role or a key, not a full name
            if not _SAID.search(m.group("said")) or r.official_context(text, s, e) \
                    or any(w in aside for w in r.official_words) or aside.endswith(("과", "팀", "국", "실")):
                continue
            out.append(make_result("PERSON", s, e, 0.8, "PERSON_ROLE_RULES", "Korean name, a speaker's turn in minutes"))
        for m in _FLAT_RESIDENT.finditer(text):
            name = m.group("name")
            if r.is_korean_name(name) and not morphology.known_common_noun(name):
                s, e = m.span("name")
                out.append(make_result("PERSON", s, e, 0.8, "PERSON_ROLE_RULES", "Korean name, a resident named by their flat"))
        return out

    def _ordinary(self, w: str) -> bool:
        """A Hangul word before a foreign name that is no part of it: a role or key word,
        a common noun of the dictionary, or a word with a particle or an ending."""
        if w in self.rules.not_names or morphology.dictionary_word(w) or morphology.function_word(w):
            return True
        toks = morphology.reading(w)
        return len(toks) >= 2 and toks[-1].tag.startswith(("J", "E"))

    def _hangul_latin_pairs(self, text):
        """Both writings of a foreign name given together, the Hangul one Kiwi does not
        know and no word of it a common noun (not 서울특별시(Seoul), 키오스크(KIOSK))."""
        out = []
        for m in _HANGUL_LATIN_PAIR.finditer(text):
            ko, la = m.group("ko").split(" "), m.group("la")
            if _ORG_WORDS.search(la) or not _PASSPORT_STYLE.match(la):
                continue
            while ko and len(ko[0]) >= 2 and self._ordinary(ko[0]):
                ko = ko[1:]     # 대상자는 쩐 반 뚜언(…): the words before the name
            if not ko or not any(morphology.guessed_word(w) for w in ko if len(w) >= 2) \
                    or any(len(w) >= 2 and (morphology.known_common_noun(w) or self._ordinary(w)) for w in ko):
                continue
            out += [(m.end("ko") - len(" ".join(ko)), m.end("ko")), m.span("la")]
        return out

    def _transliterated_names(self, text):
        """(start, end) of foreign names written in Hangul that no list holds (수레쉬
        쿠마르, 라흐마노프 알리셰르, 응우옌 반 안): two or three words before a form of
        address (씨, 님, 귀하) or after a label's colon, one of which is a word of three
        or more syllables that Kiwi does not know, and none a common noun."""
        out = []
        for a in _ADDRESS_WORD.finditer(text):
            lo = max(0, a.start() - 40)
            m = _WORDS_BEFORE.search(text, lo, a.start())
            if m and (m.start() > lo or lo == 0):
                out.append(self._transliterated(text, m.start(), m.end()))
        for m in _LABELLED_WORDS.finditer(text):
            before = collapse_spaced_letters(text[max(0, m.start() - 20):m.start() + 1].rsplit("\n", 1)[-1])
            if self.rules.private_before.search(before):     # 상대방: …, 민 원 인: …
                out.append(self._transliterated(text, m.start(1), m.end(1)))
        for m in self.rules.role_then_words.finditer(text):   # 피고인 이바노바 올가는
            words = m.group("words").split(" ")
            if len(words[0]) == 3 and self.rules.is_korean_name(words[0]):
                continue        # 대표자 최덕배 입회: a Korean name, then the sentence's word
            last, _ = self.rules.strip_particle(words[-1])
            e = m.end("words") - len(words[-1]) + len(last)
            out.append(self._transliterated(text, m.start("words"), e))
        for a in _MOBILE_IN_BRACKETS.finditer(text):          # 통역인 라자보바 딜노자(010-…)
            lo = max(0, a.start() - 40)
            m = _WORDS_BEFORE.search(text, lo, a.start())
            if m and (m.start() > lo or lo == 0):
                out.append(self._transliterated(text, m.start(), m.end()))
        return [sp for sp in out if sp]

    def _latin_short_names(self, text):
        """(start, end) of a Latin surname alone after a title or before 씨: Mr O'Connor,
        Ms Kim, 보행자 Thanh 씨는; and of a given name alone after a greeting (Hello Hieu,
        Hi Mohammad,), not a word of address (Dear Sir, Hello everyone); and of a
        resident's signature under a letter's closing (not an official's, whose unit or
        title is on the next line)."""
        out = []
        for m in _SIGNATURE.finditer(text):
            name = m.group("name")
            below = text[m.end():m.end() + 120].lstrip("\n").split("\n", 1)[0]
            if not (_ORG_WORDS.search(name) or _OFFICIAL_LINE.search(below)
                    or name.split(" ")[0].rstrip(",").lower() in self.rules.english_not_names):
                out.append(m.span("name"))
        if _GREETING_WORD.search(text):
            out += [m.span("name") for m in _GREETING_NAME.finditer(text)
                    if m.group("name").lower() not in self.rules.english_not_names]
        if _TITLE_WORD.search(text):            # (cheap tests first: most texts have neither)
            out += [(m.start(), m.end("name")) for m in _TITLE_SURNAME.finditer(text)]   # Ms. Tsoi
        if "씨" in text and _ANY_CAPITAL.search(text):
            out += [m.span("name") for m in _LATIN_SSI.finditer(text)]
        if "I" in text or "y name" in text:
            out += [m.span("name") for m in _EN_SELF_NAMED.finditer(text)
                    if not _ORG_WORDS.search(m.group("name"))
                    and m.group("name").split(" ")[0].lower() not in self.rules.english_not_names]
        return out

    def _transliterated(self, text, s, e):
        words = text[s:e].split(" ")
        # the last words of what comes before a 씨 may be the name: try the last two, three
        for k in (3, 2):
            if len(words) < k:
                continue
            tail = words[-k:]
            if self.rules.is_korean_name(tail[-1]) and len(tail[-1]) == 3:
                continue        # 개인적으로 장가휘: a word, then a Korean name (found as one)
            if (len(tail[-1]) == 1 or tail[-1].endswith(("아저", "아가"))) and text[e:e + 1] in "씨님":
                continue        # 날씨, 누님, 행님, 아저씨: a word with 씨/님 glued on
            if any(len(w) >= 3 and w[-1] in "구군시동읍면로길" for w in tail):
                continue        # 강서구 내발산동 송 씨: a place, then a surname
            if any(len(w) >= 3 and morphology.guessed_word(w) for w in tail) and not any(
                    len(w) >= 2 and (morphology.known_common_noun(w) or morphology.function_word(w)
                                     or ((len(w) >= 3 or k > 2) and morphology.derived_word(w))
                                     or morphology.verb_form(w) or w in self.rules.not_names
                                     or morphology.dictionary_compound(w)
                                     or w[0] in "씨님") for w in tail):
                # (a given name of two letters Kiwi reads as a verb and an ending, 올가 as
                # 오+ㄹ가, still stands beside a surname it does not know: 올가 페트로바님;
                # in three words, 등을 통해 사무라고치, such words are the sentence's)
                start = e - len(" ".join(tail))
                return start, e
        return None

    def _spaced_one_letter(self, text):
        """(start, end) of a surname and a one-letter given name written apart, right after
        a private role (피해자 방 솔(50세), 건물 소유자 팽 철에게, 보호자(아들) 인 찬에게)."""
        out = []
        for m in self._spaced_one.finditer(text):
            if m.group(2) in "씨님군양명분개곳번살세건차회":
                continue        # (이 씨, 김 군: a form of address; 두 명, 한 명: a number and a counter)
            if m.start() and text[m.start() - 1] not in " \t\n:：(,·":
                continue        # 모친(이성례)은 칼을: a particle after a bracket
            before = text[max(0, m.start() - 25):m.start()].rsplit("\n", 1)[-1]
            if self.rules.private_before.search(before):
                out.append((m.start(), m.end(2)))
        return out

    def _spaced_name(self, text, m):
        """(start, end) of a name written with spaces (설 한결, 이 보 린, 황보 순임), or
        None: the surname stands alone and the given name is no ordinary word."""
        surname, given, rest = m.group(1), m.group(2).replace(" ", ""), m.group(3)
        if surname not in self.rules.surnames and surname not in self.rules.surnames2:
            return None
        if rest and rest not in self.rules.particles and rest[0] not in "님씨":
            return None
        if m.start() and text[m.start() - 1] not in " \t\n:：(,·":
            return None         # 모친(이성례)은 칼을: a particle after a bracket
        if " " not in m.group(2) and given[-1] in "을를는의에":
            return None         # 학생 두 명을: a particle, not a given name
        if given[0] == "모" and (len(given) == 1 or given[1:] in ("씨", "군", "양")):
            return None         # 김 모 씨: a person left unnamed already
        if not self.rules.private_context(text, m.start(), m.end(2), rest):
            return None         # (asked before Kiwi: most pairs of words have no such context)
        if rest and rest[0] in "님씨":
            glued = m.group(2).split(" ")[-1] + rest[0]
            if morphology.known_common_noun(glued) or morphology.title_with_honorific(glued[:-1]):
                return None     # 이 두 글씨, 주 하느님: 씨 and 님 inside a word
        if " " not in m.group(2) and morphology.known_common_noun(given):
            return None         # 학생 두 명: an ordinary word
        if morphology.known_common_noun(surname + given):
            return None         # 연 락 처, 주 소: a label spelt out over its box
        return m.start(), m.end(2)

    def _split_word(self, w: str) -> tuple[str, str, bool, bool]:
        r = self.rules
        core, particle = r.strip_particle(w)
        return core, particle, r.is_korean_name(core), bool(particle) and r.is_korean_name(w)

    @property
    def _latin_context(self):
        return self.rules.latin_context_words

    def analyze(self, text, entities, nlp_artifacts=None):
        r = self.rules
        out = []
        surnames, surnames2 = r.surnames, r.surnames2
        split = self._split
        foreign = []                # (start, end) of Hangul foreign names, as one scan finds them
        matter_words = r.has_matter_words(text)
        foreign_first, foreign_rest, foreign_end = r.foreign_first, self._foreign_rest, 0
        for m in self._candidate_words.finditer(text):
            w = m.group()
            if w in foreign_first and m.start() >= foreign_end:
                rest = foreign_rest.match(text, m.end())
                if rest:
                    foreign.append((m.start(), rest.end()))
                    foreign_end = rest.end()
            if w[0] not in surnames and w[:2] not in surnames2:
                continue            # every name begins with a surname (is_korean_name)
            core, particle, core_is_name, word_is_name = split(w)
            if word_is_name and (_TITLE_AFTER.match(text, m.end()) or (particle and (
                    _CELL_FILLED.match(text, m.end())
                    or (text.startswith(", ", m.end()) and particle in ("이", "가"))
                    or (_BRACKET_NEXT.match(text, m.end())
                                                          and _AFTER_BORDER.search(text, max(0, m.start() - 3), m.start()))))):
                core, particle, core_is_name = w, "", True  # "임형은 님 귀하": 은 ends the name, not a particle
                                                            # (nor in "| 손녀 | 사공가은 |": a cell holds no particle)
            if not core_is_name or morphology.noun_made_verb(w):
                continue            # 가입한 세대, 손잡이를 설치해: a verb, not 가 + 입한
            if not particle and morphology.noun_with_case_ending(w):
                continue            # 대상자 정보로, 대상자 명단임: a noun and its ending
            if _PLACE_NUMBER_AFTER.match(text, m.end()) or (core[-1] in "구군시" and (
                    _REGION_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    or _DISTRICT_AFTER.match(text, m.start() + len(core)))):
                continue            # 봉천제3동, 서울특별시 송파구 귀하: a place, not a name
            if w[:2] not in surnames2 and (morphology.verb_form(w) or morphology.plain_function_word(w)) \
                    and not particle.startswith(("씨", "님")) \
                    and not _TITLE_AFTER.match(text, m.end()):
                continue            # 달성하기 위하여, 코로나로 지친: a verb, not 위 + 하여
                                    # (박찬 님: a form of address keeps a name Kiwi reads as 박차+ㄴ)
            s, e = m.start(), m.start() + len(core)
            if len(w) == 4 and w[:2] in surnames2 and len(particle) == 1:
                e = m.end()         # 황보다은 or 독고별 + 은: the whole word either way
            why = r.private_context(text, s, e, particle)
            if not why:
                matter = r.personal_matter(text, s, e) if matter_words else None
                if matter and not morphology.known_common_noun(core):
                    if len(core) == 2 and len(w) >= 4 and w[3:] in r.particles and r.is_korean_name(w[:3]):
                        e = s + 3       # 박봄이는: 박봄이 + 는 (a full name), not 박봄 + 이는
                    out.append(make_result("PERSON", s, e, 0.85, "PERSON_ROLE_RULES", f"Korean name, {matter}"))
                continue        # (most words: tested first, as it rules out more)
            if r.official_context(text, s, e) or (particle and r.official_context(text, s, m.end())):
                continue        # 김영수 팀장, 이지은 팀장 (은 is part of the name, not a particle)
            if why and why.endswith("before") and not particle and not _STRONG_ROLE.search(why):
                # a role word alone also precedes ordinary nouns (시민 소통 확대):
                # the name must end the phrase (punctuation, bracket, line end)
                nxt = text[e:e + 2]
                if re.match(r" [가-힣]", nxt) and not r.private_after.match(text[e:e + 12]):
                    continue
            if morphology.dictionary_word(core) and not (
                    why.endswith("before") and _STRONG_ROLE.search(why)
                    and (particle or _NAME_ENDS.match(text, m.end()))):
                continue        # 상담실(02-…), 주민 서명부(…), 대상자 지급액: a word of the
                                # dictionary; only a strong role right before and the name
                                # ending there (민원인 이재민은, | 신청인 | 이재민 |) make one a name
            if why.endswith("after") and not particle and morphology.function_word(core):
                continue        # 지금 거주하시는: an adverb before the word, not a name
            if not particle and why.endswith("' after") and morphology.plain_phrase(core):
                continue        # 1개월 전부터 거주, 가진자(주민…): a word and its particle or
                                # ending, with only a word after it to say it is a name
            if not particle and why.endswith("' after") and len(core) <= 3 and not _ADDRESSED_AFTER.match(text, e) \
                    and morphology.plain_nouns(core):
                continue        # 임차 세대, 반지하 세대: nouns of the dictionary before a weak word
            if not particle and why.endswith("before") and len(core) == 2 \
                    and (_CELL_FILLED.match(text, e) or text[e:e + 1] in ">)]」』】〉") \
                    and morphology.known_common_noun(core):
                continue        # | 보호자 동반 |, 임차인 제외: a role and an ordinary word in one cell
            if particle in ("에", "에서", "로", "으로") and morphology.known_common_noun(core):
                continue        # 위원 임기에 따른, 민원인을 상대로: a person takes 에게, not 에
            if why and ("거주" in why or "'주민'" in why) and core[-1] in "구시군동읍면리":
                continue        # "용산구 거주", "공항동 주민": a district, not a resident's name
            if why.endswith("before") and morphology.known_common_noun(core) and (
                    not _STRONG_ROLE.search(why) or (not particle and re.match(r" [가-힣]", text[e:e + 2]))):
                continue        # 원고 마감은, 수취인 부재 및: an ordinary word after a role word
            if why == "personal details in parentheses after" and morphology.known_common_noun(core):
                continue        # 유선(010-...): by wire, an ordinary word before a number
            if particle.startswith("씨") and morphology.seed_word(core + "씨"):
                continue        # 고추씨, 참깨씨: a seed, not 씨 after a name
            if particle.startswith("님") and morphology.title_with_honorific(core):
                continue        # 신부님, 주교님, 하느님: a title with its honorific
            if why.endswith("after") and not particle and not text[e:e + 2].lstrip().startswith("(") \
                    and morphology.known_common_noun(core):
                continue        # 신자 가족, 조선인 학생: an ordinary word before the word
                                # (a role in brackets, 지진(주민), still marks a name)
            if why:
                out.append(make_result("PERSON", s, e, 0.85, "PERSON_ROLE_RULES", f"Korean name, {why}"))
        foreign += self._transliterated_names(text)
        out += self._turns_and_flats(text)
        for s, e in self._hangul_latin_pairs(text) if "(" in text or "（" in text else ():
            if not r.official_context(text, s, e):
                out.append(make_result("PERSON", s, e, 0.8, "PERSON_ROLE_RULES",
                                       "foreign name written in Hangul and in Latin letters together"))
        for s, e in self._latin_short_names(text):
            if not r.official_context(text, s, e):
                out.append(make_result("PERSON", s, e, 0.8, "PERSON_ROLE_RULES",
                                       "Latin name after a title, a greeting or a letter's closing, or before 씨"))
        latin = [m.span(1) for m in self._latin.finditer(text)]
        hanja = [m.span() for m in _HANJA.finditer(text)] if _has_hanja(text) else []
        spaced = [sp for sp in (self._spaced_name(text, m) for m in self._spaced.finditer(text)) if sp]
        spaced += self._spaced_one_letter(text)
        for spans, kind in ((foreign, "Hangul foreign name"), (latin, "Latin name"),
                            (hanja, "Chinese-character name"), (spaced, "spaced Korean name")):
            for s, e in spans:
                value = text[s:e]
                first = value.split(" ", 1)[0]
                if first in self._latin_context:      # "Dear Maria Wallace": the name follows
                    s += len(first) + 1
                    if " " not in text[s:e]:
                        continue
                if r.official_context(text, s, e) or _ORG_WORDS.search(value) \
                        or first.rstrip(",").lower() in r.english_not_names:
                    continue        # (Director, Foreign …; Officer Yoon: a title, not a name)
                why = r.private_context(text, s, e)
                if why:
                    out.append(make_result("PERSON", s, e, 0.8, "PERSON_ROLE_RULES", f"{kind}, {why}"))
        out += self._spaced_self_named(text)
        return out

    def _spaced_self_named(self, text):
        """A name typed a syllable apart and introduced or addressed as a person (저는 …
        여 승 민이라고 합니다, 빈 옥 순 할머니:, 진 서 윤 님): its letters make a name and no word."""
        r = self.rules
        out = []
        for m in _SPACED_SELF_NAMED.finditer(text):
            whole = m.group("name").replace(" ", "")
            if not r.is_korean_name(whole) or morphology.dictionary_word(whole) or morphology.known_common_noun(whole) \
                    or r.official_context(text, m.start("name"), m.end("name")):
                continue
            out.append(make_result("PERSON", m.start("name"), m.end("name"), 0.8, "PERSON_ROLE_RULES",
                                   "a name typed a syllable apart, introduced or addressed as a person"))
        return out
