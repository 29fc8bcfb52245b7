#!/usr/bin/env python3
"""citizen_board: what citizens type into a city's web board / chat channels and
how the office's answer quotes them.  Standard library only, deterministic.

    python3 generate.py --n 200 --seed 1 --out docs.jsonl
"""
import argparse
import datetime
import json
import random
import re

FAMILY = "citizen_board"

# ---------------------------------------------------------------- markup
# values are wrapped as \x01LABEL\x02value\x03 while composing; finalize() strips
# the markers and turns them into offsets.


def M(label, s):
    return "\x01%s\x02%s\x03" % (label, s)


_MARK = re.compile("\x01([A-Z_]+)\x02(.*?)\x03", re.S)


def finalize(marked):
    out, ents, pos, last = [], [], 0, 0
    for m in _MARK.finditer(marked):
        chunk = marked[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        val = m.group(2)
        ents.append({"start": pos, "end": pos + len(val), "label": m.group(1), "text": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert "\x01" not in text and "\x02" not in text and "\x03" not in text, text
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
    return text, ents


def plain(s):
    return _MARK.sub(lambda m: m.group(2), s)


# ---------------------------------------------------------------- Korean helpers
def has_final(word):
    w = plain(word).rstrip()
    if not w:
        return False
    ch = w[-1]
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return code % 28 != 0
    if ch.isdigit():
        return ch in "013678"
    return False


def rieul_final(word):
    w = plain(word).rstrip()
    ch = w[-1]
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return code % 28 == 8
    return ch in "178"


def J(word, kind):
    """attach a particle to a (possibly marked) word."""
    f = has_final(word)
    table = {
        "은": ("은", "는"), "이": ("이", "가"), "을": ("을", "를"), "과": ("과", "와"),
        "이에요": ("이에요", "예요"), "입니다": ("입니다", "입니다"), "이고": ("이고", "고"),
        "이랑": ("이랑", "랑"), "이구요": ("이구요", "구요"), "요": ("이요", "요"),
    }
    if kind == "로":
        suf = "로" if (not f or rieul_final(word)) else "으로"
    else:
        a, b = table[kind]
        suf = a if f else b
    return word + suf


# ---------------------------------------------------------------- vocabularies
SURNAMES = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 "
            "류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 "
            "천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 "
            "제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 "
            "팽 승 간 상 갈").split()
SURNAMES2 = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIVEN = ("영수 영희 민준 서연 지훈 수진 현우 지은 도윤 하은 준서 서윤 예준 지우 시우 수아 "
         "경숙 순자 정호 미경 상철 은정 재석 혜진 성민 유진 태희 동현 소영 광수 말순 옥자 "
         "진호 승연 하율 다온 채원 건우 나래 보람 한결 슬기 윤아 기범 명자 춘자 덕희 창민 "
         "재원 형준 민서 가은 지호 세희 용석 종훈 미란 향숙 봉수 대근 희정 아름").split()
GIVEN1 = ["훈", "솔", "란", "결", "별", "윤", "현", "진", "웅", "혁", "빈", "찬"]
HANJA = [("홍재석", "洪在錫"), ("김영수", "金英洙"), ("이순자", "李順子"), ("박지훈", "朴志勳"),
         ("최수연", "崔秀妍"), ("정민호", "鄭敏浩"), ("윤상철", "尹相哲"), ("한미경", "韓美京")]
FOREIGN = [("응우옌 티 란", "Nguyen Thi Lan"), ("왕웨이", "Wang Wei"), ("존 스미스", "John Smith"),
           ("마리아 산토스", "Maria Santos"), ("부이 반 훙", "Bui Van Hung"),
           ("체렌도르지 바트", "Tserendorj Bat"), ("아흐메드 칸", "Ahmed Khan"),
           ("리나 페트로바", "Lina Petrova"), ("쩐 반 남", "Tran Van Nam"), ("사라 오코너", "Sarah O'Connor")]
NICKS = ["행복한하루", "sky0423", "blue_whale77", "동네주민", "산책러", "하늘바라기", "ㅇㅇ아빠",
         "참다참다", "muyaho99", "새벽세시", "초록우산", "퇴근하고싶다", "happyday_22", "유모차부대",
         "달빛소나타", "coffee_lover", "민원왕", "조용한이웃", "kkk5678", "봄날은간다"]

GU = [
    dict(gu="도봉구", office="도봉구청", addr="서울특별시 도봉구 마들로 656", tel="02-2091", dom="dobong.go.kr",
         post="01331", dongs=["방학동", "쌍문동", "창동", "도봉동"], roads=["도봉로", "방학로", "해등로", "시루봉로", "우이천로"],
         apts=["북한산아이파크", "동아청솔", "주공19단지", "삼성래미안", "신동아1단지"],
         places=["쌍문역 3번 출구", "방학사거리", "발바닥공원", "창동역 환승주차장", "도봉산역 버스정류장", "방학천 산책로", "쌍문초등학교 후문"]),
    dict(gu="노원구", office="노원구청", addr="서울특별시 노원구 노해로 437", tel="02-2116", dom="nowon.go.kr",
         post="01689", dongs=["상계동", "중계동", "하계동", "월계동", "공릉동"], roads=["동일로", "한글비석로", "노원로", "공릉로", "섬밭로"],
         apts=["상계주공7단지", "중계그린", "하계장미", "월계풍림아이원", "롯데캐슬"],
         places=["노원역 7번 출구", "당현천 산책로", "수락산역 앞 횡단보도", "중계근린공원", "공릉동 도깨비시장 입구", "상계초등학교 정문"]),
    dict(gu="강서구", office="강서구청", addr="서울특별시 강서구 화곡로 302", tel="02-2600", dom="gangseo.seoul.kr",
         post="07658", dongs=["화곡동", "등촌동", "가양동", "방화동", "염창동"], roads=["화곡로", "강서로", "공항대로", "등촌로", "양천로"],
         apts=["가양6단지", "등촌주공", "우장산아이파크", "방화동부센트레빌", "염창한화꿈에그린"],
         places=["까치산역 2번 출구", "우장산공원", "화곡시장 앞", "발산역 버스정류장", "가양대교 남단", "등촌초등학교 앞 어린이보호구역"]),
    dict(gu="관악구", office="관악구청", addr="서울특별시 관악구 관악로 145", tel="02-879", dom="gwanak.go.kr",
         post="08832", dongs=["봉천동", "신림동", "남현동"], roads=["관악로", "남부순환로", "신림로", "봉천로", "은천로"],
         apts=["관악드림타운", "벽산블루밍", "봉천우성", "관악푸르지오", "신림현대"],
         places=["서울대입구역 4번 출구", "신림역 사거리", "도림천 산책로", "낙성대공원", "봉천초등학교 후문", "관악산 입구 공영주차장"]),
    dict(gu="은평구", office="은평구청", addr="서울특별시 은평구 은평로 195", tel="02-351", dom="ep.go.kr",
         post="03392", dongs=["불광동", "응암동", "녹번동", "진관동", "역촌동"], roads=["은평로", "통일로", "진관2로", "연서로", "가좌로"],
         apts=["백련산힐스테이트", "녹번역e편한세상", "은평뉴타운 상림마을", "불광롯데캐슬", "응암푸르지오"],
         places=["연신내역 6번 출구", "불광천 산책로", "구파발역 환승센터", "녹번동 근린공원", "응암초등학교 정문"]),
    dict(gu="중랑구", office="중랑구청", addr="서울특별시 중랑구 봉화산로 179", tel="02-2094", dom="jungnang.go.kr",
         post="02043", dongs=["면목동", "상봉동", "중화동", "묵동", "망우동"], roads=["면목로", "망우로", "동일로", "봉화산로", "사가정로"],
         apts=["면목한신", "상봉듀오트리스", "중화한신", "묵동아이파크", "신내우디안"],
         places=["상봉역 1번 출구", "중랑천 장미터널", "사가정공원", "면목시장 입구", "망우역 버스정류장"]),
    dict(gu="송파구", office="송파구청", addr="서울특별시 송파구 올림픽로 326", tel="02-2147", dom="songpa.go.kr",
         post="05552", dongs=["잠실동", "가락동", "문정동", "거여동", "풍납동"], roads=["올림픽로", "송파대로", "백제고분로", "오금로", "중대로"],
         apts=["잠실엘스", "헬리오시티", "가락쌍용", "문정시영", "거여5단지"],
         places=["석촌호수 동호", "가락시장역 3번 출구", "오금공원", "문정법조단지 버스정류장", "풍납토성 산책로"]),
    dict(gu="성북구", office="성북구청", addr="서울특별시 성북구 보문로 168", tel="02-2241", dom="sb.go.kr",
         post="02848", dongs=["길음동", "정릉동", "돈암동", "석관동", "장위동"], roads=["보문로", "동소문로", "정릉로", "화랑로", "장월로"],
         apts=["길음뉴타운 래미안", "정릉e편한세상", "돈암한진", "석관두산", "장위자이"],
         places=["길음역 8번 출구", "정릉천 산책로", "성신여대입구역 사거리", "북서울꿈의숲 후문", "장위전통시장 입구"]),
]

SHOPS = ["김밥천국", "박가네 칼국수", "이모네 분식", "장수마트", "최고당약국", "홍콩반점", "GS25", "CU",
         "정육식당 한우마을", "조은치과", "신선마트", "오봉도시락", "황소곱창", "임실치즈피자", "배스킨라빈스"]

BANKS = [("국민은행", "{6}-{2}-{6}"), ("신한은행", "110-{3}-{6}"), ("우리은행", "1002-{3}-{6}"),
         ("하나은행", "{3}-{6}-{5}"), ("농협", "302-{4}-{4}-{2}"), ("카카오뱅크", "3333-{2}-{7}"),
         ("기업은행", "{3}-{6}-{2}-{3}"), ("새마을금고", "9002-{4}-{4}-{1}")]
EMAIL_DOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "nate.com", "kakao.com"]
HEALTH = ["허리디스크", "공황장애", "우울증 치료 중", "천식", "지체장애 2급", "시각장애 1급", "청각장애",
          "당뇨", "고혈압", "치매 초기", "뇌경색 후유증", "암 투병 중", "무릎 인공관절 수술", "아토피",
          "불면증", "심장 스텐트 시술", "신장투석", "파킨슨병", "편두통", "조현병"]
PLATE_H = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
EMOS = ["ㅠㅠ", "ㅜㅜ", "^^", ";;", "ㅋㅋ", "ㅎㅎ", "...", "!!", "??", "^^;", "ㅡㅡ", "😭", "🙏", "ㅠ", "~~", "!!!"]
TYPOS = [("며칠", "몇일"), ("안 돼요", "안되요"), ("돼요", "되요"), ("어이없", "어의없"), ("웬만하면", "왠만하면"),
         ("금세", "금새"), ("그런데", "근데"), ("너무", "넘"), ("감사합니다", "감사합니당"), ("부탁드립니다", "부탁드려요"),
         ("빨리", "빨랑"), ("어떡해", "어떻해"), ("있습니다", "있읍니다"), ("괜찮", "괜찬"), ("해주세요", "해주세여"),
         ("이렇게", "이케"), ("진짜", "ㄹㅇ"), ("안녕하세요", "안녕하세여")]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def fill(rng, pat):
    return re.sub(r"\{(\d+)\}", lambda m: digits(rng, int(m.group(1))), pat)


KDIG = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}


