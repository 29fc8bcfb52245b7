#!/usr/bin/env python3
"""Generator: foreign_resident_mail family.

A city's global centre and district offices writing in English (and mixed
English/Korean) to and about foreign residents: e-mail threads, replies,
appointment confirmations, school/childcare decisions, alien-registration and
housing help, class rosters, interpreter lists, sign-up tables, incident
follow-ups, memos, minutes.

Standard library only, deterministic:
    python3 generate.py --n 200 --seed 1 --out docs.jsonl
"""
import argparse
import json
import random
import re

FAMILY = "foreign_resident_mail"
MARK = re.compile("\x01([A-Z_]+)\x02(.*?)\x03", re.S)


def M(label, value):
    """Inline marker for a personal value; stripped by finalize()."""
    return "\x01%s\x02%s\x03" % (label, value)


def finalize(marked):
    marked = re.sub(r"(?<=\d)\.\.(?!\.)", ".", marked)
    marked = re.sub(r"(?<=\d\.)\x03\.(?!\.)", "\x03", marked)
    out, ents, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        pre = marked[last:m.start()]
        out.append(pre)
        pos += len(pre)
        val = m.group(2)
        ents.append({"start": pos, "end": pos + len(val), "label": m.group(1), "text": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert "\x01" not in text and "\x02" not in text and "\x03" not in text
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip(), e
    return text, ents


# ---------------------------------------------------------------- vocabularies
KSUR = [("김", "Kim", "KIM"), ("이", "Lee", "LEE"), ("박", "Park", "PARK"), ("최", "Choi", "CHOI"),
        ("정", "Jung", "JUNG"), ("강", "Kang", "KANG"), ("조", "Cho", "CHO"), ("윤", "Yoon", "YOON"),
        ("장", "Jang", "JANG"), ("임", "Lim", "LIM"), ("한", "Han", "HAN"), ("오", "Oh", "OH"),
        ("서", "Seo", "SEO"), ("신", "Shin", "SHIN"), ("권", "Kwon", "KWON"), ("황", "Hwang", "HWANG"),
        ("안", "Ahn", "AHN"), ("송", "Song", "SONG"), ("류", "Ryu", "RYU"), ("홍", "Hong", "HONG"),
        ("남궁", "Namgung", "NAMGUNG"), ("황보", "Hwangbo", "HWANGBO"), ("선우", "Sunwoo", "SUNWOO"),
        ("제갈", "Jegal", "JEGAL"), ("독고", "Dokgo", "DOKGO"), ("사공", "Sagong", "SAGONG"),
        ("편", "Pyeon", "PYEON"), ("탁", "Tak", "TAK"), ("변", "Byun", "BYUN"), ("석", "Seok", "SEOK"),
        ("위", "Wi", "WI"), ("부", "Boo", "BOO")]
KGIV = [("민준", "Min-jun"), ("서연", "Seo-yeon"), ("지훈", "Ji-hoon"), ("하은", "Ha-eun"),
        ("도윤", "Do-yun"), ("수빈", "Su-bin"), ("영수", "Young-soo"), ("경숙", "Kyung-sook"),
        ("재석", "Jae-seok"), ("윤아", "Yun-a"), ("상우", "Sang-woo"), ("현", "Hyun"), ("결", "Gyeol"),
        ("별", "Byul"), ("은정", "Eun-jung"), ("태호", "Tae-ho"), ("미란", "Mi-ran"), ("동희", "Dong-hee"),
        ("순자", "Soon-ja"), ("정호", "Jeong-ho"), ("다인", "Da-in"), ("우진", "Woo-jin")]
HANJA = {"홍재석": "洪在錫", "김영수": "金永洙", "이경숙": "李京淑", "박민준": "朴敏俊", "최순자": "崔順子"}

# nationality -> (country en, country ko, list of (family, middle, given, hangul, order, hanzi))
# order: "FG" family-first (Vietnam, China, Japan), "GF" given-first
FOREIGN = {
    "VN": ("Viet Nam", "베트남", "FG", [
        ("Nguyen", "Thi", "Lan", "응우옌 티 란"), ("Tran", "Van", "Tuan", "쩐 반 뚜언"),
        ("Le", "Thi", "Huong", "레 티 흐엉"), ("Pham", "Minh", "Duc", "팜 민 득"),
        ("Hoang", "Thi", "Mai", "호앙 티 마이"), ("Vu", "Thanh", "Nam", "부 타인 남"),
        ("Bui", "Thi", "Trang", "부이 티 짱"), ("Dang", "Van", "Hieu", "당 반 히에우")]),
    "CN": ("China", "중국", "FG", [
        ("Wang", "", "Fang", "왕팡", "王芳"), ("Li", "", "Na", "리나", "李娜"),
        ("Zhang", "", "Wei", "장웨이", "张伟"), ("Liu", "", "Yang", "류양", "刘洋"),
        ("Chen", "", "Jing", "천징", "陈静"), ("Zhao", "", "Lei", "자오레이", "赵磊")]),
    "PH": ("the Philippines", "필리핀", "GF", [
        ("Santos", "", "Maria", "마리아 산토스"), ("Reyes", "", "Jocelyn", "조슬린 레예스"),
        ("Dela Cruz", "", "Mark", "마크 델라크루즈"), ("Bautista", "", "Angelica", "안젤리카 바우티스타"),
        ("Villanueva", "", "Rowena", "로웨나 비야누에바")]),
    "NG": ("Nigeria", "나이지리아", "GF", [
        ("Okafor", "", "Chinedu", "치네두 오카포"), ("Adeyemi", "", "Ngozi", "응고지 아데예미"),
        ("Eze", "", "Emeka", "에메카 에제")]),
    "UZ": ("Uzbekistan", "우즈베키스탄", "GF", [
        ("Karimova", "", "Dilnoza", "딜노자 카리모바"), ("Yusupov", "", "Rustam", "루스탐 유수포프"),
        ("Rakhimov", "", "Aziz", "아지즈 라히모프"), ("Ergasheva", "", "Malika", "말리카 에르가셰바")]),
    "MX": ("Mexico", "멕시코", "GF", [
        ("Garcia", "", "Maria Jose", "마리아 호세 가르시아"), ("Hernandez", "", "Luis", "루이스 에르난데스"),
        ("Rodriguez", "", "Camila", "카밀라 로드리게스")]),
    "NP": ("Nepal", "네팔", "GF", [
        ("Gurung", "", "Sita", "시타 구룽"), ("Thapa", "", "Ramesh", "라메시 타파"),
        ("Shrestha", "", "Bishnu", "비슈누 쉬레스타")]),
    "IE": ("Ireland", "아일랜드", "GF", [
        ("O'Connor", "", "Sarah", "사라 오코너"), ("McAllister", "", "James", "제임스 매캘리스터")]),
    "US": ("the United States", "미국", "GF", [
        ("Whitfield", "", "Daniel", "대니얼 휫필드"), ("Clarke", "", "Emily", "에밀리 클라크")]),
    "KZ": ("Kazakhstan", "카자흐스탄", "GF", [
        ("Kim", "", "Anna", "김 안나"), ("Pak", "", "Sergei", "박 세르게이"), ("Tsoi", "", "Olga", "최 올가")]),
    "MN": ("Mongolia", "몽골", "GF", [
        ("Ganbold", "", "Bat-Erdene", "바트에르덴"), ("Tsend", "", "Oyunchimeg", "오윤치메그")]),
    "JP": ("Japan", "일본", "FG", [
        ("Tanaka", "", "Yuki", "다나카 유키", "田中由紀"), ("Sato", "", "Haruto", "사토 하루토", "佐藤陽翔")]),
    "TH": ("Thailand", "태국", "GF", [
        ("Rattanakorn", "", "Somchai", "솜차이 랏타나꼰"), ("Srisuk", "", "Kanokwan", "까녹완 시숙")]),
    "ID": ("Indonesia", "인도네시아", "GF", [
        ("", "", "Sutrisno", "수트리스노"), ("Lestari", "", "Dewi", "데위 레스타리")]),
    "IN": ("India", "인도", "GF", [
        ("Sharma", "", "Priya", "프리야 샤르마"), ("Nair", "", "Arjun", "아르준 나이르")]),
    "AF": ("Afghanistan", "아프가니스탄", "GF", [
        ("Rahimi", "Hassan", "Mohammad", "모하마드 하산 라히미")]),
}
FEMALE_GIVEN = {"Lan", "Huong", "Mai", "Trang", "Fang", "Na", "Jing", "Maria", "Jocelyn", "Angelica",
                "Rowena", "Ngozi", "Dilnoza", "Malika", "Maria Jose", "Camila", "Sita", "Sarah",
                "Emily", "Anna", "Olga", "Oyunchimeg", "Yuki", "Kanokwan", "Dewi", "Priya"}
LANGS = ["Vietnamese", "Chinese", "Tagalog", "English", "Russian", "Uzbek", "Mongolian", "Nepali",
         "Spanish", "Thai", "Indonesian", "Japanese", "Dari", "Khmer"]

DISTRICTS = [  # en, ko, roads (en, ko), office line prefix, office domain, office address
    ("Dongjak-gu", "동작구", [("Sangdo-ro", "상도로"), ("Noryangjin-ro", "노량진로"), ("Sadang-ro", "사당로")],
     "02-820-", "dongjak.go.kr"),
    ("Guro-gu", "구로구", [("Guro-dong-ro", "구로동로"), ("Digital-ro", "디지털로"), ("Gama-san-ro", "가마산로")],
     "02-860-", "guro.go.kr"),
    ("Geumcheon-gu", "금천구", [("Siheung-daero", "시흥대로"), ("Doksan-ro", "독산로")],
     "02-2627-", "geumcheon.go.kr"),
    ("Yeongdeungpo-gu", "영등포구", [("Daerim-ro", "대림로"), ("Dorim-ro", "도림로"), ("Singil-ro", "신길로")],
     "02-2670-", "ydp.go.kr"),
    ("Gwanak-gu", "관악구", [("Sillim-ro", "신림로"), ("Gwanak-ro", "관악로")], "02-879-", "gwanak.go.kr"),
    ("Yongsan-gu", "용산구", [("Itaewon-ro", "이태원로"), ("Hoenamu-ro", "회나무로"), ("Bogwang-ro", "보광로")],
     "02-2199-", "yongsan.go.kr"),
    ("Mapo-gu", "마포구", [("Donggyo-ro", "동교로"), ("World Cup-ro", "월드컵로")], "02-3153-", "mapo.go.kr"),
    ("Gwangjin-gu", "광진구", [("Jayang-ro", "자양로"), ("Dongil-ro", "동일로")], "02-450-", "gwangjin.go.kr"),
    ("Nowon-gu", "노원구", [("Dongil-ro", "동일로"), ("Nohae-ro", "노해로")], "02-2116-", "nowon.go.kr"),
    ("Seongbuk-gu", "성북구", [("Dongsomun-ro", "동소문로"), ("Bomun-ro", "보문로")], "02-2241-", "sb.go.kr"),
]
BANKS = [("Shinhan Bank", "신한은행", "110-###-######"), ("KB Kookmin Bank", "국민은행", "######-##-######"),
         ("Woori Bank", "우리은행", "1002-###-######"), ("NH Bank", "농협", "3##-####-####-##"),
         ("Hana Bank", "하나은행", "###-######-#####"), ("IBK", "기업은행", "###-######-##-###"),
         ("KakaoBank", "카카오뱅크", "3333-##-#######")]
MAILDOM = ["gmail.com", "naver.com", "yahoo.com", "hotmail.com", "daum.net", "outlook.com", "qq.com",
           "163.com", "yahoo.com.vn", "mail.ru"]
HEALTH_EN = ["hospitalised with pneumonia", "receiving treatment for tuberculosis",
             "diagnosed with gestational diabetes", "undergoing dialysis for chronic kidney failure",
             "being treated for depression", "recovering from a fractured left wrist",
             "seven months pregnant", "diagnosed with type 2 diabetes", "awaiting surgery for a herniated disc",
             "in treatment for breast cancer", "suffering from severe asthma"]
HEALTH_KO = ["폐렴으로 입원 치료 중", "결핵 치료 중", "임신 28주", "청각장애(심한 장애)", "우울증 진단",
             "왼쪽 손목 골절", "만성신부전으로 투석 중", "당뇨병 치료 중", "허리디스크 수술 예정"]
CHILD_HEALTH_EN = ["a severe peanut allergy", "mild autism spectrum disorder", "epilepsy",
                   "a hearing impairment", "asthma", "type 1 diabetes", "ADHD"]

OFFICIALS_ROLE_EN = ["Officer", "Coordinator", "Team Leader", "Counsellor", "Manager", "Director"]
SCHOOLS = ["Sangdo Elementary School", "Guro Elementary School", "Daerim Middle School",
           "Sillim Elementary School", "Bogwang Elementary School", "Donggyo Middle School",
           "Seoul Dasarang Multicultural Alternative School"]
SCHOOLS_KO = ["상도초등학교", "구로초등학교", "대림중학교", "신림초등학교", "보광초등학교", "동교중학교"]
EMBASSIES = [("Embassy of Viet Nam in Seoul", "02-720-5124"), ("Embassy of the Philippines", "02-796-7387"),
             ("Embassy of Nepal", "02-3789-9770"), ("Embassy of Uzbekistan", "02-574-6554"),
             ("Embassy of Mongolia", "02-798-3464"), ("Embassy of Nigeria", "02-797-2370")]
NAT_LANG = {"VN": "베트남어", "CN": "중국어", "PH": "타갈로그어", "UZ": "우즈베크어", "MN": "몽골어", "NP": "네팔어",
            "MX": "스페인어", "TH": "태국어", "ID": "인도네시아어", "JP": "일본어", "KZ": "러시아어", "AF": "다리어"}
NAT_LANG_EN = {"VN": "Vietnamese", "CN": "Chinese", "PH": "Tagalog", "UZ": "Uzbek", "MN": "Mongolian", "NP": "Nepali",
               "MX": "Spanish", "TH": "Thai", "ID": "Indonesian", "JP": "Japanese", "KZ": "Russian", "AF": "Dari",
               "NG": "English", "US": "English", "IE": "English", "IN": "Hindi"}
NEG_WORDS_KO = ["위하여", "부모", "소유한", "당해", "장애인", "서명부", "조사", "안내", "정비", "유지",
                "이용", "전입", "신청", "정기", "임대차", "한국어", "조정", "강화"]


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def fill(r, pat):
    return "".join(r.choice("0123456789") if c == "#" else c for c in pat)


class Ctx:
    def __init__(self, r):
        self.r = r

    # ------------------------------------------------------------ dates
    def date(self, y=2026, m=None, d=None, style=None):
        r = self.r
        m = m or r.randint(1, 12)
        d = d or r.randint(1, 28)
        style = style or r.choice(["en1", "en2", "iso", "ko1", "ko2", "slash", "short", "dmy_abbr"])
        mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"][m - 1]
        return {"en1": "%d %s %d" % (d, mon, y), "en2": "%s %d, %d" % (mon, d, y),
                "iso": "%d-%02d-%02d" % (y, m, d), "ko1": "%d. %d. %d." % (y, m, d),
                "ko2": "%d년 %d월 %d일" % (y, m, d), "slash": "%02d/%02d/%d" % (d, m, y),
                "short": "'%02d.%d.%d." % (y % 100, m, d), "dmy_abbr": "%d %s %d" % (d, mon[:3], y)}[style]

    def dob_tuple(self, lo=1965, hi=2004):
        r = self.r
        return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)

    def dob_str(self, t, ko=False):
        y, m, d = t
        styles = ["en1", "en2", "iso", "slash", "dmy_abbr", "ko1"] if not ko else ["ko1", "ko2", "iso"]
        return self.date(y, m, d, self.r.choice(styles))

    # ------------------------------------------------------------ numbers
    def mobile(self, style=None):
        r = self.r
        a, b = digits(r, 4), digits(r, 4)
        if a[0] == "0":
            a = "7" + a[1:]
        style = style or r.choice(["dash", "dash", "space", "plain", "dot", "intl", "intl2", "intl3", "intl0"])
        return {"dash": "010-%s-%s" % (a, b), "space": "010 %s %s" % (a, b), "plain": "010%s%s" % (a, b),
                "dot": "010.%s.%s" % (a, b), "intl": "+82-10-%s-%s" % (a, b), "intl2": "+82 10 %s %s" % (a, b),
                "intl3": "(+82) 10-%s-%s" % (a, b), "intl0": "+82 (0)10-%s-%s" % (a, b)}[style]

    def abroad_phone(self, nat):
        r = self.r
        return {"VN": "+84 9%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
                "PH": "+63 917 %s %s" % (digits(r, 3), digits(r, 4)),
                "CN": "+86 138 %s %s" % (digits(r, 4), digits(r, 4)),
                "NP": "+977 98%s%s" % (digits(r, 2), digits(r, 6)),
                "UZ": "+998 90 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2))}.get(
            nat, "+1 (415) %s-%s" % (digits(r, 3), digits(r, 4)))

    def home_line(self):
        return "02-%s-%s" % (self.r.choice(["812", "823", "856", "864", "887", "798", "2634"]), digits(self.r, 4))

    def frn(self, dob, female):
        r = self.r
        y, m, d = dob
        g = (6 if female else 5) if y < 2000 else (8 if female else 7)
        front = "%02d%02d%02d" % (y % 100, m, d)
        back = "%d%s" % (g, digits(r, 6))
        st = r.choice(["dash", "dash", "dash", "plain", "space", "mask"])
        return {"dash": front + "-" + back, "plain": front + back, "space": front + " - " + back,
                "mask": front + "-" + str(g) + "******"}[st]

    def rrn(self, dob, female):
        r = self.r
        y, m, d = dob
        g = (2 if female else 1) if y < 2000 else (4 if female else 3)
        return "%02d%02d%02d-%d%s" % (y % 100, m, d, g, digits(r, 6))

    def passport(self, nat):
        r = self.r
        return {"VN": "C" + digits(r, 7), "PH": "P" + digits(r, 7) + r.choice("ABC"),
                "CN": r.choice(["E", "EA", "EJ"]) + digits(r, 7), "NG": "A" + digits(r, 8),
                "UZ": "FA" + digits(r, 7), "MX": "G" + digits(r, 8), "NP": digits(r, 8),
                "US": "5" + digits(r, 8), "IE": "P" + r.choice("ABCD") + digits(r, 7),
                "KZ": "N" + digits(r, 8), "MN": "E" + digits(r, 7), "JP": "T" + r.choice("KRZ") + digits(r, 7),
                "TH": "AA" + digits(r, 7), "ID": "C" + digits(r, 7), "IN": r.choice("JKLMN") + digits(r, 7),
                "AF": "P" + digits(r, 8)}.get(nat, "X" + digits(r, 8))

    def account(self, ko=False):
        b = self.r.choice(BANKS)
        return (b[1] if ko else b[0]), fill(self.r, b[2])

    def plate(self):
        r = self.r
        return r.choice(["%d%s%s", "%d%s %s", "서울%d%s%s"]) % (
            r.randint(10, 399), r.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"),
            digits(r, 4))

    # ------------------------------------------------------------ places
    def district(self):
        return self.r.choice(DISTRICTS)

    def address(self, dist=None, ko=None):
        r = self.r
        dist = dist or self.district()
        road = r.choice(dist[2])
        gil = r.randint(1, 40)
        no = r.randint(2, 180)
        unit = r.choice([r.randint(101, 905), r.randint(101, 905), "B0%d" % r.randint(1, 3)])
        if ko is None:
            ko = r.random() < 0.3
        if ko:
            st = r.choice(["full", "noseoul", "dong", "bldg"])
            if st == "full":
                return "서울특별시 %s %s%d길 %d, %s호" % (dist[1], road[1], gil, no, unit)
            if st == "noseoul":
                return "%s %s %d, %s호" % (dist[1], road[1], no, unit)
            if st == "dong":
                return "서울 %s %s%d길 %d-%d (반지하 %s호)" % (dist[1], road[1], gil, no, r.randint(1, 30), unit) \
                    if isinstance(unit, str) else "서울 %s %s%d길 %d-%d, %s호" % (
                        dist[1], road[1], gil, no, r.randint(1, 30), unit)
            return "서울특별시 %s %s %d, %d동 %d호" % (dist[1], road[1], no, r.randint(101, 115), r.randint(101, 1504))
        st = r.choice(["apt", "room", "hash", "complex", "plain"])
        if st == "apt":
            return "Apt %s, %d %s %d-gil, %s, Seoul" % (unit, no, road[0], gil, dist[0])
        if st == "room":
            return "Room %s, %d-%d %s %d-gil, %s" % (unit, no, r.randint(1, 30), road[0], gil, dist[0])
        if st == "hash":
            return "#%s, %d %s, %s, Seoul" % (unit, no, road[0], dist[0])
        if st == "complex":
            return "%d-%d, %s Apartments, %d %s, %s" % (r.randint(101, 115), r.randint(101, 1504),
                                                      r.choice(["Hillstate", "Raemian", "e-Pyeonhansesang",
                                                                "Prugio", "SH Rental"]), no, road[0], dist[0])
        return "%d %s %d-gil, Unit %s, %s, Seoul" % (no, road[0], gil, unit, dist[0])

    # ------------------------------------------------------------ people
    def korean(self):
        r = self.r
        s = r.choice(KSUR)
        g = r.choice(KGIV)
        hang = s[0] + g[0]
        forms = {
            "hangul": hang,
            "spaced": s[0] + " " + g[0],
            "caps": "%s %s" % (s[2], g[1]),
            "rom": "%s %s" % (s[1], g[1]),
            "west": "%s %s" % (g[1], s[1]),
            "nohyph": "%s %s" % (s[1], g[1].replace("-", "").capitalize()),
        }
        if hang in HANJA:
            forms["hanja"] = HANJA[hang]
        return {"s": s, "g": g, "hang": hang, "forms": forms, "female": r.random() < 0.5,
                "given_ko": g[0], "given_en": g[1]}

    def kname(self, p, en=True):
        r = self.r
        if en:
            k = r.choice(["caps", "rom", "west", "nohyph", "rom"])
        else:
            k = r.choice(["hangul", "hangul", "hangul", "spaced"] + (["hanja"] if "hanja" in p["forms"] else []))
        return p["forms"][k]

    def foreigner(self, nat=None):
        r = self.r
        nat = nat or r.choice(list(FOREIGN.keys()) + ["VN", "VN", "CN", "PH", "UZ", "NP"])
        cen, cko, order, pool = FOREIGN[nat]
        e = r.choice(pool)
        fam, mid, giv, hang = e[0], e[1], e[2], e[3]
        hanzi = e[4] if len(e) > 4 else None
        female = giv in FEMALE_GIVEN
        full_native = " ".join(x for x in ([fam, mid, giv] if order == "FG" else [giv, mid, fam]) if x)
        west = " ".join(x for x in [giv, mid, fam] if x)
        fam_first_caps = " ".join(x for x in [fam.upper(), mid, giv] if x) if fam else giv.upper()
        comma = ("%s, %s" % (fam, " ".join(x for x in ([mid, giv] if order == "FG" else [giv, mid]) if x))) if fam else giv
        title = ("Ms." if female else "Mr.") if r.random() < 0.7 else ("Ms" if female else "Mr")
        formal = "%s %s" % (title, fam) if fam else "%s %s" % (title, giv)
        p = {"nat": nat, "cen": cen, "cko": cko, "fam": fam, "giv": giv, "female": female,
             "native": full_native, "west": west, "caps": fam_first_caps, "comma": comma,
             "formal": formal, "hang": hang, "hanzi": hanzi, "given": giv.split()[0] if giv else fam}
        p["dob"] = self.dob_tuple()
        return p

    def fname(self, p, kind=None):
        r = self.r
        kind = kind or r.choice(["native", "native", "west", "caps", "comma"])
        if kind == "hang":
            return p["hanzi"] if (p["hanzi"] and r.random() < 0.4) else p["hang"]
        return p[kind]

    def child(self, parent, lo=2013, hi=2023):
        r = self.r
        y = r.randint(lo, hi)
        dob = (y, r.randint(1, 12), r.randint(1, 28))
        if parent["nat"] in ("VN", "PH", "CN", "UZ", "KZ", "MN", "TH", "NP") and r.random() < 0.5:
            # child of a multicultural family, Korean name
            k = self.korean()
            return {"name_en": k["forms"][r.choice(["rom", "west", "caps"])], "name_ko": k["hang"],
                    "given": k["given_en"], "given_ko": k["given_ko"], "dob": dob, "female": k["female"],
                    "korean": True}
        g = r.choice(["Minh Anh", "Gia Bao", "Sofia", "Daniel", "Amara", "Timur", "Aarav", "Lucas",
                      "Hana", "Mei", "Kevin", "Bilal", "Yasmin"])
        fam = parent["fam"] or parent["giv"]
        if parent["nat"] in ("VN", "CN", "JP"):
            nm = "%s %s" % (fam, g)
        else:
            nm = "%s %s" % (g, fam)
        return {"name_en": nm, "name_ko": None, "given": g.split()[0], "given_ko": None, "dob": dob,
                "female": g in ("Minh Anh", "Sofia", "Amara", "Hana", "Mei", "Yasmin"), "korean": False}

    def email(self, p):
        r = self.r
        base = (p.get("giv") or p.get("given_en") or "user").split()[0].lower()
        fam = (p.get("fam") or "").replace(" ", "").replace("'", "").lower()
        if "s" in p and "fam" not in p:  # korean person
            fam = p["s"][1].lower()
            base = p["g"][1].replace("-", "").lower()
        fam = fam or "x"
        loc = r.choice(["%s.%s" % (base, fam), "%s%s%d" % (base[0], fam, r.randint(1, 99)),
                        "%s_%s%d" % (fam, base, r.randint(80, 2004)), "%s%d" % (base, r.randint(100, 999))])
        return "%s@%s" % (loc, r.choice(MAILDOM))

    # ------------------------------------------------------------ officials (visible)
    def official(self):
        r = self.r
        k = self.korean()
        role_ko = r.choice(["주무관", "주무관", "팀장", "상담원", "담당자"])
        role_en = r.choice(OFFICIALS_ROLE_EN)
        en = "%s %s" % (k["s"][1], k["g"][1])
        gl = k["g"][1].replace("-", "").lower()
        sl = k["s"][1].lower()
        mail = r.choice(["%s.%s" % (gl, sl), "%s%s" % (sl, gl), "%s%s" % ("".join(x[0] for x in k["g"][1].lower().split("-")), sl),
                         "%s%d" % (gl, r.randint(1, 99))]) + "@%s"
        return {"en": en, "ko": k["hang"], "role_ko": role_ko, "role_en": role_en, "mail": mail,
                "rank": role_ko}

    def office(self):
        r = self.r
        if r.random() < 0.45:
            return {"en": r.choice(["Seoul Global Center", "Global Center, Seoul Metropolitan Government",
                                    "Seoul Foreign Residents Support Division"]),
                    "ko": r.choice(["서울글로벌센터", "서울시 글로벌센터", "서울특별시 외국인주민지원과"]),
                    "line": "02-2133-%s" % digits(r, 4), "dom": "seoul.go.kr",
                    "addr": r.choice(["110 Sejong-daero, Jung-gu, Seoul 04524",
                                      "9F, 38 Jong-ro, Jongno-gu, Seoul",
                                      "서울특별시 중구 세종대로 110"]),
                    "dist": self.district(), "city": True}
        d = self.district()
        return {"en": r.choice(["%s Office, Foreign Residents Support Team" % d[0],
                                "%s Global Village Center" % d[0].replace("-gu", ""),
                                "%s Office, Multicultural Family Team" % d[0]]),
                "ko": r.choice(["%s청 외국인주민지원팀" % d[1], "%s 글로벌빌리지센터" % d[1][:-1],
                                "%s청 다문화가족팀" % d[1]]),
                "line": d[3] + digits(r, 4), "dom": d[4],
                "addr": "%s Office, %d %s, %s, Seoul" % (d[0], r.randint(1, 200), d[2][0][0], d[0]),
                "dist": d, "city": False}


# ---------------------------------------------------------------- shared bits
def neg_statute(r, en=True):
    if en:
        return r.choice([
            "Article 31 of the Immigration Act", "the Framework Act on Treatment of Foreigners Residing in "
            "the Republic of Korea (Act No. 8442)", "Article 10 of the Multicultural Families Support Act",
            "the Seoul Metropolitan Government Ordinance on Support for Foreign Residents (amended 2019. 1. 15.)",
            "Article 36 of the Immigration Act (report of change of address within 15 days)",
            "Article 19 of the Enforcement Decree of the Infant Care Act"])
    return r.choice(["「재한외국인 처우 기본법」(법률 제8442호)", "「출입국관리법」 제31조",
                     "「다문화가족지원법」 제10조", "「서울특별시 외국인주민 지원 조례」(2019. 1. 15. 개정)",
                     "「영유아보육법 시행령」 제19조"])


def docno(r, off):
    return r.choice(["%s-%d" % (r.choice(["Global Center", "FRS", "글로벌센터", "외국인주민지원팀"]), r.randint(1000, 9999)),
                     "No. 2026-%04d" % r.randint(1, 3000), "문서번호 외국인주민지원과-%d" % r.randint(100, 9999),
                     "Ref. SGC/2026/%03d" % r.randint(1, 400)])


def sign_en(c, o, off, r):
    mail = o["mail"] % off["dom"]
    lines = [r.choice(["Best regards,", "Kind regards,", "Sincerely,", "Regards,", "With best wishes,"]),
             "%s %s" % (o["role_en"], o["en"]) if r.random() < 0.5 else o["en"],
             off["en"]]
    if r.random() < 0.7:
        lines.append(r.choice(["Tel. ", "T ", "Office: ", "Phone: "]) + off["line"] +
                     r.choice(["", " | 120 Dasan Call Center (ext. 7 for English)", " / Fax 02-2133-0000"]))
    lines.append(r.choice(["E-mail: ", "", "Email: "]) + mail)
    if r.random() < 0.4:
        lines.append(off["addr"])
    return "\n".join(lines)


def ko_word(r):
    return r.choice(NEG_WORDS_KO)


# ---------------------------------------------------------------- templates
# each returns dict(lang, title, doc_type, text(marked), grade, grounds)

INQ_TOPICS = ["school", "arc", "housing", "childcare", "health", "licence"]


def t_email_reply(c, off, o, r):
    p = c.foreigner()
    topic = r.choice(INQ_TOPICS)
    pm = c.email(p)
    omail = o["mail"] % off["dom"]
    mo = r.randint(1, 11)
    dd = r.randint(1, 27)
    d1 = "%s, %d %s 2026 %02d:%02d" % (r.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]), dd,
                                        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"][mo - 1],
                                        r.randint(8, 23), r.randint(0, 59))
    d2 = c.date(2026, mo, dd)
    d3 = c.date(2026, mo + (1 if dd > 24 else 0), (dd + r.randint(1, 3)) if dd <= 24 else r.randint(1, 3))
    name_hdr = c.fname(p)
    ch = c.child(p)
    subj = {"school": "Question about school enrolment for my %s" % ("daughter" if ch["female"] else "son"),
            "arc": "ARC renewal / change of address",
            "housing": "Help with my rental deposit",
            "childcare": "Childcare fee support application",
            "health": "Hospital bill and interpreter",
            "licence": "Exchanging my driving licence"}[topic]
    ph = c.mobile()
    orig = []
    orig.append("Hello,")
    if topic == "school":
        orig.append("My %s %s was born on %s and we moved to %s last month. Which school can %s go to, "
                    "and what documents do I need?" % ("daughter" if ch["female"] else "son", M("PERSON", ch["name_en"]),
                                                     M("BIRTH_DATE", c.dob_str(ch["dob"])), off["dist"][0],
                                                     "she" if ch["female"] else "he"))
    elif topic == "arc":
        orig.append("My ARC number is %s and it expires soon. I also moved to %s. Do I need to go to the "
                    "immigration office?" % (M("KR_FRN", c.frn(p["dob"], p["female"])), M("ADDRESS", c.address(off["dist"]))))
    elif topic == "housing":
        orig.append("My landlord does not return my deposit (KRW %d,000,000). The house is %s. "
                    "I am alone and I don't speak Korean well." % (r.randint(3, 30), M("ADDRESS", c.address(off["dist"]))))
    elif topic == "childcare":
        orig.append("I applied for childcare support for %s (DOB %s) but I heard nothing. My account is %s %s." % (
            M("PERSON", ch["name_en"]), M("BIRTH_DATE", c.dob_str(ch["dob"])), *(lambda a: (a[0], M("BANK_ACCOUNT", a[1])))(c.account())))
    elif topic == "health":
        orig.append("My %s was %s last week and the hospital bill is very high. Is there any support?" % (
            "husband" if p["female"] else "wife", M("HEALTH_INFO", r.choice(["hospitalised with pneumonia",
                        "admitted for emergency surgery on a ruptured appendix", "diagnosed with tuberculosis",
                        "hospitalised after a stroke"]))))
    else:
        orig.append("I have a %s licence and passport %s. Can I exchange it for a Korean one?" % (
            p["cen"], M("KR_PASSPORT", c.passport(p["nat"]))))
    orig.append(r.choice(["You can call me on %s." % M("PHONE", ph), "My phone: %s" % M("PHONE", ph),
                          "Phone %s (KakaoTalk same number)" % M("PHONE", ph)]))
    orig.append(r.choice(["Thank you,", "Thanks", "Best,"]))
    orig.append(M("PERSON", c.fname(p, "west")))

    greet = r.choice(["Dear %s," % M("PERSON", p["formal"]), "Dear %s," % M("PERSON", c.fname(p)),
                      "Hello %s," % M("PERSON", p["given"]), "Hi %s," % M("PERSON", p["given"])])
    body = []
    body.append(r.choice(["Thank you for contacting %s." % off["en"],
                          "Thank you for your e-mail of %s." % d2,
                          "We have received your inquiry and are happy to help."]))
    if topic == "school":
        sch = r.choice(SCHOOLS)
        body.append("Children of foreign residents can enrol in a public school regardless of visa status. "
                    "Please visit %s with your child's passport, ARC (or birth certificate) and proof of address. "
                    "The school's administration office can be reached at 02-%d-%s." % (sch, r.randint(810, 880), digits(r, 4)))
        body.append("If %s needs Korean language support, the school can refer %s to a KSL class." % (
            M("PERSON", ch["given"]), "her" if ch["female"] else "him"))
    elif topic == "arc":
        body.append("Under %s you must report your new address within 15 days of moving. You can do this at the "
                    "community service centre (주민센터) of your new neighbourhood instead of the immigration office. "
                    "For visa questions please call the Immigration Contact Center at 1345." % neg_statute(r))
    elif topic == "housing":
        body.append("We can book a free legal consultation with our partner lawyer on %s at 14:00. "
                    "You may also contact the Seoul Housing Dispute Mediation Committee (02-2133-%s)." % (
                        c.date(), digits(r, 4)))
    elif topic == "childcare":
        body.append("Your application has been received and is under review. The decision will be sent by "
                    "post within two weeks. Please note we will never ask for your card number or password by e-mail.")
    elif topic == "health":
        body.append("You may be eligible for the emergency welfare support programme for foreign residents "
                    "(budget KRW %d million in 2026). A medical interpreter can accompany you; "
                    "please call %s to book." % (r.randint(80, 600), off["line"]))
    else:
        body.append("Licence exchange is handled by the Korea Road Traffic Authority (Gangnam Driver's "
                    "License Agency, 1577-1120). Bring your passport, ARC, original licence with an "
                    "apostille or embassy confirmation, and three photos.")
    body.append(r.choice(["Please let us know if you have any further questions.",
                          "Feel free to reply to this e-mail.", "We hope this helps."]))
    hdr = ["From: %s <%s>" % ("%s %s" % (o["role_en"], o["en"]) if r.random() < 0.3 else o["en"], omail),
           "To: %s <%s>" % (M("PERSON", name_hdr), M("EMAIL", pm)) if r.random() < 0.7 else "To: %s" % M("EMAIL", pm),
           ]
    if r.random() < 0.5:
        o3 = c.official()
        hdr.append("Cc: %s" % r.choice(["global@seoul.go.kr", "foreign@%s" % off["dom"],
                                        "%s <%s>" % (o3["en"], o3["mail"] % off["dom"])]))
    hdr.append("Date: %s" % d3)
    hdr.append("Subject: RE: %s" % subj)
    quoted = ["", r.choice(["-----Original Message-----", "--- Original message ---", "On %s, %s wrote:" % (
        d1, M("PERSON", name_hdr))]),
        "From: %s <%s>" % (M("PERSON", name_hdr), M("EMAIL", pm)),
        "Sent: %s" % d1, "Subject: %s" % subj, ""]
    prefix = r.choice(["> ", "", "  "])
    quoted += [prefix + x for x in orig]
    text = "\n".join(hdr) + "\n\n" + greet + "\n\n" + "\n\n".join(body) + "\n\n" + sign_en(c, o, off, r) + "\n" + "\n".join(quoted)
    return dict(lang="en", title="RE: " + subj, doc_type="e-mail reply", text=text, grade="partial", grounds=[6])


