"""Residential addresses of private persons.

The Korean address grammar (region, 시/군/구, road + number or 동 + lot number, then
an optional unit ``101동 1203호`` / ``4층`` / building name, and a trailing
``(망원동, ○○아파트)``) finds candidates, line breaks inside table cells included.
Whether it is *someone's home* is decided by the words around it: 주소/거주 raise it,
소재지/청사/장소 (offices, public buildings, places of events) drop it; without
either, an address down to a household unit is kept and one without is left to the
engine, which masks it only in a row about a private person.
"""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from .normalize import collapse_spaced_letters
from .regex_speed import alternation_not_after
from .results import make_result
from .schema import AddressFile


_UNIT = re.compile(r"\d\s?호|\d\s?층")
# the kind of a home, in the address or right after it: the address is someone's home
_HOME_KIND = re.compile(r"(?P<kind>다가구주택|다세대주택|다세대|단독주택|연립주택|빌라|원룸|세대주)")
# a letter's addressee on the line above the address, perhaps with a postcode first
# (수신: 홍길동 님⏎(우 01448) 중구 …; 받는 분: … 귀하⏎   (서울특별시 …))
_ADDRESSEE_ABOVE = re.compile(r"(?:(?:수\s?신|받는\s?분|To)[^\n]{0,30}|(?:^|\n)[ \t]*[가-힣]{2,4}(?: [가-힣]{1,3})?[ \t]?)"
                              r"(?:님|귀하|귀중)[ \t]*\n[ \t]*(?:\(?우\)?\s?\d{5}\)?[ \t]*|\(|\[)?[ \t]*$")
# residence words that follow the address (… 139-14 사는 사람, … 2층 거주, …호에 거주)
_RESIDE_AFTER = ("거주", "사는", "살고", "살아", "삽니다")

_FLAT_UNIT = re.compile(r"\d\s?동\s?\d{1,5}\s?호")


# A Korean address written in Latin letters, as foreign residents write theirs: perhaps a
# unit and a building first (Room 857, / 102-405, e-Pyeonhansesang Apartments,), then the
# road and its number either way round (73-30 Donggyo-ro 17-gil / Nohae-ro 159), perhaps
# a unit (Unit B01), and the district (Mapo-gu), perhaps the city
_EN_UNIT = (r"(?:(?:Apt|Apartment|Room|Rm|Unit|Flat|Suite|No|Ho)\.?\s?#?[A-Z]?\d{1,5}(?:-\d{1,5})?[A-Z]?|B?\d{1,4}-\d{1,5}"
            r"|#\s?\d{1,5}|\d{1,4}-dong \d{1,5}-ho)")       # (… Dorim-ro #331, … 104-dong 1491-ho)
_EN_ROAD_NAME = r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]*)*-(?:ro|gil|daero|daegil)(?: \d{1,3}(?:beon)?-gil)?"
_EN_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9])(?:" + _EN_UNIT + r",?\s)?"
    r"(?:[A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*){0,3} (?:Apartments?|Apt\.?|Villa|Mansion|Officetel|Building|Bldg\.?|House),?\s)?"
    r"(?:\d{1,4}(?:-\d{1,4})?,? " + _EN_ROAD_NAME + r"|" + _EN_ROAD_NAME + r",? \d{1,4}(?:-\d{1,4})?)"
    r"(?:,?\s" + _EN_UNIT + r")?"
    r"(?:,\s?[A-Z][a-z]+(?:-[a-z]+)?-(?:gu|si|gun|dong|eup|myeon)){1,2}"
    r"(?:,?\s(?:Seoul|Gyeonggi-do|Incheon|Busan)(?![a-z]))?")
_EN_UNIT_IN = re.compile(r"(?:Apt|Apartment|Room|Rm|Unit|Flat|Suite|Ho)\b|\bB\d|\d-\d{2,5}[,\s]|#\s?\d|-ho\b")


def _reside_after(after: str, word: str) -> bool:
    """A residence word right after the address (… 사는 사람, …에 거주)."""
    after = after.lstrip()
    return after.startswith(word) or after.startswith(("에 " + word, "에서 " + word, "에" + word)) \
        or (word == "거주" and word in after)