def kdigits(s, zero="공"):
    return "".join((zero if c == "0" else KDIG[c]) for c in s)


# ---------------------------------------------------------------- dates
def fmt_date(rng, y, m, d, style=None):
    style = style if style is not None else rng.randrange(7)
    return [f"{y}. {m}. {d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일", f"'{y % 100}.{m}.{d}.",
            f"{y}.{m:02d}.{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{m}월 {d}일"][style]


def rand_date(rng, y0=2025, y1=2026):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12) if y == 2025 else rng.randint(1, 9)
    d = rng.randint(1, 28)
    return y, m, d


def add_days(y, m, d, k):
    x = datetime.date(y, m, d) + datetime.timedelta(days=k)
    return x.year, x.month, x.day


def clock(rng, style=0):
    h, mi = rng.randint(7, 22), rng.randint(0, 59)
    if style == 0:
        return f"{'오전' if h < 12 else '오후'} {h if h <= 12 else h - 12}:{mi:02d}"
    return f"{h:02d}:{mi:02d}"


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, full, sur, given, kind, display):
        self.full, self.sur, self.given, self.kind, self.display = full, sur, given, kind, display


class Ctx:
    """per-document generator of personal values; respects the document mode."""

    def __init__(self, rng, mode):
        self.rng, self.mode = rng, mode  # mode: partial / public / nonpublic
        self.pii = mode != "public"
        self.gu = rng.choice(GU)

    # ---- names
    def _raw_name(self, allow_foreign=True):
        r = self.rng
        x = r.random()
        if allow_foreign and x < 0.07:
            ko, la = r.choice(FOREIGN)
            return Person(ko, ko.split()[0], ko, "foreign", la if r.random() < 0.45 else ko)
        if x < 0.15:
            sur = r.choice(SURNAMES2)
        else:
            sur = r.choice(SURNAMES)
        given = r.choice(GIVEN1) if r.random() < 0.1 else r.choice(GIVEN)
        full = sur + given
        y = r.random()
        if y < 0.08:
            disp = sur + " " + given
        elif y < 0.12 and len(full) == 3:
            disp = " ".join(full)
        elif y < 0.16:
            hf = r.choice(HANJA)
            full, sur, given, disp = hf[0], hf[0][0], hf[0][1:], hf[1]
        else:
            disp = full
        return Person(full, sur, given, "ko", disp)

    def person(self, allow_foreign=True):
        p = self._raw_name(allow_foreign)
        if not hasattr(self, "first"):
            if getattr(self, "want_foreign", False):
                while p.kind != "foreign":
                    p = self._raw_name(True)
            self.first = p
        if not self.pii:
            p.display = self.masked_name(p)
            p.public = True
        return p

    def masked_name(self, p):
        r = self.rng
        if p.kind == "foreign":
            return r.choice(["외국인 주민 A씨", "○○○", "A씨"])
        return r.choice([p.sur + "○○", p.sur + "○" + p.given[-1:], p.sur + "**", "○○○", p.sur + "*" + p.given[-1:]])

    def N(self, p, form="full"):
        """marked rendering of a person."""
        if not self.pii:
            if form == "given":
                return p.display
            return p.display
        if form == "given" and p.kind == "ko" and len(p.given) >= 2 and not re.search("[一-鿿]", p.display):
            return M("PERSON", p.given)
        if form == "plainfull":
            return M("PERSON", p.full)
        return M("PERSON", p.display)

    def official(self):
        r = self.rng
        sur = r.choice(SURNAMES[:60])
        return sur + (r.choice(GIVEN1) if r.random() < 0.08 else r.choice(GIVEN))

    # ---- numbers
    def mobile_raw(self):
        r = self.rng
        return "010", digits(r, 4) if r.random() < 0.9 else str(r.randint(200, 999)), digits(r, 4)

    def phone(self, glue=True, messy=True):
        r = self.rng
        a, b, c = self.mobile_raw()
        if not self.pii:
            return r.choice([f"010-****-{c}", f"010-{b[:2]}**-****", "***-****-****", "010-XXXX-XXXX"])
        styles = [f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}.{b}.{c}", f"+82-10-{b}-{c}",
                  f"{a}-{b}-{c}", f"({a}){b}-{c}", f"+82 10 {b} {c}"]
        if messy:
            styles += [f"{kdigits(a)}-{b}-{c}", f"{a} {kdigits(b)} {c}", f"{kdigits(a, '영')} {kdigits(b)} {kdigits(c)}",
                       f"{a}ㅡ{b}ㅡ{c}", f"{a}-{b}-{c}", f"{a} - {b} - {c}", f"공일공{b}{c}"]
        return M("PHONE", r.choice(styles))

    def home_phone(self):
        r = self.rng
        if not self.pii:
            return "02-***-****"
        return M("PHONE", r.choice([f"02-9{digits(r, 2)}-{digits(r, 4)}", f"02){digits(r, 3)}-{digits(r, 4)}",
                                    f"(02) {digits(r, 3)}-{digits(r, 4)}", f"029{digits(r, 6)}"]))

    def partial_phone(self):
        """citizen-hidden number: not a full value, never a span."""
        r = self.rng
        a, b, c = self.mobile_raw()
        return r.choice([f"010-{b}-oo{c[2:]}", f"010-xxxx-{c}", f"010-{b}-**{c[2:]}", f"010 {b[:2]}ㅇㅇ {c}"])

    def email(self, p=None):
        r = self.rng
        if not self.pii:
            return r.choice(["***@naver.com", "(이메일 비공개)", "h***@gmail.com"])
        base = r.choice(["hong.gd", "minsu82", "jiyoung_k", "sunny0312", "dbswl77", "kkh1204", "peace.lee",
                         "mom.of.two", "ghdwo", "tjdals_90", "yj.park", "cool_jh", "ehdgus1", "soo.kim88"])
        if r.random() < 0.4:
            base = base + str(r.randint(1, 99))
        dom = r.choice(EMAIL_DOM)
        d1, d2 = dom.split(".")
        styles = [f"{base}@{dom}", f"{base}@{dom}", f"{base} 골뱅이 {dom}", f"{base}@{d1},{d2}",
                  f"{base} @ {dom}", f"{base}@{d1} . {d2}", f"{base} at {d1} 닷컴" if d2 == "com" else f"{base}@{dom}",
                  f"{base}@{d1}.{d2}.", f"{base.upper()}@{dom.upper()}"]
        s = r.choice(styles)
        if s.endswith("."):
            s = s[:-1]
        return M("EMAIL", s)

    def plate(self):
        r = self.rng
        if not self.pii:
            return r.choice(["**가****", "○○나○○○○", "(차량번호 비공개)"])
        h = r.choice(PLATE_H)
        n1 = str(r.randint(10, 399))
        n2 = digits(r, 4)
        styles = [f"{n1}{h}{n2}", f"{n1}{h} {n2}", f"{n1} {h} {n2}", f"서울{r.randint(10, 99)}{h}{n2}", f"{n1}{h}{n2}"]
        return M("VEHICLE_PLATE", r.choice(styles))

    def account(self):
        r = self.rng
        bank, pat = r.choice(BANKS)
        if not self.pii:
            return bank, "***-****-****"
        v = fill(r, pat)
        if r.random() < 0.2:
            v = v.replace("-", "")
        return bank, M("BANK_ACCOUNT", v)

    def rrn(self, foreign=False):
        r = self.rng
        y, m, d = r.randint(40, 99), r.randint(1, 12), r.randint(1, 28)
        g = r.choice("5678") if foreign else r.choice("12")
        back = g + digits(r, 6)
        if not self.pii:
            return f"{y:02d}{m:02d}{d:02d}-*******"
        styles = [f"{y:02d}{m:02d}{d:02d}-{back}", f"{y:02d}{m:02d}{d:02d}{back}", f"{y:02d}{m:02d}{d:02d} - {back}"]
        if not foreign:
            styles.append(f"{y:02d}{m:02d}{d:02d}-{g}******")
        return M("KR_FRN" if foreign else "KR_RRN", r.choice(styles))

    def birth(self):
        r = self.rng
        y, m, d = r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28)
        if not self.pii:
            return "****. **. **."
        s = r.choice([f"{y}. {m}. {d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}",
                      f"{str(y)[2:]}{m:02d}{d:02d}", f"{y}/{m}/{d}"])
        s = s.rstrip(".") if s.endswith(".") and r.random() < 0.3 else s
        return M("BIRTH_DATE", s)

    def ip(self):
        r = self.rng
        v = f"{r.choice([211, 175, 121, 118, 59, 112, 223, 106, 1])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if not self.pii:
            return ".".join(v.split(".")[:2]) + ".*.*"
        return M("IP_ADDRESS", v)

    def card(self):
        r = self.rng
        if not self.pii:
            return "****-****-****-****"
        a = [r.choice(["9410", "5365", "4518", "3560", "6243"]), digits(r, 4), digits(r, 4), digits(r, 4)]
        return M("CARD_NUMBER", r.choice(["-".join(a), " ".join(a), "".join(a)]))

    def passport(self):
        r = self.rng
        if not self.pii:
            return "M********"
        return M("KR_PASSPORT", r.choice(["M", "M", "S", "R"]) + digits(r, 8) if r.random() < 0.7
                 else "M" + digits(r, 3) + r.choice("ABCDEFG") + digits(r, 4))

    def license(self):
        r = self.rng
        if not self.pii:
            return "**-**-******-**"
        return M("KR_DRIVER_LICENSE", r.choice([f"{r.randint(11, 28)}-{digits(r, 2)}-{digits(r, 6)}-{digits(r, 2)}",
                                                 f"서울 {digits(r, 2)}-{digits(r, 6)}-{digits(r, 2)}"]))

    def health(self):
        if not self.pii:
            return None
        return M("HEALTH_INFO", self.rng.choice(HEALTH))

    # ---- addresses
    def unit(self):
        r = self.rng
        return f"{r.randint(101, 125)}동 {r.randint(1, 25)}{r.randint(1, 8):02d}호"

    def addr(self, style=None):
        """a private person's home."""
        r, g = self.rng, self.gu
        if not self.pii:
            return r.choice([f"{g['gu']} {r.choice(g['dongs'])} ***", f"{r.choice(g['apts'])}아파트 ***동 ****호",
                             f"{g['gu']} ○○로 ○○"])
        style = r.randrange(8) if style is None else style
        apt = r.choice(g["apts"])
        if style == 0:
            v = f"{apt}아파트 {self.unit()}"
        elif style == 1:
            v = f"{apt} {self.unit()}"
        elif style == 2:
            v = f"서울특별시 {g['gu']} {r.choice(g['roads'])} {r.randint(1, 300)}, {self.unit()}"
        elif style == 3:
            v = f"{g['gu']} {r.choice(g['roads'])}{r.randint(1, 40)}길 {r.randint(1, 99)}-{r.randint(1, 30)}"
        elif style == 4:
            v = f"{r.choice(g['dongs'])} {r.randint(100, 999)}-{r.randint(1, 60)}번지 {r.choice(['2층', '3층', '반지하', 'B01호', '201호'])}"
        elif style == 5:
            v = f"{r.randint(1, 25)}{r.randint(1, 8):02d}호"
        elif style == 6:
            v = f"서울 {g['gu'][:-1]} {r.choice(g['dongs'])} {apt} {r.randint(101, 125)}-{r.randint(1, 25)}{r.randint(1, 8):02d}"
        else:
            v = f"{r.choice(g['roads'])} {r.randint(1, 200)}-{r.randint(1, 40)} {r.choice(['○○빌라', '해피빌', '그린하우스', '한솔빌라'])} {r.randint(1, 4)}0{r.randint(1, 4)}호"
        return M("ADDRESS", v)

    def place(self):
        return self.rng.choice(self.gu["places"])

    def office_line(self):
        r, g = self.rng, self.gu
        return f"{g['tel']}-{digits(r, 4)}"

    def office_mail(self):
        r = self.rng
        return r.choice(["jh", "kms", "parksy", "lee0", "cityroad", "parking", "clean"]) + str(r.randint(1, 999)) + "@" + self.gu["dom"]

    def nick(self):
        return self.rng.choice(NICKS)


