from make_handwritten import write

M = dict(lang="en")
docs = []

def D(title, dept, doc_type, date, drafter, approver, rank, grade, grounds, body):
    docs.append(dict(lang="en", title=title, department=dept, doc_type=doc_type, approved_at=date, drafter=drafter,
                     approver=approver, approver_rank=rank, grade=grade, grounds=grounds, raw=title + "\n\n" + body))

D("Reply: lost residence card and bicycle theft", "Yongsan-gu Office, Global Cooperation Team", "reply letter",
  "2026-02-11", "백지수", "오세훈", "팀장", "partial", [6],
"""Our ref. Global Cooperation-0381                         11 February 2026

Mr [[Ciaran O'Connor|PERSON]]
[[3F, 24-7 Hoenamu-ro 13ga-gil, Yongsan-gu, Seoul 04346|ADDRESS]]

Dear Mr [[O'Connor|PERSON]],

Thank you for visiting us last Friday. I am sorry to hear that your bicycle was stolen from the rack outside Itaewon Station and that your residence card was in the saddle bag.

1. Residence card. A lost card has to be reported to the Seoul Immigration Office (151 Mokdongdong-ro, Yangcheon-gu) within 14 days. For the re-issue they will also need your passport ([[533847291|KR_PASSPORT]]) and one photo.
2. Theft. Itaewon Police Box (tel. 02-749-0112) has your report on file. The officer gave you the number 2026-0192 for reference.
3. We have noted your preferred contact, [[ciaran.oc (at) protonmail.com|EMAIL]], and will forward anything the police send to us.

Please park your new bicycle in the covered rack at the Yongsan-gu Office; it has CCTV.

Kind regards,

Paek Ji-su
Officer, Global Cooperation Team
Yongsan-gu Office | 150 Noksapyeong-daero, Yongsan-gu, Seoul
Tel. 02-2199-6571 | global@yongsan.go.kr
""")

D("Childcare subsidy for a foreign resident's child", "Guro-gu Office, Multicultural Family Team", "e-mail",
  "2025-11-04", "정하늘", "윤미경", "팀장", "partial", [6],
"""From: [[Rhea Bautista|PERSON]] <[[rhea.bautista88 @ yahoo.com|EMAIL]]>
Sent: Sunday, 2 November 2025 22:41
To: multicultural@guro.go.kr
Subject: daycare money?

Good evening po. My husband [[Park Sang-hoon|PERSON]] is Korean and our son [[Joshua|PERSON]] turns 3 in December. Somebody at church said we can get money for daycare but the website is only Korean. We live in [[Guro-dong, Guro-gu — 102-804, Guro Hyundai Apt|ADDRESS]]. My number is [[010 7731 2046|PHONE]]. Salamat!
[[Rhea|PERSON]]

-----
From: Jung Ha-neul (Officer, Multicultural Family Team) <hnjung@guro.go.kr>
Sent: Tuesday, 4 November 2025 10:05
To: [[rhea.bautista88 @ yahoo.com|EMAIL]]
Subject: RE: daycare money?

Dear Ms [[Bautista|PERSON]],

Yes. Because [[Joshua|PERSON]] is a Korean national (his father is Korean), he is entitled to the childcare fee support like any other child. Please apply through the community service centre of Guro 2-dong (tel. 02-860-8602) or online at Bokjiro. Bring your residence card and the family relations certificate of Mr [[Park|PERSON]].

If you would like an interpreter (Tagalog/English) at the centre, call the Danuri Helpline 1577-1366.

Best wishes,
Jung Ha-neul
02-860-3472
""")

