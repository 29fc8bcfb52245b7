#!/usr/bin/env python3
"""Generator: minutes/records of meetings where citizens speak (dispute mediation,
resident briefings, 주민자치회, tenant-landlord mediation, 고충민원 청취, 통합사례회의).

python3 generate.py --n 200 --seed 1 --out docs.jsonl
Standard library only, deterministic for a given seed.
"""
import argparse
import json
import random
import re

FAMILY = "mediation_meetings"

# ----------------------------------------------------------------- vocab
SUR = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제탁국어은편용예봉부태목형피두감")
SUR_W = [20, 15, 10, 6, 6, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2] + [1] * 200
SUR2 = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIV = ("영수 영자 순자 민준 서연 지훈 은정 미경 경숙 재석 정희 상철 현우 수빈 하윤 동현 명숙 옥순 춘자 말순 "
       "광수 성호 혜진 지영 태식 보람 나래 다온 승민 유진 정숙 병철 용석 미란 선희 종훈 가은 도윤 시우 예린 "
       "복순 판석 금례 두식 창호 은비 하늘 준서 서진 기영 순옥 경자 인숙 철민 대호 세아 윤서 말자 덕배").split()
GIV1 = list("훈혁윤솔결진란숙빈철")
HANJA = ["洪在錫", "金英洙", "朴英子", "李順子", "崔東賢", "鄭美京", "姜成浩", "尹貞淑", "張光洙", "林惠珍"]
FOREIGN = ["응우옌 티 란", "Nguyen Thi Lan", "왕팡", "Wang Fang", "자말 후세인", "Jamal Hossain",
           "마리아 산토스", "Maria Santos", "바트자르갈", "Batjargal Ganbold", "올가 페트로바", "Olga Petrova",
           "쩐 반 훙", "Tran Van Hung", "리우 메이", "Liu Mei"]
HEALTH = ["공황장애", "우울증", "불면증", "고혈압", "당뇨", "치매 초기", "경도 인지장애",
          "허리디스크", "지체장애 2급", "청각장애", "시각장애 1급", "유방암", "뇌경색 후유증", "천식",
          "조현병", "알코올 의존증", "파킨슨병", "심한 장애(뇌병변)", "갑상선암", "이명", "편두통",
          "만성신부전", "외상후스트레스장애", "발달장애", "중증 아토피"]

GUS = [
    ("노원구", "02-2116", "nowon.go.kr", "서울특별시 노원구 노해로 437", ["동일로", "상계로", "한글비석로", "덕릉로"],
     ["상계3·4동", "중계2·3동", "월계1동", "공릉2동"], ["상계주공7단지", "중계그린", "월계현대", "공릉 동아"]),
    ("도봉구", "02-2091", "dobong.go.kr", "서울특별시 도봉구 마들로 656", ["도봉로", "방학로", "해등로", "우이천로"],
     ["방학1동", "창2동", "쌍문4동", "도봉1동"], ["방학 신동아1단지", "창동 주공3단지", "쌍문 한양", "도봉 한신"]),
    ("마포구", "02-3153", "mapo.go.kr", "서울특별시 마포구 월드컵로 212", ["성미산로", "망원로", "독막로", "신촌로"],
     ["망원1동", "성산2동", "아현동", "염리동"], ["성산시영", "마포래미안푸르지오", "망원 한강", "상암 월드컵파크"]),
    ("강서구", "02-2600", "gangseo.seoul.kr", "서울특별시 강서구 화곡로 302", ["공항대로", "등촌로", "강서로", "양천로"],
     ["화곡1동", "등촌3동", "가양2동", "방화1동"], ["가양 6단지", "등촌 주공", "방화 도시개발", "우장산 롯데캐슬"]),
    ("관악구", "02-879", "gwanak.go.kr", "서울특별시 관악구 관악로 145", ["남부순환로", "신림로", "봉천로", "난곡로"],
     ["신림동", "서원동", "난향동", "청룡동"], ["관악 드림타운", "봉천 두산", "신림 푸르지오", "난곡 우성"]),
    ("은평구", "02-351", "ep.go.kr", "서울특별시 은평구 은평로 195", ["진관2로", "통일로", "연서로", "은평터널로"],
     ["진관동", "불광2동", "응암3동", "수색동"], ["은평뉴타운 상림마을", "불광 북한산힐스테이트", "응암 백련산", "수색 DMC"]),
    ("송파구", "02-2147", "songpa.go.kr", "서울특별시 송파구 올림픽로 326", ["오금로", "송파대로", "위례성대로", "가락로"],
     ["거여1동", "마천2동", "오금동", "풍납1동"], ["거여 5단지", "송파 헬리오시티", "오금 현대", "풍납 극동"]),
    ("중랑구", "02-2094", "jungnang.go.kr", "서울특별시 중랑구 봉화산로 179", ["망우로", "면목로", "용마산로", "동일로"],
     ["면목본동", "중화2동", "묵1동", "신내1동"], ["신내 9단지", "면목 두산", "묵동 신도브래뉴", "중화 한신"]),
]

BANKS = [("신한은행", "110-{3}-{6}"), ("국민은행", "{6}-{2}-{6}"), ("우리은행", "1002-{3}-{6}"),
         ("농협", "302-{4}-{4}-{2}"), ("하나은행", "{3}-{6}-{5}"), ("카카오뱅크", "3333-{2}-{7}"),
         ("기업은행", "{3}-{6}-{2}-{3}"), ("새마을금고", "9002-{4}-{4}-{1}"), ("우체국", "{6}-{2}-{6}")]
MAILDOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"]
PLATE_H = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
COMPANIES = [("㈜한결건설", "214-86-37125", "02-3295-1100"), ("대명설비", "120-23-45871", "1588-4402"),
             ("㈜도원이엔씨", "305-81-66190", "02-6952-3300"), ("우리누수탐지", "611-12-90412", "1644-7719"),
             ("㈜서광종합관리", "101-86-22458", "02-2275-8100"), ("삼정방수", "209-17-88342", "070-4633-2100")]