# ---------------------------------------------------------------- messiness
def messy(rng, s, level):
    """informal noise on template text (never touches marked values)."""
    if level <= 0:
        return s
    parts = re.split("(\x01.*?\x03)", s, flags=re.S)
    out = []
    for p in parts:
        if p.startswith("\x01"):
            out.append(p)
            continue
        for a, b in TYPOS:
            if a in p and rng.random() < 0.35 * level:
                p = p.replace(a, b)
        if rng.random() < 0.3 * level:
            # drop most spaces (띄어쓰기 없음)
            p = "".join(ch for ch in p if ch != " " or rng.random() < 0.35)
        elif rng.random() < 0.25 * level:
            p = p.replace(" ", "  ", 1 + rng.randrange(2))
        p = re.sub(r"([요다죠네음함])([.!?])(\s|$)",
                   lambda m: m.group(1) + (rng.choice(EMOS) if rng.random() < 0.35 * level else m.group(2)) + m.group(3), p)
        out.append(p)
    return "".join(out)


# ---------------------------------------------------------------- topics
# each topic: dept, subject words (titles, no personal data), complaint lines,
# answer lines and statute references.  Placeholders: {loc} public place, {shop} shop,
# {plate} private plate, {unit} private home, {me} complainant.
TOPICS = [
    dict(key="parking", dept="주차관리과", titles=["불법주차 단속 요청", "인도 위 상습 주차 차량 신고", "어린이보호구역 불법주차 좀 해결해 주세요", "골목 주차 문제"],
         lines=["{loc} 근처에 {plate} 차량이 맨날 인도 위에 세워져 있어요.", "유모차 끌고 지나가기가 진짜 힘들어요.",
                "신고를 몇 번이나 했는데 그대로입니다.", "{shop} 앞까지 차가 막고 있어서 배달 오토바이랑 사람이랑 뒤엉켜요.",
                "주말 저녁엔 장난아님 진짜로 위험해요.", "{plate} 흰색 SUV 차주분은 전화도 안 받아요.", "레알 개빡치네요 하루이틀도 아니고."],
         answer=["해당 구간은 「도로교통법」 제32조에 따른 주정차 금지 구역으로, 현장 확인 후 단속을 실시하였습니다.",
                 "상습 주차 구간에 대하여 고정식 CCTV 설치를 검토하고, 주정차 단속 문자알림 서비스를 안내드립니다.",
                 "불법 주정차는 안전신문고 앱으로도 신고하실 수 있습니다."], law="「도로교통법」 제32조"),
    dict(key="fine", dept="주차관리과", titles=["주정차 위반 과태료 이의", "과태료 고지서 관련 문의", "단속 억울합니다"],
         lines=["{plate} 제 차인데 과태료 고지서가 날아왔어요.", "그 시간에 잠깐 짐 내리느라 1분 세운 건데 너무하네요.",
                "단속 사진 좀 볼 수 있나요?", "의견진술 기한이 언제까지인지 알려주세요.", "억울해서 잠이 안 와요 진짜."],
         answer=["「질서위반행위규제법」 제16조에 따라 사전통지 기간 내 의견을 제출하실 수 있습니다.",
                 "단속 사진은 주정차위반 과태료 조회 누리집에서 확인하실 수 있습니다.",
                 "제출하신 의견진술서는 의견진술심의위원회에서 심의 후 결과를 통지해 드립니다."], law="「질서위반행위규제법」 제16조"),
    dict(key="noise", dept="주택과", titles=["층간소음 너무 힘듭니다", "위층 소음 중재 요청", "공동주택 층간소음 상담 문의"],
         lines=["위층 {unit}에서 밤 12시 넘어서까지 쿵쿵거려요.", "관리사무소에 말해도 안 돼요.",
                "아기가 자다가 깨서 울어요.", "직접 올라가기는 무서워서 구청에 글 남깁니다.", "이사 온 지 며칠 안 됐는데 벌써 지쳐요.", "남의 집 사정 생각 좀 해주면 좋겠어요 하..."],
         answer=["층간소음 분쟁은 「공동주택관리법」 제20조에 따라 관리주체의 중재 절차를 먼저 거치도록 되어 있습니다.",
                 "층간소음 이웃사이센터(1661-2642) 현장진단 서비스를 신청하실 수 있도록 안내드립니다.",
                 "우리 구 공동주택 층간소음 관리위원회 운영 현황을 확인하여 해당 단지에 협조를 요청하였습니다."], law="「공동주택관리법」 제20조"),
    dict(key="trash", dept="청소행정과", titles=["쓰레기 무단투기 신고", "골목 쓰레기 방치 문제", "음식물쓰레기 수거 안 돼요"],
         lines=["{loc} 전봇대 밑에 쓰레기가 산더미예요.", "여름이라 냄새가 장난 아니에요.", "밤마다 누가 몰래 버리고 가는데 CCTV 좀 달아주세요.",
                "{shop} 옆 골목도 마찬가지에요.", "한두 번이 아니고 매주 그래요.", "{plate} 트럭에서 폐자재 던지고 가는 거 제가 봤어요.", "황당해서 말이 안 나오네요."],
         answer=["「폐기물관리법」 제8조에 따라 무단투기 행위는 과태료 부과 대상입니다.",
                 "해당 지점에 이동식 단속 카메라를 설치하고 무단투기 금지 안내문을 부착하였습니다.",
                 "청소 대행업체에 수거 시간 조정을 요청하였습니다."], law="「폐기물관리법」 제8조"),
    dict(key="light", dept="도로과", titles=["가로등 고장 신고", "밤길이 너무 어두워요", "보안등 교체 요청"],
         lines=["{loc} 쪽 가로등이 나간 지 일주일째예요.", "밤에 애들 학원 끝나고 오는 길인데 무서워요.",
                "저번에도 신고했는데 조치가 없네요.", "전등이 깜빡깜빡해서 더 불안해요."],
         answer=["현장 확인 결과 등기구 불량으로 확인되어 교체를 완료하였습니다.",
                 "우리 구는 노후 보안등을 LED로 순차 교체하고 있으며, 해당 구간은 내년도 정비 대상에 포함하였습니다.",
                 "가로등 고장은 120 다산콜센터 또는 구청 당직실로도 신고하실 수 있습니다."], law="「도로법」 제31조"),
    dict(key="pothole", dept="도로과", titles=["도로 파손으로 타이어 손상", "포트홀 보상 문의", "도로 움푹 패인 곳 보수 요청"],
         lines=["{loc} 앞 도로에 구멍이 크게 패여서 타이어가 터졌어요.", "수리비가 30만원 넘게 나왔어요.",
                "보상 받을 수 있는지 알려주세요.", "비 오면 물 고여서 안 보여요."],
         answer=["해당 지점은 긴급 보수를 완료하였습니다.",
                 "도로 관리 하자로 인한 피해는 「국가배상법」 제5조에 따른 영조물 배상 절차로 청구하실 수 있습니다.",
                 "배상 신청서와 수리비 영수증, 사고 사진을 제출해 주시면 배상심의회 심의를 거쳐 결정됩니다."], law="「국가배상법」 제5조"),
    dict(key="smoke", dept="건강증진과", titles=["놀이터 흡연 단속 요청", "금연구역 흡연 신고", "아파트 단지 앞 흡연 문제"],
         lines=["{loc} 놀이터에서 어른들이 담배를 피워요.", "애들이 바로 옆에서 노는데 정말 너무하네요.",
                "금연구역 표지판도 있는데 소용이 없어요.", "{shop} 앞 흡연 때문에 지나가기가 힘듭니다."],
         answer=["해당 장소는 「국민건강증진법」 제9조에 따른 금연구역으로, 금연지도원이 집중 단속을 실시하겠습니다.",
                 "위반 시 과태료 10만원이 부과됩니다.", "금연구역 안내 표지판을 추가로 설치하였습니다."], law="「국민건강증진법」 제9조"),
    dict(key="construction", dept="환경과", titles=["공사장 소음 민원", "새벽 공사 너무합니다", "공사 먼지·소음 문제"],
         lines=["{loc} 옆 공사장에서 아침 6시부터 드릴 소리가 나요.", "먼지 때문에 창문도 못 열어요.",
                "주말에도 공사를 하는데 이게 맞나요?", "레미콘 차량이 골목에 계속 서 있어요.", "조용히 좀 살고 싶어요 진짜."],
         answer=["「소음·진동관리법」 제21조에 따라 특정공사 사전신고 사업장에 대하여 소음도를 측정하였습니다.",
                 "측정 결과 기준 초과로 확인되어 공사중지 명령과 함께 과태료를 부과하였습니다.",
                 "시공사 (주)대한종합건설(대표전화 1588-0000)에 작업시간 준수를 요청하였습니다."], law="「소음·진동관리법」 제21조"),
    dict(key="bus", dept="교통행정과", titles=["버스정류장 온열의자 설치 건의", "정류장 그늘막 요청", "마을버스 배차 간격 건의"],
         lines=["{loc} 정류장에 의자가 없어서 어르신들이 서서 기다리세요.", "마을버스가 30분씩 안 와요.",
                "여름에 그늘이 없어서 너무 더워요.", "출근 시간엔 사람이 너무 많아서 못 타요."],
         answer=["해당 정류장은 보도 폭이 좁아 온열의자 설치가 어려우나, 인근 정류장 이설과 함께 검토하겠습니다.",
                 "마을버스 운수업체에 출근 시간대 증차를 요청하였습니다.", "버스 운행 관련 불편은 120 다산콜센터로도 접수하실 수 있습니다."],
         law="「여객자동차 운수사업법」 제4조"),
    dict(key="bulky", dept="청소행정과", titles=["대형폐기물 수거 누락 및 환불 요청", "폐기물 스티커 환불 문의", "가구 수거 안 해가요"],
         lines=["대형폐기물 신고하고 돈 냈는데 일주일째 안 가져가요.", "그냥 환불해 주세요.",
                "장롱이랑 매트리스 내놨는데 비 맞고 있어요.", "인터넷으로 결제했는데 취소가 안 돼요."],
         answer=["수거 누락 건은 대행업체 확인 후 즉시 수거하였습니다.",
                 "수수료 환불은 「{gu} 폐기물 관리 조례」 제15조에 따라 처리됩니다.",
                 "환불 신청을 접수하였으며 영업일 기준 7일 이내 지급될 예정입니다."], law="폐기물 관리 조례 제15조"),
    dict(key="welfare", dept="복지정책과", titles=["장애인 콜택시 이용 문의", "기초연금 신청 문의", "돌봄 서비스 신청 방법"],
         lines=["어머니가 혼자 사시는데 거동이 불편하세요.", "장애인 콜택시 예약이 너무 안 돼요.",
                "동 주민센터에 갔는데 서류가 복잡해서 다시 와야 한대요.", "어떻게 신청하는지 좀 알려주세요."],
         answer=["「장애인복지법」 제32조에 따른 등록 장애인은 장애인 콜택시를 이용하실 수 있습니다.",
                 "돌봄SOS센터를 통해 일시재가 서비스를 신청하실 수 있도록 동 주민센터에 연계하였습니다.",
                 "기초연금은 「기초연금법」 제10조에 따라 주소지 동 주민센터 또는 복지로 누리집에서 신청하실 수 있습니다."],
         law="「장애인복지법」 제32조"),
    dict(key="foreign", dept="가족정책과", titles=["외국인 주민 한국어 교실 문의", "다문화가족 지원 문의", "외국인 주민 생활 민원"],
         lines=["한국어 수업 어디서 들을 수 있어요?", "일 끝나고 저녁에 하는 반 있나요?",
                "아이 어린이집 서류 때문에 도움 필요해요.", "한국말 잘 못해서 죄송합니다."],
         answer=["가족센터에서 평일 저녁 한국어 교실을 운영하고 있습니다.", "외국인 주민 통번역 상담은 다누리콜센터(1577-1366)를 이용하실 수 있습니다.",
                 "체류 관련 문의는 하이코리아(1345)로 안내드립니다."], law="「재한외국인 처우 기본법」 제12조"),
    dict(key="cat", dept="일자리경제과", titles=["길고양이 급식소 관련 민원", "길고양이 학대 의심 신고", "공원 내 고양이 급식소 철거 요청"],
         lines=["{loc}에 고양이 밥그릇이 여기저기 있어요.", "밤마다 고양이들이 싸워서 잠을 못 자요.",
                "누가 고양이 밥에 이상한 걸 섞는 것 같아요.", "급식소를 정리해서 한 곳에만 두면 좋겠어요."],
         answer=["우리 구는 공원 내 길고양이 급식소를 지정 운영하고 있으며 관리 수칙을 안내하였습니다.",
                 "동물 학대 의심 행위는 「동물보호법」 제10조 위반으로 관할 경찰서에 신고하실 수 있습니다.",
                 "중성화 사업(TNR) 대상 지역으로 추가 지정을 검토하겠습니다."], law="「동물보호법」 제10조"),
]