D("Payment of interpreter fees - December 2025", "Seoul Metropolitan Government, International Affairs Division", "internal memo",
  "2025-12-29", "김도현", "이상진", "과장", "partial", [6],
"""MEMO
To: Finance Team
From: Kim Do-hyun, Assistant Manager
Date: 29 Dec. 2025

Please pay the following external interpreters for the December counselling sessions at Seoul Global Center (38 Jong-ro, Jongno-gu). The budget line is 'Foreign resident counselling', remaining balance KRW 4,180,000.

  Interpreter            Language     Sessions  Amount (KRW)  Account
  [[Tran Thi Bich Ngoc|PERSON]]     Vietnamese   6         540,000       Woori [[1002-851-447120|BANK_ACCOUNT]]
  [[Aziz Karimov|PERSON]]           Uzbek        4         360,000       KB [[640201-01-338174|BANK_ACCOUNT]]
  [[Chen Xiaoli|PERSON]]            Chinese      5         450,000       Shinhan [[110-417-902365|BANK_ACCOUNT]]

Withholding tax (8.8%) applies. Ms [[Chen|PERSON]] asked that the slip be e-mailed to [[xiaoli_chen@qq.com|EMAIL]]. Mr [[Karimov|PERSON]]'s resident registration for tax is FRN [[870514-5218733|KR_FRN]].

Approved by Director Lee Sang-jin (02-2133-5210).
""")

D("Minutes: Mangwon-dong multicultural festival planning", "Mapo-gu Office, Foreign Residents Support Team", "meeting notes",
  "2026-04-17", "조은비", "한정훈", "팀장", "partial", [6],
"""Date: Thursday 16 April 2026, 19:00-20:40
Venue: Mangwon 1-dong Community Service Centre, 2nd floor (Poeun-ro 8-gil 17)
Chair: Councillor Yoon Seong-min (Mapo-gu Council)
Secretary: Cho Eun-bi, Foreign Residents Support Team
Present: [[Dilnoza Yusupova|PERSON]], [[Ngozi Eze|PERSON]], [[Kwon Hye-jin|PERSON]] (residents' association), [[Tuan|PERSON]] (volunteer)
Witness: Mr [[Bekzod|PERSON]] arrived at 19:30

1. Date. The festival will be held on Sat 23 May at Mangwon Han River Park; rain date 30 May.
2. Food stalls. Ms [[Eze|PERSON]] will coordinate six stalls. Stall holders must hold a valid health certificate; the public health centre (02-3153-9010) will check.
3. Safety. [[Kwon Hye-jin|PERSON]] raised concern that her mother, who has [[Parkinson's disease|HEALTH_INFO]], could not use the stairs at the last event; ramps will be hired (KRW 1,200,000).
4. Contacts. Volunteers may reach Ms [[Yusupova|PERSON]] on [[010-5528-0913|PHONE]] (Uzbek/Russian).

Next meeting: 7 May 2026. Notes approved by the Chair.
""")

D("Free influenza vaccination for foreign residents", "Yeongdeungpo-gu Office, Health Promotion Division", "public notice",
  "2025-10-01", "문서영", "강태호", "과장", "public", [],
"""PUBLIC NOTICE No. 2025-611

The Yeongdeungpo-gu Public Health Centre offers free influenza shots to foreign residents aged 65 and over and to children from 6 months to 13 years, regardless of visa type or insurance status.

When:   13 October - 30 November 2025, weekdays 09:00-17:00
Where:  Public Health Centre, 123 Dangsan-ro, Yeongdeungpo-gu (1st floor, Room 104)
Bring:  passport or residence card; for children, the vaccination booklet

Legal basis: Infectious Disease Control and Prevention Act, Article 24 (amended 2023. 8. 8.). Budget: KRW 62,000,000 (city 50%, district 50%).

Enquiries: Infectious Disease Team, 02-2670-4912, or 120 Dasan Call Center (English, Chinese, Vietnamese). Young children should be accompanied by a parent. Song and dance performances will be held in the lobby on 18 October.

1 October 2025
Mayor of Yeongdeungpo-gu
""")

