"""Invented values in many surface formats: the private ones (gold spans) and the look-alikes.

Everything is drawn from hand-written lists and an explicit ``random.Random``, not
from Faker, so that a corpus is byte-for-byte reproducible whatever is installed.
Each generator varies the *format* on purpose (hyphens, spaces, full-width digits,
masked parts, invalid check digits) because a filter that only knows one shape of
a phone number leaks the other shapes. Look-alike negatives (budget codes,
corporate registration numbers, 13-digit management numbers with impossible dates,
office lines, bus plates) live here too, next to the positives they imitate.
"""
from __future__ import annotations

import random

# --------------------------------------------------------------------- names
SURNAMES = ("김" * 20 + "이" * 14 + "박" * 8 + "최" * 5 + "정" * 5 + "강조윤장임" * 2
            + "한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹모탁국어은편용예경봉")
SURNAMES2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방"]
GIVEN_A = list("민서지하도예수준현유시주은연채윤승태성상영정경미혜동재종병용광진희보세다소나우건원규형창덕순옥말춘명")
GIVEN_B = list("준우서연윤호민진현아은빈원혁훈희숙자수영철식규선미정경환석율온람린솔찬섭웅기")
WORD_NAMES = ["하늘", "바다", "하나", "한결", "이슬", "보람", "슬기", "나래", "가람", "누리",
              "다솜", "빛나", "초롱", "아름", "소망", "사랑", "고운", "한울", "새롬", "단비"]
SINGLE_GIVEN = list("현준혁솔진훈웅결란윤")
FOREIGN_HANGUL = ["마이클 존슨", "응우옌 티 흐엉", "왕웨이", "사토 유키", "바트볼드 간바트", "마리아 산토스",
                  "알렉산드르 이바노프", "아흐메드 칸", "라지 쿠마르", "쩐 반 남", "리우 양", "다나카 히로시",
                  "제니퍼 로페즈 가르시아", "올가 페트로바", "아지즈 카리모프", "누르 아이샤", "팜 티 란",
                  "존 윌리엄스", "소피 마르탱", "에밀리 브라운"]
EN_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Chloe", "Daniel",
            "Grace", "Samuel", "Hannah", "Thomas", "Sofia", "Nguyen Thi", "Ahmed", "Priya", "Carlos",
            "Yuki", "Bat-Erdene", "Fatima", "Ivan", "Maria", "Wei", "Jose", "Aisha", "Pierre", "Anna"]
EN_LAST = ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Martin", "Garcia", "Lopez", "Nguyen", "Tran",
           "Khan", "Patel", "Santos", "Ivanova", "Tanaka", "Chen", "Dubois", "Muller", "Rossi", "Kowalski",
           "Okafor", "Haddad", "Reyes", "Andersen", "O'Brien", "Kim", "Park", "Lee", "Choi", "Jung"]
ROMAN_SURNAME = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
                 "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
                 "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "전": "jeon", "홍": "hong"}
HISTORICAL = ["세종대왕", "이순신 장군", "유관순 열사", "안중근 의사", "김구 선생", "정약용", "허준", "장영실",
              "신사임당", "윤동주 시인", "방정환 선생", "전태일 열사"]


class Names:
    """Draws names unique within one document, so a name never plays two roles."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def _ko(self) -> str:
        r = self.rng
        sur = r.choice(SURNAMES2) if r.random() < 0.06 else r.choice(SURNAMES)
        x = r.random()
        if x < 0.08:
            given = r.choice(WORD_NAMES)
        elif x < 0.14:
            given = r.choice(SINGLE_GIVEN)
        else:
            given = r.choice(GIVEN_A) + r.choice(GIVEN_B)
        return sur + given

    def ko(self, spaced_ok: bool = False) -> str:
        for _ in range(50):
            n = self._ko()
            if n not in self.used and all(n not in u and u not in n for u in self.used):
                self.used.add(n)
                if spaced_ok and self.rng.random() < 0.05 and len(n) == 3:
                    return n[0] + " " + n[1:]
                return n
        raise RuntimeError("name pool exhausted")

    def person(self) -> str:
        """A private person's name as written in a Korean document (mostly Korean)."""
        if self.rng.random() < 0.08:
            return self.foreign_hangul()
        return self.ko(spaced_ok=True)

    def foreign_hangul(self) -> str:
        for _ in range(30):
            n = self.rng.choice(FOREIGN_HANGUL)
            if n not in self.used:
                self.used.add(n)
                return n
        return self.ko()

    def en(self) -> str:
        for _ in range(50):
            n = f"{self.rng.choice(EN_FIRST)} {self.rng.choice(EN_LAST)}"
            if n not in self.used:
                self.used.add(n)
                return n
        raise RuntimeError("name pool exhausted")