def topic_lines(rng, ctx, t, k, level, extra=None):
    """pick k complaint sentences, fill placeholders, return marked text."""
    lines = rng.sample(t["lines"], min(k, len(t["lines"])))
    vals = dict(loc=ctx.place(), shop=rng.choice(SHOPS), plate=ctx.plate(), unit=ctx.addr(5) if ctx.pii else "***호")
    out = []
    for ln in lines:
        out.append(messy(rng, ln, level).format(**vals))
    return out


def answer_lines(rng, t, k, gu="서울특별시"):
    return [a.replace("{gu}", gu) for a in rng.sample(t["answer"], min(k, len(t["answer"])))]


def hurt_line(rng, ctx, who=None):
    """a health complaint in passing (only when personal data is in)."""
    h = ctx.health()
    if not h:
        return ""
    who = who or rng.choice(["제가", "저도", "우리 엄마가", "남편이", "아이가", "저희 아버지가"])
    rasu = "이라서" if has_final(h) else "라서"
    return rng.choice([f"{who} {h}{rasu} 더 힘들어요.", f"{who} {h} 있어서 병원 다니는 중이에요.",
                       f"({h} 때문에 약 먹고 있어요)", f"{who} {h} 진단받아서 잠을 제대로 못 자요.",
                       f"참고로 {who} {h} 상태예요.", f"{J(h, '로')} 고생중인데 이런 일까지ㅠ"])


def self_intro(rng, ctx, p):
    """'저는 김영수입니다', '박지훈이에요', '이수진요' ..."""
    n = ctx.N(p)
    pd = plain(n)
    return rng.choice([f"저는 {J(n, '입니다')}", f"{J(n, '이에요')}", f"이름은 {J(n, '요')}", f"{n}라고 합니다" if not has_final(pd) else f"{n}이라고 합니다",
                       f"저 {J(n, '이구요')}", f"{n} 올림", f"{n}입니당"])


# ---------------------------------------------------------------- document frame
RANKS = ["과장", "팀장", "과장", "국장", "과장", "팀장"]


def meta(rng, ctx, t):
    y, m, d = rand_date(rng)
    y2, m2, d2 = add_days(y, m, d, rng.randint(1, 9))
    dept = t["dept"]
    drafter = ctx.official()
    approver = ctx.official()
    rank = rng.choice(RANKS)
    return dict(y=y, m=m, d=d, ay=y2, am=m2, ad=d2, dept=dept, drafter=drafter, approver=approver, rank=rank,
                approved_at=f"{y2}-{m2:02d}-{d2:02d}")


def sign(rng, ctx, md):
    """the office's contact line: officials in role, office line, official mail."""
    g = ctx.gu
    o = md["drafter"]
    style = rng.randrange(5)
    if style == 0:
        return f"※ 담당: {g['gu']} {md['dept']} {o} 주무관(☎ {ctx.office_line()})"
    if style == 1:
        return f"문의: {md['dept']} ({ctx.office_line()}, {ctx.office_mail()})"
    if style == 2:
        return f"{g['office']} {md['dept']}장 {md['approver']} / 담당자 {o} ({ctx.office_line()})"
    if style == 3:
        return f"기타 궁금하신 사항은 {md['dept']} {o} 주무관에게 연락 주시면 성실히 안내해 드리겠습니다. (☎ {ctx.office_line()})"
    return f"담당부서 {md['dept']} | 담당자 {o} | 전화 {ctx.office_line()} | 주소 {g['addr']}({g['office']})"


