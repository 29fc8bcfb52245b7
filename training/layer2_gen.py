"""Synthetic training documents for the layer-2 text model.

Why its own generator: the model must not learn the shape of the dev corpus (which is
for measurement only), and the project-wide generator in ``disclosure/synth`` is not
ready. These templates are written from how Seoul documents are drafted, and they come
in *confusable pairs* on purpose: an audit still in progress (withheld, item 5) next to
an audit result that is published; an accident report while the police investigate
(item 4) next to a closed one; a contractor's cost breakdown under negotiation (item 7,
nonpublic) next to one released with the costs masked (partial). A model that only
learned "audit → nonpublic" would fail on the pairs.

Every document is a dict ``{"text", "grade", "grounds", "doc_type", "lang"}``;
:func:`generate` is deterministic for a given seed.
"""
from __future__ import annotations

import random

SURNAMES = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남궁 제갈 선우".split()
GIVEN = ("민준 서연 도윤 지우 하준 수아 예준 지호 은서 현우 지민 유진 동현 수빈 영호 미경 정숙 상철 "
         "혜진 성민 경희 재원 나래 한결 하늘 보람 슬기 다은 태호 진영 명희 순자 영길 현 준 솔").split()
DEPTS = ["복지정책과", "주택정책과", "도시계획과", "교통정책과", "문화정책과", "환경정책과", "안전총괄과",
         "재무과", "계약심사과", "인사과", "조사담당관", "정보보안담당관", "민원담당관", "보건의료정책과",
         "자치행정과", "공원조성과", "도로관리과", "청년정책담당관", "세무과", "외국인다문화담당관"]
GUS = ["종로구", "중구", "용산구", "성동구", "광진구", "마포구", "서대문구", "은평구", "강서구", "구로구",
       "관악구", "동작구", "강남구", "송파구", "강동구", "노원구", "도봉구", "중랑구", "양천구", "영등포구"]
ROADS = ["세종대로", "을지로", "마포대로", "도봉로", "강남대로", "양재대로", "올림픽로", "신촌로", "동일로", "시흥대로"]
COMPANIES = ["주식회사 한빛시스템", "(주)미래건설", "대한엔지니어링(주)", "(유)새길기술", "주식회사 누리소프트",
             "(주)청솔환경", "한결산업 주식회사", "(주)다온정보통신", "주식회사 푸름조경", "(주)세움안전"]
BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "기업은행"]
RANKS = ["과장", "국장", "팀장", "센터장", "실장", "부시장", "담당관"]
HEALTH = ["우울증 치료 중", "지체장애 2급", "당뇨병", "고혈압", "알코올 의존증", "뇌경색 후유증", "공황장애",
          "시각장애 1급", "만성 신부전(투석 중)", "치매 초기"]