D("Objection to a waste-disposal fine", "Gwangjin-gu Office, Cleaning Administration Team", "decision on objection",
  "2026-01-20", "허민재", "서지원", "팀장", "partial", [6],
"""Case: GJ-WASTE-2026-0044
Objector: [[LIU Yang|PERSON]] (China), FRN [[910822-6******|KR_FRN]]
Address: [[Room 203, 41 Jayang-ro 15-gil, Gwangjin-gu|ADDRESS]]
Phone: [[010-2287-6045|PHONE]]

Summary of objection
Ms [[Liu|PERSON]] states that the unbagged waste found on 8 January in front of [[41 Jayang-ro 15-gil|ADDRESS]] was not hers, and that she was in hospital at the time for [[an appendectomy|HEALTH_INFO]] (discharge note attached).

Decision
The CCTV images do not identify the person who left the waste. The fine of KRW 200,000 imposed under Article 68 of the Waste Control Act is therefore cancelled.

Officer in charge: Heo Min-jae (Cleaning Administration Team, 02-450-7632)
Reviewed by: Seo Ji-won, Team Leader
""")

D("외국인주민 대표자 회의 위원 선정 결과 / Selection of Foreign Residents' Council members", "Ansan City Hall, 외국인주민정책과",
  "bilingual notice", "2026-03-05", "최윤아", "박동규", "과장", "partial", [6],
"""안산시 외국인주민정책과

수신: 수신자 참조
제목: 외국인주민 대표자 회의 위원 선정 결과 알림 (Selection of Foreign Residents' Council members)

1. 관련: 「안산시 외국인주민 및 다문화가족 지원 조례」 제15조
2. 제9기 외국인주민 대표자 회의 위원을 아래와 같이 선정하였음을 알려드립니다.

| 연번 | 성명 / Name | 국적 / Country | 활동 지역 |
|---|---|---|---|
| 1 | [[응우옌 티 흐엉|PERSON]] ([[NGUYEN THI HUONG|PERSON]]) | 베트남 | 원곡동 |
| 2 | [[BATBAYAR Tsolmon|PERSON]] | 몽골 | 선부동 |
| 3 | [[쿠마르 수닐|PERSON]] | 인도 | 고잔동 |
| 4 | [[왕리|PERSON]] ([[WANG Li|PERSON]]) | 중국 | 원곡동 |

[English] The members above will serve until February 2028. The first meeting will be held at the Ansan Foreigner Support Centre, 387 Hwarang-ro, Danwon-gu, on 21 March 2026. Members receive an attendance allowance of KRW 100,000 per meeting.

문의: 외국인주민정책과 주무관 최윤아 (031-481-2962, choiya@iansan.net)

안산시장
""")

D("Case note: health insurance arrears and insulin supply", "Geumcheon-gu Office, Resident Support Division", "case note",
  "2025-09-18", "남궁유진", "배성우", "팀장", "partial", [6],
"""CASE NOTE - Geumcheon Foreign Workers Welfare Desk

Client: [[Suman Gurung|PERSON]] (Nepal), born [[12 July 1991|BIRTH_DATE]]
Lives at: [[B1, 17 Doksan-ro 54-gil, Geumcheon-gu, Seoul|ADDRESS]]
Mobile: [[+82 10 9913 4820|PHONE]] / e-mail [[suman.grg @ gmail.com|EMAIL]]

- Mr [[Gurung|PERSON]] has [[type 1 diabetes|HEALTH_INFO]] and ran out of insulin after his health insurance was suspended for three months' arrears (KRW 447,600).
- His employer, Daeil Precision Co., Ltd. (business reg. no. 119-81-40527, tel. 02-2627-5500), agreed to pay the arrears on 20 September.
- Until then, the Seoul Medical Center free clinic for uninsured foreigners will supply insulin.
- [[Suman|PERSON]] asked that his roommate [[Bikash Tamang|PERSON]] be told, not his family in Nepal.

Desk officer: Namgung Yu-jin (02-2627-1438)
""")

D("Change of counter hours and new online booking", "Gangnam-gu Office, Global Village Centre", "notice",
  "2026-06-02", "유재현", "신은주", "과장", "public", [],
"""Notice to Foreign Residents

From 1 July 2026 the foreign residents' counter on the 1st floor of Gangnam-gu Office (426 Hakdong-ro, Gangnam-gu) will open from 08:30 to 19:00 on Tuesdays and Thursdays. On other weekdays hours stay at 09:00-18:00.

Appointments can now be booked online; walk-in visitors are still welcome. The change follows the district's 2026 survey, in which 71% of 830 respondents asked for evening hours.

The decision was taken under Gangnam-gu Ordinance No. 1788 (revised 10 March 2026). Contact: Yoo Jae-hyun, Officer, Global Village Centre, 02-3423-5961, global@gangnam.go.kr.
""")