# ================================================================ layouts
# L1: 구청장에게 바란다 — post (key: value header + prose) and answer (letter)
def L_board(rng, ctx, t, md):
    lv = rng.choice([1, 1, 2])
    p = ctx.person()
    g = ctx.gu
    hdr_keys = rng.choice([("제목", "작성자", "작성일", "조회"), ("글제목", "글쓴이", "등록일", "조회수"),
                           ("제 목", "성 명", "신청일", "처리상태")])
    post_title = rng.choice(t["titles"]) + rng.choice(["", "ㅠㅠ", "!!", " (재민원)", "...", " 제발요"])
    lines = []
    lines.append(f"[{g['office']} 구청장에게 바란다]")
    lines.append(f"{hdr_keys[0]} : {post_title}")
    author = ctx.N(p) if rng.random() < 0.75 else f"{ctx.N(p)}({ctx.nick()})"
    lines.append(f"{hdr_keys[1]} : {author}")
    lines.append(f"{hdr_keys[2]} : {fmt_date(rng, md['y'], md['m'], md['d'], rng.choice([1, 0, 4]))} {clock(rng, 1)}")
    if ctx.pii and rng.random() < 0.35:
        lines.append(f"작성자IP : {ctx.ip()}")
    elif rng.random() < 0.3:
        lines.append(f"IP : {rng.choice([211, 175, 121])}.{rng.randint(0, 255)}.*.*")
    lines.append(f"{hdr_keys[3]} : {rng.randint(3, 480) if hdr_keys[3] != '처리상태' else '답변완료'}")
    lines.append("")
    body = [messy(rng, rng.choice(["안녕하세요.", "구청장님 안녕하세요.", "수고 많으십니다.", "답답해서 글 올립니다.", ""]), lv)]
    where = ph = None
    if ctx.pii and rng.random() < 0.7:
        where = ctx.addr()
        body.append(messy(rng, rng.choice([f"저는 {where} 살아요.", f"{where}에 사는 주민입니다.", f"{where} 거주중인데요,",
                                           f"{ctx.gu['gu']} 주민이에요({where})."]), lv))
    body += topic_lines(rng, ctx, t, rng.randint(2, 4), lv)
    if ctx.pii and rng.random() < 0.45:
        body.append(messy(rng, hurt_line(rng, ctx), lv))
    if ctx.pii and rng.random() < 0.6:
        ph = ctx.phone()
        body.append(messy(rng, rng.choice(["연락은 {ph}로 주세요.", "답변 문자로 주세요 {ph}", "전화 주실거면 {ph} 입니다.",
                                           "제 번호 {ph}", "폰 {ph}로 연락 부탁드려요."]), lv).format(ph=ph))
    elif rng.random() < 0.3:
        body.append(messy(rng, "번호는 {pp} 입니다(뒷자리 일부 가림).", lv).format(pp=ctx.partial_phone()))
    if ctx.pii and rng.random() < 0.25:
        body.append(messy(rng, "메일로 답변 주셔도 돼요 {em}", lv).format(em=ctx.email()))
    if ctx.pii and t["key"] in ("pothole", "bulky") and rng.random() < 0.5:
        bank, acc = ctx.account()
        body.append(messy(rng, rng.choice(["보상금 받을 계좌는 {b} {a}입니다.", "환불은 {b} {a} 로 부탁드려요.", "{b} {a} (예금주 본인)"]), lv).format(b=bank, a=acc))
    body.append(messy(rng, rng.choice(["빠른 조치 부탁드립니다.", "꼭 좀 해결해 주세요.", "감사합니다.", "조만간 또 글 쓸게요.", "제발 좀요."]), lv))
    sep = "" if rng.random() < 0.5 else "\n"
    lines.append((" " if sep == "" else "\n").join(x for x in body if x))
    lines.append("")
    lines.append(rng.choice(["─" * 30, "[답변]", "■ 답변내용", "=== 답변 ==="]))
    lines.append(f"답변부서 : {md['dept']}   답변일 : {fmt_date(rng, md['ay'], md['am'], md['ad'], 0)}")
    greet = rng.choice([f"안녕하십니까? {g['office']} {md['dept']}입니다.", f"{J(ctx.N(p, rng.choice(['full', 'given'])), '이')}님, 안녕하십니까.",
                        f"먼저 구정에 관심을 가져 주신 {ctx.N(p)}님께 감사드립니다."])
    lines.append(greet)
    q = rng.choice(["귀하께서 {d} 구청장에게 바란다 게시판에 올려주신 「{pt}」 민원에 대한 답변입니다.",
                    "민원인께서 '{q}'라고 말씀하신 부분에 대하여 답변드립니다.",
                    "{d} 신청하신 민원은 다음과 같이 처리되었음을 알려드립니다."])
    lines.append(q.format(d=fmt_date(rng, md['y'], md['m'], md['d'], 2), pt=post_title,
                          q=plain(t["lines"][0]).replace("{loc}", ctx.place()).replace("{plate}", "해당").replace("{unit}", "위층").replace("{shop}", "상가")[:40]))
    bstyle = rng.randrange(4)
    if where and rng.random() < 0.4:
        lines.append(f"말씀하신 {where} 인근 현장을 {md['drafter']} 주무관이 직접 확인하였습니다.")
    for i, a in enumerate(answer_lines(rng, t, rng.randint(2, 3), ctx.gu["gu"])):
        lines.append(["", "○ ", f"{i + 1}. ", "- "][bstyle] + a)
    if ph and rng.random() < 0.4:
        lines.append(f"아울러 남겨주신 연락처({ph})로 처리 결과를 문자 안내드렸습니다.")
    lines.append(sign(rng, ctx, md))
    text = "\n".join(lines)
    return dict(title=f"[구청장에게 바란다] {post_title}", doc_type="구청장에게 바란다 답변", text=text)


# L2: 카카오톡 채널 상담 기록 — chat log
def L_kakao(rng, ctx, t, md):
    lv = rng.choice([1, 2, 2])
    g = ctx.gu
    p = ctx.person()
    show_real = ctx.pii and rng.random() < 0.4
    user = ctx.N(p) if show_real else ctx.nick()
    bot = rng.choice([g["office"], f"{g['office']} 상담원", "상담사", f"@{g['office']}"])
    fmt = rng.randrange(3)
    day = fmt_date(rng, md["y"], md["m"], md["d"], 0)
    h, mi = rng.randint(8, 21), rng.randint(0, 40)
    out = [rng.choice([f"카카오톡 채널 상담 기록 (채널: @{g['office']} / 상담번호 K-{md['y']}-{rng.randint(100, 99999):05d})",
                       f"■ {g['office']} 카카오톡 상담 이력 — {day}", f"[카톡 상담] {t['titles'][0]} / 배정부서 {md['dept']}"])]
    if fmt == 1:
        out.append(f"--------------- {md['y']}년 {md['m']}월 {md['d']}일 ---------------")

    def line(who, msg):
        nonlocal h, mi
        mi += rng.randint(0, 4)
        if mi > 59:
            mi -= 60
            h += 1
        ap = f"{'오전' if h < 12 else '오후'} {h if h <= 12 else h - 12}:{mi:02d}"
        if fmt == 0:
            out.append(f"[{who}] [{ap}] {msg}")
        elif fmt == 1:
            out.append(f"{day} {ap}, {who} : {msg}")
        else:
            arrow = "◀" if who == bot else "▶"
            out.append(f"{h:02d}:{mi:02d} {arrow} {'상담원' if who == bot else '고객(' + user + ')'}: {msg}")

    line(user, messy(rng, rng.choice(["안녕하세요", "저기요", "문의좀 드릴게요", "상담원 연결해주세요", "안녕하세여 ^^"]), lv))
    line(bot, f"안녕하세요. {g['office']} 카카오톡 채널입니다. 무엇을 도와드릴까요? (상담시간 평일 09:00~18:00, 야간·휴일 120)")
    for s in topic_lines(rng, ctx, t, rng.randint(2, 3), lv):
        line(user, s)
    if ctx.pii and rng.random() < 0.4:
        line(user, messy(rng, hurt_line(rng, ctx), lv))
    line(bot, rng.choice(["불편을 드려 죄송합니다. 정확한 확인을 위해 성함과 연락처를 남겨주시겠어요?",
                          "민원 접수를 위해 성함, 연락 가능한 번호, 해당 위치를 알려주세요.",
                          "확인 후 담당 부서로 이관해 드리겠습니다. 회신받으실 연락처 부탁드립니다."]))
    if ctx.pii:
        intro = self_intro(rng, ctx, p)
        tpl = rng.choice(["{i} {{ph}}", "{i}", "{{ph}} {i}", "{i}/{{ph}}"])
        line(user, messy(rng, tpl.format(i=intro), lv).format(ph=ctx.phone()))
        if "{{ph}}" not in tpl:
            line(user, messy(rng, rng.choice(["번호는 {ph}요", "{ph} 이거요", "폰번호 {ph}", "연락처 {ph} 이에요"]), lv).format(ph=ctx.phone()))
        if rng.random() < 0.5:
            line(user, messy(rng, rng.choice(["집은 {a}예요", "{a} 살아요", "주소 {a}"]), lv).format(a=ctx.addr()))
        if t["key"] == "foreign" and rng.random() < 0.6:
            if rng.random() < 0.6:
                line(user, messy(rng, rng.choice(["외국인등록번호 {r} 입니다", "등록증 번호 {r}", "ARC {r} 예요"]), lv).format(r=ctx.rrn(foreign=True)))
            else:
                line(user, messy(rng, rng.choice(["등록증 아직 없어요 여권번호 {r}", "passport {r} 이에요"]), lv).format(r=ctx.passport()))
            line(bot, "외국인등록번호는 채팅으로 보내지 않으셔도 됩니다. 확인이 필요하면 방문 시 등록증을 지참해 주세요.")
        elif t["key"] == "fine" and rng.random() < 0.5:
            line(user, messy(rng, "면허번호도 필요해요? {r}", lv).format(r=ctx.license()))
        elif rng.random() < 0.2:
            line(user, messy(rng, "혹시 필요하면 주민번호 {r} 이요", lv).format(r=ctx.rrn()))
            line(bot, "채팅창에 주민등록번호는 남기지 않으셔도 됩니다. 입력하신 내용은 상담 종료 후 삭제 처리하겠습니다.")
        elif rng.random() < 0.6 and t["key"] in ("bulky", "pothole"):
            bank, acc = ctx.account()
            line(user, messy(rng, f"환불은 {bank} {{acc}} 로 해주세요 예금주 {ctx.N(p, 'plainfull')}", lv).format(acc=acc))
        elif rng.random() < 0.15:
            line(user, messy(rng, "결제한 카드는 {c} 이거에요", lv).format(c=ctx.card()))
    else:
        line(user, "이름이랑 번호는 게시판에 쓰기 싫어요 익명으로 해주세요")
        line(bot, "네, 익명으로 접수하겠습니다.")
    line(bot, rng.choice([f"접수되었습니다. 담당부서({md['dept']}, ☎ {ctx.office_line()})에서 처리 후 연락드리겠습니다.",
                          f"{md['dept']} {md['drafter']} 주무관에게 이관하였습니다. 처리결과는 문자로 안내됩니다.",
                          f"확인 감사합니다. 긴급한 경우 국번없이 120 또는 {g['tel']}-{digits(rng, 4)}로 연락 주세요."]))
    line(user, messy(rng, rng.choice(["네 감사합니다!", "ㅇㅋ 감사해요 ㅎㅎ", "꼭좀 부탁드려요ㅠ", "네네~", "빨리 좀 해주세요 ㅡㅡ"]), lv))
    out.append("")
    out.append(rng.choice(["(상담 종료)", "※ 상담 종료 후 이력 보관", f"처리결과: {md['dept']} 이관 / {fmt_date(rng, md['ay'], md['am'], md['ad'], 4)} 답변 완료"]))
    return dict(title=f"카카오톡 채널 상담 기록({t['titles'][0]})", doc_type="카카오톡 채널 상담 기록", text="\n".join(out))