def masked_name(rng: random.Random, name: str) -> str:
    """An already anonymised name (김○○, 이*수): not a span, the reader cannot re-identify it."""
    if rng.random() < 0.5:
        return name[0] + "○" * (len(name) - 1)
    return name[0] + "*" + name[2:] if len(name) > 2 else name[0] + "*"


# ------------------------------------------------------------------- helpers
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fullwidth(s: str) -> str:
    return s.translate(FW)


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _date(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    return y, m, d


# ----------------------------------------------------------- RRN / FRN
_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def _check(body: str, foreigner: bool) -> int:
    s = sum(int(c) * w for c, w in zip(body, _W))
    return (13 - s % 11) % 10 if foreigner else (11 - s % 11) % 10


def rrn(rng: random.Random, foreigner: bool = False, valid: bool | None = None,
        y0: int = 1940, y1: int = 2015) -> str:
    """Resident (or foreigner) registration number in one of many written forms."""
    y, m, d = _date(rng, y0, y1)
    if foreigner:
        g = rng.choice("5678") if y < 2000 else rng.choice("78")
    else:
        g = rng.choice("12") if y < 2000 else rng.choice("34")
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{digits(rng, 5)}"
    c = _check(body, foreigner)
    if valid is None:
        valid = rng.random() < 0.6
    if not valid:
        c = (c + rng.randint(1, 9)) % 10
    front, back = body[:6], body[6:] + str(c)
    x = rng.random()
    if x < 0.55:
        return f"{front}-{back}"
    if x < 0.67:
        return front + back
    if x < 0.75:
        return f"{front} - {back}"
    if x < 0.85:
        return f"{front}-{back[0]}" + rng.choice(["******", "xxxxxx", "●●●●●●", "○○○○○○"])
    if x < 0.9:
        return f"{front}-*******"
    if x < 0.95:
        return fullwidth(f"{front}-{back}")
    return f"{front}–{back}"        # en dash, as pasted from a word processor


def corp_regno(rng: random.Random) -> str:
    """법인등록번호: same 6-7 shape as an RRN, front part often a valid date. Not PI."""
    return rng.choice(["110111", "110114", "131111", "134511", "284311", "160111", "201311"]) + "-" + digits(rng, 7)


def biz_regno(rng: random.Random) -> str:
    """사업자등록번호 3-2-5. Not PI (organisations)."""
    return f"{rng.randint(101, 899)}-{rng.choice(['81', '86', '87', '88', '82', '05', '13', '21'])}-{digits(rng, 5)}"


def mgmt_number(rng: random.Random) -> str:
    """13-digit management number whose 'date' is impossible (month 13+ or day 32+): not an RRN."""
    yy = rng.randint(0, 99)
    if rng.random() < 0.5:
        return f"{yy:02d}{rng.randint(13, 99):02d}{rng.randint(1, 28):02d}{digits(rng, 7)}"
    return f"{yy:02d}{rng.randint(1, 12):02d}{rng.randint(32, 99):02d}{digits(rng, 7)}"


# ----------------------------------------------------------------- phones
def mobile(rng: random.Random) -> str:
    mid, last = digits(rng, 4), digits(rng, 4)
    mid = str(rng.randint(2, 9)) + mid[1:]
    x = rng.random()
    if x < 0.42:
        return f"010-{mid}-{last}"
    if x < 0.5:
        return f"010 {mid} {last}"
    if x < 0.58:
        return f"010{mid}{last}"
    if x < 0.63:
        return f"010.{mid}.{last}"
    if x < 0.7:
        return f"+82-10-{mid}-{last}"
    if x < 0.74:
        return f"+82 10 {mid} {last}"
    if x < 0.77:
        return f"+8210{mid}{last}"
    if x < 0.81:
        return f"(010) {mid}-{last}"
    if x < 0.86:
        return fullwidth(f"010-{mid}-{last}")
    if x < 0.9:
        return f"010 - {mid} - {last}"
    if x < 0.95:
        return f"{rng.choice(['011', '016', '017', '019'])}-{mid[1:]}-{last}"
    return f"010－{mid}－{last}"          # full-width hyphens, ASCII digits


AREA = ["02", "031", "032", "033", "041", "042", "043", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def landline(rng: random.Random) -> str:
    """A private household's landline."""
    a = rng.choice(AREA)
    n3 = str(rng.randint(200, 999)) if rng.random() < 0.4 else str(rng.randint(2000, 9999))
    last = digits(rng, 4)
    x = rng.random()
    if x < 0.5:
        return f"{a}-{n3}-{last}"
    if x < 0.7:
        return f"({a}){n3}-{last}"
    if x < 0.8:
        return f"{a}) {n3}-{last}"
    if x < 0.9:
        return f"{a} {n3} {last}"
    return f"{a}{n3}{last}"


def phone(rng: random.Random) -> str:
    return landline(rng) if rng.random() < 0.15 else mobile(rng)


def foreign_phone(rng: random.Random) -> str:
    return rng.choice([
        f"+1 ({rng.randint(201, 989)}) {rng.randint(200, 999)}-{digits(rng, 4)}",
        f"+44 20 {digits(rng, 4)} {digits(rng, 4)}",
        f"+84 9{rng.randint(0, 9)} {digits(rng, 3)} {digits(rng, 4)}",
        f"+63 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}",
        f"+86 13{rng.randint(0, 9)} {digits(rng, 4)} {digits(rng, 4)}",
        f"+81 90-{digits(rng, 4)}-{digits(rng, 4)}",
        f"+976 {digits(rng, 4)} {digits(rng, 4)}",
        f"+49 151 {digits(rng, 8)}",
    ])


# Office lines: not PI. Seoul city hall blocks, 120 Dasan call centre, district offices.
DISTRICT_LINES = {"종로구": "02-2148", "중구": "02-3396", "용산구": "02-2199", "성동구": "02-2286",
                  "마포구": "02-3153", "서대문구": "02-330", "은평구": "02-351", "강서구": "02-2600",
                  "영등포구": "02-2670", "관악구": "02-879", "서초구": "02-2155", "강남구": "02-3423",
                  "송파구": "02-2147", "노원구": "02-2116", "도봉구": "02-2091", "성북구": "02-2241"}


def office_line(rng: random.Random, district: str | None = None) -> str:
    if district in DISTRICT_LINES:
        return f"{DISTRICT_LINES[district]}-{digits(rng, 4)}"
    return rng.choice([f"02-2133-{digits(rng, 4)}"] * 6 + [f"02-3707-{digits(rng, 4)}", f"02-2075-{digits(rng, 4)}",
                       f"02-2171-{digits(rng, 4)}", "02-120", "(국번없이) 120"])


def company_line(rng: random.Random) -> str:
    """A company's representative line: not PI."""
    return rng.choice([f"1588-{digits(rng, 4)}", f"1644-{digits(rng, 4)}", f"1670-{digits(rng, 4)}",
                       f"02-{rng.randint(500, 899)}-{digits(rng, 4)}", f"031-{rng.randint(600, 799)}-{digits(rng, 4)}"])


# ----------------------------------------------------------------- e-mail
MAIL_DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com",
                "outlook.com", "yahoo.co.kr", "icloud.com", "korea.com", "proton.me"]
HANDLES = ["sunny", "blue", "happy", "moon", "star", "dream", "green", "sky", "river", "tiger", "bear", "luna",
           "mint", "coco", "jay", "ddong", "hope", "wind", "rain", "snow"]


def email(rng: random.Random, name: str = "") -> str:
    sur = ROMAN_SURNAME.get(name[:1], rng.choice(list(ROMAN_SURNAME.values())))
    ini = "".join(rng.choice("abcdeghijklmnoprstuwy") for _ in range(2))
    local = rng.choice([f"{sur}{ini}{rng.randint(1, 99)}", f"{sur}.{ini}", f"{rng.choice(HANDLES)}{sur}{rng.randint(70, 2009)}",
                        f"{ini}_{sur}", f"{rng.choice(HANDLES)}_{rng.choice(HANDLES)}{rng.randint(1, 999)}", f"{sur}{digits(rng, 4)}"])
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def en_email(rng: random.Random, name: str) -> str:
    parts = name.lower().replace("'", "").replace("-", "").split()
    local = rng.choice([f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}{parts[-1]}{rng.randint(1, 99)}", f"{parts[-1]}_{parts[0]}"])
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def gov_email(rng: random.Random, district: str | None = None) -> str:
    dom = {"마포구": "mapo.go.kr", "종로구": "jongno.go.kr", "강남구": "gangnam.go.kr", "송파구": "songpa.go.kr",
           "노원구": "nowon.kr", "서초구": "seocho.go.kr", "중구": "junggu.seoul.kr",
           "관악구": "gwanak.go.kr"}.get(district or "", "seoul.go.kr")
    ini = "".join(rng.choice("abcdeghijklmnoprstuwy") for _ in range(rng.randint(2, 3)))
    return f"{rng.choice(list(ROMAN_SURNAME.values()))}{ini}{rng.choice(['', str(rng.randint(1, 99))])}@{dom}"


# ---------------------------------------------------------- bank / cards
BANKS = [
    ("KB국민은행", (6, 2, 6)), ("국민은행", (6, 2, 6)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)),
    ("하나은행", (3, 6, 5)), ("NH농협은행", (3, 4, 4, 2)), ("농협", (6, 2, 6)), ("IBK기업은행", (3, 6, 2, 3)),
    ("카카오뱅크", (4, 2, 7)), ("토스뱅크", (4, 4, 4)), ("케이뱅크", (3, 3, 6)), ("새마을금고", (4, 4, 4, 1)),
    ("우체국", (6, 2, 6)), ("SC제일은행", (3, 2, 6)), ("부산은행", (3, 4, 4, 2)), ("iM뱅크", (3, 2, 6, 1)),
    ("수협은행", (3, 2, 6)), ("신협", (5, 2, 6)), ("광주은행", (3, 3, 6)), ("씨티은행", (3, 5, 3, 2)),
]


def bank_account(rng: random.Random) -> tuple[str, str]:
    """(bank name, account number). The span is the number only."""
    bank, shape = rng.choice(BANKS)
    groups = [digits(rng, k) for k in shape]
    groups[0] = str(rng.randint(1, 9)) + groups[0][1:]
    x = rng.random()
    if x < 0.78:
        num = "-".join(groups)
    elif x < 0.9:
        num = "".join(groups)
    elif x < 0.95:
        num = " ".join(groups)
    else:
        num = fullwidth("-".join(groups))
    return bank, num


def city_account(rng: random.Random) -> tuple[str, str]:
    """The city's own revenue account: printed next to 예금주 서울특별시, not PI."""
    return rng.choice([("신한은행", f"100-{digits(rng, 3)}-{digits(rng, 6)}"), ("우리은행", f"1005-{digits(rng, 3)}-{digits(rng, 6)}"),
                       ("NH농협은행", f"301-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}")])


def _luhn_complete(prefix: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return prefix + str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    iin = rng.choice(["4", "51", "53", "9410", "9430", "6243", "3565", "4579", "5376"])
    if rng.random() < 0.1:
        n = _luhn_complete("37" + digits(rng, 12))          # 15-digit 4-6-5
        return f"{n[:4]}-{n[4:10]}-{n[10:]}"
    n = _luhn_complete(iin + digits(rng, 15 - len(iin)))
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    x = rng.random()
    if x < 0.55:
        return "-".join(g)
    if x < 0.75:
        return " ".join(g)
    if x < 0.85:
        return n
    if x < 0.95:
        return f"{g[0]}-{g[1][:2]}**-****-{g[3]}"
    return fullwidth("-".join(g))


# ------------------------------------------- passports, licences, plates
def passport(rng: random.Random) -> str:
    x = rng.random()
    if x < 0.5:
        return rng.choice("MMMSRGD") + digits(rng, 8)
    if x < 0.8:
        return "M" + digits(rng, 3) + rng.choice("ABCDEFGHJK") + digits(rng, 4)
    return rng.choice(["C", "E", "P", "N", "B"]) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([7, 8])))