def t_appointment(c, off, o, r):
    p = c.foreigner()
    vol = c.korean() if r.random() < 0.6 else c.foreigner()
    vname = c.kname(vol) if "s" in vol else c.fname(vol, "west")
    purpose = r.choice(["counselling on your employment contract", "your alien registration card re-issuance",
                        "the childcare support interview", "a consultation on your housing deposit",
                        "your school enrolment interview", "the Korean Immigration and Integration Program (KIIP) placement test"])
    when = c.date(style=r.choice(["en1", "en2", "dmy_abbr"]))
    tm = r.choice(["9:30 a.m.", "10:00 a.m.", "11:00", "2:00 p.m.", "3:30 p.m.", "14:00", "16:30", "4 pm"])
    style = r.choice(["letter", "email", "kv"])
    lines = []
    if style == "email":
        lines += ["From: %s <%s>" % (off["en"], o["mail"] % off["dom"]),
                  "To: %s" % M("EMAIL", c.email(p)),
                  "Subject: Appointment confirmation - %s" % when, ""]
    elif style == "letter":
        lines += [off["en"], off["addr"], docno(r, off), c.date(), "",
                  M("PERSON", c.fname(p, r.choice(["native", "caps", "west"]))),
                  M("ADDRESS", c.address(off["dist"])), ""]
    if style == "kv":
        lbl = r.choice([("Name", "Date", "Time", "Place", "Interpreter", "Contact"),
                        ("Resident", "Appointment date", "Time", "Venue", "Volunteer interpreter", "Mobile"),
                        ("신청인 / Applicant", "일자 / Date", "시간 / Time", "장소 / Place", "통역 / Interpreter", "연락처 / Phone")])
        sep = r.choice([": ", " : ", "\t"])
        lines += ["APPOINTMENT CONFIRMATION", "=" * 28,
                  lbl[0] + sep + M("PERSON", c.fname(p)),
                  "ARC No." + sep + M("KR_FRN", c.frn(p["dob"], p["female"])),
                  lbl[5] + sep + M("PHONE", c.mobile()),
                  lbl[1] + sep + when, lbl[2] + sep + tm.strip(),
                  lbl[3] + sep + "%s, counselling room %d" % (off["en"], r.randint(1, 5)),
                  lbl[4] + sep + "%s (%s)" % (M("PERSON", vname), r.choice(LANGS)),
                  "Officer in charge" + sep + "%s %s, %s" % (o["role_en"], o["en"], off["line"]), "",
                  "Please bring your passport and alien registration card. To cancel, call %s or e-mail %s." % (
                      off["line"], o["mail"] % off["dom"])]
    else:
        lines.append(r.choice(["Dear %s," % M("PERSON", p["formal"]), "Dear %s," % M("PERSON", c.fname(p)),
                               "Dear %s," % M("PERSON", p["native"])]))
        lines.append("")
        lines.append("This is to confirm your appointment for %s on %s at %s at %s." % (purpose, when, tm.strip(), off["en"]))
        lines.append("A volunteer interpreter, %s, will join the session%s." % (
            M("PERSON", vname), r.choice(["", " and may call you beforehand from %s" % M("PHONE", c.mobile())])))
        lines.append("Please bring your passport (No. %s) and your alien registration card. "
                     "If you cannot come, please let us know at least one day before by calling %s." % (
                         M("KR_PASSPORT", c.passport(p["nat"])), off["line"]))
        if r.random() < 0.4:
            lines.append("As you told us that you are %s, the meeting room on the ground floor has been reserved." % M(
                "HEALTH_INFO", r.choice(["seven months pregnant", "recovering from a fractured left wrist",
                                         "using a wheelchair after a spinal injury"])))
        lines += ["", sign_en(c, o, off, r)]
    return dict(lang="en", title="Appointment confirmation", doc_type=r.choice(["letter", "e-mail", "notice"]),
                text="\n".join(lines), grade="partial", grounds=[6])


