"""Families where many names appear: meetings, hearings, awards, courses, recruitment, personnel.

They teach the role distinction: the same kind of name is PERSON after 민간위원,
주민, 수상자, 수강생 and not a span after 주무관, 팀장, 과장, 의원, 시장. Personnel
appointment lists are all officials (no spans); a personnel evaluation or a
disciplinary file is *about* an official, who is then a PERSON (nonpublic, 5+6).
"""
from __future__ import annotations

from .. import values as V
from ..doc import Ent
from ..doc import Doc
from .common import Outline, Spec, family, negatives_tail, ref_line, venue_line

COMMITTEES = ["도시계획위원회 소위원회", "시민감사옴부즈만위원회", "청년정책네트워크 운영위원회", "주민참여예산위원회",
              "보행환경개선 자문단", "공공디자인 심의위원회", "마을공동체 지원 협의회", "기후시민회의"]


def _mixed_attendees(c, n_off: int, n_priv: int) -> list:
    """A comma-separated attendee line mixing officials (plain) and private members (PERSON)."""
    r = c.rng
    items = []
    for _ in range(n_off):
        items.append([f"{r.choice(['과장', '팀장', '주무관'])} ", c.official()])
    for _ in range(n_priv):
        role = r.choice(["민간위원 ", "시민위원 ", "외부위원(교수) ", "주민대표 ", "위원 "])
        items.append([role, c.person_ko()])
    r.shuffle(items)
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(", ")
        out.extend(it)
    return out


