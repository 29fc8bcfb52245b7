# builds handwritten.jsonl from ⟦value|LABEL⟧ markup; offsets computed, then checked
import json, re
M = re.compile(r"⟦(.+?)\|([A-Z_]+)⟧")
R = [
 ("형사 판결문 발췌", "서울남부지방법원", "판사", "partial", [6],
  "【범죄사실】\n피고인 ⟦黃甫仁|PERSON⟧은 2024. 7. 19. 22:40경 서울 영등포구 당산로 소재 ○○노래연습장 카운터에서, 종업원인 피해자 ⟦모은결|PERSON⟧(여, 27세)에게 \"왜 방을 안 바꿔 주냐\"며 재떨이를 던져 피해자에게 약 14일간의 치료가 필요한 ⟦이마 부위 열상|HEALTH_INFO⟧을 가하였다."),
 ("민사 판결문 발췌", "수원지방법원 안산지원", "판사", "partial", [6],
  "원고 ⟦Pham Van Duc|PERSON⟧은 2022. 3. 1.부터 피고 운영의 (주)서해물류 안산 창고에서 일하다가 2023. 1. 9. 지게차에 왼발이 깔리는 사고로 ⟦좌측 족관절 골절|HEALTH_INFO⟧을 입었다(이하 '이 사건 사고'). 원고의 주소는 ⟦안산시 단원구 원곡로 45, 302호|ADDRESS⟧이다. 재판장 판사 배은숙, 판사 김재원은 피고의 책임을 70%로 제한한다."),
 ("가사 결정문 발췌", "광주가정법원 해남지원", "판사", "nonpublic", [6],
  "사건본인 ⟦하율|PERSON⟧(⟦2017. 9. 4.|BIRTH_DATE⟧생)의 친권자 및 양육자로 청구인 ⟦선우 진|PERSON⟧을 지정한다. 사건본인은 ⟦ADHD|HEALTH_INFO⟧로 ○○아동발달센터에서 주 2회 치료를 받고 있고, 상대방 ⟦姜成浩|PERSON⟧은 양육비로 매월 50만 원을 ⟦카카오뱅크 3333-08-5527190|BANK_ACCOUNT⟧ 계좌에 입금하라."),
 ("사건 발생보고", "당진경찰서 여성청소년과", "과장", "nonpublic", [4],
  "○ 신고자 ⟦조 미 영|PERSON⟧(☎ ⟦010 7788 1203|PHONE⟧)에 따르면, 전 연인이 ⟦충남 당진시 채운동 112-3 2층|ADDRESS⟧ 자택 현관 비밀번호를 누르고 들어오려 했다고 함. 현재 용의자 소재 추적 중이며 담당은 여청수사팀 경위 한동진(041-360-9334)임."),
 ("민원 처리 결과", "해남군 송지면", "면장", "partial", [6],
  "송지면 산정리 ⟦임복남|PERSON⟧ 어르신(86세)께서 마을회관 보일러 고장을 자택 전화(⟦061-532-4471|PHONE⟧)로 알려 오셔서 2026. 1. 12. 수리를 완료하였기에 보고드리고자 함. 수리비 38만 원은 읍면 시설물 유지보수비에서 집행함."),
 ("복지 상담 기록", "노원구 상계3동 행정복지센터", "동장", "partial", [6],
  "♣ 사례 메모 (2026-02-03)\n대상 가구: ⟦김 말 순|PERSON⟧(⟦1944년 2월 1일|BIRTH_DATE⟧생) / 아들 ⟦권덕배|PERSON⟧(⟦780415-1******|KR_RRN⟧)\n아들이 ⟦알코올 사용장애|HEALTH_INFO⟧로 입원 중이라 어머니 혼자 ⟦102동 1104호|ADDRESS⟧에서 지냄. 주 2회 방문 바람."),
 ("화재 발생 보고", "양평소방서 화재조사팀", "서장", "public", [],
  "2026. 1. 28. 03:12경 양평군 양서면 소재 단독주택에서 화목보일러 과열로 추정되는 화재가 발생하여 거주자 1명(70대)이 자력 대피하였다. 양평소방서 소방장 남궁훈 등 22명이 출동하여 04:05경 완진하였으며, 문의는 양평소방서 화재조사팀(031-770-9214)."),
 ("언론 보도", "마포구 홍보과 스크랩", "홍보과장", "partial", [6],
  "[망원시장 '40년 떡집' 사장님의 기부] 마포구 망원동에서 떡집을 하는 ⟦Nguyen Thi Lan|PERSON⟧(⟦응우옌 티 란|PERSON⟧) 대신 남편 ⟦백만복|PERSON⟧(71)씨가 이웃돕기 성금 500만 원을 구청에 전달했다. 박강수 마포구청장은 \"따뜻한 마음에 감사드린다\"고 말했다."),
 ("행정심판 재결서 발췌", "경기도 행정심판위원회", "위원장", "public", [],
  "이 사건 처분은 「건축법」 제79조 및 같은 법 시행령(2024. 2. 6. 대통령령 제34180호로 개정된 것) 제115조에 따른 것으로서 적법하고, 청구인 A의 주장은 이유 없다. 위원장 부지사 오후석."),
 ("진술 조서 발췌", "관악경찰서 수사과", "과장", "nonpublic", [4, 6],
  "문: 진술인의 인적사항은 어떠한가요?\n답: 저는 ⟦독고 솔|PERSON⟧이고, 외국인등록번호는 없고 주민번호는 ⟦990101 - 2345678|KR_RRN⟧입니다. 연락은 ⟦dokgo.sol@naver.com|EMAIL⟧로 주세요. 그날 제 차 ⟦서울12누3456|VEHICLE_PLATE⟧는 봉천로 공영주차장에 세워 두었어요."),
 ("보조금 지급 계획", "의성군 농업정책과", "과장", "partial", [6],
  "가. 봉양면 화전리 청년농 ⟦제갈 한결|PERSON⟧(여권번호 ⟦M48120937|KR_PASSPORT⟧로 해외연수 신청)에게 스마트팜 연수비 1,200,000원을 지원하고자 함.\n나. 운전면허(⟦경북 21-004512-33|KR_DRIVER_LICENSE⟧) 사본 확인 완료, 문의 농업정책과 주무관 서민호(054-830-6251)."),
 ("내부 보고", "관악구 복지정책과", "과장", "public", [],
  "2026년 관악구 긴급복지 예산은 12억 3,400만 원으로 전년 대비 8% 늘었다. 장애인 활동지원 조례(2025. 10. 2. 개정) 시행에 맞춰 복지정책과장 이수정, 팀장 오정민이 3월 중 동 주민센터 순회 설명회를 연다(문의 02-879-5771, welfare@gwanak.go.kr)."),
]
out = []
for i, (dt, dep, rank, grade, grounds, marked) in enumerate(R):
    text, ents, pos, last = "", [], 0, 0
    for m in M.finditer(marked):
        text += marked[last:m.start()]
        v, lab = m.group(1), m.group(2)
        if lab == "BANK_ACCOUNT" and " " in v:   # bank name stays outside the span
            bank, num = v.split(" ", 1)
            text += bank + " "
            v = num
        ents.append({"start": len(text), "end": len(text) + len(v), "label": lab, "text": v})
        text += v
        last = m.end()
    text += marked[last:]
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
    assert (grade == "public") == (not ents), i
    out.append({"id": "sentence_bank-hand-%d" % i, "lang": "ko", "title": dt, "department": dep, "doc_type": dt,
                "approved_at": "2026-02-%02d" % (i + 3), "drafter": "정다은", "approver": "문성호", "approver_rank": rank,
                "text": text, "entities": ents, "grade": grade, "grounds": grounds})
with open("handwritten.jsonl", "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out))