def t_school_decision(c, off, o, r):
    p = c.foreigner()
    ch = c.child(p, 2011, 2019)
    ko = r.random() < 0.35
    sch_i = r.randrange(len(SCHOOLS_KO))
    grade_n = r.randint(1, 6)
    addr = M("ADDRESS", c.address(off["dist"], ko=ko))
    if ko:
        cn = M("PERSON", ch["name_ko"]) if ch["name_ko"] else M("PERSON", ch["name_en"])
        txt = "\n".join([
            "%s" % off["ko"], docno(r, off), "",
            "수신: %s 보호자 %s 귀하 (Parent/guardian)" % (cn, M("PERSON", c.fname(p, r.choice(["hang", "native"])))),
            "제목: 외국인 아동 취학 배정 결과 안내 (School placement result)", "",
            "1. %s에 따라 귀 자녀의 취학 배정 결과를 다음과 같이 알려드립니다." % neg_statute(r, False),
            "2. 배정 내용",
            "  가. 학생: %s (생년월일 %s, 국적 %s)" % (cn, M("BIRTH_DATE", c.dob_str(ch["dob"], ko=True)), p["cko"]),
            "  나. 주소: %s" % addr,
            "  다. 배정 학교: %s %d학년 (학교 행정실 02-%d-%s)" % (SCHOOLS_KO[sch_i], grade_n, r.randint(810, 880), digits(r, 4)),
            "  라. 한국어 지원: 다문화 특별학급(KSL) %s" % r.choice(["배정", "대기", "해당 없음"]),
            "3. 등교 전 %s까지 %s 학교를 방문하여 서류를 제출하시기 바랍니다." % (
                c.date(style="ko2"), M("PERSON", ch["given_ko"]) + " 학생과 함께" if ch["given_ko"] else "해당"),
            "   - 문의: %s %s %s (%s)" % (off["ko"], o["role_ko"], o["ko"], off["line"]),
            "", "English summary: %s has been placed in Grade %d of %s. Please visit the school by the date above." % (
                M("PERSON", ch["name_en"]), grade_n, SCHOOLS[sch_i]),
        ])
        lang = "ko"
    else:
        health = ""
        if r.random() < 0.35:
            health = " The school nurse has been informed that %s has %s." % (
                M("PERSON", ch["given"]), M("HEALTH_INFO", r.choice(CHILD_HEALTH_EN)))
        txt = "\n".join([
            off["en"], off["addr"], "", docno(r, off), "Date: %s" % c.date(), "",
            "To: %s" % M("PERSON", c.fname(p, r.choice(["native", "caps", "comma"]))), addr, "",
            "Re: School placement of %s" % M("PERSON", ch["name_en"]), "",
            r.choice(["Dear %s," % M("PERSON", p["formal"]), "Dear Parent/Guardian,"]), "",
            "We are pleased to inform you that your %s, %s (date of birth: %s), has been placed in Grade %d "
            "at %s, starting %s.%s" % ("daughter" if ch["female"] else "son", M("PERSON", ch["name_en"]),
                                        M("BIRTH_DATE", c.dob_str(ch["dob"])), grade_n, SCHOOLS[sch_i], c.date(), health),
            "",
            "The decision was made by the Seoul %s District Office of Education under the placement rules for "
            "students who entered Korea from abroad. Placement does not depend on the visa status of the parents." % r.choice(
                ["Southern", "Northern", "Eastern", "Western", "Central"]),
            "", sign_en(c, o, off, r)])
        lang = "en"
    return dict(lang=lang, title="School placement decision" if lang == "en" else "외국인 아동 취학 배정 결과 안내",
                doc_type="decision letter", text=txt, grade="partial", grounds=[6])


