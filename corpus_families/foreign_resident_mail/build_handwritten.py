# Hand-written documents; {{LABEL|value}} marks a gold span. Run to build ../handwritten.jsonl
import json
import re

MK = re.compile(r"\{\{([A-Z_]+)\|(.*?)\}\}", re.S)


def build(marked):
    out, ents, pos, last = [], [], 0, 0
    for m in MK.finditer(marked):
        pre = marked[last:m.start()]
        out.append(pre)
        pos += len(pre)
        v = m.group(2)
        ents.append({"start": pos, "end": pos + len(v), "label": m.group(1), "text": v})
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(marked[last:])
    t = "".join(out)
    assert "{{" not in t and "}}" not in t
    for e in ents:
        assert t[e["start"]:e["end"]] == e["text"]
    return t, ents


DOCS = []


def add(lang, title, dept, dtype, date, drafter, approver, rank, grade, grounds, marked):
    DOCS.append(dict(lang=lang, title=title, department=dept, doc_type=dtype, approved_at=date, drafter=drafter,
                     approver=approver, approver_rank=rank, marked=marked, grade=grade, grounds=grounds))


# 1 three-message thread, wage arrears
add("en", "Unpaid wages - referral", "Geumcheon-gu Office, Foreign Residents Support Team", "e-mail thread",
    "2026-05-14", "Byun Se-ra", "Ko Dong-wook", "팀장", "partial", [6], """\
From: Byun Se-ra <sera.byun@geumcheon.go.kr>
Sent: Thursday, May 14, 2026 9:12 AM
To: {{PERSON|Rustam}} <{{EMAIL|rustam.yu1991@mail.ru}}>
Cc: Seoul Gwanak Labor Office (Wage Claims) <wage.gwanak@moel.go.kr>; Ko Dong-wook <dwko@geumcheon.go.kr>
Subject: RE: RE: salary not paid 3 months

{{PERSON|Rustam}}-ssi, good morning.

I spoke with the labour inspector at the Gwanak office this morning. Your claim can be filed without a lawyer.
Please go there on Tuesday 19 May at 10:00 (4th floor, counter 3). Our volunteer {{PERSON|Ms. Yuldasheva}} will meet you
in the lobby; her number is {{PHONE|010-3382-9071}} if you are late.

Bring: your employment contract, the bank statements of {{BANK_ACCOUNT|110-482-337105}} (Shinhan) showing the last
payment, and your ARC. Nothing else is needed.

Byun Se-ra | Foreign Residents Support Team, Geumcheon-gu Office | 02-2627-1483

-----
From: {{PERSON|YUSUPOV RUSTAM}} <{{EMAIL|rustam.yu1991@mail.ru}}>
Sent: Wednesday, May 13, 2026 11:47 PM
Subject: RE: salary not paid 3 months

thank you teacher. company name is Daesung Metal (대성금속), boss is {{PERSON|Mr. Choi}}. I work from 2024 august.
my ARC {{KR_FRN|910217-5203846}}. I live in company dormitory {{ADDRESS|Siheung-daero 97-gil 14, room 203}}
my korean phone {{PHONE|010 5512 0387}}

-----
From: Byun Se-ra
Sent: Wednesday, May 13, 2026 4:05 PM
Subject: RE: salary not paid 3 months

Dear {{PERSON|Mr. Yusupov}}, thank you for writing to us. Could you tell me the name of your company and since when you work there?
""")

