"""Families about citizens dealing with the city: complaints, subsidies, parking, refunds, dispositions.

These carry most of the ordinary personal information (names, phones, addresses,
accounts, cards, plates). Each has a public variant with the same vocabulary but no
private values (organisations only, or names already anonymised as 김○○), so the
document grade has to be read from the content, not from the family.
"""
from __future__ import annotations

from .. import values as V
from ..doc import Doc, Ent
from .common import Outline, Spec, family, label_value, negatives_tail, ref_line, statute, who_said

TOPICS = ["불법 주정차 단속 요청", "공사장 소음 개선", "보도블록 파손 보수", "가로등 고장 수리", "공원 내 흡연 단속",
          "버스정류장 이전", "무단 투기 쓰레기 수거", "누수로 인한 도로 결빙", "어린이보호구역 과속방지턱 설치",
          "재개발 구역 안전펜스 보강", "반려견 목줄 미착용 단속", "하수구 악취 개선"]


@family("complaint_reply", "civil", weight=1.6)
def complaint_reply(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    topic = r.choice(TOPICS)
    rno = V.receipt_no(r)
    variant = r.random()
    if variant < 0.65:                                  # letter to one complainant
        p = c.person()
        if c.layout != "gongmun":
            d.line(*label_value("수신", [p, r.choice([" 귀하", " 님", "님 귀하"])], c))
        d.line(*label_value("주소", c.address(), c))
        if r.random() < 0.5:
            d.line("연락처: ", c.phone())
        d.blank()
        d.line(f"1. 귀하께서 {c.date_before(30)} 신청하신 민원(접수번호 {rno}, '{topic}')에 대한 검토 결과를 알려 드립니다.")
        d.line(f"2. {r.choice(['현장을 확인한 결과', '관계 부서와 협의한 결과', '관련 법령을 검토한 결과'])} "
               f"{r.choice(['해당 구간에 대하여 정비를 완료하였습니다.', '다음 분기 정비 계획에 반영하기로 하였습니다.', '현행 법령상 즉시 조치가 어려움을 양해하여 주시기 바랍니다.'])}")
        if r.random() < 0.5:
            d.line("3. 민원인 ", Ent("PERSON", p.text), " 님께서 제출하신 사진 자료는 처리 완료 후 파기할 예정입니다.")
        d.line(f"※ 이 결과에 이의가 있으면 {statute(c)}에 따라 이의신청을 하실 수 있습니다.")
        negatives_tail(c, o)
        return Spec(f"민원({topic}) 처리 결과 회신", "민원 처리 결과 회신", d, "partial", recipient=p)
    if variant < 0.85:                                  # internal report of several complaints
        o.sec("민원 접수 현황")
        o.item(f"기간: {c.date_before(90)} ~ {c.date_before(5)}")
        rows = []
        for _ in range(r.randint(3, 6)):
            rows.append([V.receipt_no(r), c.person(), c.phone() if r.random() < 0.8 else "-",
                         r.choice(TOPICS), r.choice(["처리 완료", "처리 중", "이첩(자치구)"])])
        d.table(["접수번호", "민원인", "연락처", "민원 내용", "처리 상태"], rows, c.style)
        o.sec("처리 결과")
        o.item(f"담당 {c.drafter_rank} {c.drafter}이(가) 현장 확인 후 처리, 팀장 {c.reviewer} 검토")
        negatives_tail(c, o)
        return Spec(f"{c.section} 민원 처리 현황 보고", "민원 처리 결과 회신", d, "partial")
    # public summary, complainants anonymised
    o.sec("민원 개요")
    o.item(f"민원 내용: {topic}")
    o.item(f"민원인: {V.masked_name(r, c.names.ko())} 외 {r.randint(2, 30)}명 (개인정보 비공개 처리)")
    o.item(f"접수번호: {rno}")
    o.sec("조치 결과")
    o.item(r.choice(["현장 정비 완료", "예산 반영 예정", "관계 기관(경찰서) 이첩 완료"]))
    negatives_tail(c, o)
    return Spec(f"반복 민원({topic}) 처리 결과 공개", "민원 처리 결과 회신", d, "public")


@family("subsidy", "economy", weight=1.3)
def subsidy(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    prog = r.choice(["소상공인 임차료 지원", "청년 월세 지원", "노후 경유차 조기폐차 보조", "전기이륜차 구매 보조",
                     "가정용 저녹스 보일러 설치 지원", "출산 축하 지원금"])
    o.sec("근거")
    o.item(statute(c))
    ref_line(c, o)
    if r.random() < 0.6:
        o.sec("지급 대상자")
        rows = []
        for _ in range(r.randint(3, 7)):
            bank, acc = c.account()
            row = [c.person(), c.birth() if r.random() < 0.6 else c.rrn(), bank, acc, V.money(r, 300_000, 3_000_000, 50_000)]
            rows.append(row)
        d.table(["성명", "생년월일", "은행", "계좌번호", "지급액"], rows, c.style)
        o.item("지급일: ", c.date_after(14))
        o.sec("유의 사항")
        o.item("부정 수급 확인 시 보조금 환수 및 5년간 참여 제한")
        negatives_tail(c, o)
        return Spec(f"{prog} 보조금 지급 결정", "보조금 지급 결정", d, "partial")
    o.sec("지급 대상 단체")
    rows = [[V.company(r), V.biz_regno(r), V.company_address(r), V.money(r, 5_000_000, 90_000_000, 1_000_000)]
            for _ in range(r.randint(3, 6))]
    d.table(["단체명", "고유번호", "소재지", "보조금"], rows, c.style)
    bank, acc = V.city_account(r)
    o.item(f"집행 잔액 반납 계좌: {bank} {acc} (예금주: 서울특별시)")
    negatives_tail(c, o)
    return Spec(f"{prog} 민간단체 보조금 교부 결정", "보조금 지급 결정", d, "public")


@family("parking", "transport")
def parking(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    zone = f"{r.choice(list(V.SEOUL))} {r.choice(['제1', '제2', '제3', '제5'])}구획"
    o.sec("배정 개요")
    o.item(f"대상 구역: {zone} (총 {r.randint(20, 90)}면)")
    o.item(f"배정 기간: {c.date_after(10, 0)} ~ {c.y + 1}. {c.m}. {c.d}.")
    if r.random() < 0.8:
        o.sec("배정 결과")
        rows = []
        for i in range(r.randint(3, 7)):
            rows.append([f"{zone[:2]}-{r.randint(1, 90):03d}", c.person(), c.address_cell(), c.plate(),
                         c.phone() if r.random() < 0.7 else "-"])
        d.table(["구획번호", "배정자", "주소", "차량번호", "연락처"], rows, c.style)
        o.item(f"관용 차량({V.bus_plate(r)})은 배정 대상에서 제외")
        negatives_tail(c, o)
        return Spec(f"거주자우선주차 {zone} 배정 결과", "거주자우선주차 배정 결과", d, "partial")
    o.sec("배정 기준")
    o.item("거주기간, 차량 수, 장애인·다자녀 가구 가점 적용")
    o.item(f"마을버스({V.bus_plate(r)}) 회차 구간과 겹치는 3면은 배정 제외")
    negatives_tail(c, o)
    return Spec(f"거주자우선주차 {zone} 배정 기준 안내", "거주자우선주차 배정 결과", d, "public")


@family("refund", "finance", weight=0.8)
def refund(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    what = r.choice(["공공시설 대관료", "체육시설 강습료", "평생학습 수강료", "주차 정기권 요금", "캠핑장 예약금"])
    o.sec("환불 사유")
    o.item(r.choice(["시설 보수 공사로 인한 프로그램 취소", "기상 악화로 인한 운영 중단", "신청자 요청(이용 7일 전 취소)"]))
    o.sec("환불 대상")
    rows = []
    for _ in range(r.randint(2, 6)):
        if r.random() < 0.5:
            pay, val = "카드", c.card()
        else:
            bank, val = c.account()
            pay = f"계좌({bank})"
        rows.append([c.person(), pay, val, V.money(r, 10_000, 400_000, 1_000)])
    d.table(["성명", "결제수단", "카드/계좌번호", "환불액"], rows, c.style)
    o.item(f"환불 예정일: {c.date_after(10)}")
    negatives_tail(c, o)
    return Spec(f"{what} 환불 처리 결과", "환불 처리 결과", d, "partial")


@family("disposition", "transport")
def disposition(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    kind = r.choice(["주정차 위반 과태료", "무단 방치 차량 강제 견인", "불법 광고물 과태료", "건축법 위반 이행강제금"])
    p = c.person()
    if c.layout != "gongmun":
        d.line(*label_value("수신", [p, " 귀하"], c))
    o.sec("처분 대상")
    o.item(*label_value("성명", Ent("PERSON", p.text), c))
    if r.random() < 0.6:
        o.item(*label_value("주민등록번호", c.rrn(), c))
    else:
        o.item(*label_value("생년월일", c.birth(), c))
    o.item(*label_value("주소", c.address(), c))
    if "차량" in kind or "주정차" in kind:
        o.item(*label_value("차량번호", c.plate(), c))
    o.sec("처분 내용")
    o.item(f"위반 일시: {c.date_before(40)} {r.randint(7, 22)}:{r.randint(0, 59):02d}")
    o.item(f"근거: {statute(c)}")
    o.item(f"금액: {V.money(r, 40_000, 2_000_000, 10_000)} (납부기한 {c.date_after(30)})")
    bank, acc = V.city_account(r)
    o.item(f"납부 계좌: {bank} {acc} (예금주: 서울특별시 {c.district or ''}".rstrip() + ")")
    o.sec("의견 제출")
    o.item(f"처분에 이의가 있는 경우 {c.date_after(20)}까지 의견을 제출할 수 있습니다.")
    negatives_tail(c, o)
    return Spec(f"{kind} 부과 사전 통지", "행정처분 통지", d, "partial", recipient=p)


@family("arrears", "finance", weight=0.9)
def arrears(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    o.sec("체납처분 개요")
    o.item(f"근거: 「지방세징수법」 제{r.choice([33, 55, 61])}조")
    o.item(f"대상: {r.randint(3, 6)}명, 체납액 합계 {V.money(r, 50_000_000, 900_000_000, 100_000)}")
    if r.random() < 0.75:
        o.sec("압류 내역")
        rows = []
        for _ in range(r.randint(3, 6)):
            kind = r.choice(["자동차", "예금", "자동차", "예금", "급여"])
            if kind == "자동차":
                obj = c.plate()
            elif kind == "예금":
                bank, acc = c.account()
                obj = [bank, " ", acc]
            else:
                obj = V.company(r)
            rows.append([c.person(), c.rrn() if r.random() < 0.5 else c.birth(), kind, obj, V.money(r, 1_000_000, 80_000_000, 10_000)])
        d.table(["체납자", "주민번호/생년월일", "압류 재산", "내역", "체납액"], rows, c.style)
        negatives_tail(c, o)
        return Spec(f"{c.y}년 고액 체납자 재산 압류 결과", "체납처분 결과", d, "partial")
    o.sec("징수 실적")
    rows = [[t, f"{r.randint(100, 999):,}건", V.money(r, 100_000_000, 3_000_000_000, 1_000_000)]
            for t in ["자동차세", "재산세", "지방소득세", "주민세"]]
    d.table(["세목", "건수", "징수액"], rows, c.style)
    o.item("개인별 체납 정보는 「지방세기본법」 제86조에 따라 공개 대상이 아님")
    negatives_tail(c, o)
    return Spec(f"{c.y}년 상반기 체납액 징수 실적", "체납처분 결과", d, "public")