LICENCE_REGIONS = [("서울", 11), ("부산", 12), ("경기", 13), ("강원", 14), ("충북", 15), ("충남", 16), ("전북", 17),
                   ("전남", 18), ("경북", 19), ("경남", 20), ("제주", 21), ("대구", 22), ("인천", 23), ("광주", 24),
                   ("대전", 25), ("울산", 26), ("경기북부", 28)]


def driver_license(rng: random.Random) -> str:
    name, code = rng.choice(LICENCE_REGIONS)
    yy, mid, cc = f"{rng.randint(0, 25):02d}", digits(rng, 6), digits(rng, 2)
    x = rng.random()
    if x < 0.55:
        return f"{code}-{yy}-{mid}-{cc}"
    if x < 0.75:
        return f"{name} {yy}-{mid}-{cc}"
    if x < 0.85:
        return f"{code}{yy}{mid}{cc}"
    return f"{code} {yy} {mid} {cc}"


PRIVATE_PLATE_CHARS = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_REGIONS = ["서울", "경기", "인천", "부산", "대구", "강원", "충북", "충남", "전북", "경남"]


def plate(rng: random.Random) -> str:
    ch = rng.choice(PRIVATE_PLATE_CHARS)
    front = str(rng.randint(10, 99)) if rng.random() < 0.55 else str(rng.randint(100, 399))
    last = f"{rng.randint(1000, 9999)}"
    x = rng.random()
    if x < 0.5:
        return f"{front}{ch}{last}"
    if x < 0.65:
        return f"{front}{ch} {last}"
    if x < 0.8:
        return f"{rng.choice(PLATE_REGIONS)}{front[:2]}{ch}{last}"
    if x < 0.9:
        return f"{rng.choice(PLATE_REGIONS)} {front[:2]}{ch} {last}"
    return f"{front} {ch} {last}"