def t_childcare_decision(c, off, o, r):
    p = c.foreigner()
    ch = c.child(p)
    sp = c.korean() if r.random() < 0.5 else None
    bank, acc = c.account(ko=r.random() < 0.5)
    amount = r.choice([100000, 150000, 200000, 280000])
    approved = r.random() < 0.75
    sep = r.choice([": ", " : ", " — ", "\t"])
    L = r.choice([
        ["Applicant", "Alien Reg. No.", "Child", "Child's date of birth", "Address", "Mobile", "Account for payment"],
        ["신청인 (Applicant)", "외국인등록번호 (ARC)", "아동 (Child)", "생년월일 (DOB)", "주소 (Address)", "연락처 (Phone)", "입금계좌 (Bank account)"],
        ["Name of parent", "ARC", "Name of child", "DOB of child", "Residence", "Contact no.", "Payee account"]])
    rows = [L[0] + sep + M("PERSON", c.fname(p)),
            L[1] + sep + M("KR_FRN", c.frn(p["dob"], p["female"])),
            L[2] + sep + M("PERSON", ch["name_ko"] if (ch["name_ko"] and r.random() < 0.5) else ch["name_en"]),
            L[3] + sep + M("BIRTH_DATE", c.dob_str(ch["dob"])),
            L[4] + sep + M("ADDRESS", c.address(off["dist"])),
            L[5] + sep + M("PHONE", c.mobile())]
    if sp:
        rows.append("Spouse (Korean national)" + sep + "%s (RRN %s)" % (M("PERSON", c.kname(sp, en=r.random() < 0.5)),
                                                                       M("KR_RRN", c.rrn(c.dob_tuple(1970, 1995), sp["female"]))))
    if approved:
        rows.append(L[6] + sep + "%s %s" % (bank, M("BANK_ACCOUNT", acc)))
    head = ["%s - %s" % (off["en"], off["ko"]), docno(r, off), "",
            r.choice(["DECISION ON CHILDCARE FEE SUPPORT FOR FOREIGN RESIDENT CHILDREN",
                      "Notice of Decision: Childcare Support (외국인 아동 보육료 지원 결정 통지)"]), ""]
    dec = ("Decision: APPROVED. KRW %s per month will be paid from %s to the account above, "
           "under %s and the 2026 city budget (KRW %s)." % (format(amount, ","), c.date(), neg_statute(r),
                                                           format(r.randint(500, 4000) * 1000000, ","))) if approved else \
        ("Decision: NOT APPROVED. Reason: the child %s is not registered as residing in %s. You may apply again "
         "after reporting your change of address, or appeal within 90 days from %s." % (
             M("PERSON", ch["given"]), off["dist"][0], c.date()))
    foot = ["", "Officer in charge: %s %s (%s / %s)" % (o["role_en"], o["en"], off["line"], o["mail"] % off["dom"]),
            "Approved by: %s %s" % (r.choice(["Team Leader", "Director"]), c.official()["en"])]
    txt = "\n".join(head + rows + ["", dec] + foot)
    return dict(lang="en", title="Childcare fee support decision", doc_type="decision notice", text=txt,
                grade="partial", grounds=[6])