# L3: 120 다산콜 상담 이력 — key: value block
def L_call120(rng, ctx, t, md):
    lv = rng.choice([0, 1])
    g = ctx.gu
    p = ctx.person()
    K = rng.choice([dict(n="고객명", ph="연락처", dt="상담일시", ty="상담유형", c="상담내용", r="처리결과"),
                    dict(n="민원인", ph="회신번호", dt="접수일시", ty="민원분류", c="민원요지", r="조치사항"),
                    dict(n="성명", ph="휴대전화", dt="통화일시", ty="구분", c="문의내용", r="답변내용")])
    sepc = rng.choice([" : ", ": ", "\t", " ▶ "])
    out = [rng.choice(["120다산콜재단 상담 이력", "【120 상담 이관 내역】", f"120 다산콜 상담이력 조회 ({g['gu']} 이관분)"])]
    out.append(f"접수번호{sepc}120-{md['y']}{md['m']:02d}{md['d']:02d}-{rng.randint(1000, 99999)}")
    out.append(f"{K['dt']}{sepc}{fmt_date(rng, md['y'], md['m'], md['d'], 1)} {clock(rng, 1)}")
    out.append(f"{K['n']}{sepc}{ctx.N(p)}" + (rng.choice(["", " (본인)", " (대리: 자녀)"]) if ctx.pii else ""))
    out.append(f"{K['ph']}{sepc}{ctx.phone(messy=False)}")
    if ctx.pii and rng.random() < 0.3:
        out.append(f"자택{sepc}{ctx.home_phone()}")
    if rng.random() < 0.6:
        out.append(f"주소{sepc}{ctx.addr(rng.choice([2, 3, 4, 7]))}")
    if ctx.pii and t["key"] in ("welfare", "foreign") and rng.random() < 0.8:
        if t["key"] == "foreign":
            out.append(f"외국인등록번호{sepc}{ctx.rrn(foreign=True)}")
            if rng.random() < 0.4:
                out.append(f"여권번호{sepc}{ctx.passport()}")
        else:
            out.append(f"생년월일{sepc}{ctx.birth()}")
    if ctx.pii and t["key"] in ("parking", "fine") and rng.random() < 0.6:
        out.append(f"차량번호{sepc}{ctx.plate()}")
        if t["key"] == "fine" and rng.random() < 0.75:
            out.append(f"운전면허번호{sepc}{ctx.license()}")
    out.append(f"{K['ty']}{sepc}{rng.choice(['민원접수(이관)', '단순안내', '현장처리 요청', '불편신고'])}")
    out.append(f"이관부서{sepc}{g['gu']} {md['dept']}")
    cont = [rng.choice(["고객 말씀:", "고객 진술 요지 -", ""])]
    cont += ['"' + s + '"' if rng.random() < 0.3 else s for s in topic_lines(rng, ctx, t, rng.randint(2, 3), lv)]
    if ctx.pii and rng.random() < 0.4:
        h = ctx.health()
        cont.append(rng.choice([f"고객 본인 {h} 상태라고 함.", f"고객이 {J(h, '로')} 외출이 어렵다고 말함.",
                                f"보호자 없이 혼자 지내며 {h}{'이라고' if has_final(h) else '라고'} 진술."]))
    out.append(f"{K['c']}{sepc}" + " ".join(c for c in cont if c))
    out.append(f"{K['r']}{sepc}" + " ".join(answer_lines(rng, t, 1, ctx.gu["gu"])) + rng.choice([" 담당부서 이관, 고객 회신 요청.", " 고객 안내 완료.", " 재통화 예약."]))
    out.append(f"상담사{sepc}ID {rng.randint(1000, 9999)} (120다산콜재단)")
    out.append(f"담당자{sepc}{md['dept']} {md['drafter']} ({ctx.office_line()})")
    if rng.random() < 0.4:
        out.append("※ 긴급 민원은 국번없이 120, 02-120으로 24시간 접수 가능")
    return dict(title=f"120 다산콜 상담 이관 내역({md['dept']})", doc_type="120 상담 이력", text="\n".join(out))


# L4: 문자 민원 — ruled table with |
def L_sms(rng, ctx, t, md):
    g = ctx.gu
    hdr = rng.choice([("No", "수신일시", "발신번호", "문자 내용", "처리"), ("연번", "받은 시각", "보낸 사람", "내용", "조치"),
                      ("번호", "일시", "회신번호", "민원 문자", "담당")])
    out = [rng.choice([f"{g['gu']} 문자민원 접수 현황 ({md['dept']})", f"◇ 문자 민원(#{rng.randint(1000, 9999)}) 수신 목록",
                       f"{md['y']}년 {md['m']}월 문자민원 처리대장"]), ""]
    out.append("| " + " | ".join(hdr) + " |")
    out.append("|" + "|".join(["---"] * 5) + "|")
    n = rng.randint(3, 6)
    for i in range(n):
        lv = rng.choice([1, 2])
        y, m, d = add_days(md["y"], md["m"], md["d"], -rng.randint(0, 5))
        ts = f"{fmt_date(rng, y, m, d, rng.choice([1, 4, 6]))} {clock(rng, 1)}"
        tt = rng.choice(TOPICS) if rng.random() < 0.4 else t
        msg = " ".join(topic_lines(rng, ctx, tt, rng.randint(1, 2), lv))
        sender = ctx.phone(messy=False)
        if ctx.pii:
            r = rng.random()
            if r < 0.3:
                pp = ctx.person()
                msg += " " + messy(rng, rng.choice(["-{n}", "{n}입니다", "({n})", "{n}이 보냄"]), lv).format(n=ctx.N(pp))
            elif r < 0.45:
                msg += " " + messy(rng, "{a} 주민", lv).format(a=ctx.addr(rng.choice([0, 1, 5])))
            elif r < 0.55:
                msg += " " + messy(rng, hurt_line(rng, ctx, "저"), lv)
        msg = msg.replace("|", "/").replace("\n", " ")
        out.append(f"| {i + 1} | {ts} | {sender} | {msg} | {rng.choice(['처리완료', '이관', md['drafter'] + ' 주무관', '현장확인', '답변발송'])} |")
    if rng.random() < 0.6:
        out.append(f"| {n + 1} | {ts} | #120 | [자동회신] 문자민원이 접수되었습니다. 문의 {g['tel']}-{digits(rng, 4)} | - |")
    out.append("")
    out.append(f"※ 문자민원 대표번호: {g['tel']}-{digits(rng, 4)} / 야간·휴일 120다산콜센터")
    out.append(sign(rng, ctx, md))
    return dict(title=f"문자민원 접수 현황({md['dept']})", doc_type="문자민원 처리대장", text="\n".join(out))