def bus_plate(rng: random.Random) -> str:
    """A bus/taxi/rental plate (사/아/바/자, 허/하/호): not a private vehicle."""
    return rng.choice([f"서울{rng.randint(70, 75)}{rng.choice('사아바자')}{rng.randint(1000, 9999)}",
                       f"{rng.randint(10, 99)}{rng.choice('허하호')}{rng.randint(1000, 9999)}",
                       f"서울 7{rng.randint(0, 4)}{rng.choice('사아')} {rng.randint(1000, 9999)}"])


# ----------------------------------------------------------- birth dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def birth_date(rng: random.Random, y0: int = 1938, y1: int = 2012, en: bool = False) -> str:
    y, m, d = _date(rng, y0, y1)
    if en:
        return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                           f"{d:02d}/{m:02d}/{y}", f"{MONTHS[m - 1][:3]}. {d}, {y}"])
    return rng.choice([f"{y}. {m}. {d}.", f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일",
                       f"{y % 100:02d}.{m:02d}.{d:02d}", f"{y % 100:02d}{m:02d}{d:02d}", f"{y}/{m:02d}/{d:02d}",
                       f"{y}. {m:02d}. {d:02d}", f"{y}년{m}월{d}일"])


# --------------------------------------------------------------------- IPs
def ip(rng: random.Random) -> str:
    """A subscriber's public IP (never a private range, those are the city's servers)."""
    if rng.random() < 0.1:
        return f"2001:{rng.choice(['2d8', '2b8', '0e60', '4430'])}:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"
    first = rng.choice([1, 14, 27, 39, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 182, 183, 203, 211, 218, 220, 222])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def server_ip(rng: random.Random) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


