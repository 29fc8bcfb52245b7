"""Mostly public families: event results, press releases, facility operation plans.

They are full of names and numbers that are *not* personal information (the mayor
and officials in role, historical figures, venues at public buildings, postal
codes, budget codes, company representative lines), so that the public share of a
corpus teaches what must stay visible. An event result sometimes lists private
winners with contacts, and is then partial.
"""
from __future__ import annotations

from .. import values as V
from ..doc import Doc
from .common import Outline, Spec, family, negatives_tail, venue_line


@family("event_result", "culture", weight=1.3)
def event_result(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    ev = r.choice(["서울 거리예술축제", "한강 달빛 야시장", "책 읽는 서울광장", "전통시장 가을 축제", "서울 청년주간 행사",
                   f"{r.choice(V.HISTORICAL)} 기념 문화제"])
    o.sec("행사 개요")
    o.item(f"기간: {c.date_before(40, 0)} ~ {c.date_before(20, 0)}")
    o.item(venue_line(c))
    o.item(f"주최·주관: 서울특별시, {V.company(r)}(운영 대행)")
    o.sec("운영 결과")
    o.item(f"방문객 약 {r.randint(2, 90) * 1000:,}명, 참여 부스 {r.randint(10, 80)}개")
    o.item(f"개막식: 시장 {c.official()}, 시의회 의장 {c.official()} 참석")
    o.item(f"만족도 조사 결과 {r.uniform(70, 95):.1f}점 (응답 {r.randint(300, 2000):,}명)")
    if r.random() < 0.3:
        o.sec("경품 당첨자(배송 정보)")
        rows = [[c.person(), c.mobile(), c.address_cell()] for _ in range(r.randint(2, 5))]
        d.table(["당첨자", "연락처", "배송지"], rows, c.style)
        negatives_tail(c, o)
        return Spec(f"{ev} 경품 추첨 및 배송 결과", "결과보고서", d, "partial")
    negatives_tail(c, o)
    return Spec(f"{ev} 개최 결과 보고", "결과보고서", d, "public")


@family("press_release", "culture", weight=1.0)
def press_release(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    what = r.choice(["광화문광장 야간 경관 조명 개선", "공공자전거 신규 대여소 200곳 확충", "어르신 무료 건강검진 확대",
                     "한강공원 수상 안전 강화", "서울형 키즈카페 추가 개관"])
    o.sec("주요 내용")
    o.item(f"서울시는 {c.date_after(10)}부터 {what}을(를) 추진한다고 밝혔다.")
    o.item(f"시장 {c.official()}은 \"시민 체감형 정책으로 일상을 바꾸겠다\"고 말했다.")
    if r.random() < 0.5:
        o.item(f"{r.choice(V.HISTORICAL)} 동상 주변 보행 공간도 함께 정비한다.")
    o.item(f"사업비 {r.randint(5, 300)}억 원(세부사업코드 {V.budget_code(r)})")
    o.sec("참고")
    o.item(f"보도 문의: {c.section} {c.official()} 팀장 ({c.office_tel})")
    o.item(f"시민 문의: 다산콜센터 120 / 우편번호 {V.postal_code(r)} {V.PUBLIC_BUILDINGS[0][1]}")
    negatives_tail(c, o)
    return Spec(f"[보도자료] {what}", "보도자료", d, "public")


@family("facility_plan", "plan", weight=0.8)
def facility_plan(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    fac = r.choice(["구립 체육센터", "공공 도서관", "노인 복지관", "청소년 수련관", "공영 주차장"])
    name, addr = V.community_center(r)
    o.sec("시설 현황")
    o.item(f"시설명: {name.replace(' 주민센터', '')} {fac} / 소재지: {addr}")
    o.item(f"위탁 운영: {V.company(r)} (대표이사 {c.official()}, 사업자등록번호 {V.biz_regno(r)})")
    o.item(f"대표전화: {V.company_line(r)}")
    o.sec("운영 계획")
    rows = [[k, f"{r.randint(6, 9):02d}:00~{r.randint(18, 22)}:00", r.choice(["연중", "휴관일 제외", "주말 단축"])]
            for k in r.sample(["평일", "토요일", "일요일", "공휴일"], 3)]
    d.table(["구분", "운영 시간", "비고"], rows, c.style)
    o.item(f"관용 셔틀버스 {V.bus_plate(r)} 운행 (역-시설 순환)")
    negatives_tail(c, o)
    return Spec(f"{fac} 운영 계획", "시설 운영 계획", d, "public")