def t_case_memo_ko(c, off, o, r):
    """Korean memo between officials about one resident (housing / alien registration)."""
    p = c.foreigner()
    o2 = c.official()
    land = c.korean()
    topic = r.choice(["housing", "arc", "welfare"])
    nonpub = r.random() < 0.3
    hdr = r.choice(["업 무 연 락", "내부 메모", "MEMO", "협조 요청"])
    lines = [hdr, "수신: %s %s %s" % (off["ko"], o2["role_ko"], o2["ko"]),
             "발신: %s %s" % (o["role_ko"], o["ko"]),
             "일자: %s" % c.date(style=r.choice(["ko1", "ko2", "iso", "short"])),
             "제목: 외국인주민 %s 상담 건 %s" % ({"housing": "주거", "arc": "체류·등록", "welfare": "긴급복지"}[topic],
                                             r.choice(["공유", "협조 요청", "처리 결과"])), ""]
    name_ko = c.fname(p, "hang")
    bullet = r.choice(["가.", "○", "-", "1)"])
    b2 = {"가.": ["가.", "나.", "다.", "라.", "마."], "○": ["○"] * 5, "-": ["-"] * 5, "1)": ["1)", "2)", "3)", "4)", "5)"]}[bullet]
    lines.append("%s 대상자: %s(%s, %s 국적)%s" % (b2[0], M("PERSON", name_ko), M("PERSON", c.fname(p, "caps")), p["cko"],
                                             r.choice(["", ", 외국인등록번호 %s" % M("KR_FRN", c.frn(p["dob"], p["female"]))])))
    lines.append("%s 거주지: %s" % (b2[1], M("ADDRESS", c.address(off["dist"], ko=True))))
    if topic == "housing":
        lines.append("%s 내용: 임대인 %s 씨(%s)가 계약 만료 후 보증금 %d백만 원 반환을 미루고 있음. 대상자는 한국어 소통이 "
                     "어려워 통역 지원 필요." % (b2[2], M("PERSON", land["hang"]), M("PHONE", c.mobile()), r.randint(3, 50)))
    elif topic == "arc":
        lines.append("%s 내용: 체류기간 만료(%s) 전 연장 신청을 위해 주소 이전 신고 필요. 여권번호 %s 확인함. "
                     "%s에 따른 신고 기한 안내 완료." % (b2[2], c.date(style="ko1"), M("KR_PASSPORT", c.passport(p["nat"])),
                                              neg_statute(r, False)))
    else:
        lines.append("%s 내용: 대상자가 %s이며 실직 상태로 생계 곤란. 긴급복지 지원 대상 여부 검토 요청." % (
            b2[2], M("HEALTH_INFO", r.choice(HEALTH_KO))))
    lines.append("%s 연락처: 본인 %s%s" % (b2[3], M("PHONE", c.mobile()),
                                       r.choice(["", " / 배우자 %s %s" % (M("PERSON", c.korean()["hang"]), M("PHONE", c.mobile()))])))
    lines.append("%s 조치: %s 통역 자원봉사자 연계, %s 법률상담(무료) 예약. %s" % (
        b2[4], NAT_LANG.get(p["nat"], "영어"), c.date(style="ko1"), r.choice([
            "부모 상담 시 통역 유지 요청.", "임대차 계약서 사본 확보 후 조정 신청 안내 예정.",
            "전입 신고 서류 정비 후 회신 바람.", "당해 연도 지원 한도 조사 후 회신 예정."])))
    lines += ["", "※ 담당: %s %s %s (%s, %s)" % (off["ko"], o["role_ko"], o["ko"], off["line"], o["mail"] % off["dom"])]
    if nonpub:
        lines.append("※ 본 건은 %s 단계로 내부 검토 중임 (외부 공개 금지)." % r.choice(["지원 여부 심의", "긴급복지 심사"]))
    return dict(lang="ko", title="외국인주민 상담 건 업무연락", doc_type="internal memo", text="\n".join(lines),
                grade="nonpublic" if nonpub else "partial", grounds=[5, 6] if nonpub else [6])