D("Referral: suspected forced labour at a fishing-gear workshop", "Ansan City Hall, Foreign Residents Policy Division", "confidential memo",
  "2026-05-12", "송가람", "박동규", "과장", "nonpublic", [4],
"""CONFIDENTIAL - not for release while the investigation is in progress

1. On 9 May 2026 two workers, [[Somsak Phromma|PERSON]] and [[Aung Kyaw|PERSON]], came to the Ansan Foreigner Support Centre and said their passports ([[AA4418203|KR_PASSPORT]], [[MH583920|KR_PASSPORT]]) were being kept by the owner of a workshop in Sihwa Industrial Complex.
2. They also said wages for four months had not been paid and that Mr [[Aung|PERSON]] was injured ([[crushed left hand|HEALTH_INFO]]) but not taken to hospital.
3. The matter was referred to Ansan Danwon Police Station and the Ministry of Employment and Labor on 11 May. The workers are staying at a shelter; their phone [[010-6012-7758|PHONE]] is kept by the centre manager.

Song Ga-ram, Officer (031-481-3147)
""")

D("Exchange of a US driver's licence - confirmation", "Yongsan-gu Office, Civil Affairs Team", "confirmation letter",
  "2025-08-07", "임채원", "오세훈", "팀장", "partial", [6],
"""To whom it may concern

This is to confirm that [[Tyler J. Anderson|PERSON]], date of birth [[March 3, 1988|BIRTH_DATE]], US passport no. [[567019234|KR_PASSPORT]], is registered as residing at [[Apt 1502, 35 Hannam-daero 20-gil, Yongsan-gu, Seoul|ADDRESS]].

Mr [[Anderson|PERSON]] exchanged his California licence at Gangnam Driver's License Examination Office on 5 August 2025 and received Korean licence no. [[11-25-047813-61|KR_DRIVER_LICENSE]]. His car, [[157라 4402|VEHICLE_PLATE]], is now eligible for a resident parking permit in zone Hannam-3.

Issued at the request of the applicant for submission to his employer.

Lim Chae-won, Civil Affairs Team, Yongsan-gu Office (02-2199-6310)
""")

D("Notes of residents' meeting after the fire at Sinlim goshiwon", "Gwanak-gu Office, Disaster Safety Division", "meeting notes",
  "2026-01-09", "홍태윤", "김은희", "과장", "partial", [6],
"""Meeting with residents - fire of 6 January 2026 at a goshiwon, 14 Sillim-ro 59-gil
Date: 8 Jan 2026, 18:00    Place: Sillim-dong Community Service Centre
Chair: Hong Tae-yun, Team Leader (Disaster Safety Division)
Interpreters: [[Mai Anh|PERSON]] (Vietnamese), [[Ivan Petrov|PERSON]] (Russian) - paid per session

Residents present: [[Room 305|ADDRESS]] [[Nguyen Van Long|PERSON]]; [[Room 312|ADDRESS]] [[Sergei Kim|PERSON]]; [[Room 407|ADDRESS]] [[Lee Jae-won|PERSON]]

• The fire started at about 03:10 in the laundry room; nobody was killed. Mr [[Long|PERSON]] was treated for [[smoke inhalation|HEALTH_INFO]] and discharged.
• Temporary housing: 12 rooms at the Gwanak-gu emergency shelter (KRW 35,000 per night covered by the district for 14 days).
• Mr [[Kim|PERSON]] asked for a copy of the fire report for his insurer; the fire station (02-870-0119) will issue it.
• Contact for residents: [[sergei.kim87 (at) mail.ru|EMAIL]] will circulate updates in Russian.
""")

write(docs, "english_notices", "handwritten.jsonl")