# ------------------------------------------------------------ health info
HEALTH_KO = ["우울증 치료 중", "지체장애 2급", "심한 장애(지체)", "당뇨병으로 인슐린 투여 중", "고혈압 및 고지혈증",
             "경도인지장애 진단", "치매 초기 진단(2024년)", "뇌경색 후유증으로 거동 불편", "만성 신부전(주 3회 투석)",
             "공황장애로 통원 치료 중", "우측 발목 골절(전치 6주)", "요추 염좌(전치 3주)", "시각장애 1급",
             "청각장애(심하지 않은 장애)", "위암 3기 항암 치료 중", "알코올 사용장애 치료 중", "조현병 입원 치료 이력",
             "발달장애(지적장애 3급)", "자폐스펙트럼장애", "임신 28주", "중증 천식", "파킨슨병",
             "좌측 손목 골절 및 안면 찰과상", "뇌진탕(입원 2일)", "척수손상으로 휠체어 사용", "아토피 피부염 및 땅콩 알레르기",
             "ADHD 약물 복용 중", "갑상선암 수술 후 회복 중", "양극성 정동장애", "류마티스 관절염"]
INJURY_KO = ["우측 발목 골절(전치 6주)", "요추 염좌(전치 3주)", "좌측 손목 골절 및 안면 찰과상", "뇌진탕(입원 2일)",
             "우측 대퇴부 열상(12바늘 봉합)", "경추 염좌(전치 2주)", "늑골 2개 골절", "안면부 타박상 및 치아 파절",
             "좌측 무릎 인대 파열(수술 예정)", "양손 2도 화상"]
