"""Builds handwritten.jsonl from hand-written texts with inline ⟦value|LABEL⟧ marks."""
import json, re

MARK = re.compile(r"⟦(.+?)\|([A-Z_]+)⟧", re.S)


def parse(src):
    out, ents, pos = [], [], 0
    last = 0
    for m in MARK.finditer(src):
        out.append(src[last:m.start()])
        pos += m.start() - last
        val, lab = m.group(1), m.group(2)
        ents.append({"start": pos, "end": pos + len(val), "label": lab, "text": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(src[last:])
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
    assert "⟦" not in text and "⟧" not in text
    return text, ents


DOCS = []


def doc(title, dept, doc_type, date, drafter, approver, rank, grade, grounds, src):
    text, ents = parse(src.strip("\n") + "\n")
    DOCS.append({"id": f"english_casework-hand-{len(DOCS) + 1:02d}", "lang": "en", "title": title,
                 "department": dept, "doc_type": doc_type, "approved_at": date, "drafter": drafter,
                 "approver": approver, "approver_rank": rank, "text": text, "entities": ents,
                 "grade": grade, "grounds": grounds})


doc("Wage arrears – construction site (Uzbekistan)", "Guro-gu Office, Global Policy Team", "case note",
    "2026-02-11", "Oh Dong-hyun", "Kim Ji-won", "Team Leader", "partial", [6], """
GURO GLOBAL CENTRE  ::  labour desk
File GC-LAB-2026-041 / opened 9 Feb. 2026 / officer on duty: Oh Dong-hyun (주무관)

Who came in: ⟦Sardor Rakhimov|PERSON⟧ and his cousin ⟦Jasur|PERSON⟧ (did not give a surname).
ID checked — ARC ⟦930604-5218830|KR_FRN⟧, E-9, employer change allowed until 30 June 2026.
Phone he actually answers: ⟦010 7781 2046|PHONE⟧ (KakaoTalk same number)

What he told us
⟦Sardor|PERSON⟧ worked on a rebar crew for a subcontractor of Dongbang Construction (법인 대표번호 02-555-0190) at the
Gurodong apartment redevelopment site from 3 November to 31 December 2025. The crew leader, a Korean man he
knows only as "반장님 ⟦최영호|PERSON⟧", paid cash for November and nothing for December (about 2,860,000 won).
Mr ⟦Rakhimov|PERSON⟧ sleeps in a container dormitory on the site and wants to stay until paid.

What we did
> drafted the petition (진정서) with him; attached photos of his daily work log
> account for payment: 하나은행 ⟦620-910437-55107|BANK_ACCOUNT⟧, holder ⟦RAKHIMOV SARDOR|PERSON⟧
> booked the 2/17 appointment at the Seoul Southern District Office of Employment and Labor (tel 1350)
> told him about the Wage Claim Guarantee Act; legal aid lawyer on Thursday, 14:00

checked: Kim Ji-won, team leader (02-860-3321)
""")

doc("Re: school for our son (e-mail)", "Mapo-gu Office, Foreign Residents Support Team", "e-mail", "2025-08-20",
    "Han Seo-yeon", "Choi Yun-seo", "Team Leader", "partial", [6], """
보낸 사람: 한서연 <seoyeonhan@mapo.go.kr>
받는 사람: ⟦Park, Soo-jin|PERSON⟧ <⟦sjpark_83@naver.com|EMAIL⟧>
날짜: 2025년 8월 20일 (수) 오전 10:02
제목: RE: 아들 전학 문의 / transfer of my son

Dear Ms ⟦Park|PERSON⟧,

Yes, ⟦Leo|PERSON⟧ can transfer to Mangwon Elementary School in the middle of the semester. Because his father,
Mr ⟦McAllister|PERSON⟧, is a Canadian national and ⟦Leo|PERSON⟧ was born abroad, the school needs a copy of ⟦Leo|PERSON⟧'s passport
(no. ⟦AK418307|KR_PASSPORT⟧) and the family relation certificate. A Korean-language support class runs on Tuesdays.

The school's administration office will call you. If you do not hear from them by Friday, please call me at 02-3153-8874.

Han Seo-yeon | Officer, Mapo Global Centre | 212 World Cup-ro, Mapo-gu

-----
2025-08-19 23:47, ⟦박수진|PERSON⟧ <⟦sjpark_83@naver.com|EMAIL⟧> 작성:
> 안녕하세요. We moved last week to ⟦마포구 성미산로 17길 42, 3층|ADDRESS⟧. My husband ⟦Daniel McAllister|PERSON⟧
> and I want our son ⟦리오|PERSON⟧ (⟦Leo McAllister|PERSON⟧, born ⟦12 May 2017|BIRTH_DATE⟧) to go to the school near our house.
> He has ⟦mild hearing loss in the left ear|HEALTH_INFO⟧ and sits at the front of the class.
> My mobile: ⟦010-3391-5820|PHONE⟧
> 박수진 드림
""".replace("> 박수진 드림", "> ⟦박수진|PERSON⟧ 드림"))

doc("Letter on ARC reissue and licence exchange", "Seongdong-gu Office, Global Cooperation Team", "letter",
    "2026-01-08", "Seo Jun-ho", "Baek Eun-ji", "Director", "partial", [6], """
                                            Seongdong-gu Global Village Centre
                                            270 Gosanja-ro, Seongdong-gu, Seoul 04750
                                            ☎ 02-2286-6070   global@sd.go.kr
8th January 2026
Ref: SD-GVC/2026/007

⟦Sean O'Connor|PERSON⟧
⟦Room 1404, Seongsu Riverview Officetel, 88 Seongsuil-ro, Seongdong-gu|ADDRESS⟧

Dear Mr O'Connor,

Thank you for calling in on 6 January. I am sorry to hear that your wallet was stolen on the subway.

1. Your alien registration card (⟦871129-5404712|KR_FRN⟧) can be reissued at the Seoul Immigration Office; take the
   police loss report and your Irish passport ⟦PD6638201|KR_PASSPORT⟧. The fee is 30,000 won.
2. Your Korean driving licence ⟦11-19-604418-70|KR_DRIVER_LICENSE⟧ can be reissued at any driver's licence agency.
3. For the stolen bank card, call your bank's 24-hour line; we cannot do this for you.

We enclose the English guide to the reissue procedure.

Yours sincerely,

Baek Eun-ji
Director, Seongdong-gu Global Village Centre
(drafted by Seo Jun-ho, officer)
""".replace("Dear Mr O'Connor,", "Dear Mr ⟦O'Connor|PERSON⟧,"))

doc("Medical interpreters – payment list (July 2025)", "Yeongdeungpo-gu Office, Multicultural Affairs Team", "fee table",
    "2025-08-05", "Kang Bo-ra", "Yoon Tae-gyu", "팀장", "partial", [6], """
2025년 7월 의료통역 수당 지급 명세 (Medical interpreting fees, July 2025)
Budget: 외국인주민 의료통역 지원 (annual KRW 18,000,000), unit rate KRW 25,000/h, professional rate KRW 40,000/h

┌──┬────────────────────┬──────────┬────────┬──────────────────────┬──────────────┐
│# │ Interpreter        │ Language │ Hours  │ Paid to              │ Amount (KRW) │
├──┼────────────────────┼──────────┼────────┼──────────────────────┼──────────────┤
│1 │ ⟦LE THI HUONG|PERSON⟧       │ VN       │ 12     │ 국민 ⟦940102-00-118347|BANK_ACCOUNT⟧  │ 300,000      │
│2 │ ⟦Gulnora T.|PERSON⟧         │ UZ / RU  │ 6      │ 신한 ⟦110-392-571044|BANK_ACCOUNT⟧    │ 150,000      │
│3 │ Prof. ⟦皇甫 妍|PERSON⟧       │ ZH       │ 4      │ 우리 ⟦1002-658-203917|BANK_ACCOUNT⟧   │ 160,000      │
│4 │ ⟦Batbayar|PERSON⟧           │ MN       │ 3      │ (volunteer, no fee)  │ 0            │
└──┴────────────────────┴──────────┴────────┴──────────────────────┴──────────────┘
Contact numbers of interpreters: see the attached roster (not released). Rate of 40,000 won applied to item 3 under
the 2025 interpreter fee guideline. Enquiries: 주무관 강보라, 02-2670-3941.
""")

doc("Counselling summary – pregnant resident without insurance", "Geumcheon-gu Office, Resident Integration Team",
    "counselling summary", "2025-11-03", "Moon Ha-neul", "Jung Hae-in", "Team Leader", "nonpublic", [6], """
Record of counselling (confidential) — 2025. 11. 3.
Counsellor: Moon Ha-neul, Geumcheon Global Centre

The client, whom I will call ⟦Rowena|PERSON⟧ as she asked, is a Filipina woman of 29 (DOB ⟦14/07/1996|BIRTH_DATE⟧) who
overstayed her E-9 visa two years ago. She is ⟦about 31 weeks pregnant|HEALTH_INFO⟧ and has had no antenatal care
since the first trimester. At the last visit to a private clinic she was told her blood pressure was high and that
she may have ⟦pre-eclampsia|HEALTH_INFO⟧. Her partner, ⟦Mark Anthony Villanueva|PERSON⟧, works at a recycling yard
and they share a rented room at ⟦B02, 31-6 Beotkkot-ro 8-gil, Geumcheon-gu|ADDRESS⟧.

Ms ⟦Bautista|PERSON⟧ (her surname, which she gave at the end) is afraid of being reported. I explained that medical
staff at public hospitals are exempt from the duty to notify immigration (통보의무 면제) and referred her to Seoul
Medical Center's public-health social work team. Follow-up call on ⟦+82 10 6290 1178|PHONE⟧ on Friday.
""")

doc("Incident report – child injured at Saturday Korean class", "Dongdaemun-gu Office, Global Policy Team",
    "incident report", "2026-03-16", "Song Da-eun", "Hwang In-sook", "Team Leader", "partial", [6], """
*** INCIDENT / 안전사고 보고 ***
Where: playroom, 2F, Dongdaemun-gu Global Centre (145 Cheonho-daero)      When: Sat 14 March 2026, approx. 11:10
Reported by: Song Da-eun, officer in charge of the children's class

- A girl from the children's class, ⟦Ngoc Han|PERSON⟧ (7), tripped over a chair leg and cut her chin.
- First aid by the class assistant; mother ⟦Vu Thi Thao|PERSON⟧ called at ⟦010-2951-7403|PHONE⟧ and came within 20 minutes.
- Taken to Kyung Hee University Medical Center emergency room: ⟦four stitches to the chin|HEALTH_INFO⟧, no fracture.
- The class assistant, ⟦Jeon Dong-wook|PERSON⟧ (university student volunteer), wrote a witness statement.
- Chairs now stacked against the wall; public liability insurance (Hyundai Marine & Fire, 1588-5656) notified 16 March.
""")

doc("Minutes – Foreign Residents' Council, 22nd meeting", "Gwangjin-gu Office, Foreign Residents Support Team",
    "meeting minutes", "2025-09-30", "Ryu Ji-hoon", "Kim Ji-won", "Team Leader", "partial", [6], """
Gwangjin-gu Foreign Residents' Council — 22nd regular meeting
25 September 2025 (Thu) 19:00, Gwangjin-gu Office annex, meeting room 3

Members: ⟦Chen Jing|PERSON⟧ (China), ⟦Enkhjargal Bat-Erdene|PERSON⟧ (Mongolia), ⟦Adaeze Nwosu|PERSON⟧ (Nigeria),
⟦Sok Dara|PERSON⟧ (Cambodia), ⟦Dilnoza|PERSON⟧ (Uzbekistan)
Officials: Kim Ji-won (Team Leader, chair), Ryu Ji-hoon (secretary); Councillor Go Eun-sil attended item 2.

Item 1 – bicycle parking near Konkuk Univ. Station
Chair (Kim Ji-won, team leader): The district received 14 complaints this year. Members, please comment.
Ms Chen: Bicycles of students are removed without notice in Chinese.
Mr ⟦Sok|PERSON⟧: Notices in English only are not enough.
Chair: The traffic administration division will add Chinese and Vietnamese stickers (budget 1.2 million won).

Item 2 – community health
⟦Dilnoza|PERSON⟧: My neighbour ⟦Malika|PERSON⟧ has ⟦diabetes|HEALTH_INFO⟧ and did not know about the free check-up.
Councillor Go Eun-sil: I will ask the health centre for an Uzbek session.
Ms ⟦Nwosu|PERSON⟧: Please also think about people who work on Saturdays.

Next meeting: 27 November 2025. Signed: Kim Ji-won, chair.
""".replace("Ms Chen:", "Ms ⟦Chen|PERSON⟧:"))

doc("Call for volunteers – Global Food Festival", "Mapo-gu Office, Global Policy Team", "notice", "2026-04-02",
    "Lee Seung-hoon", "Shin Mi-rae", "Team Leader", "public", [], """
[Mapo Global Centre] Volunteers wanted for the 2026 Mapo Global Food Festival

• Date: Saturday 9 May 2026, 10:00–18:00, Mangwon Hangang Park (rain: Mapo Art Center)
• Roles: booth guides, interpreters (English, Chinese, Vietnamese, Mongolian, Russian), stage helpers
• Who: residents of Mapo-gu aged 16+, any nationality; no Korean required for booth guides
• Volunteer hours are certified through 1365 (Korea's volunteer portal); lunch provided
• Apply by 24 April: global@mapo.go.kr or 02-3153-8860 (Officer Lee Seung-hoon)

The festival is funded by the district (KRW 45,000,000) and the Mapo Cultural Foundation.
마포구청장
""")

doc("Interpreting fee scale 2026", "Guro-gu Office, Global Policy Team", "notice", "2026-01-02", "Oh Dong-hyun",
    "Kim Ji-won", "Team Leader", "public", [], """
GURO-GU INTERPRETING FEE SCALE — effective 1 January 2026
(decided by the district on 18 December 2025; basis: Guro-gu Ordinance on Support for Foreign Residents, Art. 12)

Setting              | Hourly rate | Minimum | Travel
---------------------|-------------|---------|---------
Administrative       | 20,000 won  | 1 h     | 10,000
Medical              | 30,000 won  | 2 h     | 10,000
Legal / police       | 40,000 won  | 2 h     | 15,000
Volunteer (activity) |  8,000 won  | —       | actual

Payments are made to the interpreter's own account after the service report is approved by the team leader.
Questions: Global Policy Team, 02-860-3324, globalteam@guro.go.kr
""")

doc("Request from an embassy for a list of nationals", "Yeongdeungpo-gu Office, Global Cooperation Team",
    "internal memo", "2025-10-14", "Baek Eun-ji", "Seo Jun-ho", "과장", "nonpublic", [2, 6], """
MEMO — internal, 대외비
To: Director-General, Administration Bureau | From: Seo Jun-ho, Head of Global Cooperation Division | 14 Oct. 2025

1. On 10 October the consular section of a foreign embassy asked by letter for the names and addresses of its
   nationals who attended the "Know your rights" sessions in September, citing "community safety".
2. Among the attendees are at least two people who have applied for refugee status, e.g. ⟦Aung Kyaw Zaw|PERSON⟧
   (⟦대림로 27길 14, 2층|ADDRESS⟧) and ⟦Thandar Hlaing|PERSON⟧. Disclosure could endanger them.
3. Recommendation: decline; consult the Ministry of Foreign Affairs (Consular Service Division, 02-2100-7500)
   before any reply. This memo and the embassy's letter are not to be released.
""")

doc("Phone call log – landlord dispute follow-up", "Dongdaemun-gu Office, Foreign Residents Support Team",
    "call log", "2025-06-27", "Hwang In-sook", "Song Da-eun", "Team Leader", "partial", [6], """
CALL LOG  (Dongdaemun Global Centre, desk line 02-2127-5081)
resident: ⟦BUI VAN HUNG|PERSON⟧ / 부이 반 훙 / ⟦+82-10-4418-0932|PHONE⟧
----------------------------------------------------------------
06-23 09:40  OUT  resident  — confirmed the move-out date (30 June); keys to landlord
06-23 14:15  IN   landlord ⟦홍 재 석|PERSON⟧ (⟦010.8820.3317|PHONE⟧) — wants 400,000 won off the deposit for wallpaper
06-24 10:05  OUT  legal aid (132) — normal wear and tear cannot be charged; advise the resident to photograph the room
06-26 16:30  IN   resident  — now staying at a friend's in ⟦회기로 21, 302호|ADDRESS⟧; says he has ⟦a fever and a cough|HEALTH_INFO⟧,
                   asks us to talk to the landlord instead
06-27 11:00  OUT  landlord  — agreed to return the full deposit by 5 July to 국민은행 ⟦529801-04-117263|BANK_ACCOUNT⟧
closed by Hwang In-sook (officer)
""".replace("부이 반 훙", "⟦부이 반 훙|PERSON⟧"))

doc("Traffic accident – scooter delivery worker", "Geumcheon-gu Office, Resident Integration Team", "incident report",
    "2026-05-19", "Jung Hae-in", "Kang Bo-ra", "Team Leader", "nonpublic", [4, 6], """
Incident summary (for the police liaison) — Geumcheon Global Centre, 19/05/2026

On 17/05/2026 at about 22:30 a delivery scooter ridden by ⟦Bikash Shrestha|PERSON⟧ (Nepal, ⟦b. 02.01.1997|BIRTH_DATE⟧)
was hit at the Siheung-daero / Beotkkot-ro junction by an SUV that drove away. A passer-by noted part of the plate;
CCTV later showed ⟦158조 4402|VEHICLE_PLATE⟧. The scooter (⟦서울금천 바 1187|VEHICLE_PLATE⟧) belongs to Mr ⟦Shrestha|PERSON⟧ himself.

Injuries: ⟦open fracture of the right tibia, surgery on 18 May|HEALTH_INFO⟧ at Guro Sungsim Hospital.
Passport ⟦PA0913377|KR_PASSPORT⟧ and ARC ⟦970102-5063319|KR_FRN⟧ were copied for the hospital's uninsured-foreigner form.
Geumcheon Police Station (hit-and-run team, case 2026-004417) asked us to keep the CCTV details confidential while
the suspect is traced. Interpreter for the statement: ⟦Anita Rai|PERSON⟧, ⟦010-5530-2718|PHONE⟧.
Reported to Kang Bo-ra, team leader.
""".replace("(Nepal, ⟦b. 02.01.1997|BIRTH_DATE⟧)", "(Nepal, b. ⟦02.01.1997|BIRTH_DATE⟧)"))

with open("handwritten.jsonl", "w", encoding="utf-8") as fh:
    for d in DOCS:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(DOCS))