# L5: 온라인 설문 자유응답 — box-drawing table + summary
def L_survey_box(rng, ctx, t, md):
    g = ctx.gu
    survey = rng.choice([f"{g['gu']} 주민참여예산 온라인 설문", "공원 이용 만족도 조사", "마을버스 노선 개편 의견조사",
                         f"{md['y']}년 구정 만족도 설문", "생활폐기물 배출 방식 개선 설문"])
    out = [f"「{survey}」 자유응답 정리", f"조사기간: {fmt_date(rng, md['y'], md['m'], md['d'], 0)} ~ {fmt_date(rng, *add_days(md['y'], md['m'], md['d'], 14), 0)}  /  응답자 {rng.randint(120, 2400)}명  /  자유응답 {rng.randint(30, 300)}건", ""]
    cols = rng.choice([("번호", "응답 내용(원문)", "분류"), ("ID", "자유의견", "유형"), ("연번", "응답", "담당부서")])
    out.append("┌────┬" + "─" * 40 + "┬────────┐")
    out.append(f"│ {cols[0]} │ {cols[1]} │ {cols[2]} │")
    out.append("├────┼" + "─" * 40 + "┼────────┤")
    k = rng.randint(4, 7)
    rids = sorted(rng.sample(range(100, 999), k))
    for i in range(k):
        lv = rng.choice([1, 2])
        tt = rng.choice(TOPICS)
        resp = " ".join(topic_lines(rng, ctx, tt, rng.randint(1, 2), lv))
        if ctx.pii:
            r = rng.random()
            if r < 0.22:
                resp += " " + messy(rng, rng.choice(["결과 알려주세요 {x}", "연락처 {x}", "궁금하면 전화주세요 {x}"]), lv).format(x=ctx.phone())
            elif r < 0.34:
                resp += " " + messy(rng, "메일 {x} 로 회신바람", lv).format(x=ctx.email())
            elif r < 0.46:
                resp += " " + messy(rng, "{x} 사는 사람입니다", lv).format(x=ctx.addr(rng.choice([0, 1, 6])))
            elif r < 0.56:
                resp += " " + messy(rng, hurt_line(rng, ctx, "저"), lv) + " " + messy(rng, "연락주세요 {x}", lv).format(x=ctx.phone())
            elif r < 0.66:
                pp = ctx.person()
                resp += " " + messy(rng, rng.choice(["- {n}", "작성자 {n}", "{n}드림"]), lv).format(n=ctx.N(pp))
        num = f"{i + 1:>2}" if cols[0] != "ID" else f"R{rids[i]}"
        out.append(f"│ {num} │ {resp.replace(chr(10), ' ')} │ {tt['dept']} │")
    out.append("└────┴" + "─" * 40 + "┴────────┘")
    out.append("")
    out.append(rng.choice(["○ 주요 의견 요약", "[요약]", "■ 분석"]))
    pc = sorted(rng.sample(range(5, 41), 3), reverse=True)
    cats = rng.sample(["교통·주차", "청소·환경", "공원·녹지", "복지·돌봄", "안전·조명"], 3)
    out.append(f" - {cats[0]} 관련 의견이 {pc[0]}%로 가장 많았으며, {cats[1]}({pc[1]}%), {cats[2]}({pc[2]}%) 순임")
    out.append(" - 응답 원문 중 연락처·주소 등 개인정보는 공개 시 가림 처리 예정" if ctx.pii else " - 개인을 알아볼 수 있는 정보는 응답 단계에서 수집하지 않았음")
    out.append(f" - 소요 예산(안): {rng.randint(2, 90) * 1000:,}천원 ({md['y'] + 1}년 본예산 반영 검토)")
    out.append(sign(rng, ctx, md))
    return dict(title=f"{survey} 자유응답 정리", doc_type="온라인 설문 결과", text="\n".join(out))


# L6: 주민 청원 서명부 요약 — tab-separated roster + bullets
def L_petition(rng, ctx, t, md):
    g = ctx.gu
    rep = ctx.person(allow_foreign=False)
    subj = rng.choice(["어린이보호구역 과속방지턱 설치", "공영주차장 조성", "마을버스 노선 연장", "공원 내 반려견 놀이터 설치",
                       "고압 송전선 지중화", "경로당 신축", "불법 현수막 일제 정비"])
    total = rng.randint(180, 2600)
    out = [rng.choice(["주민 청원 서명부 요약", f"[청원] {subj} 요청 서명부 검토", f"{g['gu']} 주민청원 접수 및 서명 확인 결과"]), ""]
    out.append(f"1. 청원 제목: {subj} 요청")
    out.append(f"2. 청원 대표: {ctx.N(rep)}" + (f" ({ctx.addr(rng.choice([2, 3, 4]))}, {ctx.phone(messy=False)})" if ctx.pii else ""))
    out.append(f"3. 접수일: {fmt_date(rng, md['y'], md['m'], md['d'], 0)} / 서명인 수: 총 {total:,}명(온라인 {rng.randint(50, total // 2):,}명 포함)")
    out.append(f"4. 근거: 「{g['gu']} 주민청원 조례」 제{rng.randint(3, 12)}조, 「지방자치법」 제{rng.choice([21, 22, 19])}조")
    nshow = rng.randint(5, 8)
    out.append(f"5. 서명부 발췌(앞 {nshow}명)")
    cols = rng.choice([("연번", "성명", "주소", "연락처", "서명"), ("No", "이름", "사는 곳(동·호)", "전화", "비고"),
                       ("순번", "서명인", "주소지", "휴대폰", "생년월일")])
    out.append("\t".join(cols))
    for i in range(nshow):
        pp = ctx.person()
        a = ctx.addr(rng.choice([0, 1, 4, 5, 6]))
        ph = ctx.phone() if rng.random() < 0.8 else rng.choice(["-", "미기재", ctx.partial_phone()])
        last = ctx.birth() if cols[4] == "생년월일" else rng.choice(["(서명)", "서명", "O", "온라인"])
        out.append("\t".join([str(i + 1), ctx.N(pp), a, ph, last]))
    out.append(f"… 외 {total - nshow:,}명")
    out.append("")
    out.append("6. 검토")
    out.append(f"  가. 서명인 주소 확인 결과 관내 주소 {rng.randint(70, 99)}%, 중복·무효 서명 {rng.randint(1, 40)}건 제외")
    out.append(f"  나. 소관부서 {md['dept']}에서 {rng.choice(['타당성 조사', '예산 검토', '관계기관 협의'])} 후 {rng.choice(['주민청원심의위원회', '구정조정위원회'])}에 상정 예정")
    out.append(f"  다. 소요 예산 약 {rng.randint(1, 40)}억원, {md['y'] + 1}년 예산 편성 검토")
    if ctx.mode == "nonpublic":
        out.append("  라. 본 건은 심의 전 내부 검토 단계로, 서명인 명단과 검토 의견은 심의 종료 시까지 비공개로 관리함")
    out.append(sign(rng, ctx, md))
    return dict(title=f"주민청원 서명부 요약({subj})", doc_type="주민청원 서명부 요약", text="\n".join(out))


# L7: 민원 처리 메모 — 가./나./- bullets
def L_memo(rng, ctx, t, md):
    g = ctx.gu
    p = ctx.person()
    lv = 1
    out = [rng.choice(["민원 처리 검토 메모", "【내부 메모】 반복민원 처리 방안", "민원 응대 결과 보고"]),
           f"({md['dept']}, {fmt_date(rng, md['ay'], md['am'], md['ad'], 0)})", ""]
    out.append("가. 민원 개요")
    out.append(f"  - 접수경로: {rng.choice(['구청장에게 바란다', '카카오톡 채널', '120 이관', '문자민원', '방문'])} / 접수일 {fmt_date(rng, md['y'], md['m'], md['d'], 3)}")
    out.append(f"  - 민원인: {ctx.N(p)}" + (f" ({rng.choice(['', '자칭 '])}{ctx.addr()} 거주, {ctx.phone(messy=False)})" if ctx.pii else " (인적사항 별도 관리)"))
    quote = " ".join(topic_lines(rng, ctx, t, 2, lv))
    out.append(f"  - 요지: \"{quote}\"")
    if ctx.pii and rng.random() < 0.5:
        out.append(f"  - 특이사항: 민원인 {ctx.health()} 언급, 통화 시 {rng.choice(['흥분', '울먹임', '반복 질문'])}")
    out.append("나. 처리 경과")
    for a in answer_lines(rng, t, 2, ctx.gu["gu"]):
        out.append(f"  - {a}")
    out.append(f"  - {fmt_date(rng, md['ay'], md['am'], md['ad'], 6)} {md['drafter']} 주무관 현장 확인, {md['approver']} {md['rank']} 보고")
    out.append("다. 조치 계획")
    out.append(f"  - 민원인 회신: {rng.choice(['문자', '전화', '서면'])} 안내" + (f" ({ctx.N(p, 'given')} 님께 결과 통보)" if ctx.pii and p.kind == 'ko' and rng.random() < 0.5 else ""))
    out.append(f"  - 관련 근거: {t['law']}")
    if ctx.mode == "nonpublic":
        out.append(ctx.np_note)
    out.append(f"※ 문의 {md['dept']} {ctx.office_line()}")
    return dict(title=f"민원 처리 검토 메모({t['titles'][0]})", doc_type="민원 처리 메모", text="\n".join(out))


# L8: 민원 처리결과 통지 — official letter quoting the citizen
def L_letter(rng, ctx, t, md):
    g = ctx.gu
    p = ctx.person()
    docno = f"{md['dept']}-{rng.randint(1000, 29999)}"
    out = [g["office"], ""]
    out.append(f"수신  {ctx.N(p)} 귀하" + (f" ({ctx.addr(rng.choice([2, 3, 4]))})" if ctx.pii and rng.random() < 0.7 else ""))
    out.append("(경유)")
    out.append(f"제목  민원({rng.choice(t['titles'])}) 처리 결과 알림")
    out.append("")
    s1 = rng.choice(["1. 우리 구 행정에 관심을 가져 주셔서 감사합니다.", "1. 평소 구정 발전에 협조해 주신 데 감사드립니다."])
    out.append(s1)
    quote = " ".join(plain(x) if not ctx.pii else x for x in topic_lines(rng, ctx, t, 2, 0))
    out.append(f"2. 귀하께서 {fmt_date(rng, md['y'], md['m'], md['d'], 0)} {rng.choice(['구청장에게 바란다', '카카오톡 채널', '120다산콜재단'])}을 통하여 \"{quote}\"라고 제기하신 민원에 대하여 다음과 같이 알려드립니다.")
    for i, a in enumerate(answer_lines(rng, t, 3, ctx.gu["gu"])):
        out.append(f"  {'가나다'[i]}. {a}")
    if ctx.pii and t["key"] in ("pothole", "bulky") and rng.random() < 0.7:
        bank, acc = ctx.account()
        out.append(f"3. 신청하신 환급(배상)금은 귀하 명의 계좌({bank} {acc})로 지급할 예정입니다.")
    else:
        out.append(f"3. 기타 궁금하신 사항은 {md['dept']} {md['drafter']} 주무관(☎ {ctx.office_line()})에게 문의하여 주시기 바랍니다.  끝.")
    out.append("")
    out.append(f"{g['office']}장")
    out.append(f"주무관 {md['drafter']}   {md['rank']} {md['approver']}")
    out.append(f"시행 {docno} ({fmt_date(rng, md['ay'], md['am'], md['ad'], 0)})  접수")
    out.append(f"우 {g['post']} {g['addr']}  / {g['office']} {md['dept']}")
    out.append(f"전화 {ctx.office_line()}  전송 {ctx.office_line()}  / {ctx.office_mail()} / 부분공개(6)" if ctx.pii else f"전화 {ctx.office_line()} / 공개")
    return dict(title=f"민원 처리 결과 알림({t['titles'][0]})", doc_type="민원 처리결과 통지", text="\n".join(out))