# an office's unit right after an address (… 관악로 145 3층 세무관리과, … 2층 민원실): the
# address is the office's
_OFFICE_UNIT_AFTER = re.compile(r"[ \t]*\(?[가-힣0-9]{0,10}(?:과|팀|담당관|사업소|민원실|센터|주민센터|행정복지센터|구청|시청)(?![가-힣])")

# a key or the words before an address that say it is a home (주택 소재지, 피해주택,
# 피해 장소(주택)): with a flat or a floor in the address, a household lives there
_HOME_KEY = re.compile(r"주택|세대|가구|이재민|피해\s?장소|투입\s?장소")
_HOUSEHOLD_UNIT = re.compile(r"\d\s?호|지층|지하|반지하|\bB\d{1,3}")

class AddressRecognizer(EntityRecognizer):
    def __init__(self, cfg: AddressFile):
        self.cfg = cfg
        region = alternation_not_after(cfg.regions, "[가-힣]")
        unit = r"(?:[가-힣A-Za-z0-9]{1,20}\s?)?(?:\d{1,4}\s?동\s?)?(?:제?\d{1,5}\s?호|\d{1,3}\s?층|B\d{1,2}|반지하|지층|지하\s?\d?\s?층?|옥탑방?)"
        tail = (r"(?:\s*,?[ \t]*\n?[ \t]*" + unit + r")?"
                r"(?:[ \t]*\n?[ \t]*\([가-힣A-Za-z0-9·,\- ]{2,40}\))?")
        road = r"[가-힣A-Za-z0-9·]{1,20}(?:로|길)\s?\d+(?:\s?-\s?\d+)?(?:\s?(?:번)?길\s?\d+(?:-\d+)?)?"
        lot = r"[가-힣0-9]{1,10}(?:동|가|리)\s?(?:산\s?)?\d+(?:-\d+)?(?:\s?번지)?"
        # a region name that no syllable comes before (four times faster as each name's
        # own look-behind than as one in front of them: alternation_not_after)
        after_region = (r"(?:[가-힣]{1,6}(?:시|군|구)[ \t]+){1,2}"
                        r"(?:[가-힣]{1,6}(?:읍|면)[ \t]+)?(?:" + road + "|" + lot + r")" + tail)
        self._rx = re.compile(r"(?:" + region + r")[ \t]+" + after_region)
        # ... or from the district when the region is left out (마포구 망원로 361-14, 103호),
        # as people write their own address. Where one may start is found from the
        # district's last letter and what follows it (a pattern that opened with the
        # district's letters would be tried at every syllable of the text)
        self._from_district = re.compile(after_region)
        # ... or from the 동 and its lot number alone, as people write where they live
        # (신림동 1432-7번지 반지하 사는, 길음동 250-55번지 3층에 사는): kept only with a word of
        # residence, as a lot alone is as often land (식사동 472) or a shop
        self._lot_alone = re.compile(r"(?<![가-힣0-9])[가-힣]{1,6}동[ \t]?(?:산[ \t]?)?\d{1,5}(?:-\d{1,5})?(?:[ \t]?번지)?" + tail)
        # ... or the way people shorten it: city and district without 시/구, the 동, the
        # estate and its building-flat (서울 노원 상계동 하계장미 107-1504): a household
        self._estate_flat = re.compile(r"(?:" + region + r")[ \t]+[가-힣]{1,4}[ \t]+[가-힣]{1,6}동"
                                       r"(?:[ \t]+[가-힣A-Za-z0-9]{1,15}){0,2}[ \t]+\d{2,4}-\d{3,4}(?![\d-])")
        self._district_hint = re.compile(r"[시군구][ \t]+(?:[가-힣]{1,6}(?:시|군|구|읍|면)[ \t]+)?"
                                         r"[가-힣A-Za-z0-9·]{1,20}(?:로|길|동|가|리)\s?(?:산\s?)?\d")
        # a flat in a block of flats alone: 115동 606호 (a household, whatever the street)
        # ... or a unit someone lives in: 201호 거주, B02호에 거주
        self._flat = re.compile(r"(?<![\d가-힣])(?:\d{2,4}\s?동\s?\d{2,4}\s?호(?!\d)"
                                r"|B?\d{2,4}\s?호(?=(?:에)?\s?거주))")
        self._unit_only = re.compile(unit + r"$")
        # a household named by its unit alone, as neighbours name each other (위층 2102호,
        # 상대 세대: 1601호, 1203호 주민:, 2201호 (신은지), 1303호 사는)
        self._neighbour_unit = re.compile(
            r"(?:(?:위층|아래층|윗집|아랫집|옆집|앞집|상대\s?세대|상대방 세대)[ \t]*[:：|│]?[ \t]*(?P<a>[A-Z]?\d{2,4}\s?호)(?![\d가-힣])"
            r"|(?<![\d가-힣\-])(?P<b>(?:(?:반지하|지하|지층)[ \t]?|\d{1,2}층[ \t])?[A-Z]?\d{2,4}\s?호)"
            r"(?=[ \t]?(?:주민|세대(?!주)|[(（][가-힣 ]{2,6}[)）]| 사는|에 (?:혼자 )?(?:사는|사시|살고|살았|거주)))"
            # (… 씨 건(501호), 해당 세대(반지하 103호, 세대주 …): the unit of the person's case)
            r"|(?<=건[(（])(?P<c>(?:반지하[ \t]?)?[A-Z]?\d{2,4}\s?호)(?=[)）])"
            r"|(?<=세대[(（])(?P<d>(?:반지하[ \t]?)?[A-Z]?\d{2,4}\s?호)(?=,))")
        # ... or from the road, right after a word for a home (주소 면목로 411-3, 숙소:
        # 망우로 290-1 옥탑, 전병수 님 댁 (대림로 19길 7), 집: 삼양로 73길 22-4): a person
        # writing their own address leaves out the district
        self._road_after_home = re.compile(r"(?:주소|주소지|현주소|거주지|실거주지|자택|숙소|님 댁|집(?=[ \t]*[:：]))[ \t]*[:：(（]?[ \t]*"
                                           r"(?P<addr>" + road + tail + r")")
        self._private = [w.lower() for w in cfg.private_context]
        # (the English words judge addresses written in Latin letters only: "school" in
        # "school enrolment; lives at 광진구 …" says nothing of a Korean address)
        self._public = [w.lower() for w in cfg.public_context if not w.isascii()]
        self._public_en = [w.lower() for w in cfg.public_context if w.isascii()]
        super().__init__(supported_entities=["ADDRESS"], name="ADDRESS_RULES", supported_language="ko")

    def load(self) -> None:
        pass

    def _english(self, text):
        """Korean addresses written in Latin letters: someone's home when the words
        before say so (lives at, Address:) or it goes down to a flat; an office's or a
        public building's stays (the words before name it: Office, Center, Hall)."""
        if "-gu" not in text and "-si" not in text and "-gun" not in text:
            return []
        out = []
        for m in _EN_ADDRESS.finditer(text):
            s, e = m.span()
            before = text[max(0, s - 40):s].rsplit("\n", 1)[-1].lower()
            priv = next((w for w in self._private if w.isascii() and w in before), None)
            pub = next((w for w in self._public_en if w in before or w in m.group().lower()), None)
            if priv:
                out.append(make_result("ADDRESS", s, e, 0.85, "ADDRESS_RULES", f"residence context '{priv}'"))
            elif not pub and _EN_UNIT_IN.search(m.group()):
                out.append(make_result("ADDRESS", s, e, 0.6, "ADDRESS_RULES", "address down to a household unit"))
        return out

    def _candidates(self, text):
        """(start, end, whether it starts at a region) of every address shape in ``text``."""
        found = [(m.start(), m.end(), True) for m in self._rx.finditer(text)]
        spans = [(s, e) for s, e, _ in found]
        last = 0
        for h in self._district_hint.finditer(text):
            i = h.start()               # the district's last letter (구 of 마포구)
            j = i
            while j > 0 and i - j < 6 and "가" <= text[j - 1] <= "힣":
                j -= 1
            if j == i or j < last or (j > 0 and text[j - 1].isalnum()):
                continue
            if any(a <= j < b for a, b in spans):
                continue                # inside an address found from its region
            m = self._from_district.match(text, j)
            if m:
                found.append((m.start(), m.end(), False))
                last = m.end()
        taken = [(s, e) for s, e, _ in found]
        for m in self._road_after_home.finditer(text):
            a = m.start("addr")
            if not any(x <= a < y for x, y in taken):
                found.append((a, m.end("addr"), False))
        taken = [(s, e) for s, e, _ in found]
        for rx, kind in ((self._estate_flat, "estate"), (self._lot_alone, "lot")):
            for m in rx.finditer(text):
                if not any(x < m.end() and m.start() < y for x, y in taken):
                    found.append((m.start(), m.end(), kind))
                    taken.append(m.span())
        return sorted(found)

    def analyze(self, text, entities, nlp_artifacts=None):
        layout = getattr(nlp_artifacts, "layout", None)
        out = []
        candidates = self._candidates(text)
        for s, e, from_region in candidates:
            value = text[s:e].rstrip(" ,\n")
            e = s + len(value)
            before = collapse_spaced_letters(text[max(0, s - 30):s].rsplit("\n", 1)[-1].lower())
            after = text[e:e + 12].split("\n", 1)[0].lower()
            label = collapse_spaced_letters(layout.label_of(s, e).lower()) if layout is not None else ""
            has_unit = bool(_UNIT.search(value))
            priv = next((w for w in self._private if w in before or w in label or
                         (w in _RESIDE_AFTER and _reside_after(after, w))), None)
            pub = next((w for w in self._public if w in before or w in label), None)
            if priv is None and _ADDRESSEE_ABOVE.search(text, max(0, s - 80), s):
                priv = "addressee"          # 수신: 홍길동 님 귀하⏎(우 01448) 중구 …: a letter's addressee
            home_key = priv is None and _HOUSEHOLD_UNIT.search(value) is not None \
                and _HOME_KEY.search(before + " " + label) is not None
            if home_key:
                priv = "주택"               # 피해 장소(주택): … B01호, 주택 소재지: … 402호: a household's home
            home = _HOME_KIND.search(text, s, min(len(text), e + 14))
            if home:
                # a fire or an accident at someone's home: the home's kind in or right after
                # the address (… 33 다가구주택 1층, … 139-12 (3층 다세대, 20세대), (세대주 …))
                pub = None
            lives_there = priv in _RESIDE_AFTER and _reside_after(after, priv) if priv else False
            if pub and not lives_there and not home_key and \
                    not (priv and len(priv) >= 2 and (priv in label or before.rstrip(" :：|(（").endswith(priv))):
                continue            # (… 사는, …에 거주 right after it: someone lives there, whatever came before)
            if not priv and not home and _OFFICE_UNIT_AFTER.match(text, e):
                continue            # 방문: (08832) 관악로 145 3층 세무관리과: an office's address
            if from_region == "lot" and not priv:
                continue        # a 동 and a lot alone: land or a shop unless someone lives there
            if home:
                score, why = 0.85, f"a home ('{home.group('kind')}') in or after the address"
            elif priv:
                score, why = 0.85, f"residence context '{priv}'"
            elif from_region == "estate":
                score, why = 0.6, "an estate's building and flat"
            elif has_unit and (from_region or _FLAT_UNIT.search(value)):
                # (from the district only, a shop's unit is as likely: 원당로 80, 동승빌딩 101호)
                score, why = 0.6, "address down to a household unit"
            elif from_region or has_unit:
                # (from the district with a unit, 대림동 428-30 B102호, is a shop's as often as
                # a home's: it too needs a row or a line about a private person)
                score, why = 0.4, "address shape only (needs a private row)"
            else:
                continue        # from the district, with no residence word or flat: a lot
                                # in a list of land (송파구 가락동 80-16), a shop
            out.append(make_result("ADDRESS", s, e, score, "ADDRESS_RULES", why))
        out += self._english(text)
        for m in self._neighbour_unit.finditer(text):
            g = next(k for k in "abcd" if m.group(k))
            s, e = m.span(g)
            if not any(a <= s and e <= b for a, b, _ in candidates):
                out.append(make_result("ADDRESS", s, e, 0.6, "ADDRESS_RULES", "a neighbour's household named by its unit"))
        # (a flat inside an address already judged, kept or not, is not judged again)
        taken = [(a, b) for a, b, _ in candidates]
        for m in self._flat.finditer(text):
            s, e = m.span()
            if any(a <= s and e <= b for a, b in taken):
                continue
            before = text[max(0, s - 30):s].rsplit("\n", 1)[-1].lower()
            if any(w in before for w in self._public):
                continue
            out.append(make_result("ADDRESS", s, e, 0.6, "ADDRESS_RULES", "a household's flat (동 and 호)"))
        return out