@family("minutes", "plan", weight=1.4)
def minutes(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    com = r.choice(COMMITTEES)
    v = r.random()
    o.sec("회의 개요")
    o.item(f"일시: {c.date_before(20)} {r.randint(10, 17)}:00")
    o.item(venue_line(c))
    if v < 0.45:        # with private members, discussion finished: partial
        o.item("참석: ", *_mixed_attendees(c, r.randint(1, 3), r.randint(2, 4)))
        o.sec("주요 발언")
        for _ in range(r.randint(2, 4)):
            p = c.person_ko()
            o.item(r.choice(["민간위원 ", "위원 ", "주민 "]), p, r.choice(["", " 위원"]), ": ",
                   r.choice(["보행로 폭 확대가 우선 검토되어야 함", "예산 대비 효과 분석 자료 보완 필요", "주민 의견 수렴 절차를 한 차례 더 거칠 것을 제안",
                             "야간 안전 대책이 빠져 있음"]))
        o.item(f"{c.section} {c.head} {c.approver if c.approver_rank == c.head else c.official()}: 보완 의견을 반영하여 다음 회의에 재상정하겠음")
        o.sec("의결 결과")
        o.item(r.choice(["원안 가결", "수정 가결", "보류(재심의)"]))
        negatives_tail(c, o)
        return Spec(f"{com} 제{r.randint(1, 40)}차 회의록", "회의록", d, "partial")
    if v < 0.75:        # officials only: public
        names = [f"{r.choice(['국장', '과장', '팀장', '주무관'])} {c.official()}" for _ in range(r.randint(3, 6))]
        o.item("참석: " + ", ".join(names))
        o.sec("논의 결과")
        for t in r.sample(["추진 일정 확정", "자치구 협조 요청 공문 시행", "예산 재배정 요청", "홍보 계획 수립", "시의회 보고 준비"], 3):
            o.item(t)
        if r.random() < 0.4:
            o.item(f"시의회 {r.choice(['행정자치위원회', '도시안전건설위원회', '보건복지위원회'])} {c.official()} 의원 요구 자료 제출 예정")
        negatives_tail(c, o)
        return Spec(f"{c.section} 업무 추진 점검 회의 결과", "회의록", d, "public")
    # deliberation still in progress: nonpublic, item 5 (+6 when private members named)
    named = r.random() < 0.6
    if named:
        o.item("참석: ", *_mixed_attendees(c, 1, r.randint(2, 3)))
    else:
        o.item(f"참석: 위원 {r.randint(7, 12)}명, 간사 {c.section} {c.drafter_rank} {c.drafter}")
    o.sec("심의 안건(심의 중)")
    o.item(r.choice(["○○지구 지구단위계획 변경안", "민간위탁 수탁기관 선정안", "공공시설 명칭 변경안", "보조사업 재평가 결과안"]))
    o.item("위원별 찬반 의견 및 점수는 최종 의결 전까지 비공개")
    rows = [[f"위원 {chr(65 + i)}", str(r.randint(60, 95)), r.choice(["찬성", "반대", "보류"])] for i in range(r.randint(4, 7))]
    d.table(["위원", "평가 점수", "의견"], rows, c.style)
    o.item(f"차기 회의({c.date_after(30)})에서 최종 의결 예정")
    negatives_tail(c, o)
    return Spec(f"{com} 심의 회의록(진행 중)", "회의록", d, "nonpublic", [5])


@family("hearing", "plan")
def hearing(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    subj = r.choice(["○○천 생태하천 복원 사업", "장기 미집행 공원 해제", "광역버스 노선 개편", "자원회수시설 현대화", "역세권 청년주택 건립"])
    o.sec("공청회 개요")
    o.item(f"주제: {subj}")
    o.item(venue_line(c))
    o.item(f"주재: {c.section} {c.head} {c.official()}")
    o.sec("진술 요지")
    private = r.random() < 0.7
    for _ in range(r.randint(2, 4)):
        if private:
            role = r.choice(["주민 ", "토론자(교수) ", "진술인 ", "인근 상인 "])
            extra = [" (", c.address(), ")"] if r.random() < 0.3 else []
            o.item(role, c.person_ko(), *extra, ": ", r.choice(["교통 혼잡 대책이 부족하다", "사업 취지에 찬성하나 공사 기간 단축이 필요하다",
                                                                "보상 기준을 다시 설명해 달라", "환경영향평가 결과 공개를 요청한다"]))
        else:
            o.item(f"{V.company(r).replace('(주)', '').strip()} 관계자: 사업 일정 준수 가능")
    if private and r.random() < 0.5:
        o.item(f"시의원 {c.official()}: 주민 의견을 반영한 보완 계획 수립 요청")
    negatives_tail(c, o)
    return Spec(f"{subj} 공청회 결과 보고", "공청회 결과", d, "partial" if private else "public")


@family("briefing", "plan")
def briefing(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    subj = r.choice(["모아타운 관리계획", "재개발 정비구역 지정", "공영주차장 건립", "도시철도 역사 신설", "공공 도서관 리모델링"])
    o.sec("설명회 개요")
    o.item(f"일시: {c.date_before(15)} 19:00")
    o.item(venue_line(c))
    o.item(f"참석: 주민 {r.randint(30, 200)}명, {c.section} 팀장 {c.reviewer} 외 {r.randint(2, 5)}명")
    o.sec("질의 응답")
    named = r.random() < 0.6
    for _ in range(r.randint(2, 4)):
        if named:
            q = ["주민 ", c.person_ko(), r.choice(["(", " ("]), Ent("ADDRESS", V.unit_only(r)) if r.random() < 0.4 else c.address(), ")"]
        else:
            q = [f"주민 {chr(65 + r.randint(0, 9))}"]
        o.item(*q, ": ", r.choice(["분담금 산정 기준은?", "공사 중 통학로 안전 대책은?", "세입자 이주 대책은?", "주차장 운영 시간은?"]))
        o.sub(f"답변({c.official()} 주무관): 세부 기준은 다음 설명회에서 안내 예정")
    if named and r.random() < 0.5:
        o.item("추가 문의 주민 연락처: ", c.person_ko(), " ", c.mobile())
    negatives_tail(c, o)
    return Spec(f"{subj} 주민설명회 개최 결과", "설명회 결과", d, "partial" if named else "public")


@family("award", "culture")
def award(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    prize = r.choice(["서울특별시 시민상", "모범 자원봉사자 표창", "청소년 선행상", "효행상", "안전 지킴이 유공 표창"])
    o.sec("포상 근거")
    o.item("「서울특별시 포상 조례」 제5조")
    o.item(f"{r.choice(V.HISTORICAL)}의 뜻을 기리는 기념 주간 행사와 연계하여 시상")
    if r.random() < 0.7:
        o.sec("수상자")
        rows = []
        for _ in range(r.randint(3, 6)):
            rows.append([c.person(), c.birth() if r.random() < 0.5 else "-", c.address_cell() if r.random() < 0.6 else f"{r.choice(list(V.SEOUL))} 거주",
                         r.choice(["독거노인 도시락 배달 10년", "화재 현장 이웃 구조", "저소득 아동 학습 지도", "하천 정화 활동"])])
        d.table(["수상자", "생년월일", "주소", "공적 요지"], rows, c.style)
        o.item(f"시상: {c.date_after(20)} 시장 {c.official()} 수여 예정")
        negatives_tail(c, o)
        return Spec(f"{c.y}년 {prize} 수상자 결정", "포상 결정", d, "partial")
    o.sec("수상 단체")
    rows = [[V.company(r).replace("(주)", "").replace("주식회사 ", "") + r.choice([" 봉사단", " 협동조합", " 마을공동체"]), r.choice(["대상", "최우수상", "우수상"])]
            for _ in range(r.randint(2, 5))]
    d.table(["단체명", "시상 내역"], rows, c.style)
    negatives_tail(c, o)
    return Spec(f"{c.y}년 {prize} 단체 부문 수상 결정", "포상 결정", d, "public")


@family("education", "youth")
def education(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    course = r.choice(["시민 디지털 역량 강화 교육", "50+ 인생설계 과정", "반려동물 시민학교", "생활안전 심폐소생술 교육", "공무원 청렴 교육", "적극행정 직무교육"])
    if "공무원" in course or "직무" in course:
        o.sec("교육 개요")
        o.item(f"대상: {c.section} 직원 {r.randint(10, 40)}명")
        o.item(venue_line(c))
        o.sec("이수자")
        rows = [[c.section, r.choice(["주무관", "팀장", "과장"]), c.official(), "이수"] for _ in range(r.randint(3, 7))]
        d.table(["소속", "직급", "성명", "결과"], rows, c.style)
        negatives_tail(c, o)
        return Spec(f"{course} 참석 결과", "교육 참석 결과", d, "public")
    o.sec("교육 개요")
    o.item(f"기간: {c.date_before(60, 0)} ~ {c.date_before(5, 0)} (총 {r.randint(4, 12)}회)")
    o.item(venue_line(c))
    o.sec("수료자 명단")
    rows = [[str(i + 1), c.person(), c.birth(), c.phone() if r.random() < 0.7 else "-", r.choice(["수료", "수료", "미수료"])]
            for i in range(r.randint(3, 8))]
    d.table(["번호", "성명", "생년월일", "연락처", "결과"], rows, c.style)
    if r.random() < 0.3:
        o.item("수강생 ", c.person_ko(), "은(는) ", c.health(), "으로 실습 일부 면제")
    negatives_tail(c, o)
    return Spec(f"{course} 수료 결과", "교육 참석 결과", d, "partial")


@family("youth_program", "youth")
def youth_program(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    prog = r.choice(["청소년 여름 과학캠프", "학교 밖 청소년 진로 멘토링", "청소년 해외 봉사단", "청소년 오케스트라"])
    o.sec("프로그램 개요")
    o.item(f"일정: {c.date_after(30, 0)}부터 {r.randint(2, 5)}일간")
    o.item(venue_line(c))
    if r.random() < 0.25:
        o.item(f"인솔: {c.section} 주무관 {c.official()}, 청소년지도사 {r.randint(2, 5)}명")
        o.sec("모집 결과")
        o.item(f"신청 {r.randint(80, 300)}명 중 {r.randint(30, 60)}명 선발 (추첨)")
        negatives_tail(c, o)
        return Spec(f"{prog} 참가자 모집 결과", "청소년 프로그램 운영", d, "public")
    o.sec("참가자 및 보호자")
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append([c.person_ko(), c.birth(y0=2008, y1=2016), r.choice(["○○중", "○○고", "학교 밖"]), c.person_ko(), c.mobile()])
    d.table(["참가자", "생년월일", "학교", "보호자", "보호자 연락처"], rows, c.style)
    o.sec("건강 관련 유의 사항")
    for _ in range(r.randint(1, 2)):
        o.item("참가자 ", c.person_ko(), ": ", c.health())
    negatives_tail(c, o)
    return Spec(f"{prog} 참가자 확정 및 안전 관리 계획", "청소년 프로그램 운영", d, "partial")


@family("recruit", "hr")
def recruit(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    job = r.choice(["기간제 근로자(공원 관리)", "시간선택제 임기제 공무원", "공공근로 참여자", "주차단속 보조원", "관용차량 운전원"])
    if r.random() < 0.45:
        o.sec("채용 개요")
        o.item(f"모집 분야: {job} {r.randint(1, 10)}명")
        o.item(f"접수 기간: {c.date_after(10)} ~ {c.date_after(25)}")
        o.item(f"접수처: {c.section}({r.choice(V.PUBLIC_BUILDINGS)[1]})")
        o.sec("응시 번호별 일정")
        rows = [[f"{c.y % 100}-{r.randint(1, 9)}{r.randint(0, 999):03d}", r.choice(["10:00", "11:00", "14:00"])] for _ in range(r.randint(3, 6))]
        d.table(["응시번호", "면접 시간"], rows, c.style)
        negatives_tail(c, o)
        return Spec(f"{c.y}년 {job} 채용 공고", "채용 공고", d, "public")
    o.sec("서류전형 합격자")
    driver = "운전" in job
    rows = []
    for _ in range(r.randint(3, 7)):
        row = [f"{c.y % 100}-{r.randint(1000, 9999)}", c.person(), c.birth(), c.phone()]
        if driver:
            row.append(c.licence())
        rows.append(row)
    d.table(["응시번호", "성명", "생년월일", "연락처"] + (["운전면허번호"] if driver else []), rows, c.style)
    o.sec("면접 안내")
    o.item(f"면접위원: {c.section} 과장 {c.official()}, 외부위원 ", c.person_ko())
    negatives_tail(c, o)
    return Spec(f"{job} 서류전형 결과", "채용 공고", d, "partial")


@family("appointment", "hr", weight=1.2)
def appointment(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    o.sec("발령 사항")
    rows = []
    for _ in range(r.randint(5, 10)):
        rows.append([r.choice(["서기관", "행정사무관", "행정주사", "시설주사", "지방행정주사보"]), c.official(),
                     r.choice(["기획조정실", "복지실", "교통실", "행정국"]) + " " + r.choice(["예산담당관", "교통정책과", "인사과", "복지정책과"]),
                     r.choice(["전보", "승진", "직무대리", "파견"])])
    d.table(["직급", "성명", "발령 부서", "구분"], rows, c.style)
    o.item(f"발령일: {c.date_after(7)}")
    o.item("위와 같이 발령함. " + r.choice([f"서울특별시장 {c.official()}", "서울특별시장"]))
    negatives_tail(c, o)
    return Spec(f"{c.y}년 {c.m}월 정기 인사발령", "인사 발령", d, "public")


@family("evaluation", "hr", weight=0.7)
def evaluation(c):
    """The official is the subject of the file: PERSON, nonpublic 5+6."""
    r, d = c.rng, Doc()
    o = Outline(c, d)
    subj = c.person_ko()
    disc = r.random() < 0.5
    o.sec("대상자")
    o.item(f"소속/직급: {r.choice(['교통실', '복지실', '행정국'])} {r.choice(['행정주사', '시설주사보', '행정사무관'])}")
    o.item("성명: ", subj)
    if r.random() < 0.5:
        o.item("생년월일: ", c.birth(y0=1965, y1=1998))
    if disc:
        o.sec("징계 혐의 요지")
        o.item(r.choice(["출장비 부당 수령", "민원 처리 지연 및 부적정 응대", "금품 수수 의혹", "근무지 무단 이탈"]))
        o.item("징계위원회 심의 예정: ", c.date_after(30))
        if r.random() < 0.5:
            o.item("대상자 진술: 당시 ", c.health(), " 상태였다고 진술")
        o.sec("조사 담당")
        o.item(f"감사담당관 {c.official()} 조사관, 팀장 {c.reviewer}")
        negatives_tail(c, o)
        return Spec("직원 징계 의결 요구(안)", "인사 평가", d, "nonpublic", [5])
    o.sec("평가 결과(안)")
    rows = [[k, r.choice(["S", "A", "B", "C"]), r.choice(["목표 달성", "보완 필요", "우수"])] for k in ["업무 실적", "직무 역량", "태도"]]
    d.table(["평가 항목", "등급", "의견"], rows, c.style)
    o.item("평가자 ", f"과장 {c.official()}", " 의견: ", subj, r.choice([" 주무관은 민원 대응이 우수함", "은 일정 관리 보완 필요"]))
    negatives_tail(c, o)
    return Spec(f"{c.y}년 하반기 근무성적평정(안) - 개인별", "인사 평가", d, "nonpublic", [5])


@family("volunteer", "welfare", weight=0.7)
def volunteer(c):
    r, d = c.rng, Doc()
    o = Outline(c, d)
    o.sec("활동 개요")
    o.item(f"활동: {r.choice(['어르신 말벗 봉사', '하천 정화', '무료 급식 지원', '집수리 봉사'])}")
    o.item(f"기간: {c.date_before(90, 0)} ~ {c.date_before(10, 0)}")
    o.sec("봉사 시간 인정 명단")
    rows = [[c.person(), c.birth(), c.email() if r.random() < 0.5 else c.phone(), f"{r.randint(4, 60)}시간"] for _ in range(r.randint(3, 7))]
    d.table(["성명", "생년월일", "연락처(이메일/전화)", "인정 시간"], rows, c.style)
    negatives_tail(c, o)
    return Spec("자원봉사 활동 시간 인정 결과", "자원봉사 실적", d, "partial")