# 2 Korean letter, daycare, multicultural family, hanja name
add("ko", "어린이집 입소 우선순위 적용 결과 알림", "구로구청 다문화가족팀", "회신문", "2026-03-09",
    "여은비", "마상철", "과장", "partial", [6], """\
구로구청 다문화가족팀
(08284) 서울특별시 구로구 가마산로 245 / 전화 02-860-2417 / 팩스 02-860-2590

수 신 : {{PERSON|레예스 조슬린}}(Jocelyn Reyes) 님
제 목 : 어린이집 입소 우선순위 적용 결과 알림 (Result of your daycare priority request)

1. 2026. 2. 27.자로 문의하신 자녀 {{PERSON|洪 하 윤}}(세례명 {{PERSON|Hailey}})의 국공립어린이집 입소 우선순위 적용 건에 대한 회신입니다.
2. 「영유아보육법」 제28조 및 같은 법 시행규칙에 따라 다문화가족 자녀는 입소 우선순위 2순위에 해당하며, 부(父) {{PERSON|洪在錫}}
   (주민등록번호 {{KR_RRN|830514-1******}})님과의 가족관계가 확인되어 우선순위를 적용하였습니다.
3. 현재 대기 순번은 구로꿈나무어린이집 4번입니다. 대기 순번은 매월 1일 변동되며, 입소 확정 시 보호자 휴대전화
   ({{PHONE|010-2741-0936}})로 문자 안내가 발송됩니다.
4. {{PERSON|하윤}}이가 {{HEALTH_INFO|우유 단백 알레르기}}가 있다고 하셨는데, 입소 상담 때 원장님께 꼭 말씀해 주세요.

※ Tagalog interpretation: Danuri Helpline 1577-1366 (24 hours)

담당 주무관 여은비 (ebyeo@guro.go.kr)
""")

# 3 box table: interpreter fee payment
add("ko", "3월 통역 자원봉사자 활동비 지급 내역", "서울특별시 외국인주민지원과", "지급 내역서", "2026-04-03",
    "모지원", "탁상현", "팀장", "partial", [6], """\
3월 통역 자원봉사자 활동비 지급 내역
(예산과목: 외국인주민 지원 / 통역서비스 운영, 집행액 금 1,140,000원)

┌────┬──────────────┬────────┬──────┬────────────────────────┬──────────────┐
│ 연번 │ 성명(예금주)        │ 언어     │ 건수   │ 입금계좌                 │ 지급액         │
├────┼──────────────┼────────┼──────┼────────────────────────┼──────────────┤
│ 1  │ {{PERSON|쩐 티 투 하}}      │ 베트남어  │ 14   │ 국민 {{BANK_ACCOUNT|457802-01-338164}}    │ 280,000      │
│ 2  │ {{PERSON|BATBAYAR Enkhjin}}│ 몽골어   │ 9    │ 하나 {{BANK_ACCOUNT|391-910245-66107}}    │ 180,000      │
│ 3  │ {{PERSON|독고 은 서}}        │ 러시아어  │ 11   │ 농협 {{BANK_ACCOUNT|302-1188-4410-51}}    │ 220,000      │
│ 4  │ {{PERSON|Khadija Benali}}  │ 아랍어   │ 6    │ 신한 {{BANK_ACCOUNT|110-207-994312}}      │ 120,000      │
│ 5  │ {{PERSON|魏淑芬}}({{PERSON|위수펀}})      │ 중국어   │ 17   │ 우리 {{BANK_ACCOUNT|1002-655-018237}}     │ 340,000      │
└────┴──────────────┴────────┴──────┴────────────────────────┴──────────────┘
※ 건당 20,000원. 5번 {{PERSON|위수펀}} 님은 외국인등록번호 {{KR_FRN|780930-6082215}}로 원천징수 신고.
※ 자원봉사자 명단 중 개인정보 수집 미동의자(B씨)는 제외함.

작성: 외국인주민지원과 주무관 모지원 (02-2133-5089)
""")

# 4 Korean minutes with external members
add("ko", "2026년 제1차 외국인주민 대표자회의 결과", "영등포구청 외국인주민지원팀", "회의록", "2026-02-20",
    "표하람", "연규식", "과장", "partial", [6], """\
2026년 제1차 외국인주민 대표자회의 결과

□ 일시: 2026. 2. 18.(수) 15:00~17:00
□ 장소: 영등포구청 별관 3층 소회의실
□ 참석: 위원장 연규식(외국인주민지원과장), 위원 {{PERSON|탕 밍}}(중국 동포 대표), {{PERSON|Grace Atieno}}(케냐),
        {{PERSON|Nasrin Hosseini}}(이란), 주무관 표하람(간사)
□ 주요 논의
  ○ 대림동 한국어교실 야간반 증설 요청 → 2026년 추경 예산(금 18,000,000원) 반영 검토
  ○ 쓰레기 분리배출 다국어 안내문 정비 → 중국어·베트남어 우선 제작
  ○ 개별 건의: {{PERSON|Grace}} 위원이 이웃 주민 {{PERSON|Mr. Ochieng}}의 체불임금 상담을 요청 → 서울남부고용노동지청 연계
□ 향후 일정: 제2차 회의 2026. 5. 중 개최 예정
※ 위원 수당: 1인당 150,000원 (위원 연락처는 별도 관리)
""")