HEALTH_EN = ["type 2 diabetes", "a fractured left wrist", "depression (under treatment)", "wheelchair user after a spinal cord injury",
             "undergoing chemotherapy for breast cancer", "severe asthma", "hearing impairment", "post-traumatic stress disorder",
             "pregnant (30 weeks)", "chronic kidney disease on dialysis", "a concussion (hospitalised two days)"]


# -------------------------------------------------------------- addresses
SEOUL = {
    "종로구": (["삼청동", "혜화동", "평창동", "창신동", "이화동"], ["자하문로", "율곡로", "창경궁로", "대학로", "평창문화로"]),
    "중구": (["신당동", "회현동", "필동", "황학동", "중림동"], ["다산로", "퇴계로", "동호로", "청구로", "서애로"]),
    "용산구": (["이촌동", "한남동", "후암동", "효창동", "보광동"], ["이촌로", "한남대로", "두텁바위로", "효창원로", "보광로"]),
    "성동구": (["행당동", "금호동", "옥수동", "성수동2가", "응봉동"], ["왕십리로", "금호로", "독서당로", "아차산로", "고산자로"]),
    "마포구": (["망원동", "합정동", "성산동", "공덕동", "아현동", "상암동"], ["월드컵로", "망원로", "마포대로", "성미산로", "희우정로"]),
    "서대문구": (["연희동", "홍제동", "북가좌동", "남가좌동"], ["연희로", "통일로", "수색로", "증가로"]),
    "은평구": (["불광동", "응암동", "녹번동", "진관동", "역촌동"], ["통일로", "은평로", "연서로", "진관2로", "서오릉로"]),
    "강서구": (["화곡동", "등촌동", "가양동", "방화동", "마곡동"], ["화곡로", "강서로", "양천로", "공항대로", "마곡중앙로"]),
    "영등포구": (["당산동", "신길동", "대림동", "문래동", "여의도동"], ["당산로", "신길로", "도림로", "문래로", "국제금융로"]),
    "관악구": (["봉천동", "신림동", "남현동"], ["관악로", "남부순환로", "신림로", "봉천로", "난곡로"]),
    "서초구": (["반포동", "방배동", "양재동", "잠원동", "서초동"], ["반포대로", "방배로", "강남대로", "잠원로", "서초중앙로"]),
    "강남구": (["대치동", "개포동", "역삼동", "일원동", "압구정동"], ["삼성로", "개포로", "언주로", "일원로", "압구정로"]),
    "송파구": (["잠실동", "가락동", "문정동", "오금동", "풍납동"], ["올림픽로", "송파대로", "양재대로", "오금로", "풍성로"]),
    "노원구": (["상계동", "중계동", "하계동", "공릉동", "월계동"], ["노해로", "동일로", "한글비석로", "공릉로", "월계로"]),
    "도봉구": (["창동", "쌍문동", "방학동", "도봉동"], ["노해로", "도봉로", "방학로", "해등로"]),
    "성북구": (["정릉동", "길음동", "돈암동", "석관동", "장위동"], ["정릉로", "길음로", "동소문로", "화랑로", "장월로"]),
}
OTHER_CITIES = [("경기도 고양시 일산동구", "중앙로", "장항동"), ("경기도 성남시 분당구", "황새울로", "서현동"),
                ("인천광역시 부평구", "부평대로", "부평동"), ("경기도 수원시 영통구", "봉영로", "영통동"),
                ("경기도 부천시", "길주로", "상동"), ("경기도 의정부시", "평화로", "의정부동")]