# L9: 게시판 목록 — board listing
def L_boardlist(rng, ctx, t, md):
    g = ctx.gu
    out = [rng.choice([f"{g['office']} 구청장에게 바란다 게시글 목록 ({md['y']}. {md['m']}.)", "민원 게시판 처리현황", "칭찬합시다·제안합니다 게시판 현황"]), ""]
    hdr = rng.choice(["번호 | 제목 | 작성자 | 등록일 | 처리상태", "No. | 글제목 | 글쓴이 | 작성일 | 답변", "순번 | 제목 | 신청인 | 접수일 | 담당부서"])
    out.append(hdr)
    out.append("-" * 60)
    base = rng.randint(1200, 9800)
    for i in range(rng.randint(5, 9)):
        tt = rng.choice(TOPICS)
        title = rng.choice(tt["titles"]) + rng.choice(["", "ㅠㅠ", " (재)", "!!", "?", " 건의"])
        if ctx.pii and rng.random() < 0.18:
            title = rng.choice(["{p} 주무관님 칭찬합니다", "{p} 팀장님 친절에 감사드려요"]).format(p=ctx.official())
        if ctx.pii:
            r = rng.random()
            who = ctx.N(ctx.person()) if r < 0.55 else (ctx.nick() if r < 0.85 else "비공개")
        else:
            who = rng.choice([ctx.masked_name(ctx._raw_name(False)), "비공개", ctx.nick()])
        y, m, d = add_days(md["y"], md["m"], md["d"], -rng.randint(0, 20))
        out.append(f"{base - i} | {title} | {who} | {fmt_date(rng, y, m, d, rng.choice([1, 4]))} | {rng.choice(['답변완료', '처리중', tt['dept'], '접수'])}")
    out.append("")
    out.append("※ 작성자 성명은 게시 시 일부 가림(예: 김○○) 처리됩니다." if not ctx.pii else "※ 내부 관리용 목록(작성자 실명 포함) — 공개 시 성명 가림")
    out.append(f"※ 게시판 운영 근거: 「{g['gu']} 인터넷 게시판 운영 규정」 제5조 / 문의 {md['dept']} {ctx.office_line()}")
    return dict(title=f"구청장에게 바란다 게시글 목록({md['y']}. {md['m']}.)", doc_type="게시판 목록", text="\n".join(out))


# L10: 설문 자유응답 번호 목록 + 보고 문단 (prose)
def L_survey_list(rng, ctx, t, md):
    g = ctx.gu
    out = [rng.choice([f"{t['titles'][0]} 관련 주민 의견 수렴 결과", "온라인 주민 의견 자유응답 정리", "주민 소통방 의견 모음"])]
    out.append("")
    out.append(f"{J(g['gu'], '은')} {fmt_date(rng, md['y'], md['m'], md['d'], 2)}부터 2주간 누리집과 카카오톡 채널을 통해 주민 의견을 받았다. "
               f"총 {rng.randint(40, 900)}건의 의견이 접수되었고, 그중 자유응답 일부를 원문 그대로 옮기면 다음과 같다(맞춤법 수정 없음).")
    out.append("")
    for i in range(rng.randint(4, 7)):
        lv = 2
        tt = t if rng.random() < 0.6 else rng.choice(TOPICS)
        resp = " ".join(topic_lines(rng, ctx, tt, rng.randint(1, 3), lv))
        tag = rng.choice(["", f" ({rng.choice(['20대', '30대', '40대', '60대 이상'])}·{rng.choice(['여', '남'])}·{rng.choice(g['dongs'])})"])
        if ctx.pii:
            r = rng.random()
            if r < 0.25:
                pp = ctx.person()
                resp += " " + messy(rng, rng.choice(["{n}요", "{n}이었습니다", "ㅡ{n}"]), lv).format(n=ctx.N(pp))
            elif r < 0.45:
                resp += " " + messy(rng, rng.choice(["카톡 아이디 말고 번호로 연락주세요 {x}", "{x} 답장주세요", "연락처:{x}"]), lv).format(x=ctx.phone())
            elif r < 0.55:
                resp += " " + messy(rng, hurt_line(rng, ctx), lv) + " " + ctx.N(ctx.person())
            elif r < 0.62:
                resp += " " + messy(rng, "{x}로 결과 보내주세요", lv).format(x=ctx.email())
        out.append(f"{rng.choice(['', '  '])}{i + 1}) {resp}{tag}")
    out.append("")
    out.append(f"의견 가운데 상당수는 {t['dept']} 소관이며, 구는 {t['law']} 등 관계 법령을 검토해 반영 여부를 정할 계획이다. "
               f"{md['approver']} {md['rank']}은 \"주민이 직접 쓴 목소리를 정책에 담겠다\"고 밝혔다.")
    out.append(sign(rng, ctx, md))
    return dict(title=f"주민 의견 자유응답 정리({t['dept']})", doc_type="온라인 설문 자유응답", text="\n".join(out))


LAYOUTS = [L_board, L_kakao, L_call120, L_sms, L_survey_box, L_petition, L_memo, L_letter, L_boardlist, L_survey_list]
LAYOUT_W = [16, 14, 12, 9, 8, 8, 9, 10, 6, 8]

NP_NOTES = {
    (6,): "  ※ 본 문서는 특정 민원인 1인의 건강·생활 상황에 관한 상담 내용 전체로 구성되어 가림 처리로 식별을 막을 수 없으므로 비공개함(제9조제1항제6호).",
    (4,): "  ※ 민원인 제보 내용(동물 학대·차량 고의 파손 의심)은 관할 경찰서에 수사 의뢰되어 수사 진행 중이므로 수사 종결 시까지 비공개(제9조제1항제4호).",
    (5,): "  ※ 처리 방안은 내부 검토 중인 사항으로 의사결정 완료 전까지 비공개(제9조제1항제5호).",
    (4, 6): "  ※ 층간소음 갈등이 이웃 간 폭행·협박 신고로 번져 경찰 수사 중이며, 신고인 신원 노출 우려가 있어 비공개(제9조제1항제4호·제6호).",
    (7,): "  ※ 민원인이 제출한 업체 원가·거래처 자료가 포함되어 있어 법인의 영업상 비밀 보호를 위해 비공개(제9조제1항제7호).",
}


def one_doc(rng, idx, seed):
    x = rng.random()
    if x < 0.20:
        mode = "public"
    elif x < 0.33:
        mode = "nonpublic"
    else:
        mode = "partial"
    ctx = Ctx(rng, mode)
    t = rng.choice(TOPICS)
    ctx.want_foreign = t["key"] == "foreign" and rng.random() < 0.8
    if mode == "nonpublic":
        grounds = rng.choice([(6,), (6,), (4,), (5,), (4, 6), (7,)])
        want = {(6,): ["welfare"], (4,): ["cat", "parking"], (4, 6): ["noise"],
                (7,): ["construction", "bulky"], (5,): [x["key"] for x in TOPICS]}[grounds]
        t = rng.choice([x for x in TOPICS if x["key"] in want])
        ctx.want_foreign = t["key"] == "foreign"
        ctx.np_note = NP_NOTES[grounds]
        if grounds == (5,):
            layout = rng.choice([L_memo, L_petition])
        elif grounds == (6,):
            layout = rng.choice([L_memo, L_call120, L_kakao])
        else:
            layout = rng.choice([L_memo, L_call120, L_kakao, L_board])
    else:
        grounds = ()
        layout = rng.choices(LAYOUTS, LAYOUT_W)[0]
    md = meta(rng, ctx, t)
    d = layout(rng, ctx, t, md)
    text = d["text"]
    if mode == "nonpublic":
        who = getattr(ctx, "first", None)
        if grounds in ((6,), (4, 6)) and "HEALTH_INFO" not in text and who is not None:
            text += "\n" + rng.choice(["상담 메모: {n} 님 {h} 사실 확인, 동 주민센터 사례관리 연계.",
                                       "추가 기록 — 민원인({n}) 본인 진술로 {h} 상태이며 보호자 없음.",
                                       "※ {n} 씨는 {h} 중으로, 방문 상담 필요."]).format(n=ctx.N(who, "plainfull"), h=ctx.health())
        if grounds == (4,) and rng.random() < 0.7:
            text += "\n" + rng.choice(["※ 제보 영상 및 진술서는 관할 경찰서 수사과로 송부함(수사 의뢰 " + fmt_date(rng, md["ay"], md["am"], md["ad"], 0) + ").",
                                       "※ 현재 경찰 수사 진행 중으로 피신고인 인적사항은 기재하지 않음."])
        if grounds == (7,):
            text += "\n" + "첨부: 민원인 제출 (주)" + rng.choice(["한결환경", "대성산업개발", "미래리사이클"]) + \
                " 수집운반 단가표(톤당 " + f"{rng.randint(60, 140) * 1000:,}" + "원) 및 거래처 목록"
        if ctx.np_note not in text:
            text += "\n" + ctx.np_note.strip()
    text, ents = finalize(text)
    title, tents = finalize(d["title"])
    assert not tents, title
    if mode == "partial" and not ents:
        grade, gr = "public", []
    elif mode == "public":
        assert not ents, (layout.__name__, ents)
        grade, gr = "public", []
    else:
        grade, gr = mode, list(grounds) if mode == "nonpublic" else [6]
    return {"id": f"{FAMILY}-{seed}-{idx}", "lang": "ko", "title": title,
            "department": f"{ctx.gu['gu']} {md['dept']}",
            "doc_type": d["doc_type"], "approved_at": md["approved_at"], "drafter": md["drafter"],
            "approver": md["approver"], "approver_rank": md["rank"], "text": text, "entities": ents,
            "grade": grade, "grounds": gr, "_layout": layout.__name__}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    ap.add_argument("--debug", action="store_true", help="keep the layout name in each record")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    ap2 = a
    docs = [one_doc(rng, i, a.seed) for i in range(a.n)]
    if not ap2.debug:
        for d in docs:
            d.pop("_layout")
    for d in docs:
        for e in d["entities"]:
            assert d["text"][e["start"]:e["end"]] == e["text"]
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