def person_row_vals(c, r, off, with_email=True, p_foreign=0.75):
    f = c.foreigner() if r.random() < p_foreign else None
    if f:
        name = c.fname(f, r.choice(["native", "west", "caps", "comma", "hang"]))
        nat = f["cen"]
    else:
        k = c.korean()
        name = c.kname(k, en=r.random() < 0.6)
        nat = "Korea"
        f = k
    return f, name, nat


def table_render(r, headers, rows, style):
    """rows: list of list of (marked) cells. returns marked text."""
    def vis(s):
        return len(MARK.sub(lambda m: m.group(2), s))

    if style == "tsv":
        return "\n".join(["\t".join(headers)] + ["\t".join(x) for x in rows])
    if style == "csvish":
        return "\n".join([" ; ".join(headers)] + [" ; ".join(x) for x in rows])
    w = [max(vis(h), *(vis(x[i]) for x in rows)) if rows else vis(h) for i, h in enumerate(headers)]

    def pad(s, n):
        return s + " " * (n - vis(s))

    if style == "pipe":
        out = ["| " + " | ".join(pad(h, w[i]) for i, h in enumerate(headers)) + " |",
               "|" + "|".join("-" * (w[i] + 2) for i in range(len(headers))) + "|"]
        out += ["| " + " | ".join(pad(x[i], w[i]) for i in range(len(headers))) + " |" for x in rows]
        return "\n".join(out)
    if style == "box":
        top = "┌" + "┬".join("─" * (w[i] + 2) for i in range(len(headers))) + "┐"
        mid = "├" + "┼".join("─" * (w[i] + 2) for i in range(len(headers))) + "┤"
        bot = "└" + "┴".join("─" * (w[i] + 2) for i in range(len(headers))) + "┘"
        out = [top, "│ " + " │ ".join(pad(h, w[i]) for i, h in enumerate(headers)) + " │", mid]
        out += ["│ " + " │ ".join(pad(x[i], w[i]) for i in range(len(headers))) + " │" for x in rows]
        out.append(bot)
        return "\n".join(out)
    # plain fixed-width
    out = ["  ".join(pad(h, w[i]) for i, h in enumerate(headers)).rstrip(), "-" * (sum(w) + 2 * len(w))]
    out += ["  ".join(pad(x[i], w[i]) for i in range(len(headers))).rstrip() for x in rows]
    return "\n".join(out)


def t_roster(c, off, o, r):
    kind = r.choice(["class", "interpreter", "event"])
    style = r.choice(["pipe", "box", "tsv", "plain", "csvish"])
    n = r.randint(3, 8)
    rows = []
    if kind == "class":
        H = r.choice([["No.", "Name", "Nationality", "Mobile", "Level"],
                      ["번호", "수강생 (Learner)", "국적", "연락처", "반"],
                      ["#", "Learner", "Country", "Phone", "Class"]])
        for i in range(n):
            f, name, nat = person_row_vals(c, r, off, p_foreign=1.0)
            rows.append([str(i + 1), M("PERSON", name), nat, M("PHONE", c.mobile()),
                         r.choice(["Beginner 1", "Beginner 2", "Intermediate", "TOPIK prep", "초급1", "중급"])])
        title = r.choice(["Korean language class roster - Spring 2026", "한국어교실 수강생 명단 (Korean class roster)"])
        lect = c.foreigner() if r.random() < 0.5 else c.korean()
        lname = c.fname(lect, "west") if "nat" in lect else c.kname(lect)
        bank, acc = c.account()
        intro = ["%s | %s" % (off["en"], title), docno(r, off), "",
                 "Classes: Tuesdays and Thursdays 19:00-21:00, %s, Room %d. Budget: KRW %s (lecturer fees and "
                 "textbooks)." % (off["en"], r.randint(201, 508), format(r.randint(3, 30) * 1000000, ",")), ""]
        outro = ["", "Lecturer (external): %s, fee KRW %s per session, paid to %s %s" % (
            M("PERSON", lname), format(r.choice([60000, 80000, 100000]), ","), bank, M("BANK_ACCOUNT", acc)),
                 "Class manager: %s %s (%s)" % (o["role_en"], o["en"], off["line"])]
    elif kind == "interpreter":
        H = r.choice([["Name", "Languages", "Mobile", "E-mail", "Available"],
                      ["통역 자원봉사자", "언어", "휴대전화", "이메일", "가능 시간"],
                      ["Volunteer", "Language(s)", "Phone", "Email", "Days"]])
        for i in range(n):
            f, name, nat = person_row_vals(c, r, off)
            lg = NAT_LANG_EN.get(f.get("nat"), r.choice(LANGS))
            rows.append([M("PERSON", name), "%s/%s" % (lg, r.choice(["Korean", "English", "한국어"])),
                         M("PHONE", c.mobile()), M("EMAIL", c.email(f)),
                         r.choice(["Mon-Fri", "weekends", "Tue/Thu pm", "평일 오전", "on call"])])
        title = r.choice(["Volunteer interpreter list", "통역 자원봉사자 명단 (Volunteer interpreters)"])
        intro = ["%s" % off["en"], title, "Updated %s" % c.date(), "",
                 "Volunteers are private individuals and are paid an activity allowance of KRW 20,000 per "
                 "assignment from the 2026 volunteer budget.", ""]
        outro = ["", "Coordinator: %s %s, %s, %s" % (o["role_en"], o["en"], off["line"], o["mail"] % off["dom"])]
    else:
        H = r.choice([["No", "Name", "Country", "Phone", "Persons", "Note"],
                      ["연번", "참가자", "국적", "연락처", "동반", "비고"],
                      ["#", "Participant", "From", "Contact", "Group", "Remarks"]])
        for i in range(n):
            f, name, nat = person_row_vals(c, r, off)
            note = r.choice(["", "", "vegetarian", "halal meal", "needs interpreter",
                             M("HEALTH_INFO", r.choice(["wheelchair user", "visually impaired", "pregnant (8 months)",
                                                        "nut allergy"])),
                             "IP " + M("IP_ADDRESS", "%d.%d.%d.%d" % (r.choice([203, 211, 121, 175, 58]), r.randint(0, 255),
                                                                      r.randint(0, 255), r.randint(1, 254)))])
            rows.append([str(i + 1), M("PERSON", name), nat, M("PHONE", c.mobile()), str(r.randint(1, 4)), note])
        ev = r.choice(["Chuseok Cultural Day for Foreign Residents", "Seoul Friendship Festival booth volunteers",
                       "Kimchi-making Day", "Han River Walking Tour", "Job Fair for Marriage Migrants"])
        title = "Sign-up list: %s" % ev
        intro = [off["en"], title, "Event date: %s, %s" % (c.date(), r.choice(["Seoul Plaza", "Global Center 5F hall",
                                                                             "Yeouido Hangang Park"])), ""]
        outro = ["", "Total budget KRW %s. Contact: %s (%s)." % (format(r.randint(2, 40) * 500000, ","), off["line"],
                                                                o["mail"] % off["dom"])]
    txt = "\n".join(intro) + table_render(r, H, rows, style) + "\n" + "\n".join(outro)
    lang = "ko" if ("번호" in H[0] or "연번" in H[0] or "통역 자원봉사자" in H[0]) and r.random() < 0.5 else "en"
    return dict(lang=lang, title=title, doc_type="list", text=txt, grade="partial", grounds=[6])


def t_incident(c, off, o, r):
    p = c.foreigner()
    inv = r.random() < 0.35
    kind = r.choice(["traffic", "injury", "assault", "fire"])
    idate = c.date(style=r.choice(["en1", "en2", "iso", "ko1"]))
    plate = c.plate()
    lines = ["MEMORANDUM" if r.random() < 0.5 else "INCIDENT FOLLOW-UP REPORT",
             "To: %s" % r.choice(["Director, Foreign Residents Support Division", "Team Leader, %s" % off["en"]]),
             "From: %s %s" % (o["role_en"], o["en"]),
             "Date: %s" % c.date(), "Re: Follow-up on the incident of %s" % idate, ""]
    who = M("PERSON", c.fname(p))
    if kind == "traffic":
        body = ("1. On %s at about 18:40, %s (%s, age %d) was hit by a car (plate %s) while crossing near %s Station. "
                "She was %s at %s." % (idate, who, p["cen"], 2026 - p["dob"][0], M("VEHICLE_PLATE", plate),
                                        r.choice(["Daerim", "Guro Digital Complex", "Sillim", "Itaewon"]),
                                        M("HEALTH_INFO", r.choice(["hospitalised with a fractured pelvis",
                                                                   "treated for a head injury"])),
                                        r.choice(["Korea University Guro Hospital", "Boramae Medical Center"])))
        body = body.replace("She was", "She was" if p["female"] else "He was")
    elif kind == "injury":
        body = ("1. During the %s on %s, participant %s fell from the stage steps and was %s. The first-aid team "
                "of the event company (%s, business reg. no. %d-%02d-%05d, tel. 02-%d-%s) responded." % (
                    r.choice(["Friendship Festival", "Chuseok Cultural Day", "sports day"]), idate, who,
                    M("HEALTH_INFO", r.choice(["diagnosed with a sprained ankle", "taken to hospital with a broken wrist"])),
                    r.choice(["Hanbit Events Co., Ltd.", "Seoul Stage Partners"]), r.randint(100, 899), r.randint(10, 99),
                    r.randint(10000, 99999), r.randint(500, 799), digits(r, 4)))
    elif kind == "assault":
        body = ("1. %s reported that on %s a co-worker verbally abused and pushed %s at the workplace in %s. "
                "The case was reported to %s Police Station and is under investigation." % (
                    who, idate, "her" if p["female"] else "him", off["dist"][0],
                    off["dist"][0].replace("-gu", "")))
        inv = True
    else:
        body = ("1. A fire broke out on %s in the multi-family house at %s where %s lives with %s children. "
                "The family was moved to temporary housing." % (idate, M("ADDRESS", c.address(off["dist"])), who,
                                                                r.choice(["two", "three"])))
    lines.append(body)
    lines.append("2. Resident contact: %s; ARC %s." % (M("PHONE", c.mobile()), M("KR_FRN", c.frn(p["dob"], p["female"]))))
    lines.append("3. Our action: interpreter (%s) arranged; emergency support of KRW %s paid from the 2026 emergency "
                 "relief budget; next visit on %s." % (r.choice(LANGS), format(r.choice([300000, 500000, 1000000]), ","),
                                                       c.date()))
    if inv:
        lines.append("4. The police investigation is ongoing; this memo must not be released until it is closed.")
    lines += ["", "Attachment: %s" % r.choice(["hospital receipt (1 page)", "police report receipt", "photo (2)"]),
              "Contact: %s" % off["line"]]
    return dict(lang="en", title="Incident follow-up memo", doc_type="memo", text="\n".join(lines),
                grade="nonpublic" if inv else "partial", grounds=[4, 6] if inv else [6])