APT = ["래미안", "푸르지오", "힐스테이트", "자이", "e편한세상", "아이파크", "롯데캐슬", "주공", "현대", "한신", "삼익", "벽산",
       "SK뷰", "쌍용", "두산위브", "센트레빌", "꿈의숲", "한양"]
CITY_PREFIX = ["서울특별시", "서울특별시", "서울특별시", "서울시", "서울"]


def address_parts(rng: random.Random, district: str | None = None) -> list[str]:
    """A private residential address as a list of chunks (so a table cell can break it)."""
    if rng.random() < 0.12:
        city, road, dong = rng.choice(OTHER_CITIES)
        return [city, f"{road} {rng.randint(1, 400)}", f"{rng.randint(101, 120)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호"]
    gu = district if district in SEOUL else rng.choice(list(SEOUL))
    dongs, roads = SEOUL[gu]
    dong = rng.choice(dongs)
    city = rng.choice(CITY_PREFIX)
    x = rng.random()
    if x < 0.45:        # road address + apartment unit
        apt = dong.rstrip("동0123456789가") + rng.choice(APT)
        parts = [f"{city} {gu}", f"{rng.choice(roads)} {rng.randint(1, 320)}",
                 f"{rng.randint(101, 115)}동 {rng.randint(1, 22)}{rng.randint(1, 6):02d}호"]
        if rng.random() < 0.5:
            parts.append(f"({dong}, {apt})")
        return parts
    if x < 0.7:         # road address with a 길 and a villa unit
        return [f"{city} {gu}", f"{rng.choice(roads)}{rng.randint(1, 30)}길 {rng.randint(2, 80)}",
                f"{rng.choice(['', 'B'])}{rng.randint(1, 4)}0{rng.randint(1, 3)}호"]
    if x < 0.88:        # lot-number address
        return [f"{city} {gu} {dong}", f"{rng.randint(1, 999)}-{rng.randint(1, 60)}",
                rng.choice(["", f"{rng.choice(['가', '나'])}동 {rng.randint(1, 3)}0{rng.randint(1, 4)}호", "2층"])]
    return [f"{gu} {rng.choice(roads)} {rng.randint(1, 200)}", f"{rng.randint(1, 15)}층 {rng.randint(1, 15)}0{rng.randint(1, 9)}호"]


def join_address(parts: list[str], sep: str = " ") -> str:
    return sep.join(p for p in parts if p)


def address(rng: random.Random, district: str | None = None) -> str:
    return join_address(address_parts(rng, district))


def unit_only(rng: random.Random) -> str:
    return f"{rng.randint(101, 118)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호"


EN_ADDRESS_ROADS = [("Itaewon-ro", "Yongsan-gu"), ("Yeonhui-ro", "Seodaemun-gu"), ("Dongil-ro", "Nowon-gu"),
                    ("Hangang-daero", "Yongsan-gu"), ("Wausan-ro", "Mapo-gu"), ("Gwanak-ro", "Gwanak-gu"),
                    ("Dobong-ro", "Dobong-gu"), ("Dongho-ro", "Jung-gu")]


def en_address(rng: random.Random) -> str:
    road, gu = rng.choice(EN_ADDRESS_ROADS)
    return rng.choice([f"{rng.randint(1, 99)}, {road} {rng.randint(1, 40)}-gil, {gu}, Seoul",
                       f"Apt {rng.randint(101, 115)}-{rng.randint(1, 20)}0{rng.randint(1, 4)}, {rng.randint(10, 300)} {road}, {gu}, Seoul",
                       f"{rng.randint(1, 20)}0{rng.randint(1, 4)}ho, {rng.randint(10, 300)} {road}, {gu}, Seoul {rng.randint(1000, 9999):05d}"])


PUBLIC_BUILDINGS = [
    ("서울특별시청", "서울특별시 중구 세종대로 110"), ("서울시청 서소문청사", "서울특별시 중구 서소문로 124"),
    ("서울특별시의회", "서울특별시 중구 세종대로 125"), ("마포구청", "서울특별시 마포구 월드컵로 212"),
    ("종로구청", "서울특별시 종로구 삼봉로 43"), ("강남구청", "서울특별시 강남구 학동로 426"),
    ("송파구청", "서울특별시 송파구 올림픽로 326"), ("노원구청", "서울특별시 노원구 노해로 437"),
    ("서울글로벌센터", "서울특별시 종로구 종로 38"), ("서울시민청", "서울특별시 중구 세종대로 110 지하 1층"),
    ("서울시 평생학습관", "서울특별시 종로구 송월길 48"), ("서울도서관", "서울특별시 중구 세종대로 110"),
]