class Doc:
    def __init__(self):
        self.parts = []
        self.ents = []
        self.pos = 0

    def add(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def ent(self, s, label):
        if label:
            self.ents.append({"start": self.pos, "end": self.pos + len(s), "label": label, "text": s})
        self.add(s)

    def segs(self, segs):
        for s, lab in segs:
            self.ent(s, lab)

    def text(self):
        return "".join(self.parts)


def has_batchim(w):
    c = w.strip()[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    if c.isdigit():
        return c in "013678"
    return False


def jo(w, pair):
    a, b = pair.split("/")
    return a if has_batchim(w) else b


class G:
    def __init__(self, rng):
        self.r = rng

    def ch(self, xs):
        return self.r.choice(xs)

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def surname(self):
        if self.r.random() < 0.08:
            return self.ch(SUR2)
        return self.r.choices(SUR, weights=SUR_W[:len(SUR)])[0]

    def person(self, allow_foreign=True):
        r = self.r.random()
        if allow_foreign and r < 0.07:
            f = self.ch(FOREIGN)
            return {"full": f, "given": None, "masked": self.ch(["외국인 주민 A", "OOO", "○○○"]), "sur": None, "foreign": True}
        if r < 0.12:
            h = self.ch(HANJA)
            return {"full": h, "given": None, "masked": h[0] + "○○", "sur": h[0], "foreign": False}
        s = self.surname()
        one = self.r.random() < 0.1
        g = self.ch(GIV1) if one else self.ch(GIV)
        full = s + g
        r2 = self.r.random()
        if r2 < 0.08:
            full = s + " " + g
        elif r2 < 0.12 and not one and len(s) == 1:
            full = s + " " + g[0] + " " + g[1]
        masked = self.ch([s + "○○", s + "OO", s + "○" + g[-1], s + "**", s + "모"])
        return {"full": full, "given": None if one else g, "masked": masked, "sur": s, "foreign": False}

    def official(self):
        s = self.surname() if self.r.random() < 0.9 else self.ch(SUR2)
        return {"full": s + self.ch(GIV)}

    def mobile(self):
        a, b = self.digits(4), self.digits(4)
        mid = self.ch(["010"] * 9 + ["011", "016"])
        f = self.r.random()
        if f < 0.45:
            return f"{mid}-{a}-{b}"
        if f < 0.6:
            return f"{mid} {a} {b}"
        if f < 0.72:
            return f"{mid}{a}{b}"
        if f < 0.84:
            return f"{mid}.{a}.{b}"
        if f < 0.92:
            return f"+82-10-{a}-{b}"
        return f"({mid}){a}-{b}"

    def homephone(self):
        return self.ch([f"02-{self.r.randint(900, 999)}-{self.digits(4)}", f"02-{self.r.randint(3300, 3499)}-{self.digits(4)}",
                        f"(02){self.r.randint(900, 999)}-{self.digits(4)}"])

    def date(self, y=None, m=None, d=None, style=None):
        y = y or self.ch([2025, 2026])
        m = m or self.r.randint(1, 12)
        d = d or self.r.randint(1, 28)
        st = style if style is not None else self.r.randint(0, 5)
        return [f"{y}. {m}. {d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일", f"'{y % 100}.{m}.{d}.",
                f"{y}.{m:02d}.{d:02d}.", f"{y}. {m:02d}. {d:02d}."][st]

    def birth(self, lo=1938, hi=1990):
        y, m, d = self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.date(y, m, d, self.ch([0, 1, 2, 4])), (y, m, d)

    def rrn(self, ymd, foreign=False, mask=False):
        y, m, d = ymd
        g = (1 if y < 2000 else 3) + self.r.randint(0, 1)
        if foreign:
            g = (5 if y < 2000 else 7) + self.r.randint(0, 1)
        back = str(g) + ("******" if mask else self.digits(6))
        sep = self.ch(["-", "-", "-", " - "])
        return f"{y % 100:02d}{m:02d}{d:02d}{sep}{back}"

    def plate(self):
        h = self.ch(PLATE_H)
        n = self.r.randint(10, 399)
        num = self.digits(4)
        f = self.r.random()
        if f < 0.4:
            return f"{n}{h}{num}"
        if f < 0.7:
            return f"{n}{h} {num}"
        if f < 0.85:
            return f"서울{self.r.randint(10, 99)}{h}{num}"
        return f"{self.r.randint(10, 99)}{h}{num}"

    def acct(self):
        b, pat = self.ch(BANKS)
        return b, re.sub(r"\{(\d)\}", lambda mm: self.digits(int(mm.group(1))), pat)

    def email(self, p):
        base = self.ch(["minsu", "happy", "sky", "moon", "jiyoung", "apt", "hope", "green", "bada", "star", "sunny"])
        return f"{base}{self.r.randint(1, 99)}{self.ch(['', '_', '.'])}{self.ch(['k', 'lee', 'park', 'kim', ''])}@{self.ch(MAILDOM)}"


# ------------------------------------------------------------- templates
# slots: {A.name} {A.unit} {A.phone} {A.health} {A.given} {A.plate} {A.bank} {A.acct} {A.email} {A.addr} ...
#        {M.name} mediator (private)  {O.name}{O.title} official  {OFFTEL} {OFFMAIL} {COMPLEX} {CO} {CONO} {COTEL}
U = {}
U["noise_A"] = [
    "저는 {A.unit}에 살고 있는 {A.name}입니다. 작년 가을부터 밤 11시가 넘어서까지 쿵쿵 울리는 소리가 계속되고 있습니다.",
    "제가 {A.health} 진단을 받아 약을 먹고 있는데, 위층 소음 때문에 새벽에 몇 번씩 깹니다.",
    "관리사무소에 열 번 넘게 민원을 넣었는데 안내문 한 장 붙이고 끝이었습니다.",
    "집에 여든 넘은 어머니가 계시는데 {A.health} 때문에 누워만 계십니다. 소리가 날 때마다 깜짝깜짝 놀라세요.",
    "측정은 한국환경공단 층간소음 이웃사이센터에 신청했고, 결과지는 오늘 가져왔습니다.",
    "연락은 제 휴대폰 {A.phone}로 주시면 됩니다. 낮에는 일을 해서 문자가 편합니다.",
    "저희가 원하는 건 사과 한마디하고, 밤 10시 이후에는 조심해 달라는 겁니다.",
    "{B.unit}에서 러닝머신을 쓰는 것 같습니다. 아이 뛰는 소리하고는 다릅니다.",
    "결과는 이메일 {A.email}로도 보내 주시면 좋겠습니다.",
    "저도 이웃끼리 얼굴 붉히기 싫어서 처음엔 참았습니다. 그런데 석 달째 이러니 더는 못 참겠습니다.",
]
U["noise_B"] = [
    "{B.unit} {B.name}입니다. 저희 집에 일곱 살, 네 살 아이가 있는 건 맞지만 거실 전체에 매트를 깔았습니다.",
    "밤 10시 이후엔 아이들 재웁니다. 오히려 아래층에서 천장을 두드려서 저희 둘째 {B.child} 말고도 큰애까지 밤에 자주 깹니다.",
    "운동기구는 없습니다. 소리가 옆 라인에서 나는 것일 수도 있다고 생각합니다.",
    "저도 {B.health} 때문에 집에 있는 시간이 길어서 조심하고 있습니다.",
    "연락처는 {B.phone}입니다. 관리사무소 통해서 말고 직접 연락 주셔도 됩니다.",
    "슬리퍼를 신고 다니고, 의자 다리에 소음방지 패드도 붙였습니다. 사진 제출하겠습니다.",
    "아래층 분이 현관 앞에 쪽지를 붙이고 인터폰을 하셔서 아이들이 무서워합니다.",
]
U["leak_A"] = [
    "{A.unit} {A.name}입니다. 지난 장마 때부터 안방 천장에서 물이 떨어지고 벽지에 곰팡이가 폈습니다.",
    "누수탐지업체 {CO}에서 위층 욕실 배관이 원인이라는 소견을 받았습니다. 견적서는 1,850,000원입니다.",
    "곰팡이 때문에 아이가 {A.health} 증상이 심해져서 병원에 다니고 있습니다.",
    "수리비는 제 명의 {A.bank} {A.acct} 계좌로 받았으면 합니다.",
    "연락처는 {A.phone}입니다. 공사 일정은 문자로 주세요.",
    "집에 물이 새는데 위층은 몇 달째 문을 안 열어 주셨습니다.",
]
U["leak_B"] = [
    "{B.unit} 소유자 {B.name}입니다. 저는 세를 주고 있어서 실제 거주는 하지 않습니다.",
    "세입자 분이 욕실을 쓰시니 세입자와도 같이 이야기를 해야 합니다. 제 번호는 {B.phone}입니다.",
    "일상생활배상책임보험에 가입돼 있어서 보험사({CO}가 아닌 손해보험사)에 접수하겠습니다.",
    "원인이 저희 배관이 맞다면 수리비는 부담하겠습니다. 다만 도배비까지는 과하다고 생각합니다.",
    "제가 지금 {B.health} 진단으로 병원 치료를 받느라 지방에 있어서 공사 날짜는 세입자와 맞춰 주셨으면 합니다.",
]
U["park_A"] = [
    "{A.unit} {A.name}입니다. 제 차는 {A.plate}이고, 장애인 주차구역 표지를 발급받았습니다.",
    "제가 {A.health} 진단을 받아서 멀리 주차하면 걸어오기가 힘듭니다.",
    "그런데 {B.plate} 차량이 거의 매일 장애인 주차구역에 서 있습니다.",
    "사진은 날짜별로 찍어서 관리사무소에 냈습니다. 연락은 {A.phone}로 주세요.",
    "방문차량 등록 시간을 넘겨서 이중주차를 하니 아침마다 차를 못 뺍니다.",
]
U["park_B"] = [
    "{B.unit} {B.name}입니다. {B.plate~은/는} 제 차가 맞습니다. 퇴근이 늦어서 빈자리가 없을 때만 잠깐 세웠습니다.",
    "저희 아버지가 {B.health} 진단을 받으셔서 병원 모시고 다닐 때 세운 적은 있습니다.",
    "이중주차할 때는 항상 전화번호 {B.phone}를 앞유리에 둡니다.",
    "세대당 1대 기준이 바뀌면서 두 번째 차량은 주차비를 내고 있습니다.",
]
U["tenant_A"] = [
    "임차인 {A.name}입니다. {A.addr}에 보증금 8,000만원으로 2년 계약해서 살고 있습니다.",
    "계약이 끝난 지 넉 달이 지났는데 보증금을 못 받고 있습니다. 새 집 잔금을 못 치러서 대출 이자를 내고 있어요.",
    "보증금은 {A.bank} {A.acct}로 돌려받고 싶습니다.",
    "저는 연락처 {A.phone}입니다. 외국인등록번호는 신청서에 적었습니다.",
    "보일러가 겨울 내내 고장이었는데 수리를 안 해 주셔서 제가 {A.health} 증상이 심해졌습니다.",
    "임차권등기명령 신청도 생각하고 있는데 비용이 부담됩니다.",
    "본인 확인은 등록번호 {A.rrn}로 하셨고, 신분증 사본을 제출했습니다.",
    "보증금 이체 내역은 {A.email}로 받은 메일을 출력해 왔습니다.",
]
U["tenant_B"] = [
    "임대인 {B.name}입니다. 새 세입자가 들어와야 보증금을 드릴 수 있는 상황입니다.",
    "저는 {B.addr}에 살고 있고, 전화는 {B.phone}입니다.",
    "원상복구 비용으로 벽지와 장판 값 1,200,000원은 빼야 한다고 생각합니다.",
    "제가 {B.health} 때문에 작년에 수술을 받아서 집을 제대로 관리 못 한 건 죄송합니다.",
    "다음 달 말까지는 반드시 돌려드리겠다고 각서라도 쓰겠습니다.",
]
U["brief_Q"] = [
    "{A.unit}에 사는 {A.name}입니다. 공사 기간 동안 소음과 분진 대책이 궁금합니다.",
    "저는 {A.addr}에서 40년 살았습니다. 세입자도 이주비가 나오는지 알고 싶습니다.",
    "우리 집 앞이 공사 차량 출입구가 된다는데, 집사람이 {A.health} 진단을 받아서 밤 공사를 하면 곤란합니다.",
    "연락처 남기겠습니다. {A.phone}입니다. 보상 일정 나오면 알려 주세요.",
    "정비구역 경계가 왜 우리 골목 앞에서 끊기는지 설명해 주십시오.",
    "분담금 추정액이 설명회마다 달라집니다. 어느 숫자를 믿어야 합니까?",
    "어르신들이 많이 사시는데 설명 자료 글씨를 크게 만들어 주셨으면 합니다.",
    "가게를 하는데 공사 기간에 손님이 끊기면 영업 손실 보상이 됩니까?",
    "제 차 {A.plate}는 골목에 세워 왔는데, 공사 중에는 어디에 대야 합니까?",
]
U["brief_A"] = [
    "공사 소음은 「소음·진동관리법」에 따른 생활소음 규제기준을 지키도록 시공사에 지시하겠습니다.",
    "세입자 주거이전비는 「토지보상법 시행규칙」 제54조에 따라 요건을 갖추시면 지급됩니다.",
    "정비구역 경계는 2024. 6. 20. 고시된 정비계획에 따른 것이며, 변경은 주민 제안 절차를 거쳐야 합니다.",
    "야간 작업은 원칙적으로 하지 않으며, 불가피한 경우 사전에 안내문을 배부하겠습니다.",
    "추가 문의는 {O.title} 사무실 {OFFTEL}로 연락 주시면 됩니다.",
    "시공사 {CO} 현장사무소 대표번호 {COTEL}로도 24시간 접수됩니다.",
    "분담금은 관리처분계획 인가 전까지 확정되지 않습니다. 추정치라는 점 양해 부탁드립니다.",
    "질문 주신 내용은 서면으로 정리해서 구 홈페이지에 게시하겠습니다.",
    "시공사 {CO}(사업자등록번호 {CONO})의 현장대리인이 공정 계획을 설명하였습니다.",
    "보상 관련 상담은 {O.name} {O.title}이 맡고 있으며, {OFFMAIL}로 서류를 받습니다.",
]
U["comm"] = [
    "{A.name} 위원: 마을축제 예산 3,500,000원 중 무대 임차비를 줄이고 어르신 간식비로 돌리자고 제안함.",
    "{A.name} 위원은 공원 화장실 야간 개방 시간을 23시까지 연장해 달라는 주민 의견을 전달함.",
    "{B.name} 위원: 어린이 통학로 불법 주정차 단속 요청. 특히 {B.plate} 등 상습 차량 번호를 동에 제출함.",
    "{B.name} 위원은 본인이 {B.health} 치료 때문에 거동이 불편하여 다음 회의는 서면으로 참석하겠다고 밝힘.",
    "{C.name} 위원 — 자치회관 프로그램 수강료 인상에 반대 의견. 수강생 대부분이 기초연금 수급 어르신임.",
    "{C.name} 위원이 분과 간사로 선출됨(연락처 {C.phone}).",
    "주민 의견: 경로당 앞 보도블록 정비, 방범용 CCTV 추가 설치 요청.",
    "마을공동체 공모사업 결과 보고 및 2026년도 주민참여예산 제안 사업 3건 심의.",
]
U["hear_A"] = [
    "저는 {A.name~이고/이고} {A.addr}에 혼자 살고 있습니다. 전화는 {A.phone}입니다.",
    "기초생활수급이 갑자기 중지돼서 왔습니다. 아들이 연락이 끊긴 지 10년인데 부양의무자로 잡혔답니다.",
    "제가 {A.health} 진단을 받아 일을 할 수 없는 상태라는 진단서를 냈는데 반영이 안 됐습니다.",
    "생년월일은 {A.birth}입니다. 동 주민센터에서는 구청에 물어보라고만 합니다.",
    "옆집에서 밤마다 고성을 질러서 112에 신고했고, 경찰이 두 번 왔었습니다.",
    "결과는 등기우편으로 보내 주시고, 문자도 같이 주세요.",
]
U["case"] = [
    "대상자 {A.name~은/는} {A.health} 진단 후 치료가 중단된 상태로, 최근 3개월간 외출을 거의 하지 않음.",
    "배우자 {B.name~은/는} {B.health} 치료를 위해 주 3회 병원 이용 중이며 간병 부담이 큼.",
    "자녀 {C.name}(중2)은 학교 결석이 잦아 담임교사와 연계 필요.",
    "월세 3개월 체납(1,650,000원), 전기요금 독촉 고지서 확인.",
    "긴급복지 생계지원 1개월(1,833,000원) 신청 및 주거급여 조사 의뢰하기로 함.",
    "정신건강복지센터 방문 상담 연계, 보건소 방문간호 주 1회 유지.",
]
U["med"] = [
    "양측 말씀 잘 들었습니다. 오늘은 사실관계를 확인하고, 다음 회의에서 조정안을 제시하겠습니다.",
    "소음 측정 결과 주간 1분 등가소음도가 기준 39dB을 넘는 구간이 확인됩니다.",
    "서로 대화가 끊긴 상태라서 직접 만나기보다 조정위원회를 통해 의사를 전달하시는 게 좋겠습니다.",
    "법적 다툼으로 가면 시간과 비용이 많이 듭니다. 합의로 해결하시기를 권합니다.",
    "누수 원인에 대해서는 제3의 업체에 정밀 조사를 맡기는 것을 제안합니다.",
    "조정이 성립하면 조정서에 서명하시게 되고, 이는 재판상 화해와 같은 효력이 있습니다.",
    "{A.given} 님 말씀도 일리가 있고, {B.given} 님 사정도 이해가 됩니다. 한 걸음씩 양보하시죠.",
    "{B.name} 씨께서 매트 설치 사진을 제출하시면 {A.name} 씨도 2주간 경과를 지켜보시는 걸로 하면 어떻겠습니까.",
    "관리사무소장(김○○)도 현장 확인에 입회하기로 했습니다. A씨 측 의견서도 접수돼 있습니다.",
]
U["off"] = [
    "「공동주택관리법」 제20조 및 「공동주택 층간소음의 범위와 기준에 관한 규칙」에 따라 안내드립니다.",
    "분쟁조정 신청은 2026. 1. 8. 접수되었고, 처리기한은 접수일로부터 60일입니다.",
    "추가 자료는 {OFFMAIL}로 보내 주시거나 {OFFTEL}로 전화 주십시오.",
    "관리주체에는 공문(주택과-3382)으로 현장 조사 협조를 요청해 두었습니다.",
    "이번 건은 서울시 공동주택 분쟁조정위원회로 이송할 수도 있습니다. 시 대표번호는 120입니다.",
    "조정 결과는 당사자 모두에게 서면으로 통보해 드리겠습니다.",
]

KINDS = {
    "noise": dict(title=["층간소음 분쟁 조정회의 결과", "층간소음 이웃분쟁 조정회의록", "공동주택 층간소음 갈등 조정 기록"],
                  A="noise_A", B="noise_B", dept="주택과", committee="공동주택관리 분쟁조정위원회"),
    "leak": dict(title=["누수 분쟁 조정회의록", "아파트 누수 피해 분쟁조정 회의 결과", "세대 간 누수 분쟁 조정 기록"],
                 A="leak_A", B="leak_B", dept="주택과", committee="공동주택관리 분쟁조정위원회"),
    "park": dict(title=["주차 분쟁 조정회의 결과보고", "아파트 주차 갈등 조정회의록", "장애인 주차구역 분쟁 조정 기록"],
                 A="park_A", B="park_B", dept="공동주택지원과", committee="이웃분쟁조정센터"),
    "tenant": dict(title=["임대차 분쟁 조정 상담 기록", "주거복지센터 임대인·임차인 조정회의록", "보증금 반환 분쟁 조정 결과"],
                   A="tenant_A", B="tenant_B", dept="주거복지과", committee="주거복지센터 임대차 상담조정"),
    "brief": dict(title=["재개발 정비계획(안) 주민설명회 결과", "도로 확장공사 주민설명회 회의록", "재정비촉진구역 주민설명회 질의응답",
                         "하수관로 정비공사 주민설명회 결과보고"], A="brief_Q", B="brief_Q", dept="도시정비과", committee="주민설명회"),
    "comm": dict(title=["주민자치회 정기회의 회의록", "주민자치회 분과회의 결과", "주민자치회 임시회의록"],
                 A="comm", B="comm", dept="자치행정과", committee="주민자치회"),
    "hear": dict(title=["고충민원 청취 결과", "구청장 현장 고충민원 청취 기록", "고충민원 면담 결과보고"],
                 A="hear_A", B="hear_A", dept="감사담당관", committee="고충민원 청취"),
    "case": dict(title=["통합사례회의 결과", "위기가구 사례회의록", "복지 사각지대 가구 사례관리 회의 결과"],
                 A="case", B="case", dept="복지정책과", committee="통합사례회의"),
}

RANKS = ["주무관", "주무관", "팀장", "과장"]
OTITLE = {"noise": ["주택과장", "공동주택팀장", "담당 주무관"], "leak": ["주택과장", "공동주택팀장", "담당 주무관"],
          "park": ["공동주택지원과장", "공동주택관리팀장", "담당 주무관"], "tenant": ["주거복지팀장", "주거복지과장", "담당 주무관"],
          "brief": ["도시정비과장", "정비사업팀장", "도로과장", "담당 주무관"], "comm": ["동장", "주민자치팀장", "담당 주무관"],
          "hear": ["감사담당관", "민원조사팀장", "담당 주무관"], "case": ["복지정책과장", "통합사례관리사(주무관)", "맞춤형복지팀장"]}


def build_ctx(g, kind, private, gu):
    gname, pre, dom, hall, roads, dongs, cplx = gu
    ctx = {}
    dong = g.r.randint(101, 115)
    floor = g.r.randint(2, 18)
    line = g.r.randint(1, 4)
    complex_ = g.ch(cplx)
    ctx["COMPLEX"] = (complex_, None)
    co = g.ch(COMPANIES)
    ctx["CO"], ctx["CONO"], ctx["COTEL"] = (co[0], None), (co[1], None), (co[2], None)
    short_unit = g.r.random() < 0.5 and kind in ("noise", "leak", "park")
    for i, k in enumerate("ABC"):
        p = g.person(allow_foreign=(kind in ("tenant", "hear", "brief", "comm", "noise", "case")))
        if private:
            ctx[k + ".name"] = (p["full"], "PERSON")
            if p["given"]:
                ctx[k + ".given"] = (p["given"], "PERSON")
            fl = floor + (1 if k == "B" else 0) + (2 if k == "C" else 0)
            if short_unit:
                unit = f"{fl}{line:02d}호"
            else:
                unit = f"{dong}동 {fl}{line:02d}호"
            ctx[k + ".unit"] = (unit, "ADDRESS")
            ctx[k + ".phone"] = (g.mobile() if g.r.random() < 0.9 else g.homephone(), "PHONE")
            ctx[k + ".health"] = (g.ch(HEALTH), "HEALTH_INFO")
            ctx[k + ".plate"] = (g.plate(), "VEHICLE_PLATE")
            b, a = g.acct()
            ctx[k + ".bank"] = (b, None)
            ctx[k + ".acct"] = (a, "BANK_ACCOUNT")
            ctx[k + ".email"] = (g.email(p), "EMAIL")
            bd, ymd = g.birth(2007, 2016) if (k == "C" and kind == "case") else g.birth()
            ctx[k + ".birth"] = (bd, "BIRTH_DATE")
            ctx[k + ".rrn"] = (g.rrn(ymd, foreign=p["foreign"], mask=g.r.random() < 0.4), "KR_FRN" if p["foreign"] else "KR_RRN")
            ctx[k + ".foreign"] = (p["foreign"], None)
            kid = g.person(allow_foreign=False)
            ctx[k + ".child"] = (kid["given"] or kid["full"], "PERSON")
            road = g.ch(roads)
            st = g.r.random()
            if st < 0.35:
                addr = f"서울특별시 {gname} {road} {g.r.randint(10, 480)}, {dong}동 {fl}{line:02d}호"
            elif st < 0.6:
                addr = f"{gname} {road}{g.r.randint(1, 40)}길 {g.r.randint(3, 88)}-{g.r.randint(1, 30)}, {g.r.randint(1, 4)}0{g.r.randint(1, 3)}호"
            elif st < 0.8:
                addr = f"서울 {gname} {g.ch(dongs).replace('·', '')} {g.r.randint(100, 999)}-{g.r.randint(1, 60)}번지"
            else:
                addr = f"{road}{g.r.randint(1, 40)}길 {g.r.randint(3, 88)} 지층 {g.r.randint(1, 3)}호"
            ctx[k + ".addr"] = (addr, "ADDRESS")
        else:
            ctx[k + ".name"] = (p["masked"] if g.r.random() < 0.6 else f"주민 {'ABC'[i]}", None)
            ctx[k + ".unit"] = (g.ch(["○○○호", "○동 ○○○호", "○○○○호", "OOO호"]), None)
        ctx[k + ".person"] = (p, None)
    # mediator (private) and official
    m = g.person(allow_foreign=False)
    ctx["M.name"] = (m["full"], "PERSON") if private else (m["masked"], None)
    m2 = g.person(allow_foreign=False)
    ctx["M2.name"] = (m2["full"], "PERSON") if private else (m2["masked"], None)
    o = g.official()
    oname = o["full"].replace(" ", "")
    ctx["O.name"] = (oname, None)
    ctx["O.title"] = (g.ch(OTITLE[kind]), None)
    o2 = g.official()
    ctx["O3.name"] = (g.official()["full"], None)
    ctx["O2.name"] = (o2["full"].replace(" ", ""), None)
    ctx["OFFTEL"] = (f"{pre}-{g.digits(4)}" if g.r.random() < 0.7 else f"02-2133-{g.r.randint(1000, 9999)}", None)
    ctx["OFFMAIL"] = (f"{g.ch(['house', 'apt', 'minwon', 'welfare', 'jachi', 'urban'])}{g.r.randint(1, 30)}@{g.ch([dom, 'seoul.go.kr', 'korea.kr'])}", None)
    return ctx


SLOT = re.compile(r"\{([A-Za-z0-9]+(?:\.[a-z]+)?)(?:~([^}]+))?\}")


def fill(tpl, ctx):
    segs = []
    last = 0
    for mm in SLOT.finditer(tpl):
        key = mm.group(1)
        if key not in ctx:
            return None
        segs.append((tpl[last:mm.start()], None))
        segs.append(ctx[key])
        if mm.group(2):
            segs.append((jo(ctx[key][0], mm.group(2)), None))
        last = mm.end()
    segs.append((tpl[last:], None))
    return [s for s in segs if s[0]]


def pick(g, pool, ctx, k=1, used=None):
    cands = [t for t in pool if fill(t, ctx) is not None and (used is None or t not in used)]
    g.r.shuffle(cands)
    out = cands[:k]
    if used is not None:
        used.update(out)
    return [fill(t, ctx) for t in out]


def relabel(tpl, src, dst):
    return tpl.replace("{" + src + ".", "{TMP.").replace("{" + dst + ".", "{" + src + ".").replace("{TMP.", "{" + dst + ".")


# ------------------------------------------------------------- speakers
class Sp:
    def __init__(self, key, role, official=False):
        self.key, self.role, self.official = key, role, official


def marker(g, style, sp, ctx, idx):
    """returns list of segs for a speaker marker."""
    if sp.official:
        t = ctx["O.title"][0] if sp.key == "O" else "담당 주무관"
        n = ctx[sp.key + ".name"][0]
        return g.ch([[(f"○ {t} {n}: ", None)], [(f"{t}({n}): ", None)], [(f"[{t}] ", None)],
                     [(f"◇ {t} ", None)], [(f"{n} {t} — ", None)]])
    nm = ctx.get(sp.key + ".name")
    un = ctx.get(sp.key + ".unit")
    if sp.key.startswith("M"):
        return g.ch([[(f"○ 조정위원 ", None), nm, (": ", None)], [("◇ 조정위원(", None), nm, (") ", None)],
                     [("[위원] ", None), nm, (" — ", None)], [nm, (" 위원: ", None)]])
    if style == 0 and un:
        return [nm, ("(", None), un, ("): ", None)]
    if style == 1 and un:
        return [un, (" 주민 — ", None)]
    if style == 2:
        return [(f"◇ {sp.role}(", None), nm, (") ", None)]
    if style == 3:
        return [(f"[{sp.role}] ", None)]
    if style == 4:
        return [(f"○ 주민 {'ABCDEFG'[idx % 7]}: ", None)]
    if style == 5:
        return [(f"{sp.role} ", None), nm, (": ", None)]
    if style == 6 and un:
        return [("- ", None), nm, (" 씨(", None), un, (") : ", None)]
    return [("▶ ", None), nm, ("\n  ", None)]


def hhmm(g, base_h, i):
    h, m = base_h + (i * 4) // 60, (i * 4 + g.r.randint(0, 3)) % 60
    return g.ch([f"[{h:02d}:{m:02d}]", f"{h:02d}:{m:02d}", f"({h}시 {m:02d}분)", f"{h:02d}시{m:02d}분"])


# ------------------------------------------------------------- turns
def make_turns(g, kind, ctx, private):
    spec = KINDS[kind]
    turns = []
    used = set()
    roleA = {"noise": "신청인", "leak": "신청인", "park": "신청인", "tenant": "임차인", "brief": "주민",
             "comm": "위원", "hear": "민원인", "case": "대상자"}[kind]
    roleB = {"noise": "피신청인", "leak": "피신청인", "park": "피신청인", "tenant": "임대인", "brief": "주민",
             "comm": "위원", "hear": "민원인", "case": "가구원"}[kind]
    A, B, C = Sp("A", roleA), Sp("B", roleB), Sp("C", "주민")
    M, O = Sp("M", "조정위원"), Sp("O", "담당", official=True)
    if kind in ("noise", "leak", "park", "tenant"):
        seq = [(O, "off"), (A, spec["A"]), (A, spec["A"]), (B, spec["B"]), (B, spec["B"]), (M, "med"),
               (A, spec["A"]), (B, spec["B"]), (M, "med"), (O, "off")]
        if g.r.random() < 0.5:
            seq.insert(g.r.randint(2, 7), (A, spec["A"]))
    elif kind == "brief":
        seq = []
        for who in g.r.sample([A, B, C], 3):
            seq += [(who, "brief_Q"), (O, "brief_A")]
        seq.insert(0, (O, "brief_A"))
    elif kind == "hear":
        seq = [(O, "off"), (A, "hear_A"), (A, "hear_A"), (O, "off"), (A, "hear_A"), (A, "hear_A")]
    else:
        seq = []
    for sp, pool in seq:
        c = dict(ctx)
        if sp.key in ("B", "C") and pool in ("brief_Q", "hear_A"):
            p = [relabel(t, "A", sp.key) for t in U[pool]]
        else:
            p = U[pool]
        if sp.key == "M":
            p = [t for t in U["med"] if (kind == "leak" or "누수" not in t) and (kind == "noise" or ("소음" not in t and "매트" not in t))]
        s = pick(g, p, c, 1, used)
        if s:
            turns.append((sp, s[0]))
    return turns


# ------------------------------------------------------------- layouts
def header_block(g, d, meta, ctx, private, style):
    """meeting overview in several key:value styles."""
    kv = [("일시", meta["when"]), ("장소", meta["where"]),
          ("참석", meta["attend"]), ("안건", meta["agenda"])]
    keys = {"일시": ["일시", "일 시", "회의일시", "개최일시"], "장소": ["장소", "장 소", "회의장소"],
            "참석": ["참석자", "참 석", "참석 인원", "출석"], "안건": ["안건", "회의 안건", "상정안건", "주요 내용"]}
    bullet = g.ch(["□ ", "○ ", "■ ", "1. ", "- ", ""])
    sep = g.ch([": ", " : ", "\t", " ─ ", "："])
    for i, (k, v) in enumerate(kv):
        kk = g.ch(keys[k])
        b = bullet if bullet != "1. " else f"{i + 1}. "
        d.add(f"{b}{kk}{sep}")
        d.segs(v)
        d.add("\n")


def attend_segs(g, ctx, kind, private):
    segs = [(ctx["O.title"][0] + " " + ctx["O.name"][0], None)]
    if kind in ("noise", "leak", "park", "tenant"):
        segs += [(", 조정위원 ", None), ctx["M.name"], (", ", None), ctx["M2.name"], (", 신청인 ", None), ctx["A.name"],
                 (", 피신청인 ", None), ctx["B.name"]]
    elif kind == "comm":
        segs += [(", 주민자치회장 ", None), ctx["M.name"], (" 외 위원 18명(재적 25명)", None)]
    elif kind == "case":
        segs += [(", 자문위원 ", None), ctx["M.name"], ("(사회복지사), 보건소 방문간호팀, 정신건강복지센터", None)]
    elif kind == "brief":
        segs += [(f", 시공사 {ctx['CO'][0]} 관계자, 주민 {g.r.randint(25, 140)}명", None)]
    else:
        segs += [(", 민원인 ", None), ctx["A.name"]]
    return segs


def render(g, layout, kind, ctx, private, meta, turns, extras):
    d = Doc()
    d.segs(meta["title_segs"])
    d.add("\n")
    if g.r.random() < 0.5:
        d.add(f"{meta['org']} {meta['committee']}\n")
    d.add("\n")
    if layout in ("formal", "speaker_table", "box", "tsv", "qa", "timestamp"):
        header_block(g, d, meta, ctx, private, None)
        d.add("\n")
    mstyle = g.r.randint(0, 7)
    if layout == "formal":
        d.add(g.ch(["□ 회의 내용\n", "Ⅱ. 발언 요지\n", "[회의 내용]\n", "2. 주요 발언\n"]))
        for i, (sp, segs) in enumerate(turns):
            d.segs(marker(g, mstyle, sp, ctx, i))
            d.segs(segs)
            d.add("\n")
    elif layout == "mediation":
        d.add(f"사건번호: {meta['caseno']}\n조정기일: ")
        d.segs(meta["when"])
        d.add("\n\n")
        for i, (sp, segs) in enumerate(turns):
            if sp.official:
                d.segs(marker(g, 0, sp, ctx, i))
            elif sp.key.startswith("M"):
                d.segs(marker(g, 0, sp, ctx, i))
            else:
                d.segs(marker(g, g.ch([2, 3, 5]), sp, ctx, i))
                if g.r.random() < 0.4:
                    d.add(g.ch(["말씀드리면 ", "제 입장은, ", "진술: "]))
            d.segs(segs)
            d.add("\n")
    elif layout == "qa":
        for i, (sp, segs) in enumerate(turns):
            if sp.official:
                d.add(g.ch(["A. ", "답) ", "→ 답변: "]))
                if g.r.random() < 0.5:
                    d.add(f"({ctx['O.title'][0]}) ")
            elif sp.key.startswith("M"):
                d.add(g.ch(["A. (조정위원) ", "의견) 조정위원 — ", "조정위원 의견: "]))
            else:
                d.add(g.ch(["Q. ", "문) ", "질의: "]))
                if g.r.random() < 0.6:
                    d.add("(")
                    d.segs([ctx[sp.key + ".unit"], (" 주민", None)] if g.r.random() < 0.5 else [ctx[sp.key + ".name"]])
                    d.add(") ")
            d.segs(segs)
            d.add("\n")
    elif layout == "timestamp":
        bh = g.r.randint(9, 19)
        for i, (sp, segs) in enumerate(turns):
            d.add(hhmm(g, bh, i) + " ")
            d.segs(marker(g, g.ch([0, 1, 5, 6]), sp, ctx, i))
            d.segs(segs)
            d.add("\n")
    elif layout == "prose":
        d.add(g.ch(["회의는 ", "이날 회의는 ", "조정회의는 "]))
        d.segs(meta["when"])
        d.add(f" {meta['where_plain']}에서 열렸다. ")
        for i, (sp, segs) in enumerate(turns):
            lead = "" if i == 0 else g.ch(["이어 ", "다음으로 ", "이에 대해 ", "또한 ", ""])
            if sp.official:
                d.add(f"{lead}{ctx['O.title'][0]} {ctx['O.name'][0]}{jo(ctx['O.name'][0], '은/는')} “")
            elif sp.key.startswith("M"):
                d.add(f"{lead}조정위원 ")
                d.segs([ctx["M.name"]])
                d.add(" 씨는 “")
            else:
                nm = ctx[sp.key + ".name"]
                d.add(lead)
                if g.r.random() < 0.4 and (sp.key + ".unit") in ctx:
                    d.segs([ctx[sp.key + ".unit"], (f" {sp.role} ", None)])
                d.segs([nm])
                d.add(g.ch([" 씨는 “", "님은 “", f"({sp.role}){jo(sp.role, '은/는')} “"]))
            d.segs(segs)
            d.add(g.ch(["”라고 말함. ", "”라고 진술하였다. ", "”고 밝혔다.\n", "”라고 하였음.\n"]))
        d.add("\n")
    elif layout in ("speaker_table", "box", "tsv"):
        rows = []
        for sp in {id(t[0]): t[0] for t in turns}.values():
            if sp.official:
                rows.append(([(sp.role if sp.key != "O" else ctx["O.title"][0], None)], [(ctx["O.name"][0], None)],
                             [(meta["org"], None)], [(ctx["OFFTEL"][0], None)]))
            elif sp.key.startswith("M"):
                rows.append(([("조정위원", None)], [ctx["M.name"]], [("외부위원(변호사)", None)], [("-", None)]))
            else:
                ph = ctx.get(sp.key + ".phone", ("비공개", None))
                rows.append(([(sp.role, None)], [ctx[sp.key + ".name"]], [ctx[sp.key + ".unit"]], [ph]))
        hdr = [g.ch(["구분", "역할", "지위"]), g.ch(["성명", "이름", "발언자"] + (["신청인/피신청인"] if kind in ("noise", "leak", "park") else [])),
               g.ch(["소속/동호수", "거주(동·호)", "소속·주소"]), g.ch(["연락처", "전화", "휴대전화"])]
        if layout == "speaker_table":
            d.add("| " + " | ".join(hdr) + " |\n|" + "---|" * 4 + "\n")
            for row in rows:
                d.add("| ")
                for j, cell in enumerate(row):
                    d.segs(cell)
                    d.add(" | " if j < 3 else " |\n")
        elif layout == "tsv":
            d.add("\t".join(hdr) + "\n")
            for row in rows:
                for j, cell in enumerate(row):
                    d.segs(cell)
                    d.add("\t" if j < 3 else "\n")
        else:
            d.add("┌──────┬──────┬──────────┬──────────┐\n")
            d.add("│" + "│".join(hdr) + "│\n├──────┼──────┼──────────┼──────────┤\n")
            for row in rows:
                d.add("│")
                for cell in row:
                    d.segs(cell)
                    d.add("│")
                d.add("\n")
            d.add("└──────┴──────┴──────────┴──────────┘\n")
        d.add(g.ch(["\n※ 발언 요지\n", "\n< 주요 발언 >\n", "\n발언 내용(요약)\n"]))
        for i, (sp, segs) in enumerate(turns):
            if layout == "tsv":
                d.add(f"{i + 1}\t")
                d.segs(marker(g, 5, sp, ctx, i))
                d.add("\t")
            else:
                d.add(g.ch(["  - ", "  ㅇ ", "  · "]))
                d.segs(marker(g, g.ch([0, 2, 4, 5]), sp, ctx, i))
            d.segs(segs)
            d.add("\n")
    for ex in extras:
        d.add("\n")
        d.segs(ex)
    d.add("\n")
    d.segs(meta["footer"])
    return d


# ------------------------------------------------------------- special kinds
def comm_doc(g, ctx, private):
    """주민자치회 회의록: agenda list; members are private persons."""
    items = []
    lines = [t for t in U["comm"]]
    g.r.shuffle(lines)
    n = 0
    sec = g.ch([["가. ", "나. ", "다. ", "라. ", "마. ", "바. "], ["1) ", "2) ", "3) ", "4) ", "5) ", "6) "],
                ["○ ", "○ ", "○ ", "○ ", "○ ", "○ "], ["- ", "- ", "- ", "- ", "- ", "- "]])
    for t in lines:
        f = fill(t, ctx)
        if f is None:
            continue
        items.append([(sec[n], None)] + f + [("\n", None)])
        n += 1
        if n >= 5:
            break
    vote = [(f"\n【의결】 제1호 안건 「2026년 마을축제 운영계획(안)」 재적 25명 중 출석 {g.r.randint(14, 22)}명, 찬성 {g.r.randint(12, 14)}명으로 원안 가결.\n", None)]
    return [s for it in items for s in it] + vote


def case_doc(g, ctx, private):
    segs = [("■ 대상 가구 현황\n", None)]
    style = g.r.randint(0, 2)
    members = [("A", "본인"), ("B", "배우자"), ("C", "자녀")]
    if style == 0:
        segs.append(("| 관계 | 성명 | 생년월일 | 건강 상태 |\n|---|---|---|---|\n", None))
        for k, rel in members:
            segs += [(f"| {rel} | ", None), ctx[k + ".name"], (" | ", None), ctx[k + ".birth"], (" | ", None), ctx[k + ".health"], (" |\n", None)]
    elif style == 1:
        for k, rel in members:
            segs += [(f"  ○ {rel}: ", None), ctx[k + ".name"], (" (주민등록번호 ", None), ctx[k + ".rrn"], (") / ", None), ctx[k + ".health"], ("\n", None)]
    else:
        segs += [("대상자: ", None), ctx["A.name"], ("\n생년월일: ", None), ctx["A.birth"], ("\n주소: ", None), ctx["A.addr"],
                 ("\n연락처: ", None), ctx["A.phone"], ("\n가구원: 배우자 ", None), ctx["B.name"], (", 자녀 ", None), ctx["C.name"], ("\n", None)]
    segs.append(("\n■ 논의 내용\n", None))
    for t in g.r.sample(U["case"], 4):
        segs += [("  - ", None)] + fill(t, ctx) + [("\n", None)]
    segs += [("\n■ 결정 사항\n  1. 긴급복지지원법 제9조에 따른 생계지원 결정(1개월)\n  2. 담당: 맞춤형복지팀 ", None), (ctx["O2.name"][0], None),
             (" 주무관(", None), ctx["OFFTEL"], (")\n  3. 자문위원 ", None), ctx["M.name"], (" 씨의 의견에 따라 1개월 후 재사정\n", None)]
    return segs


# ------------------------------------------------------------- document
def one_doc(g, idx, seed):
    gu = g.ch(GUS)
    gname, pre, dom, hall, roads, dongs, cplx = gu
    kind = g.r.choices(list(KINDS), weights=[16, 12, 10, 12, 14, 10, 10, 8])[0]
    spec = KINDS[kind]
    # grade decision
    r = g.r.random()
    if kind == "case":
        mode = "nonpublic" if r < 0.45 else "partial"
    elif r < 0.2:
        mode = "public"
    elif r < 0.255:
        mode = "nonpublic"
    else:
        mode = "partial"
    if kind == "case" and mode == "public":
        mode = "partial"
    private = mode != "public"
    ctx = build_ctx(g, kind, private, gu)
    committee = spec["committee"]
    org = g.ch([f"{gname}", f"서울특별시 {gname}", f"{gname}청"])
    y = g.ch([2025, 2026])
    mo, dd = g.r.randint(1, 12), g.r.randint(1, 28)
    date_s = g.date(y, mo, dd)
    hour = g.r.randint(10, 19)
    when = [(f"{date_s} {g.ch([f'{hour}:00', f'{hour}시', f'오후 {hour - 12}시' if hour > 12 else ('낮 12시' if hour == 12 else f'오전 {hour}시')])}", None)]
    place = g.ch([f"{gname}청 별관 3층 소회의실", f"{g.ch(dongs)} 주민센터 2층 회의실", f"{ctx['COMPLEX'][0]}아파트 관리사무소 회의실",
                  f"{gname}청 본관 7층 기획상황실({hall})", f"{g.ch(dongs)} 자치회관 다목적실"])
    agenda = {"noise": "층간소음 분쟁 조정", "leak": "세대 간 누수 피해 조정", "park": "주차구역 사용 분쟁 조정",
              "tenant": "임대차 보증금 반환 조정", "brief": "사업 개요 설명 및 주민 질의응답", "comm": "마을축제 운영계획(안) 등 3건",
              "hear": "고충민원 청취 및 처리 방향", "case": "위기가구 지원 방안"}[kind]
    # title
    title_segs = [(f"{g.ch(spec['title'])}", None)]
    if private and kind in ("noise", "leak", "park") and g.r.random() < 0.35:
        title_segs = [(f"{ctx['COMPLEX'][0]} ", None), ctx["B.unit"], (" - ", None), ctx["A.unit"], (f" {g.ch(spec['title'])}", None)]
    elif private and kind in ("hear", "case") and g.r.random() < 0.3:
        title_segs = [(f"{g.ch(spec['title'])}(", None), ctx["A.name"], (g.ch([" 님)", ")", " 가구)"]), None)]
    elif not private or g.r.random() < 0.5:
        title_segs = [(f"{date_s} {g.ch(spec['title'])}", None)]
    title = "".join(s for s, _ in title_segs)
    caseno = f"{y}-{g.ch(['조정', '층간', '분쟁', '임대'])}-{g.r.randint(1, 240):03d}"
    meta = dict(title_segs=title_segs, when=when, where=[(place, None)], where_plain=place,
                attend=attend_segs(g, ctx, kind, private), agenda=[(agenda, None)], org=org, committee=committee, caseno=caseno)
    # footer: officials + office lines (hard negatives)
    drafter = ctx["O2.name"][0]
    approver = ctx["O3.name"][0]
    arank = g.ch({"comm": ["동장", "자치행정과장"], "case": ["복지정책과장", "과장", "국장"]}.get(kind, ["과장", "팀장", "국장"]))
    foot = g.ch([
        f"작성: {spec['dept']} 주무관 {drafter} / 확인: {arank} {approver}\n문의: {ctx['OFFTEL'][0]}, {ctx['OFFMAIL'][0]}\n",
        f"[담당] {org} {spec['dept']} {drafter}(☎ {ctx['OFFTEL'][0]})\n",
        f"※ 이 기록은 「{g.ch(['공동주택관리법', '민원 처리에 관한 법률', '주민자치회 설치 및 운영에 관한 조례', '도시 및 주거환경정비법'])}」에 따라 작성되었으며, 문서번호 {spec['dept']}-{g.r.randint(1000, 9999)}({date_s})로 보존합니다.\n담당자 {drafter} 주무관 ☎ {ctx['OFFTEL'][0]}\n",
        f"기록자: 주무관 {drafter}    {org} {spec['dept']}  전화 {ctx['OFFTEL'][0]}  주소 {hall}\n",
    ])
    meta["footer"] = [(foot, None)]
    # body
    extras = []
    if kind == "comm":
        layout = g.ch(["formal", "speaker_table", "box", "tsv", "prose_list"])
        turns = []
        d = Doc()
        d.segs(title_segs)
        d.add(f"\n{org} {g.ch(dongs)} 주민자치회\n\n")
        header_block(g, d, meta, ctx, private, None)
        d.add(g.ch(["\n■ 회의 내용\n", "\n[토의 사항]\n", "\n3. 안건 토의\n"]))
        d.segs(comm_doc(g, ctx, private))
        d.add(f"\n{ctx['O.title'][0]} {ctx['O.name'][0]}: 건의사항은 구 관련 부서에 전달하고 다음 회의 때 결과를 보고하겠다고 답변함.\n")
        if g.r.random() < 0.5:
            d.add(f"{g.ch(['구의원', '구의회 의원', '시의원'])} {ctx['O2.name'][0][::-1] if False else g.person(False)['full'].replace(' ', '')} 의원이 참관하여 예산 편성 시기를 안내함.\n")
        d.add("\n")
        d.segs(meta["footer"])
        layout = "community_list"
    elif kind == "case":
        d = Doc()
        d.segs(title_segs)
        d.add("\n\n")
        header_block(g, d, meta, ctx, private, None)
        d.add("\n")
        d.segs(case_doc(g, ctx, private))
        d.add("\n")
        d.segs(meta["footer"])
        layout = "case_memo"
    else:
        turns = make_turns(g, kind, ctx, private)
        layout = g.ch(["formal", "mediation", "qa", "timestamp", "prose", "speaker_table", "box", "tsv", "letter"])
        if kind == "brief":
            layout = g.ch(["qa", "qa", "formal", "timestamp", "prose", "speaker_table", "box"])
        if kind == "hear" and layout == "mediation":
            layout = "prose"
        if layout == "letter" and (kind not in ("noise", "leak", "park", "tenant") or not private):
            layout = "formal"
        if kind in ("noise", "leak", "park", "tenant") and layout != "letter":
            ag = [("【조정 결과】 ", None)]
            res = g.ch(["조정 성립", "조정 불성립", "차회 속행", "일부 합의"])
            ag.append((res + "\n", None))
            items = {"noise": ["{B.unit} 세대는 거실·복도에 두께 4cm 이상 매트를 설치한다.", "22시 이후 운동기구 사용을 중단한다.",
                               "{A.unit} 세대는 천장 두드리기 등 보복성 행위를 하지 않는다.", "3개월 후 관리사무소 입회하에 재측정한다."],
                     "leak": ["{B.name~은/는} 누수 배관 수리비 1,850,000원을 부담한다.", "도배비는 양측이 50%씩 부담한다.",
                              "수리비는 {A.bank} {A.acct}로 30일 이내 지급한다.", "공사는 {CO}(사업자등록번호 {CONO})가 시행한다."],
                     "park": ["{B.plate} 차량은 장애인 전용주차구역에 주차하지 않는다.", "관리사무소는 이중주차 시 연락처 게시를 안내한다.",
                              "위반 시 「장애인·노인·임산부 등의 편의증진 보장에 관한 법률」 제17조에 따라 과태료가 부과될 수 있다."],
                     "tenant": ["임대인 {B.name~은/는} 보증금 80,000,000원 중 78,800,000원을 2026. 5. 31.까지 반환한다.",
                                "반환 계좌: {A.bank} {A.acct}", "원상복구비 1,200,000원은 공제한다.", "임차인은 반환일에 열쇠를 인도한다."]}[kind]
            mk = g.ch([["가. ", "나. ", "다. ", "라. "], ["1. ", "2. ", "3. ", "4. "], ["① ", "② ", "③ ", "④ "]])
            for i, t in enumerate(items):
                f = fill(t, ctx)
                if f:
                    ag += [(mk[i], None)] + f + [("\n", None)]
            extras.append(ag)
            if private and g.r.random() < 0.3:
                b, a = g.acct()
                ex = [("\n[붙임] 조정위원 회의수당 지급 내역\n| 성명 | 구분 | 금액 | 입금계좌 |\n|---|---|---|---|\n| ", None),
                      ctx["M.name"], (" | 외부위원 | 150,000원 | " + b + " ", None), (a, "BANK_ACCOUNT"), (" |\n| ", None),
                      ctx["M2.name"], (" | 외부위원 | 150,000원 | ", None)]
                b2, a2 = g.acct()
                ex += [(b2 + " ", None), (a2, "BANK_ACCOUNT"), (" |\n※ 위원장(" + arank + " " + approver + ")은 수당 미지급\n", None)]
                extras.append(ex)
        if layout == "letter":
            d = Doc()
            d.segs(title_segs)
            d.add(f"\n\n{org}\n\n")
            d.add(g.ch(["수신: ", "수신자: ", "받는 분: "]))
            d.segs([(g.ch(["신청인 ", ""]), None), ctx["A.name"], (g.ch([" 귀하", " 님", ""]), None)])
            if private:
                d.add(" (")
                d.segs([ctx["A.addr"] if g.r.random() < 0.6 else ctx["A.unit"]])
                d.add(")")
            d.add(f"\n(경유)\n제목: {g.ch(spec['title'])} 통보\n\n")
            d.add(f"1. 귀하의 가정에 평안을 기원합니다.\n2. {g.ch(['귀하께서', '신청인께서'])} ")
            d.segs(meta["when"])
            d.add(f" 신청하신 {agenda} 건에 대하여 {committee}의 조정회의 결과를 아래와 같이 알려드립니다.\n\n")
            d.add("  가. 사건번호: " + caseno + "\n  나. 상대방: ")
            d.segs([ctx["B.name"], (" (", None), ctx["B.unit"], (")\n  다. 회의 요지\n", None)])
            for sp, segs in turns[:g.r.randint(3, 6)]:
                d.add("    - ")
                if sp.official:
                    d.add(ctx["O.title"][0] + ": ")
                elif sp.key.startswith("M"):
                    d.add("조정위원: ")
                else:
                    d.segs([(sp.role + " ", None), ctx[sp.key + ".name"], (": ", None)])
                d.segs(segs)
                d.add("\n")
            d.add("  라. 결과: " + g.ch(["조정 성립(조정서 별첨)", "조정 불성립 — 민사조정 또는 소송 절차를 이용하실 수 있습니다.", "차회 조정기일에 속행"]) + "\n")
            d.add("3. 이 통보에 대하여 이의가 있으시면 통보를 받은 날부터 30일 이내에 문의하여 주시기 바랍니다.  끝.\n\n")
            d.add(f"{gname}청장\n\n")
            d.segs(meta["footer"])
        else:
            d = render(g, layout, kind, ctx, private, meta, turns, extras)
    text = d.text()
    ents = d.ents
    # grade
    grounds = []
    grade = mode
    if mode == "nonpublic":
        if kind == "case":
            grounds = [6]
        elif kind == "hear":
            grounds = g.ch([[4], [4, 6]])
            text += "\n※ 해당 민원은 관할 경찰서에서 수사 진행 중인 사안과 관련되어 있음.\n"
        elif kind == "brief":
            grounds = g.ch([[8], [7]])
            text += ("\n※ 본 기록에는 미확정 정비구역 경계(안) 및 필지별 추정 감정가가 포함되어 있어 공개 시 부동산 투기 우려가 있음.\n"
                     if grounds == [8] else
                     f"\n※ 본 기록에 첨부된 {ctx['CO'][0]}의 공종별 단가 산출 내역은 영업상 비밀에 해당함.\n")
        elif kind == "comm":
            grounds = [5]
            text += "\n※ 본 회의록은 위원 간 의사결정 과정이 진행 중인 안건을 포함하여 확정 시까지 비공개로 함.\n"
        else:
            grounds = g.ch([[5], [5, 6]])
            text += "\n※ 조정위원회 심의가 진행 중이며, 조정안 확정 전 내부 검토 자료임(「공동주택관리법」 제71조).\n"
        if not ents and 6 in grounds:
            grounds = [x for x in grounds if x != 6] or [5]
    elif ents:
        grade, grounds = "partial", [6]
    else:
        grade, grounds = "public", []
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (e, text[e["start"]:e["end"]])
        assert e["text"] == e["text"].strip() and e["text"], e
    return {"id": f"{FAMILY}-{seed}-{idx}", "lang": "ko", "title": title,
            "department": f"{org} {spec['dept']}".replace("청청", "청"), "doc_type": g.ch(["회의록", "결과보고", "조정기록", "면담기록", "회의 결과"]) if layout != "letter" else "결과 통보",
            "approved_at": f"{y}-{mo:02d}-{min(dd + g.r.randint(0, 3), 28):02d}", "drafter": drafter, "approver": approver,
            "approver_rank": arank, "text": text, "entities": ents, "grade": grade, "grounds": grounds,
            "layout": layout}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    g = G(random.Random(a.seed))
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.n):
            doc = one_doc(g, i, a.seed)
            for e in doc["entities"]:
                assert doc["text"][e["start"]:e["end"]] == e["text"]
            doc.pop("layout")
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