def t_case_nonpublic(c, off, o, r):
    """Document wholly about one named individual: DV shelter / refugee / custody case."""
    p = c.foreigner()
    ch = c.child(p)
    kind = r.choice(["dv", "refugee", "custody"] if p["female"] else ["refugee", "custody"])
    diplo = kind == "refugee" and r.random() < 0.5
    lines = ["CONFIDENTIAL - CASE NOTE", "Case no. FRS-%d-%04d" % (2026, r.randint(1, 999)),
             "Prepared by %s %s, %s, %s" % (o["role_en"], o["en"], off["en"], c.date()), "",
             "Name: %s (%s)" % (M("PERSON", c.fname(p, "caps")), M("PERSON", p["hang"])),
             "Date of birth: %s" % M("BIRTH_DATE", c.dob_str(p["dob"])),
             "Nationality: %s" % p["cen"],
             "Passport: %s" % M("KR_PASSPORT", c.passport(p["nat"])),
             "Current address: %s" % (M("ADDRESS", c.address(off["dist"])) if kind != "dv" else "shelter (address withheld)"),
             "Phone: %s" % M("PHONE", c.mobile()), ""]
    if kind == "dv":
        sp = c.korean()
        lines.append("Summary: %s left the family home after repeated violence by her husband, %s, on %s. "
                     "She is %s and her son %s (born %s) is with her." % (
                         M("PERSON", p["formal"]), M("PERSON", c.kname(sp)), c.date(),
                         M("HEALTH_INFO", r.choice(["being treated for depression", "recovering from bruises to the face and arms"])),
                         M("PERSON", ch["name_en"]), M("BIRTH_DATE", c.dob_str(ch["dob"]))))
        lines.append("Next steps: the Migrant Women Hotline (1577-1366) and the shelter will support the divorce "
                     "application and the F-6 visa extension.")
        gr = [6]
    elif kind == "refugee":
        lines.append("Summary: %s applied for refugee status on %s. The embassy of %s has asked the city about %s place "
                     "of residence. The Ministry of Foreign Affairs advises that no information be given." % (
                         M("PERSON", p["formal"]), c.date(), p["cen"], "her" if p["female"] else "his"))
        gr = [2, 6] if diplo else [6]
    else:
        lines.append("Summary: custody dispute between %s and %s over %s, age %d. Family court hearing on %s." % (
            M("PERSON", p["formal"]), M("PERSON", c.kname(c.korean())), M("PERSON", ch["given"]), 2026 - ch["dob"][0],
            c.date()))
        gr = [4, 6] if r.random() < 0.5 else [6]
    return dict(lang="en", title="Case note (confidential)", doc_type="case note", text="\n".join(lines),
                grade="nonpublic", grounds=gr)


def t_minutes(c, off, o, r):
    chair = c.official()
    offs = [c.official() for _ in range(r.randint(1, 3))]
    ext = [c.foreigner() for _ in range(r.randint(0, 2))]
    cases = r.random() < 0.5
    lines = [r.choice(["Minutes of the Foreign Residents Support Council", "Meeting minutes - Multicultural Policy Working Group",
                       "외국인주민 지원 실무협의회 회의록 (Minutes)"]),
             "Date: %s, 14:00-16:00" % c.date(), "Venue: %s, meeting room %d" % (off["en"], r.randint(1, 9)),
             "Chair: %s %s (%s)" % (r.choice(["Director", "Division Head", "과장"]), chair["en"], off["en"]),
             "Attendees: " + ", ".join("%s %s" % (x["role_en"], x["en"]) for x in offs) +
             "".join(", %s (external member, %s community representative)" % (M("PERSON", c.fname(e, "west")), e["cen"])
                     for e in ext) + ", a representative of %s" % r.choice(["Seoul Southern Immigration Office",
                                                                             "Korea Support Center for Foreign Workers",
                                                                             "Seoul Family Center"]),
             "Recorder: %s" % o["en"], ""]
    items = ["Agenda 1. 2026 Korean class plan: %d classes, budget KRW %s; approved." % (
        r.randint(8, 40), format(r.randint(50, 400) * 1000000, ",")),
        "Agenda 2. Implementation guidance under %s: draft to be circulated by %s." % (neg_statute(r), c.date()),
        "Agenda 3. Interpreter pool: %d volunteers active; recruitment notice to be posted." % r.randint(20, 160)]
    if cases:
        p = c.foreigner()
        items.append("Agenda 4. Individual case: %s (%s) requested housing support; %s. Decision: refer to the "
                     "SH emergency housing programme." % (M("PERSON", c.fname(p)), p["cen"],
                                                          "she is %s" % M("HEALTH_INFO", r.choice(HEALTH_EN)) if p["female"]
                                                          else "he has no income since %s" % c.date()))
    bul = r.choice(["- ", "• ", "○ ", ""])
    lines += [bul + x for x in items]
    lines += ["", "Next meeting: %s. Contact: %s, %s" % (c.date(), off["line"], o["mail"] % off["dom"])]
    has = bool(ext) or cases
    deliberating = (not has) and r.random() < 0.25
    if deliberating:
        lines.append("Note: Agenda 2 is under internal deliberation; not for release until the ordinance is adopted.")
    grade, gr = ("partial", [6]) if has else (("nonpublic", [5]) if deliberating else ("public", []))
    return dict(lang="en", title="Council meeting minutes", doc_type="minutes", text="\n".join(lines),
                grade=grade, grounds=gr)


def t_public_notice(c, off, o, r):
    kind = r.choice(["program", "stats", "guide"])
    if kind == "program":
        lines = [r.choice(["[Notice] ", "NOTICE: ", "[안내] "]) + r.choice(
            ["Free Korean classes for foreign residents", "Recruitment of volunteer interpreters",
             "Free legal and labour counselling for foreign residents", "Foreign Residents' Day 2026"]),
            "", "Who: foreign residents registered in Seoul (alien registration or domestic residence report)",
            "When: from %s to %s" % (c.date(), c.date()),
            "Where: %s (%s)" % (off["en"], off["addr"]),
            "How to apply: e-mail %s or call %s (English, Chinese, Vietnamese available). "
            "You may also call the 120 Dasan Call Center." % (o["mail"] % off["dom"], off["line"]),
            "Budget: KRW %s, funded under %s." % (format(r.randint(10, 900) * 1000000, ","), neg_statute(r)),
            "", "%s %s, %s" % (o["role_en"], o["en"], off["en"])]
    elif kind == "stats":
        H = ["Nationality", "Registered residents", "Change"]
        rows = [[FOREIGN[k][0], format(r.randint(800, 90000), ","), "%+.1f%%" % r.uniform(-5, 9)]
                for k in r.sample(list(FOREIGN.keys()), 6)]
        lines = ["Foreign residents in %s by nationality (as of %s)" % (off["dist"][0], c.date()), "",
                 table_render(r, H, rows, r.choice(["pipe", "box", "tsv", "plain"])), "",
                 "Source: Ministry of Justice statistics; prepared by %s (%s)." % (off["en"], off["line"]),
                 "These figures support the %s plan for foreign residents (외국인주민 %s)." % (
                     r.choice(["2026", "2026-2028"]), r.choice(["정착 지원 강화 계획", "생활 안내 및 전입 신청 지원 계획",
                                                                "한국어교육 조사 결과"]))]
    else:
        lines = ["Guide: reporting a change of address (체류지 변경신고)", "",
                 "○ Legal basis: %s" % neg_statute(r),
                 "○ Deadline: within 15 days of moving (fine for late reports under the Immigration Act)",
                 "○ Where: your community service centre (주민센터) or online at HiKorea",
                 "○ Bring: passport, alien registration card, lease contract",
                 "○ Help in your language: Immigration Contact Center 1345, Danuri Helpline 1577-1366, "
                 "%s %s" % (off["en"], off["line"]),
                 "", "Issued %s by %s. Staff contact: %s %s (%s)." % (c.date(), off["en"], o["role_en"], o["en"],
                                                                     o["mail"] % off["dom"])]
    return dict(lang="en", title=re.sub(r"^(\[[^\]]*\] |NOTICE: )", "", lines[0]), doc_type="notice", text="\n".join(lines), grade="public", grounds=[])


