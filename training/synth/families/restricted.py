"""Families whose grade depends on substance, not only on personal information.

Nonpublic grounds are made recognisable from the text: guard posts and internal
server addresses (2, 3), a police request about a suspect (4), an audit or
deliberation still running (5), a contractor's cost breakdown (7), candidate land
parcels with prices before purchase (8), a case file about one person (6 alone).
Officials named in role (police officer, auditor, 팀장) stay unannotated here too.
"""
from __future__ import annotations

from .. import values as V
from ..doc import Doc, Ent
from .common import Outline, Spec, family, label_value, negatives_tail, ref_line, statute, venue_line


@family("accident", "safety")
def accident(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    kind = r.choice(["공사장 낙하물 사고", "공공자전거 이용 중 넘어짐 사고", "보도 침하 구간 보행자 부상", "청사 주차장 차량 접촉 사고"])
    o.sec("사고 개요")
    o.item(f"일시: {c.date_before(10)} {r.randint(6, 22)}:{r.randint(0, 59):02d}")
    o.item(f"장소: {r.choice(list(V.SEOUL))} {r.choice(['교차로 인근', '공원 산책로', '버스정류장 앞', '지하보도 출입구'])}")
    victim = c.person()
    o.sec("피해 내용")
    o.item("피해자: ", victim, " (", c.birth(), r.choice(["생)", ")"]))
    o.item("부상 정도: ", c.health(injury=True))
    o.item("연락처: ", c.phone())
    if "차량" in kind or r.random() < 0.4:
        o.item("관련 차량: ", c.plate(), " (운전자 ", c.person_ko(), ", 면허번호 ", c.licence(), ")")
    o.item(f"구급 이송: {r.choice(['○○대학교병원', '시립 보라매병원', '서울의료원'])}")
    police = r.random() < 0.3
    o.sec("조치 사항")
    o.item(f"현장 통제 및 안전시설 보강 (담당 {c.drafter_rank} {c.drafter})")
    o.item(f"영조물 배상보험사({V.company(r)}) 사고 접수 완료")
    if police:
        o.item(f"{r.choice(['종로', '마포', '송파', '노원'])}경찰서 교통조사계 경위 {c.official()}이 업무상 과실 여부 수사 중이며 수사 완료 시까지 자료 제출 보류")
        negatives_tail(c, o)
        return Spec(f"{kind} 경위 보고(수사 진행 중)", "사고 경위 보고", d, "nonpublic", [4])
    negatives_tail(c, o)
    return Spec(f"{kind} 경위 및 조치 결과 보고", "사고 경위 보고", d, "partial")


@family("investigation", "civil", weight=0.8)
def investigation(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    station = r.choice(["서울종로경찰서", "서울마포경찰서", "서울송파경찰서", "서울강서경찰서", "서울중앙지방검찰청"])
    o.sec("요청 개요")
    o.item(f"요청 기관: {station} {r.choice(['수사과', '형사과', '사이버수사팀'])}")
    o.item(f"담당: {r.choice(['경위', '경사', '경감', '수사관'])} {c.official()} (☎ {r.choice(['02-', '02-3'])}{r.randint(100, 999)}-{r.randint(1000, 9999)})")
    o.item(f"근거: {r.choice(['「형사소송법」 제199조제2항', '「개인정보 보호법」 제18조제2항제7호'])}")
    o.sec("제공 자료")
    sus = c.person()
    o.item("피의자: ", sus)
    o.item(*label_value("주민등록번호", c.rrn(), c))
    o.item(*label_value("주소", c.address(), c))
    if r.random() < 0.6:
        o.item(*label_value("휴대전화", c.mobile(), c))
    if r.random() < 0.5:
        o.item("민원 시스템 접속 기록: ", c.ip(), f" ({c.date_before(40)})")
    if r.random() < 0.4:
        o.item("CCTV 확인 차량: ", c.plate())
    o.item(f"제공 일자: {c.date_after(3)}, 수사 목적 외 사용 금지")
    negatives_tail(c, o)
    return Spec(f"{station} 수사자료 제공 요청에 대한 회신", "수사 협조 회신", d, "nonpublic", [4])


@family("security", "emergency", weight=0.8)
def security(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    site = r.choice(["시청 본관", "정수센터", "통합방위 상황실", "교통정보센터 서버실", "지하철 차량기지"])
    o.sec("경비 배치 계획")
    rows = [[f"{r.choice(['정문', '후문', '지하 2층', '옥상', '서버실 앞'])}", f"{r.randint(2, 6)}명", f"{r.randint(0, 23):02d}:00~{r.randint(0, 23):02d}:00"]
            for _ in range(r.randint(3, 5))]
    d.table(["초소", "인원", "근무 시간"], rows, c.style)
    o.sec("정보시스템 보호")
    o.item(f"관제 서버 {V.server_ip(r)}, 백업 서버 {V.server_ip(r)} (외부 접속 차단)")
    o.item(f"출입 통제 시스템 관리 PC: {V.server_ip(r)}")
    o.sec("비상 연락망")
    rows = []
    for _ in range(r.randint(2, 4)):
        rows.append([r.choice(["상황실장", "보안담당", "시설팀장", "당직 총괄"]), c.official(), V.office_line(r), c.mobile()])
    d.table(["임무", "성명", "사무실", "휴대전화"], rows, c.style)
    o.item(f"관용차량 {V.bus_plate(r)} 비상 대기")
    negatives_tail(c, o)
    return Spec(f"{site} 보안 및 경비 강화 계획", "보안 시설 관리", d, "nonpublic", r.choice([[2, 3], [3], [2]]))


@family("land", "land", weight=0.7)
def land(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    purpose = r.choice(["공영주차장", "근린공원", "어린이집", "공공임대주택", "물재생센터 진입로"])
    o.sec("매입 후보지(검토 중)")
    rows = []
    for _ in range(r.randint(2, 4)):
        gu = r.choice(list(V.SEOUL))
        parcel = f"{gu} {r.choice(V.SEOUL[gu][0])} {r.randint(1, 999)}-{r.randint(1, 40)}"
        rows.append([parcel, f"{r.randint(300, 3000):,}㎡", c.person_ko(), c.address_cell(), f"{r.randint(20, 300) * 100_000_000:,}원"])
    d.table(["지번(후보지)", "면적", "소유자", "소유자 주소", "감정가(추정)"], rows, c.style)
    o.sec("검토 의견")
    o.item("후보지 및 가격이 공개될 경우 인근 토지 투기 및 보상가 상승 우려")
    o.item(f"{c.date_after(60)} 공유재산심의회 상정 예정(미확정)")
    negatives_tail(c, o)
    return Spec(f"{purpose} 부지 매입 후보지 검토", "부지 매입 검토", d, "nonpublic", [5, 8])


@family("welfare", "welfare", weight=1.2)
def welfare(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    if r.random() < 0.35:           # a case file about one person: nonpublic, ground 6
        p = c.person()
        o.sec("대상자 정보")
        o.item(*label_value("성명", p, c))
        o.item(*label_value("주민등록번호", c.rrn(), c))
        o.item(*label_value("주소", c.address(), c))
        o.item(*label_value("연락처", c.phone(), c))
        o.sec("상담 내용")
        o.item("건강: ", c.health(), ", ", c.health())
        o.item(f"채무 약 {r.randint(5, 90) * 1_000_000:,}원, {r.choice(['월세 4개월 체납', '단전 예고 통지 수령', '실직 후 소득 없음'])}")
        o.item(f"가족: {r.choice(['자녀와 연락 두절', '배우자 사망', '미성년 자녀 2명 양육'])}")
        o.sec("지원 계획")
        o.item("긴급생계비 지원 및 정신건강복지센터 연계 (사례관리사 주무관 ", c.official(), ")")
        negatives_tail(c, o)
        return Spec(f"위기가구 통합사례관리 대상자 상담 기록({c.date_before(5, 1)})", "개별 사례 관리", d, "nonpublic", [])
    o.sec("지원 결정 내역")
    rows = []
    for _ in range(r.randint(3, 6)):
        bank, acc = c.account()
        rows.append([c.person(), c.birth(), c.health() if r.random() < 0.7 else r.choice(["실직", "휴폐업", "주소득자 사망"]),
                     V.money(r, 500_000, 2_000_000, 10_000), [bank, " ", acc]])
    d.table(["성명", "생년월일", "위기 사유", "지원액", "입금 계좌"], rows, c.style)
    o.item(f"근거: 「긴급복지지원법」 제9조")
    negatives_tail(c, o)
    return Spec(f"{c.y}년 {c.m}월 긴급복지 지원 결정", "복지 지원 결정", d, "partial")


@family("disaster_relief", "safety")
def disaster_relief(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    ev = r.choice(["집중호우", "대설", "강풍", "지반 침하", "화재"])
    o.sec("피해 개요")
    o.item(f"재난: {c.y}년 {ev} ({c.date_before(40)})")
    o.item(f"근거: 「재난 및 안전관리 기본법」 제66조")
    if r.random() < 0.25:
        rows = [[gu, f"{r.randint(1, 80)}세대", V.money(r, 10_000_000, 400_000_000, 1_000_000)] for gu in r.sample(list(V.SEOUL), 4)]
        d.table(["자치구", "피해 세대", "지원액"], rows, c.style)
        negatives_tail(c, o)
        return Spec(f"{ev} 피해 재난지원금 자치구별 교부", "재난지원금 지급", d, "public")
    o.sec("지원 대상 세대")
    rows = []
    for _ in range(r.randint(3, 6)):
        bank, acc = c.account()
        rows.append([c.person(), c.address_cell(), r.choice(["주택 침수", "주택 반파", "세대주 부상", "가재도구 파손"]), bank, acc])
    d.table(["세대주", "피해 주소", "피해 내용", "은행", "계좌번호"], rows, c.style)
    if r.random() < 0.5:
        o.item("세대원 ", c.person_ko(), ": ", c.health(injury=r.random() < 0.6), " (의료비 추가 지원)")
    negatives_tail(c, o)
    return Spec(f"{ev} 피해 주민 재난지원금 지급 결정", "재난지원금 지급", d, "partial")


@family("cyber", "it", weight=0.7)
def cyber(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    o.sec("개요")
    o.item(f"{r.choice(['시민게시판', '응답소', '온라인 투표'])}에 {r.choice(['욕설·비방 게시글', '동일인 중복 투표', '매크로 신청'])} 확인")
    o.sec("확인된 접속 기록")
    rows = []
    for _ in range(r.randint(2, 5)):
        rows.append([f"{c.date_before(20, 3)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}", c.person(), c.ip(), r.choice(["게시글 작성", "투표", "신청서 제출"])])
    d.table(["일시", "작성자(실명인증)", "접속 IP", "행위"], rows, c.style)
    o.item(f"서비스 서버({V.server_ip(r)}) 로그 기준, 보존기간 6개월")
    o.sec("조치")
    o.item("게시글 블라인드 처리 및 작성자 이메일 ", c.email(), "로 안내")
    negatives_tail(c, o)
    return Spec("온라인 민원 시스템 부정 이용 확인 결과", "사이버 민원 처리", d, "partial")


@family("contract", "contract", weight=1.3)
def contract(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    name = f"{c.y}년 " + r.choice(["가로수 정비 용역", "청사 시설관리 용역", "공공와이파이 유지보수", "빗물펌프장 정비공사", "시민 만족도 조사 용역"])
    co = V.company(r)
    o.sec("계약 개요")
    o.item(f"계약명: {name}")
    o.item(f"계약방법: {r.choice(['제한경쟁입찰', '협상에 의한 계약', '수의계약(2인 견적)'])}")
    o.item(f"계약금액: {V.money(r, 30_000_000, 2_000_000_000, 100_000)} (예산과목 {V.budget_code(r)})")
    o.sec("계약상대자")
    rows = [["상호", co], ["대표이사", c.official()], ["사업자등록번호", V.biz_regno(r)], ["법인등록번호", V.corp_regno(r)],
            ["소재지", V.company_address(r)], ["대표전화", V.company_line(r)]]
    d.table(["구분", "내용"], rows, c.style)
    if r.random() < 0.35:
        o.sec("산출 내역(업체 제출 원가)")
        rows = [[k, f"{r.randint(1, 90) * 1_000_000:,}원", f"{r.uniform(2, 30):.1f}%", r.choice(["업체 자체 단가", "협력사 견적", "내부 원가"])]
                for k in ["직접노무비", "재료비", "경비", "일반관리비", "이윤"]]
        d.table(["비목", "금액", "구성비", "산출 근거"], rows, c.style)
        o.item("위 원가 자료는 업체의 영업상 비밀로서 공개 시 정당한 이익을 현저히 해칠 우려가 있음")
        negatives_tail(c, o)
        return Spec(f"{name} 원가 검토 결과", "계약 및 용역 결과", d, "nonpublic", [7])
    negatives_tail(c, o)
    return Spec(f"{name} 계약 체결 결과", "계약 및 용역 결과", d, "public")


@family("audit", "audit")
def audit(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    target = r.choice(["○○구 보조금 집행", "시립 복지관 위탁 운영", "도로 굴착 복구 공사", "공공도서관 물품 구매"])
    if r.random() < 0.55:
        o.sec("감사 개요")
        o.item(f"대상: {target}, 기간 {c.date_before(90, 0)} ~ {c.date_before(30, 0)}")
        o.sec("지적 사항")
        for i in range(r.randint(2, 4)):
            o.item(f"{r.choice(['계약 부적정', '정산 지연', '출장비 과다 지급', '검수 소홀'])} - 관련자 {r.choice(['주무관', '팀장'])} {chr(65 + i)} {r.choice(['주의', '훈계', '시정'])}")
        o.item(f"감사 총괄: 감사담당관 {c.official()}")
        negatives_tail(c, o)
        return Spec(f"{target} 특정감사 결과 공개", "감사 결과", d, "public")
    o.sec("감사 진행 상황(진행 중)")
    o.item(f"대상 업체: {V.company(r)} (사업자등록번호 {V.biz_regno(r)})")
    o.item(f"쟁점: {r.choice(['허위 인건비 청구', '하도급 대금 미지급', '물품 납품 수량 조작'])}")
    o.sec("관련자 진술")
    for _ in range(r.randint(1, 3)):
        o.item(r.choice(["업체 직원 ", "현장 근로자 ", "공익신고자 "]), c.person_ko(), "(", c.mobile(), "): ",
               r.choice(["실제 근무 인원이 서류보다 적었다", "대표 지시로 작업일지를 수정하였다", "납품 물량 일부가 반출되었다"]))
    o.item(f"담당 조사관 {c.official()}, 처분 요구 전 단계")
    negatives_tail(c, o)
    return Spec(f"{target} 감사(진행 중) 중간 보고", "감사 결과", d, "nonpublic", [5])


@family("exchange", "intl")
def exchange(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    city = r.choice(["하노이", "울란바토르", "도쿄", "베를린", "마닐라", "자카르타"])
    o.sec("방문 개요")
    o.item(f"방문지: {city} / 기간: {c.date_after(40, 0)}부터 {r.randint(3, 7)}일간")
    if r.random() < 0.3:
        o.item(f"단장: 서울특별시 행정1부시장 {c.official()}")
        o.item(f"협약: {city}시장과 도시 정책 교류 협약 체결 예정")
        negatives_tail(c, o)
        return Spec(f"{city} 우호도시 방문 결과", "국제교류", d, "public")
    o.sec("대표단 명단")
    rows = []
    for _ in range(r.randint(1, 2)):
        rows.append(["공무원", c.official(), "-", "-", r.choice(["관용여권", "-"])])
    for _ in range(r.randint(2, 5)):
        rows.append([r.choice(["시민대표", "청년 대표", "민간 전문가"]), c.person(), c.birth(), c.mobile(), c.passport()])
    d.table(["구분", "성명", "생년월일", "연락처", "여권번호"], rows, c.style)
    o.item("항공권 발권을 위해 여행사에 명단 제공(발권 후 즉시 파기)")
    negatives_tail(c, o)
    return Spec(f"{city} 청년 교류단 파견 참가자 확정", "국제교류", d, "partial")


@family("foreign_support", "intl", weight=0.7)
def foreign_support(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    o.sec("지원 대상 외국인 주민")
    rows = []
    for _ in range(r.randint(2, 5)):
        bank, acc = c.account()
        rows.append([Ent("PERSON", c.names.foreign_hangul()), c.frn(), r.choice(["베트남", "몽골", "필리핀", "우즈베키스탄", "중국"]), bank, acc])
    d.table(["성명", "외국인등록번호", "국적", "은행", "계좌번호"], rows, c.style)
    o.item(f"지원 내용: {r.choice(['한국어 교육비', '산재 치료 생계비', '출산 의료비'])} {V.money(r, 200_000, 1_500_000, 50_000)}")
    o.item(f"연계 기관: 서울글로벌센터({V.PUBLIC_BUILDINGS[8][1]})")
    negatives_tail(c, o)
    return Spec("외국인 주민 생활 안정 지원금 지급", "복지 지원 결정", d, "partial")


@family("gongmun", "plan", weight=1.5)
def gongmun(c):
    """시행문 to the districts; a partial one attaches a list of households."""
    r, d = c.rng, Doc()
    o = Outline(c, d)
    topic = r.choice(["폭염 대비 취약계층 보호 대책", "겨울철 제설 대책", "공공시설 안전 점검", "주민등록 사실조사 협조", "선거 공보물 배부 협조"])
    recipient = r.choice(["자치구청장(복지정책과장)", "수신자 참조", "각 사업소장", "25개 자치구청장"])
    o.sec("관련")
    ref_line(c, o)
    o.sec("요청 사항")
    o.item(f"{topic} 추진에 협조하여 주시기 바랍니다.")
    o.item(f"회신 기한: {c.date_after(14)}까지 (공문 및 전자우편 {c.office_mail})")
    o.item(f"{statute(c)}에 따른 조치 사항 포함")
    if r.random() < 0.3:
        o.sec("[붙임] 집중 관리 가구")
        rows = [[c.person(), c.address_cell(), c.phone(), c.health() if r.random() < 0.6 else "독거"] for _ in range(r.randint(2, 5))]
        d.table(["세대주", "주소", "연락처", "비고"], rows, c.style)
        negatives_tail(c, o)
        return Spec(f"{topic} 협조 요청", "시행문", d, "partial", recipient=recipient)
    negatives_tail(c, o)
    return Spec(f"{topic} 협조 요청", "시행문", d, "public", recipient=recipient)


@family("notice", "civil", weight=1.3)
def notice(c):
    """공고: public notices, and 공시송달 (service by publication) that names addressees."""
    r, d = c.rng, Doc()
    o = Outline(c, d)
    if r.random() < 0.4:
        o.sec("공시송달 사유")
        o.item("수취인 부재 및 주소 불명으로 처분서 송달 불능")
        o.sec("송달 대상")
        rows = [[c.person(), c.address_cell(), r.choice(["과태료 부과", "이행강제금 부과", "영업정지 처분"]), c.plate() if r.random() < 0.4 else "-"]
                for _ in range(r.randint(2, 6))]
        d.table(["성명", "최종 주소", "처분 내용", "차량번호"], rows, c.style)
        o.item(f"공고일로부터 14일이 지나면 송달된 것으로 봄 ({statute(c)})")
        negatives_tail(c, o)
        return Spec("행정처분 공시송달 공고", "공고", d, "partial")
    what = r.choice(["도시계획시설 결정 열람", "공유재산 대부 입찰", "시민 공모전", "도로 점용 허가 사항", "정비구역 지정 고시"])
    o.sec("공고 내용")
    o.item(f"{what}에 관한 사항을 다음과 같이 공고합니다.")
    o.item(f"열람 장소: {r.choice(V.PUBLIC_BUILDINGS)[0]} / 우편번호 {V.postal_code(r)}")
    o.item(f"기간: {c.date_after(5)} ~ {c.date_after(30)}")
    o.item(f"문의: {c.office_tel}, 다산콜센터 120")
    negatives_tail(c, o)
    return Spec(f"{what} 공고", "공고", d, "public")