class G:
    """Small helpers drawing one random value each."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def c(self, xs):
        return self.r.choice(xs)

    def name(self):
        return self.c(SURNAMES) + self.c(GIVEN)

    def phone(self):
        a, b = self.r.randint(1000, 9999), self.r.randint(1000, 9999)
        return self.c([f"010-{a}-{b}", f"010 {a} {b}", f"010{a}{b}", f"+82-10-{a}-{b}"])

    def office(self):
        return f"02-2133-{self.r.randint(1000, 9999)}"

    def rrn(self):
        return f"{self.r.randint(50, 99)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}-{self.r.randint(1, 2)}{self.r.randint(0, 999999):06d}"

    def addr(self):
        return f"서울특별시 {self.c(GUS)} {self.c(ROADS)} {self.r.randint(1, 400)}, {self.r.randint(101, 120)}동 {self.r.randint(101, 1804)}호"

    def date(self, y=None):
        y = y or self.r.choice([2024, 2025, 2026])
        return f"{y}. {self.r.randint(1, 12)}. {self.r.randint(1, 28)}."

    def money(self, lo=1, hi=900):
        return f"{self.r.randint(lo, hi) * 1_000_000:,}원"

    def bullet(self):
        return self.c(["○", "-", "·", "가."])

    def pick(self, xs, k):
        return self.r.sample(xs, min(k, len(xs)))


# --------------------------------------------------------------------------- pieces
def header(g: G, title: str, dept: str, lang: str = "ko") -> str:
    drafter, rev, appr = g.name(), g.name(), g.name()
    rank = g.c(RANKS)
    mark = g.c(["공개", "부분공개(6)", "비공개(5)", "비공개", "공개"])
    num = f"{dept}-{g.r.randint(1000, 30000)}"
    if lang == "en":
        return (f"SEOUL METROPOLITAN GOVERNMENT\n{dept}\nDocument No.: {num}\nDrafter: {drafter}, Officer\n"
                f"Approver: {appr}\nDate: 2026-0{g.r.randint(1, 9)}-1{g.r.randint(0, 9)}\n"
                f"Disclosure: {g.c(['Public', 'Partial', 'Non-disclosure'])}\n\n{title}\n")
    style = g.r.randint(0, 2)
    if style == 0:
        return (f"서울특별시\n{dept}\n문서번호: {num}\n기안자: 주무관 {drafter}\n검토자: 팀장 {rev}\n"
                f"결재권자: {rank} {appr}\n시행일자: {g.date()}\n공개여부: {mark}\n\n제목: {title}\n")
    if style == 1:
        return (f"[{title}]\n□ 문서번호 : {num}  □ 기안자 : {drafter} 주무관  □ 결재권자 : {appr} {rank}\n"
                f"□ 공개여부 : {mark}\n")
    return (f"서 울 특 별 시\n수신  내부결재\n제목  {title}\n")


def footer(g: G, dept: str) -> str:
    if g.r.random() < 0.5:
        return f"\n담당: {dept} 주무관 {g.name()}(☎ {g.office()})\n"
    return (f"\n서울특별시장\n기안자 주무관 {g.name()}  검토자 팀장 {g.name()}  결재권자 과장 {g.name()}\n"
            f"우 04515 서울특별시 중구 세종대로 110 / 전화 {g.office()} / 공개여부 {g.c(['공개', '비공개'])}\n")


def filler(g: G, dept: str) -> str:
    """Generic sections every kind of document may carry (they must not decide the grade)."""
    parts = []
    if g.r.random() < 0.5:
        steps = g.pick(["관계 부서 협의", "전문가 자문", "예산 편성", "시의회 보고", "기본계획 수립", "자치구 설명회"], 3)
        parts.append("■ 추진 경과\n" + "".join(f"  ○ {g.date()} : {s}\n" for s in steps))
    if g.r.random() < 0.4:
        parts.append(f"■ 소요 예산\n  ○ 총 {g.money()} (시비 {g.r.randint(30, 100)}%)\n")
    if g.r.random() < 0.5:
        acts = g.pick(["결과 보고", "현장 점검", "홍보 및 안내", "성과 평가", "후속 조치 점검"], 3)
        parts.append("■ 향후 일정\n" + "".join(f"  - {g.date()} {a} ({dept})\n" for a in acts))
    if g.r.random() < 0.3:
        parts.append("[참고] 자치구별 현황\n" + "".join(f"{gu}  {g.r.randint(1, 300)}건\n" for gu in g.pick(GUS, 5)))
    return "\n".join(parts)


def doc(g: G, title, dept, body, grade, grounds, doc_type, lang="ko"):
    sections = [header(g, title, dept, lang), body]
    if lang == "ko":
        f = filler(g, dept)
        if f:
            sections.insert(g.r.randint(1, 2), f)
        sections.append(footer(g, dept))
    return {"text": "\n".join(sections), "grade": grade, "grounds": sorted(grounds),
            "doc_type": doc_type, "lang": lang}


# --------------------------------------------------------------------------- families
def audit(g: G, in_progress: bool):
    dept = g.c(["조사담당관", "감사담당관", "감사위원회 감사담당관"])
    target = g.c(COMPANIES + [f"{g.c(GUS)} 보건소", f"{g.c(GUS)}청", "○○복지관"])
    if in_progress:
        title = g.c([f"{target} 특정감사 진행 상황 보고", f"{target} 보조금 집행 실태 조사 중간 보고",
                     f"{target} 복무 감찰 착수 보고"])
        lines = [f"1. 감사 착수 배경\n  ○ {g.c(['제보', '자치구 점검', '언론 보도'])}로 {g.c(['보조금 부정 수급', '회계 부적정', '채용 비리'])} 의혹이 제기되어 {g.date()} 감사에 착수함",
                 f"2. 진행 상황\n  ○ 감사 기간: {g.date()} ~ {g.date()} (종료 예정)\n  ○ 현재 {g.c(['자료 검증', '관계인 면담', '현장 확인', '금융거래 확인'])} 단계이며 위법 여부는 아직 확정되지 않았음",
                 "3. 관계인 진술 요지\n" + "".join(f"  ○ {g.name()}({g.c(['회계 담당', '시설 관리자', '직원'])}, {g.phone()}): {g.c(['증빙 누락을 인정함', '지시를 받았다고 진술함', '관련 사실을 부인함'])}\n" for _ in range(g.r.randint(1, 3))),
                 g.c(["4. 유의 사항\n  ○ 감사 결과 확정 전까지 조사 내용이 알려질 경우 관련자 간 말 맞추기 및 증거 인멸 우려가 있어 감사 관계자 외 열람을 제한함",
                      "4. 향후 계획\n  ○ 추가 면담 후 처분 여부를 결정할 예정이며, 결정 전 외부 공개 시 감사 업무의 공정한 수행에 현저한 지장이 있음",
                      "4. 보안 유지\n  ○ 조사 진행 중인 사안으로 담당자 외 열람 금지"])]
        grounds = {5, 6}
        return doc(g, title, dept, "\n".join(lines), "nonpublic", grounds, "감사 결과")
    title = g.c([f"{g.c(['계약', '보조금', '복무', '안전관리'])} 업무 감사 결과 공개", f"{g.c(GUS)} 종합감사 결과 보고"])
    rows = "".join(f"{i}  {g.c(['수의계약 분할', '정산 소홀', '출장비 부당 수령', '안전점검 누락'])}  {g.c(['팀장', '주무관', '과장'])} {chr(65 + i)}  {g.c(['시정', '주의', '개선'])}\n" for i in range(1, g.r.randint(3, 6)))
    body = (f"1. 감사 개요\n  ○ 감사 기간: {g.date()} ~ {g.date()}\n  ○ 감사 대상: {g.c(GUS)} 및 소속 기관\n\n"
            f"2. 감사 결과 요약\n연번  지적 사항  관련자  처분\n{rows}\n"
            f"  ※ 관련자 성명은 「공공감사에 관한 법률」에 따라 익명 처리함\n"
            f"3. 처분 요구\n  ○ 과다 지급액 {g.money(1, 30)} 회수, 관련자 주의 조치\n  ○ 처분에 이의가 있는 기관은 1개월 이내 재심의 신청 가능")
    return doc(g, title, dept, body, "public", set(), "감사 결과")


def evaluation(g: G, draft: bool):
    dept = "인사과"
    if draft:
        rows = "".join(f"{i}  {g.name()}  행정{g.r.randint(6, 9)}급  {g.r.randint(60, 99)}.{g.r.randint(0, 9)}  {g.c(['수', '우', '양', '가'])}\n" for i in range(1, g.r.randint(4, 9)))
        body = (f"1. 개요\n  ○ {g.c(['근무성적평정', '성과평가', '승진 심사'])} 결과(안)에 대한 이의신청 검토\n  ○ 평정위원회 최종 의결 전 초안임\n\n"
                f"2. 개인별 결과(안)\n연번  성명  직급  점수  등급\n{rows}\n"
                f"3. 특이 사항\n  ○ {g.name()}은 평정 기간 중 {g.c(HEALTH)}으로 병가 사용, 실적 산정 방식 검토 중\n"
                f"  ○ 결과가 확정 전에 알려질 경우 직원 간 갈등 및 인사 업무의 공정한 수행에 지장이 있어 위원 외 열람 금지")
        return doc(g, g.c(["직원 성과평가 이의신청 검토", "하반기 근무성적평정 조정(안)"]), dept, body, "nonpublic", {5, 6}, "인사 평가")
    rows = "".join(f"{g.c(['행정', '시설', '보건'])}{g.r.randint(5, 7)}급  {g.name()}  {g.c(DEPTS)}  {g.c(DEPTS)}\n" for _ in range(g.r.randint(4, 10)))
    body = f"1. 발령 일자: {g.date()}\n2. 발령 내용\n직급  성명  현 소속  발령 소속\n{rows}\n3. 관련 근거: 「지방공무원법」 제6조"
    return doc(g, g.c(["정기 인사 발령", "5급 이하 전보 발령"]), dept, body, "public", set(), "인사 발령")


def land(g: G, candidate: bool):
    dept = g.c(["도시계획과", "공원조성과", "재무과", "주택정책과"])
    purpose = g.c(["공영주차장", "근린공원", "청년주택", "복합문화센터", "데이터센터"])
    gu = g.c(GUS)
    if candidate:
        rows = "".join(f"후보{k}  {gu} {g.c(['가락동', '신정동', '상계동', '대림동'])} {g.r.randint(1, 900)}-{g.r.randint(1, 40)}  {g.r.randint(300, 3000):,}㎡  {g.name()}  {g.money(500, 20000)}\n" for k in "ABC"[:g.r.randint(2, 3)])
        body = (f"1. 검토 배경\n  ○ {purpose} 건립을 위한 후보지를 비교 검토하였으며 최종 부지는 아직 결정되지 않았음\n\n"
                f"2. 후보지 현황\n구분  소재지(지번)  면적  소유자  감정평가(예상)\n{rows}\n"
                f"3. 매입 방안\n  ○ 1순위 후보지 소유자 연락처 {g.phone()}, 보상 협의 시 감정가 대비 {g.r.randint(5, 40)}% 상향 요구 예상\n"
                f"  ○ 협의 불성립 시 수용 재결 검토, 소요 예산 {g.money(1000, 20000)}\n"
                f"4. 유의 사항\n  ○ {g.c(['후보지와 매입 예정 가격이 사전에 알려질 경우 투기적 거래와 지가 상승이 우려됨', '매입 계획이 공개될 경우 주변 토지 호가 상승으로 특정인에게 이익이 돌아갈 우려가 있음'])}\n"
                f"  ○ 도시관리계획 결정 전까지 관련 부서 외 자료 공유 금지")
        grounds = {6, 8} | ({5} if g.r.random() < 0.6 else set())
        return doc(g, f"{gu} {purpose} 부지 매입 검토(내부 검토안)", dept, body, "nonpublic", grounds, "부지 매입 검토")
    body = (f"1. 사업 개요\n  ○ {purpose} 부지 매입 완료 및 소유권 이전 등기 결과 보고\n  ○ 위치: {gu} 일대 (도시관리계획 결정 고시 {g.date()})\n\n"
            f"2. 매입 결과\n  ○ 매입 면적 {g.r.randint(300, 3000):,}㎡, 매입 금액 {g.money(500, 20000)}(감정평가액 기준)\n  ○ 「공익사업을 위한 토지 등의 취득 및 보상에 관한 법률」에 따라 협의 취득 완료\n"
            f"3. 향후 계획\n  ○ 실시설계 착수 및 주민설명회 개최")
    return doc(g, f"{gu} {purpose} 부지 매입 완료 보고", dept, body, "public", set(), "결과보고서")


def security(g: G, plan: bool):
    dept = g.c(["정보보안담당관", "비상기획관", "안전총괄과", "청사운영과"])
    site = g.c(["본청 청사", "데이터센터", "상수도 정수센터", "지하철 관제센터", "국제회의 행사장", "재난안전상황실"])
    if plan:
        rows = "".join(f"{z}  {g.c(['B1층', '1층', '3층', '옥상'])} {g.c(['동측', '서측', '중앙'])}  경비 {g.r.randint(1, 9)}명  CCTV {g.r.randint(2, 20)}대\n" for z in g.pick(["통제구역(서버실)", "제한구역(전력실)", "VIP 대기실", "정문 초소", "주차장 진입로", "관제실"], 3))
        extra2 = g.r.random() < 0.6
        body = (f"1. 목적\n  ○ {site}의 테러·침입 위협에 대비한 방호 및 출입통제 계획 수립\n\n"
                f"2. 보안 구역 및 경비 배치\n구역  위치  인력  감시 장비\n{rows}\n"
                f"3. 취약 요인\n  ○ 교대 시간 {g.r.randint(0, 23):02d}:00 전후 {g.r.randint(10, 40)}분간 순찰 공백, 북측 비상 출입구 CCTV 사각지대\n"
                f"  ○ 관제 서버 내부망 10.{g.r.randint(0, 255)}.{g.r.randint(0, 255)}.{g.r.randint(1, 254)}, 관리자 계정 2인 승인\n"
                + (f"4. 협조 체계\n  ○ 수도방위사령부·관할 군부대 및 국가정보원 대테러 합동 점검, 국가중요시설 지정에 따른 통합방위 훈련\n" if extra2 else "")
                + f"5. 비상 연락망\n  ○ 보안담당 {g.name()} {g.phone()}\n  ○ 본 계획이 외부에 알려질 경우 시설 및 인명 피해 우려가 있어 관계자 외 열람 제한")
        return doc(g, f"{site} 방호 및 출입통제 강화 계획", dept, body, "nonpublic", ({2, 3, 6} if extra2 else {3, 6}), "보안 시설 관리")
    body = (f"1. 개요\n  ○ {site} 시민 개방 확대에 따른 이용 안내 및 안전 수칙\n\n2. 주요 내용\n  ○ 개방 시간: 09:00~18:00, 단체 방문은 사전 예약\n"
            f"  ○ 방문객은 안내데스크에서 출입증을 받아 이용\n  ○ 소방 안전 점검 결과 양호, 정기 점검은 분기별 실시\n3. 홍보\n  ○ 누리집 및 SNS 안내")
    return doc(g, f"{site} 시민 개방 운영 계획", dept, body, "public", set(), "안내문")


def police(g: G, kind: str):
    """kind: request (item 4), accident_open (item 4), accident_closed (partial 6), cyber_open, cyber_closed."""
    dept = g.c(DEPTS)
    station = f"{g.c(GUS)[:-1]}경찰서"
    if kind == "request":
        crime = g.c(["사기(보조금 편취)", "업무상 횡령", "공문서 위조", "개인정보 유출"])
        body = (f"1. 관련: {station} 수사과-{g.r.randint(100, 9999)}({g.date()}) 사실조회 요청\n"
                f"2. 귀 서에서 수사 중인 {crime} 사건과 관련하여 「형사소송법」 제199조제2항에 따라 아래 자료를 제공합니다.\n"
                f"  가. 조회 대상자(피의자): {g.name()}, 주민등록번호 {g.rrn()}, 주소 {g.addr()}, 연락처 {g.phone()}\n"
                f"  나. 제공 자료: 신청서 사본, CCTV 영상 사본 {g.r.randint(1, 5)}건\n"
                f"  다. 유의 사항: {g.c(['수사 진행 상황이 알려질 경우 증거 인멸 및 도주 우려가 있으므로 취급에 유의', '수사 종결 후 지체 없이 파기하고 관계자 외 열람 제한'])}")
        return doc(g, f"{station} 수사협조 의뢰({crime}) 회신", dept, body, "nonpublic", {4, 6}, "수사 협조 회신")
    if kind.startswith("accident"):
        victim = g.name()
        base = (f"1. 사고 개요\n  ○ 일시: {g.date()} {g.r.randint(6, 22)}:{g.r.randint(0, 59):02d}경\n  ○ 장소: {g.c(GUS)} {g.c(ROADS)} {g.c(['보도', '공원 산책로', '지하보도'])}\n"
                f"  ○ 유형: {g.c(['보도블록 파손에 의한 넘어짐', '시설물 낙하', '차량 접촉'])}\n\n"
                f"2. 피해자\n  ○ 성명 {victim}, 연락처 {g.phone()}, 부상 {g.c(['발목 골절', '타박상', '뇌진탕'])}\n\n"
                f"3. 조치\n  ○ 119 이송, 임시 안전펜스 설치, 영조물 배상공제 접수\n")
        if kind == "accident_open":
            body = base + (f"4. 수사 상황\n  ○ {station}에서 업무상과실치상 혐의로 시설 관리 책임을 수사 중이며 관련 점검 일지를 제출함\n"
                           f"  ○ 수사 결과에 따라 관계 공무원 책임이 정해질 예정으로 수사 종결 시까지 관계자 외 열람 제한")
            return doc(g, "시설물 사고 경위 및 조치 보고", dept, body, "nonpublic", {4, 6}, "사고 경위 보고")
        body = base + f"4. 처리 결과\n  ○ 배상금 {g.money(1, 20)} 지급 완료, 재발 방지를 위해 유사 시설 일제 점검 실시"
        return doc(g, "시설물 사고 경위 및 배상 처리 결과", dept, body, "partial", {6}, "사고 경위 보고")
    reporter = g.name()
    base = (f"1. 신고 개요\n  ○ 신고인: {reporter} (연락처 {g.phone()})\n  ○ 내용: 누리집 게시판 {g.c(['비방 게시물', '개인정보 노출 게시물', '스팸 게시물'])} 신고\n\n"
            f"2. 확인 결과\n  ○ 접속 IP {g.r.randint(1, 223)}.{g.r.randint(0, 255)}.{g.r.randint(0, 255)}.{g.r.randint(1, 254)} 에서 게시 확인\n"
            f"3. 조치\n  ○ 게시물 임시 조치 및 게시자 소명 요청\n")
    if kind == "cyber_open":
        body = base + f"4. 수사기관 통보\n  ○ {station} 사이버팀 수사 협조 요청에 따라 접속 기록을 제공하였으며 피의자 특정 전 단계로 수사 진행 중"
        return doc(g, "누리집 게시물 신고 처리 결과", dept, body, "nonpublic", {4, 6}, "사이버 민원 처리")
    body = base + "4. 결과\n  ○ 게시물 삭제 완료 및 신고인에게 처리 결과 회신, 유사 게시물 모니터링 강화"
    return doc(g, "누리집 게시물 신고 처리 결과", dept, body, "partial", {6}, "사이버 민원 처리")


def contract(g: G, kind: str):
    """kind: public (no costs), masked (partial 7, maybe 6), secret (nonpublic 7)."""
    dept = g.c(["계약심사과", "재무과", "문화정책과", "도로관리과", "정보화기획담당관"])
    co = g.c(COMPANIES)
    name = g.c(["공공자전거 유지관리 용역", "청사 시설관리 용역", "도로 포장 보수공사", "행정정보시스템 고도화 사업", "공원 조경 유지관리"])
    base = (f"1. 계약 개요\n  ○ 계약명: {name}\n  ○ 계약방법: {g.c(['제한경쟁입찰', '협상에 의한 계약', '수의계약'])}\n  ○ 계약금액: {g.money(50, 3000)}\n\n"
            f"2. 계약상대자\n  ○ 상호 {co}, 사업자등록번호 {g.r.randint(100, 999)}-{g.r.randint(10, 99)}-{g.r.randint(10000, 99999)}, 대표이사 {g.name()}\n")
    costs = "".join(f"{k}  {g.money(1, 50)}  {g.r.randint(3, 40)}.{g.r.randint(0, 99):02d}%  {g.c(['업체 자체 단가', '협력사 견적', '내부 원가 기준'])}\n" for k in g.pick(["직접노무비", "재료비", "경비", "일반관리비", "이윤", "장비 임차료"], 4))
    if kind == "public":
        body = base + (f"3. 입찰 결과\n  ○ 참가 {g.r.randint(2, 9)}개 업체, 낙찰률 {g.r.randint(85, 95)}.{g.r.randint(0, 999):03d}%\n"
                       f"4. 이행 관리\n  ○ 착수계 및 공정표 제출 확인, 준공 검사 예정")
        return doc(g, f"{name} 계약 체결 결과", dept, body, "public", set(), "계약 및 용역 결과")
    if kind == "masked":
        worker = g.r.random() < 0.4
        body = base + (f"3. 원가 구성(업체 영업비밀 해당 부분 비공개)\n비목  금액  구성비  산출 근거\n{costs}\n"
                       f"  ○ 비목별 금액과 산출 근거는 법인의 경영상·영업상 비밀에 해당하여 공개 시 해당 부분을 가림 처리함\n"
                       + (f"4. 현장 대리인: {g.name()} (휴대전화 {g.phone()})\n" if worker else ""))
        return doc(g, f"{name} 계약 체결 결과 보고", dept, body, "partial", {7} | ({6} if worker else set()), "계약 및 용역 결과")
    body = base + (f"3. 업체 제출 원가계산서\n비목  금액  구성비  산출 근거\n{costs}\n"
                   f"  ○ 업체는 자재 공급 단가와 노무 투입 산정 방식이 경쟁사에 알려질 경우 회복하기 어려운 손해가 발생한다며 대외 비공개를 요청함\n"
                   f"  ○ 단가 협상 진행 중(잠정 합의 {g.money(50, 3000)})")
    return doc(g, f"{name} 원가계산 및 단가 산출 내역 검토", dept, body, "nonpublic", {7}, "계약 및 용역 결과")


def minutes(g: G, kind: str):
    """kind: public (officials only), partial (private members named, item 5+6), held (nonpublic 5)."""
    dept = g.c(DEPTS)
    committee = g.c(["보조금심의위원회", "공유재산심의회", "도시계획위원회 소위원회", "시민참여예산위원회", "인권위원회"])
    officials = [f"{g.c(['과장', '팀장', '주무관'])} {g.name()}" for _ in range(3)]
    members = [f"{g.c(['민간위원', '시민위원', '외부위원(교수)'])} {g.name()}" for _ in range(g.r.randint(2, 5))]
    head = f"1. 회의 개요\n  ○ 일시: {g.date()} 14:00\n  ○ 장소: 서소문청사 회의실\n"
    if kind == "public":
        body = head + (f"  ○ 참석: {', '.join(officials)}\n2. 안건\n  1) {g.c(['사업 계획(안) 보고', '예산 집행 점검', '홍보 계획 협의'])}\n"
                       f"3. 결정 사항\n  ○ 원안 의결, 차기 회의 {g.date()} 예정")
        return doc(g, f"{g.c(['부서 업무 협의', '관계 부서 정례회의'])} 회의록", dept, body, "public", set(), "회의록")
    said = "".join(f"  ○ {m.split()[-1]} 위원: {g.c(['원안에 동의함', '보완이 필요하다고 봄', '재검토가 필요함'])}\n" for m in members)
    body = head + f"  ○ 참석: {', '.join(officials + members)}\n2. 주요 발언 요지\n{said}"
    if kind == "partial":
        body += f"3. 결정 사항\n  ○ 제1호 안건 원안 의결, 제2호 안건 수정 의결\n  ○ 발언자 성명은 가림 처리 후 공개"
        return doc(g, f"{committee} {g.r.randint(1, 12)}차 회의록", dept, body, "partial", {5, 6} if g.r.random() < 0.4 else {6}, "회의록")
    body += (f"3. 심의 결과(안)\n  ○ 쟁점 사실관계 미확정으로 의결 보류, 추가 소명 후 재심의\n"
             f"  ○ 심의 결과 확정 전까지 대외 공개 시 심의의 공정성과 관계인 방어권 침해 우려")
    return doc(g, f"{committee} 심의 회의록", dept, body, "nonpublic", {5, 6}, "회의록")


def casefile(g: G, whole: bool):
    dept = g.c(["복지정책과", "장애인자립지원과", "돌봄정책과", "보건의료정책과"])
    n = g.name()
    if whole:
        body = (f"1. 대상자 기본 정보\n성명  {n}\n주민등록번호  {g.rrn()}\n주소  {g.addr()}\n연락처  {g.phone()}\n가구 구성  1인 가구(자녀와 연락 두절)\n\n"
                f"2. 건강 및 생활 실태\n  ○ 대상자는 {g.c(HEALTH)}이며 {g.c(HEALTH)}으로 약물 복용 중\n  ○ 월세 {g.r.randint(2, 12)}개월 체납, 카드 채무 약 {g.money(1, 50)}, 개인회생 상담 필요\n\n"
                f"3. 지원 결정\n  ○ 긴급복지 생계지원 {g.money(1, 3)}, 입금 계좌 {g.c(BANKS)} {g.r.randint(100, 999)}-{g.r.randint(10, 99)}-{g.r.randint(100000, 999999)}\n"
                f"4. 사례회의\n  ○ 정신건강복지센터 연계, 주 2회 안부 확인\n"
                f"  ○ 대상자 1인의 건강·재산·가족 관계 전반을 담고 있어 {g.c(['일부 가림 처리로는 대상자가 특정되는 것을 막기 어려움', '사례관리 관계자 외 열람 제한'])}")
        return doc(g, "위기가구 통합사례관리 대상자 개별 사례 보고", dept, body, "nonpublic", {6}, "개별 사례 관리")
    rows = "".join(f"{g.name()}  {g.c(GUS)}  {g.money(1, 5)}  {g.c(['생계', '주거', '의료'])}\n" for _ in range(g.r.randint(3, 8)))
    body = (f"1. 지원 개요\n  ○ {g.c(['긴급복지 지원', '에너지 바우처', '주거급여 추가 지원'])} 대상자 선정 결과\n\n"
            f"2. 선정 결과\n성명  거주 자치구  지원액  유형\n{rows}\n3. 지급: {g.date()} 계좌 입금 예정")
    return doc(g, "복지 지원 대상자 선정 결과", dept, body, "partial", {6}, "복지 지원 결정")


def complaint(g: G):
    dept = g.c(DEPTS)
    n = g.name()
    body = (f"1. 민원 개요\n  ○ 민원인: {n} ({g.phone()}, {g.addr()})\n  ○ 내용: {g.c(['불법 주정차 단속 요청', '가로등 고장 신고', '소음 피해 민원', '보도 정비 요청'])}\n\n"
            f"2. 처리 결과\n  ○ 현장 확인 결과 {g.c(['시정 조치 완료', '관계 부서 이송', '정비 계획에 반영'])}\n"
            f"  ○ 귀하의 민원에 감사드리며 추가 문의는 담당 부서로 연락 바랍니다.")
    return doc(g, "민원 처리 결과 회신", dept, body, "partial", {6}, "민원 처리 결과 회신")


def notice(g: G):
    dept = g.c(DEPTS)
    topic = g.c(["여름철 폭염 대비 무더위쉼터 운영", "청년 월세 지원 신청", "공공자전거 요금 개편", "시민 정책 아이디어 공모", "장애인 활동지원 교육"])
    body = (f"1. 목적\n  ○ {topic} 안내\n\n2. 주요 내용\n  ○ 기간: {g.date()} ~ {g.date()}\n  ○ 대상: 서울시민 누구나\n  ○ 신청: 누리집 또는 다산콜센터 02-120\n"
            f"3. 기대 효과\n  ○ 시민 편의 증진 및 정책 참여 확대")
    return doc(g, f"{topic} 계획", dept, body, "public", set(), g.c(["안내문", "시행문", "결과보고서"]))


def subsidy(g: G, named: bool):
    dept = g.c(DEPTS)
    if named:
        rows = "".join(f"{g.name()}  {g.c(BANKS)} {g.r.randint(100, 999)}-{g.r.randint(10, 99)}-{g.r.randint(100000, 999999)}  {g.money(1, 10)}\n" for _ in range(g.r.randint(2, 6)))
        body = f"1. 지급 대상\n성명  계좌  금액\n{rows}\n2. 근거: 「서울특별시 지방보조금 관리 조례」"
        return doc(g, "보조금 지급 결정", dept, body, "partial", {6}, "보조금 지급 결정")
    rows = "".join(f"{g.c(COMPANIES)}  {g.money(10, 300)}\n" for _ in range(g.r.randint(2, 6)))
    body = f"1. 지급 대상 단체\n단체명  금액\n{rows}\n2. 정산: 사업 종료 후 2개월 이내"
    return doc(g, "민간단체 보조금 교부 결정", dept, body, "public", set(), "보조금 지급 결정")


def secret_law(g: G):
    """Item 1: secrecy imposed by another statute (tax information, classified plans)."""
    dept = g.c(["세무과", "비상기획관", "38세금징수과"])
    if g.r.random() < 0.5:
        body = (f"1. 체납자 과세정보 제공 검토\n  ○ 「지방세기본법」 제86조에 따른 과세정보 비밀유지 의무 대상\n"
                f"  ○ 체납자 {g.name()}, 체납액 {g.money(10, 900)}, 재산 압류 내역\n"
                f"2. 유의 사항\n  ○ 과세정보는 법률에 따라 비밀로 분류되며 목적 외 이용 및 관계자 외 열람 금지")
        return doc(g, "고액 체납자 과세정보 제공 검토", dept, body, "nonpublic", {1, 6}, "시행문")
    body = (f"1. 충무계획 보완\n  ○ 「보안업무규정」에 따른 Ⅱ급 비밀로 지정된 비상대비 계획 중 자원 동원 부분 수정\n"
            f"  ○ 비밀 등급 유지, 비밀 취급 인가자 외 열람 금지\n2. 을지 연습 연계\n  ○ 군부대·경찰 합동 통합방위 협의")
    return doc(g, "비상대비 계획 보완", dept, body, "nonpublic", {1, 2}, "비상대비")


def english(g: G):
    dept = g.c(["Seoul Global Center", "Foreign Residents Division", "International Relations Division"])
    k = g.r.randint(0, 4)
    n = g.c(["John Smith", "Maria Garcia", "Nguyen Thi Lan", "Ahmed Khan", "Olga Petrova"])
    if k == 0:
        body = (f"The police station requested information on the resident below under the Criminal Procedure Act. "
                f"The investigation is ongoing and the suspect has not yet been questioned.\nName {n}\nPhone {g.phone()}\n"
                f"Disclosure of this reply could alert the suspect; access is limited to the officers in charge.")
        return doc(g, "Reply to Police Request for Information", dept, body, "nonpublic", {4, 6}, "수사 협조 회신", "en")
    if k == 1:
        body = (f"This plan sets out guard positions, access control and the VIP motorcade route for heads of delegations.\n"
                f"Main hall: {g.r.randint(2, 12)} guards; control room: metal detector; blind spot at the north exit.\n"
                f"Coordination with the Capital Defense Command and counter-terrorism unit. Access limited to security staff.")
        return doc(g, "Security Arrangements for the International Forum", dept, body, "nonpublic", {2, 3}, "보안 시설 관리", "en")
    if k == 2:
        body = (f"Reply to your inquiry about visa extension support.\nApplicant: {n}, phone {g.phone()}\n"
                f"We have forwarded your request to the immigration office. Please contact us if you need interpretation.")
        return doc(g, "Reply to Civil Complaint", dept, body, "partial", {6}, "민원 처리 결과 회신", "en")
    if k == 3:
        body = ("The Seoul Global Center will hold free Korean language classes for foreign residents.\n"
                f"Period: {g.date()} - {g.date()}\nApply on the website. Classes are held at the center, Jongno-gu.")
        return doc(g, "Notice: Korean Language Classes", dept, body, "public", set(), "안내문", "en")
    body = (f"Case file on one foreign resident: {n}, diagnosis {g.c(HEALTH)}, medical history and arrears of rent for {g.r.randint(2, 9)} months, "
            f"debts of {g.money(1, 40)}; case management with the health center. Masking parts cannot prevent identification; access limited to case workers.")
    return doc(g, "Individual Case Management Report", dept, body, "nonpublic", {6}, "개별 사례 관리", "en")


FAMILIES = [
    (lambda g: audit(g, True), 3), (lambda g: audit(g, False), 3),
    (lambda g: evaluation(g, True), 2), (lambda g: evaluation(g, False), 3),
    (lambda g: land(g, True), 2), (lambda g: land(g, False), 2),
    (lambda g: security(g, True), 2), (lambda g: security(g, False), 2),
    (lambda g: police(g, "request"), 2), (lambda g: police(g, "accident_open"), 1),
    (lambda g: police(g, "accident_closed"), 2), (lambda g: police(g, "cyber_open"), 1),
    (lambda g: police(g, "cyber_closed"), 2),
    (lambda g: contract(g, "public"), 4), (lambda g: contract(g, "masked"), 2), (lambda g: contract(g, "secret"), 2),
    (lambda g: minutes(g, "public"), 3), (lambda g: minutes(g, "partial"), 3), (lambda g: minutes(g, "held"), 2),
    (lambda g: casefile(g, True), 2), (lambda g: casefile(g, False), 3),
    (complaint, 6), (notice, 8), (lambda g: subsidy(g, True), 3), (lambda g: subsidy(g, False), 3),
    (secret_law, 1), (english, 4),
]


# Sentences that sound like withholding but occur in releasable documents, so that
# neither the model nor the calibration learns "this word means nonpublic".
DECOYS = [
    "○ 민원인의 개인정보는 관계 법령에 따라 보호되며 목적 외 이용을 금지함",
    "○ 공사 기간 중 보행로 출입통제 및 우회 안내를 실시함",
    "○ 감사 진행 과정에서 지적된 사항은 모두 조치 완료되었음",
    "○ 수사기관의 자료 요청이 있을 경우 관계 법령에 따라 처리함",
    "○ 개인정보가 포함된 부분은 가림 처리 후 공개함",
    "○ 행사장 안전을 위해 경비 인력과 안내 요원을 배치함",
    "○ 정보공개 청구 시 비공개 대상 정보는 법 제9조에 따라 판단함",
    "○ 위원회 심의 결과는 확정 후 누리집에 게시할 예정임",
    "○ 계약 관련 서류는 「공공기관의 정보공개에 관한 법률」에 따라 공개함",
]
# Withholding sentences are left out of some nonpublic documents: officials do not
# always write down why, and the model must recognise the subject matter alone.
_WITHHOLD_MARKERS = ("열람", "알려질 경우", "공개 시", "공유 금지", "유의 사항", "유의 사항:", "Access limited",
                     "access is limited", "대외 비공개", "가림 처리로는", "외부 공개 시", "공개될 경우")


def _perturb(d: dict, rng: random.Random) -> dict:
    lines = d["text"].split("\n")
    if d["grade"] == "nonpublic" and rng.random() < 0.3:
        lines = [ln for ln in lines if not any(m in ln for m in _WITHHOLD_MARKERS)] or lines
    elif d["grade"] != "nonpublic" and rng.random() < 0.25:
        at = rng.randint(max(1, len(lines) // 3), len(lines))
        lines.insert(at, rng.choice(DECOYS))
    return {**d, "text": "\n".join(lines)}


def generate(n: int, seed: int) -> list[dict]:
    """``n`` documents drawn from the families above with fixed weights; deterministic.

    Each document also carries ``family`` (an index into :data:`FAMILIES`) so that
    training can hold whole families out for calibration.
    """
    rng = random.Random(seed)
    g = G(rng)
    idx = list(range(len(FAMILIES)))
    weights = [w for _, w in FAMILIES]
    out = []
    for _ in range(n):
        k = rng.choices(idx, weights)[0]
        out.append({**_perturb(FAMILIES[k][0](g), rng), "family": k})
    return out