# 5 public English FAQ
add("en", "FAQ for new arrivals", "Seoul Global Center", "guide", "2026-01-12", "Nam Ji-seon", "Eom Tae-gyu",
    "센터장", "public", [], """\
New to Seoul? Frequently asked questions

Q. Where do I register as a foreign resident?
A. Within 90 days of entry, book a visit at your immigration office on HiKorea (www.hikorea.go.kr). Seoul residents
   mostly go to the Seoul Immigration Office (Mokdong, 02-2650-6212) or the Seoul Southern Immigration Office.

Q. Can my child go to a Korean public school?
A. Yes. Contact the school nearest your home or the Office of Education. Visa status is not checked for enrolment.

Q. Who can help me in my language?
A. Seoul Global Center (9F, 38 Jong-ro, Jongno-gu), 02-2075-4180, global@seoul.go.kr, weekdays 9:00-18:00.
   Immigration Contact Center 1345. Seoul 120 Dasan Call Center (press 9 for foreign languages).

Q. I was told to bring an 'alien registration fact certificate'. What is it?
A. 외국인등록사실증명. Any community service centre (주민센터) can issue it for KRW 1,000.

Last reviewed by Manager Nam Ji-seon, Seoul Global Center, 12 January 2026.
""")

# 6 public Korean press release
add("ko", "서울글로벌센터 다국어 상담 실적 보도자료", "서울특별시 외국인주민지원과", "보도자료", "2026-01-28",
    "기윤서", "어승민", "과장", "public", [], """\
보 도 자 료
배포일시 2026. 1. 28.(수) / 담당부서 외국인주민지원과 / 과장 어승민 02-2133-5070 / 주무관 기윤서 02-2133-5074

서울시, 지난해 외국인주민 상담 8만 건 돌파 … 베트남어·중국어 상담 최다

- 서울글로벌센터 2025년 상담 81,240건, 전년 대비 12.4% 증가
- 체류·비자(31%), 노무(22%), 생활정보(18%) 순
- 2026년 상담 언어에 네팔어·크메르어 추가, 예산 27억 원 투입

□ 서울시는 「서울특별시 외국인주민 지원 조례」에 따라 운영 중인 서울글로벌센터의 2025년 상담 실적을 발표했다.
□ 언어별로는 베트남어(24%), 중국어(21%), 영어(19%) 순이었다. 장애인 외국인주민을 위한 수어 통역 연계도 46건 이뤄졌다.
□ 어승민 외국인주민지원과장은 "상담 인력을 유지·확대하여 외국인주민의 서울 정착을 돕겠다"고 밝혔다.
""")

# 7 nonpublic health memo
add("ko", "결핵 확진 외국인주민 접촉자 조사 협조", "관악구청 외국인주민지원팀", "내부 메모", "2026-06-08",
    "육민아", "설재훈", "팀장", "nonpublic", [6], """\
[대외비] 업무 연락
To: 관악구보건소 감염병관리팀 (역학조사 담당)
From: 외국인주민지원팀 주무관 육민아 / 02-879-6712

보건소 요청에 따라 결핵 확진 외국인주민 관련 정보를 공유합니다. 본 메모는 공개하지 않습니다.

- 성명: {{PERSON|SHRESTHA Bikash}} ({{PERSON|비카스 쉬레스타}}), 네팔, 남
- 생년월일: {{BIRTH_DATE|12 Sept 1994}}
- 진단: {{HEALTH_INFO|활동성 폐결핵, 6. 2. 확진}} / 현재 {{HEALTH_INFO|보라매병원 격리 입원 중}}
- 거주: 고시원 {{ADDRESS|신림로 59길 23, 3층 307호}} (같은 층 거주자 8명)
- 연락처: {{PHONE|010-6210-8874}} (네팔어 통역 필요 — 자원봉사자 {{PERSON|Pemba Sherpa}} {{PHONE|010 4417 2093}})
- 직장: 신림동 소재 음식점 (사업자 정보는 보건소에 별도 전달)
""")