def community_center(rng: random.Random) -> tuple[str, str]:
    gu = rng.choice(list(SEOUL))
    dongs, roads = SEOUL[gu]
    d = rng.choice(dongs)
    return f"{d} 주민센터", f"서울특별시 {gu} {rng.choice(roads)} {rng.randint(10, 300)}"


def postal_code(rng: random.Random) -> str:
    return f"0{rng.randint(1000, 8999)}"


# -------------------------------------------------------- organisations
CO_CORE = ["한빛", "미래", "대한", "서울", "푸른", "새길", "동방", "한울", "늘봄", "청솔", "우리", "신세기", "제일", "가온",
           "다온", "누리", "한강", "백두", "태평양", "온누리", "세움", "바른", "큰길", "솔빛"]
CO_KIND = ["건설", "엔지니어링", "정보통신", "시스템즈", "환경", "조경", "디자인", "산업", "테크", "컨설팅", "이앤씨", "종합건설",
           "기술", "데이터랩", "안전", "미디어", "교육", "복지재단"]


def company(rng: random.Random) -> str:
    core = rng.choice(CO_CORE) + rng.choice(CO_KIND)
    return rng.choice([f"(주){core}", f"주식회사 {core}", f"{core}(주)", f"㈜{core}", f"유한회사 {core}", f"{core} 주식회사"])


def company_address(rng: random.Random) -> str:
    gu = rng.choice(["강남구", "영등포구", "구로구", "금천구", "마포구", "중구"])
    road = {"강남구": "테헤란로", "영등포구": "국제금융로", "구로구": "디지털로", "금천구": "가산디지털1로",
            "마포구": "월드컵북로", "중구": "을지로"}[gu]
    return f"서울특별시 {gu} {road} {rng.randint(10, 500)}, {rng.randint(2, 25)}층" + rng.choice(["", f" {rng.randint(1, 20)}0{rng.randint(1, 9)}호"])


def budget_code(rng: random.Random) -> str:
    """Phone-like accounting codes (회계코드, 세부사업코드): not PI."""
    return rng.choice([f"{rng.randint(100, 999)}-{digits(rng, 4)}-{digits(rng, 4)}", f"{digits(rng, 4)}-{rng.randint(100, 999)}-{digits(rng, 4)}",
                       f"{rng.randint(201, 407)}-{rng.randint(1, 3):02d}", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}"])


def receipt_no(rng: random.Random) -> str:
    """민원 접수번호 / 신청번호: not PI."""
    return rng.choice([f"{rng.choice(['1AA', '2AB', '1BA'])}-{rng.randint(2401, 2612)}-{digits(rng, 7)}",
                       f"{rng.randint(2024, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{digits(rng, 6)}",
                       f"응답소 제{rng.randint(2024, 2026)}-{digits(rng, 5)}호"])


STATUTES = ["「공공기관의 정보공개에 관한 법률」 제9조제1항", "「개인정보 보호법」 제17조", "「민원 처리에 관한 법률」 제27조",
            "「지방자치단체 보조금 관리에 관한 법률」 제13조", "「주차장법」 제10조", "「긴급복지지원법」 제9조",
            "「재난 및 안전관리 기본법」 제66조", "「지방세징수법」 제33조", "「청소년활동 진흥법」 제9조의2",
            "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제9조", "「공공감사에 관한 법률」 제20조",
            "「지방공무원법」 제72조", "「질서위반행위규제법」 제16조", "「도로교통법」 제32조", "「건축법」 제79조",
            "「서울특별시 포상 조례」 제5조", "「서울특별시 국제교류 조례」 제4조", "「형사소송법」 제199조제2항"]


def kdate(y: int, m: int, d: int, style: int = 0) -> str:
    return [f"{y}. {m}. {d}.", f"{y}.{m:02d}.{d:02d}.", f"{y}년 {m}월 {d}일", f"{y}-{m:02d}-{d:02d}"][style % 4]


def money(rng: random.Random, lo: int, hi: int, step: int = 10000) -> str:
    return f"{rng.randrange(lo, hi, step):,}원"