def t_ko_gongmun(c, off, o, r):
    """Korean official letter with 가./나. items, mixed English names; may be public (no names) or partial."""
    with_names = r.random() < 0.65
    lines = [off["ko"], "", "수신  %s" % r.choice(["각 자치구 외국인주민 담당부서장", "서울남부출입국·외국인사무소장",
                                                 "수신자 참조", "%s청장" % c.district()[1]]),
             "(경유)", "제목  %s" % r.choice(["외국인주민 통역 지원 협조 요청", "결혼이민자 한국어교육 대상자 통보",
                                          "외국인 아동 보육료 지원 대상자 명단 송부", "외국인주민 생활안내 교육 실시 알림"]), "",
             "1. 귀 기관의 무궁한 발전을 기원합니다.",
             "2. %s에 따라 외국인주민의 정착을 %s 다음과 같이 %s하오니 협조하여 주시기 바랍니다." % (
                 neg_statute(r, False), "위하여", r.choice(["안내", "통보", "요청"])),
             "  가. 기간: %s. ~ %s." % (c.date(style="ko1")[:-1], c.date(style="ko1")[:-1]),
             "  나. 장소: %s (서울특별시 중구 세종대로 110)" % off["ko"],
             "  다. 예산: 금%s원 (%s)" % (format(r.randint(5, 300) * 1000000, ","), r.choice([
                "외국인주민 정착 지원 사업비", "한국어교육 운영비", "통역 서비스 유지 관리비", "장애인·취약 외국인 지원비"]))]
    if with_names:
        lines.append("  라. 대상자")
        for i in range(r.randint(2, 5)):
            p = c.foreigner()
            lines.append("    %d) %s(%s), %s, %s, 연락처 %s" % (
                i + 1, M("PERSON", c.fname(p, "hang")), M("PERSON", c.fname(p, "caps")), p["cko"],
                r.choice(["생년월일 " + M("BIRTH_DATE", c.dob_str(p["dob"], ko=True)),
                          "외국인등록번호 " + M("KR_FRN", c.frn(p["dob"], p["female"])),
                          "주소 " + M("ADDRESS", c.address(off["dist"], ko=True))]),
                M("PHONE", c.mobile())))
        if r.random() < 0.4:
            lines.append("    ※ 기재된 %s 외 대상자(A씨, 김○수 등)는 본인 동의 후 추가 통보 예정" % "명단")
    lines += ["3. 문의: %s %s %s (%s, %s)" % (off["ko"], o["role_ko"], o["ko"], off["line"], o["mail"] % off["dom"]),
              "붙임  %s 1부.  끝." % r.choice(["명단", "교육 계획", "신청서 양식"]), "",
              "%s장" % off["ko"].split()[0], "",
              "%s %s    팀장 %s    %s %s" % (o["role_ko"], o["ko"], c.official()["ko"], r.choice(["과장", "센터장"]),
                                          c.official()["ko"]),
              "시행 %s (%s)   접수" % (docno(r, off), c.date(style="ko1"))]
    return dict(lang="ko", title=lines[4][4:].strip(), doc_type="공문", text="\n".join(lines),
                grade="partial" if with_names else "public", grounds=[6] if with_names else [])


def t_bullets_followup(c, off, o, r):
    """Bullet-list summary of counselling cases for a week (mixed)."""
    n = r.randint(2, 5)
    mark = r.choice(["•", "-", "○", "*", "▶"])
    lines = [r.choice(["Weekly counselling log", "Counselling summary (week %d)" % r.randint(1, 52),
                       "주간 상담 현황 (Weekly counselling summary)"]),
             "%s / prepared by %s %s / %s" % (off["en"], o["role_en"], o["en"], c.date()), ""]
    for i in range(n):
        p = c.foreigner()
        topic = r.choice(["unpaid wages", "visa extension", "lease deposit", "childbirth support",
                          "school enrolment", "medical bill", "driver's licence exchange"])
        extra = r.choice([
            "contact %s" % M("PHONE", c.mobile()),
            "e-mail %s" % M("EMAIL", c.email(p)),
            "lives at %s" % M("ADDRESS", c.address(off["dist"])),
            "%s is %s" % ("she" if p["female"] else "he", M("HEALTH_INFO", r.choice(HEALTH_EN))),
            "licence no. %s" % M("KR_DRIVER_LICENSE", "%02d-%02d-%06d-%02d" % (r.choice([11, 12, 13, 28]), r.randint(10, 26),
                                                                              r.randint(0, 999999), r.randint(10, 99))),
            "DOB %s" % M("BIRTH_DATE", c.dob_str(p["dob"])),
            "mentioned card no. %s in the chat (advised not to share)" % M("CARD_NUMBER", "%s-%s-%s-%s" % (
                r.choice(["9410", "4012", "5310", "3560"]), digits(r, 4), digits(r, 4), digits(r, 4))),
        ])
        nm = c.fname(p)
        lines.append("%s %s (%s) - %s; %s; referred to %s." % (
            mark, M("PERSON", nm), p["cen"], topic, extra,
            r.choice(["Seoul Southern Immigration Office", "the Seoul Labour Office", "our partner lawyer",
                      "Seoul Family Center", "the %s" % r.choice(EMBASSIES)[0]])))
    if r.random() < 0.4:
        lines.append("%s Two further walk-in clients (Ms. N., Mr. K***) declined to give their names." % mark)
    lines += ["", "Total cases this week: %d; interpreter hours: %d. Office: %s" % (r.randint(n, 40), r.randint(2, 30), off["line"])]
    return dict(lang="en", title="Weekly counselling log", doc_type="log", text="\n".join(lines), grade="partial", grounds=[6])


def t_trade_secret(c, off, o, r):
    comp = r.choice(["Lingua Bridge Co., Ltd.", "Hanul Translation Services", "GlobalVoice Korea Inc."])
    bn = "%d-%02d-%05d" % (r.randint(100, 899), r.randint(10, 99), r.randint(10000, 99999))
    H = ["Item", "Unit cost (KRW)", "Margin", "Subcontractor"]
    rows = [[x, format(r.randint(20, 200) * 1000, ","), "%d%%" % r.randint(8, 35), r.choice(["in-house", "freelance pool", "partner A"])]
            for x in ["Vietnamese interpreting (hour)", "Chinese interpreting (hour)", "Document translation (page)",
                      "Remote video interpreting (min)"]]
    lines = ["Bid evaluation - interpretation services for %s (2026)" % off["en"],
             "Bidder: %s (business reg. no. %s, tel. 02-%d-%s)" % (comp, bn, r.randint(500, 799), digits(r, 4)),
             "Evaluation chaired by %s %s." % (o["role_en"], o["en"]), "",
             table_render(r, H, rows, r.choice(["pipe", "box", "tsv"])), "",
             "The bidder's cost structure and margins are its trade secrets; the evaluation is in progress.",
             "Contract budget: KRW %s." % format(r.randint(50, 500) * 1000000, ",")]
    return dict(lang="en", title="Bid evaluation - interpretation services", doc_type="evaluation sheet",
                text="\n".join(lines), grade="nonpublic", grounds=[5, 7])


def t_letter_housing(c, off, o, r):
    """Letter on housing support / alien registration help to a Korean-foreign couple; bilingual."""
    p = c.foreigner()
    sp = c.korean()
    bank, acc = c.account()
    ko = r.random() < 0.4
    if ko:
        lines = ["%s" % off["ko"], "", "%s 님 귀하" % M("PERSON", c.fname(p, "hang")), M("ADDRESS", c.address(off["dist"], ko=True)), "",
                 "제목: 외국인주민 주거비 긴급지원 결정 통지", "",
                 "%s 님께서 %s 신청하신 주거비 긴급지원이 아래와 같이 결정되었음을 알려드립니다." % (
                     M("PERSON", p["given"]), c.date(style="ko2")),
                 "○ 신청인: %s (%s), 외국인등록번호 %s" % (M("PERSON", p["hang"]), M("PERSON", c.fname(p, "caps")),
                                                  M("KR_FRN", c.frn(p["dob"], p["female"]))),
                 "○ 배우자: %s, 주민등록번호 %s, 연락처 %s" % (M("PERSON", sp["forms"]["hangul"]),
                                                  M("KR_RRN", c.rrn(c.dob_tuple(1960, 1995), sp["female"])),
                                                  M("PHONE", c.mobile())),
                 "○ 지원금액: 월 %s원 × 3개월 (지급계좌: %s %s)" % (format(r.choice([300000, 400000, 500000]), ","), bank, M("BANK_ACCOUNT", acc)),
                 "○ 근거: %s" % neg_statute(r, False), "",
                 "Dear %s, your emergency housing support has been approved (see above). For questions in English "
                 "please call %s." % (M("PERSON", p["formal"]), off["line"]), "",
                 "%s %s %s (%s)" % (off["ko"], o["role_ko"], o["ko"], o["mail"] % off["dom"])]
        lang = "ko"
    else:
        lines = [off["en"], off["addr"], c.date(style=r.choice(["en1", "en2"])), "",
                 M("PERSON", c.fname(p, "caps")), "and %s" % M("PERSON", c.kname(sp)), M("ADDRESS", c.address(off["dist"])), "",
                 "Subject: Emergency housing support - decision", "",
                 "Dear %s and %s," % (M("PERSON", p["formal"]), M("PERSON", ("Mr. " if not sp["female"] else "Ms. ") + sp["s"][1])), "",
                 "Following your visit on %s with interpreter %s, your application for emergency housing support "
                 "has been approved for three months. The monthly amount of KRW %s will be paid to %s account %s "
                 "held by %s." % (c.date(), M("PERSON", c.kname(c.korean())), format(r.choice([300000, 400000]), ","), bank,
                                  M("BANK_ACCOUNT", acc), M("PERSON", c.fname(p, "west"))),
                 "",
                 "Please also complete your change-of-address report; your alien registration number %s still shows "
                 "your previous address." % M("KR_FRN", c.frn(p["dob"], p["female"])),
                 "", sign_en(c, o, off, r)]
        lang = "en"
    return dict(lang=lang, title="Emergency housing support decision", doc_type="letter", text="\n".join(lines),
                grade="partial", grounds=[6])


TEMPLATES = [(t_email_reply, 14), (t_appointment, 9), (t_school_decision, 7), (t_childcare_decision, 7),
             (t_case_memo_ko, 8), (t_roster, 14), (t_incident, 7), (t_case_nonpublic, 6), (t_minutes, 7),
             (t_public_notice, 17), (t_ko_gongmun, 8), (t_bullets_followup, 7), (t_trade_secret, 2),
             (t_letter_housing, 6)]


def make_doc(r, seed, i):
    c = Ctx(r)
    off = c.office()
    o = c.official()
    fns, ws = zip(*TEMPLATES)
    fn = r.choices(fns, weights=ws)[0]
    d = fn(c, off, o, r)
    text, ents = finalize(d["text"])
    title = d["title"]
    assert "\x01" not in title
    if not ents and d["grade"] == "partial":
        d["grade"], d["grounds"] = "public", []
    appr = c.official()
    rank = r.choice(["팀장", "과장", "센터장"])
    return {"id": "%s-%d-%d" % (FAMILY, seed, i), "lang": d["lang"], "title": title,
            "department": off["ko"] if d["lang"] == "ko" else off["en"], "doc_type": d["doc_type"],
            "approved_at": "2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)),
            "drafter": o["ko"] if d["lang"] == "ko" else o["en"],
            "approver": appr["ko"] if d["lang"] == "ko" else appr["en"], "approver_rank": rank,
            "text": text, "entities": ents, "grade": d["grade"], "grounds": d["grounds"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.n):
            d = make_doc(r, a.seed, i)
            for e in d["entities"]:
                assert d["text"][e["start"]:e["end"]] == e["text"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