# 8 chat log layout
add("en", "KakaoTalk counselling log (export)", "Dongjak Global Village Center", "chat log", "2026-07-22",
    "Pyo Da-eun", "Gi Hyeon-u", "센터장", "partial", [6], """\
[Dongjak Global Village Center - 1:1 consultation channel] exported 2026-07-22 18:03

[{{PERSON|Ngozi A.}}] [10:41] good morning, is it possible to change my appointment of thursday?
[Dongjak GVC] [10:44] Good morning! This is Pyo Da-eun. Sure - would Friday 24 July, 3 pm work?
[{{PERSON|Ngozi A.}}] [10:46] yes friday ok. my daughter {{PERSON|Amara}} has {{HEALTH_INFO|fever since yesterday}} so i stay home
[{{PERSON|Ngozi A.}}] [10:46] (photo) 
[Dongjak GVC] [10:48] Please don't send photos of your ARC here 🙏 I've deleted it. For the file we only need the last
4 digits. Get well soon to {{PERSON|Amara}}.
[{{PERSON|Ngozi A.}}] [10:50] sorry!! my number if you need {{PHONE|+82 10 9376 2210}}
[Dongjak GVC] [10:51] Noted. Friday 24 July 15:00, Dongjak Global Village Center 2F. Our office line is 02-820-9947.
""")

# 9 reply to an embassy (diplomatic + investigation)
add("en", "Reply to the Embassy regarding a detained national", "Seoul Foreign Residents Support Division",
    "letter (diplomatic)", "2026-09-03", "Kwak Min-seo", "Cheon Yong-ho", "과장", "nonpublic", [2, 4], """\
SEOUL METROPOLITAN GOVERNMENT
Foreign Residents Support Division
110 Sejong-daero, Jung-gu, Seoul 04524 | Tel. +82-2-2133-5071

Our ref.: FRS-1188                                   3 September 2026

Consular Section
Embassy of the Socialist Republic of Viet Nam
123 Bukchon-ro, Jongno-gu, Seoul

Re: Your Note No. 214/2026 concerning Mr. {{PERSON|Do Quang Vinh}}

Dear Consul,

We acknowledge your Note of 28 August 2026 concerning your national, Mr. {{PERSON|Do Quang Vinh}} (passport
{{KR_PASSPORT|C3920476}}, born {{BIRTH_DATE|3 January 1999}}), who was arrested by Yeongdeungpo Police Station on 25 August 2026.

The city has no role in the criminal procedure. We have forwarded your request for consular access to the police and
to the Ministry of Foreign Affairs (Consular Service Division). Mr. {{PERSON|Vinh}}'s employer has asked us to keep his
belongings at the centre; they are held at his former lodging at {{ADDRESS|Daerim-ro 27-gil 8, B102}} until further notice.

Yours faithfully,

Cheon Yong-ho
Director, Foreign Residents Support Division
""")

# 10 key:value parking permit
add("ko", "장애인 전용주차구역 주차표지 발급 대행 신청", "마포구청 외국인주민지원팀", "신청서 처리", "2026-10-15",
    "도하린", "봉준석", "팀장", "partial", [6], """\
■ 외국인주민 민원 대행 처리 카드
접수번호   : 마포-외주-2026-0412
접수일     : '26.10.13.
신청인     : {{PERSON|Olga Tsoi}} / {{PERSON|최 올가}} (고려인, 카자흐스탄)
외국인등록번호: {{KR_FRN|7705166240917}}
주소       : {{ADDRESS|서울 마포구 월드컵로 25길 41-3, 2층}}
차량번호   : {{VEHICLE_PLATE|58로 2214}} (본인 소유 승용차)
장애 정도  : {{HEALTH_INFO|지체장애(심한 장애), 하지 절단}}
연락처     : {{PHONE|010/8823/1146}} (러시아어)
처리 내용  : 장애인등록 확인 후 주차표지 발급 신청 대행. 서류 미비(자동차등록증 사본) 보완 요청.
처리자     : 외국인주민지원팀 주무관 도하린 (02-3153-8841)
비고       : 전입 신고 완료. 동주민센터 담당자 안내 필요 없음.
""")

# 11 form export with IPs
add("en", "Online registration export - Seoul Lantern Walk", "Seoul Global Center", "list", "2026-11-02",
    "Seol A-ram", "Eom Tae-gyu", "센터장", "partial", [6], """\
Seoul Lantern Walk for international residents - online registration (export 2026-11-02, rows 1-5 of 63)
Event: Sat 14 Nov 2026, Cheonggyecheon, 18:00. Organiser: Seoul Global Center (02-2075-4180, global@seoul.go.kr)

timestamp,name,country,email,phone,people,submitted_from
2026-10-28 21:14,{{PERSON|Lucia Ferreira}},Brazil,{{EMAIL|lu.ferreira@gmail.com}},{{PHONE|010-4418-0725}},2,{{IP_ADDRESS|211.36.142.19}}
2026-10-28 22:01,{{PERSON|Dinh Bao Chau}},Viet Nam,{{EMAIL|chaudb.hcm@yahoo.com}},{{PHONE|01093370642}},1,{{IP_ADDRESS|121.134.9.201}}
2026-10-29 07:55,{{PERSON|Tom Brennan}},Ireland,{{EMAIL|tbrennan@outlook.ie}},{{PHONE|+82 10 2290 6613}},3,{{IP_ADDRESS|175.223.40.8}}
2026-10-29 12:30,{{PERSON|Aigerim Sadykova}},Kyrgyzstan,{{EMAIL|aigerim.s@mail.ru}},{{PHONE|010-7755-3010}},1,{{IP_ADDRESS|58.29.181.66}}
2026-10-30 16:42,{{PERSON|Hiroshi Mori}},Japan,{{EMAIL|h-mori@docomo.ne.jp}},{{PHONE|010 3141 5926}},2,{{IP_ADDRESS|203.226.7.133}}

Note (Officer Seol A-ram): row 3 asked for a wheelchair-accessible route; passed to the event company Hanbit Events
Co., Ltd. (123-86-45018, 02-555-0192).
""")

# 12 mixed memo with given-name-only, spaced names, masked forms, Mr O'Connor
add("en", "Handover note - open cases", "Yongsan Global Village Center", "memo", "2026-12-18",
    "Gong Yu-na", "Seomun Hyeok", "센터장", "partial", [6], """\
HANDOVER NOTE (before my leave, 21 Dec - 4 Jan)
From: Counsellor Gong Yu-na  To: Counsellor Jin Bo-ram  cc: Centre Director Seomun Hyeok

Open cases
1) {{PERSON|Mr O'Connor}} (Irish, English teacher) - landlord in Bogwang-dong keeps KRW 5,000,000 of the deposit.
   Mediation hearing 7 Jan at the Seoul Housing Dispute Mediation Committee. His mobile {{PHONE|010-5093-2281}}.
2) {{PERSON|민준}} 님 (Korean husband of {{PERSON|Thi Hoa}}) called twice about the F-6 extension - please call back on
   {{PHONE|010 6620 3317}}. Their home is {{ADDRESS|이태원로 20길 11, 301호}}.
3) A씨 (anonymous caller, Uzbek) - harassment at work; gave no name. Referred to 1345 and the labour office. No file.
4) {{PERSON|홍 재 석}} 님, landlord's son, wants the translated lease back - it is in drawer 2.
5) Little {{PERSON|Amelia}} ({{PERSON|Ms. Kowalska}}'s daughter) starts at Bogwang Elementary on 2 March; the school (02-794-3460)
   knows she has {{HEALTH_INFO|a cochlear implant}}.

Office phone will forward to 02-2199-6583. Thanks, Yu-na
""")

with open("handwritten.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(DOCS):
        t, e = build(d.pop("marked"))
        rec = {"id": "foreign_resident_mail-hand-%d" % (i + 1)}
        rec.update({k: d[k] for k in ["lang", "title", "department", "doc_type", "approved_at", "drafter", "approver",
                                      "approver_rank"]})
        rec.update({"text": t, "entities": e, "grade": d["grade"], "grounds": d["grounds"]})
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(DOCS))
