import json, re
meta = [
 ("약식명령 사본(무면허운전) 참고 송부", "서울특별시 양천구 교통행정과", "약식명령", "2025-06-05", "partial", [6]),
 ("2024누61207 항소심 판결 정본", "서울특별시 금천구 법무팀", "판결문(행정)", "2025-03-31", "partial", [6]),
 ("2024가단230551 손해배상(기) 판결", "서울특별시 송파구 법무과", "판결문(민사)", "2025-06-13", "partial", [6]),
 ("2025느단3108 상속한정승인 심판 사본", "서울특별시 강서구 세무2과", "심판문(가사)", "2025-04-07", "partial", [6]),
 ("2025느단50917 부재자재산관리인 선임 결정", "서울특별시 동작구 부동산정보과", "결정", "2025-07-22", "partial", [6]),
 ("지급명령 이의신청 접수 통지(2025차전114903)", "서울특별시 관악구 법무과", "법원 통지서", "2025-08-20", "partial", [6]),
 ("2025가단7731 화해권고결정 정본", "서울특별시 서대문구 주택과", "화해권고결정", "2025-10-02", "partial", [6]),
 ("2025년 하반기 행정소송 계류 현황", "서울특별시 도시계획과", "소송현황 보고", "2025-11-10", "public", []),
 ("소송비용액 확정 결정 처리 결과", "서울특별시 법무담당관", "결과 보고", "2025-10-28", "public", []),
 ("공무원 범죄사건 판결 사본(징계 참고)", "서울특별시 ○○구 감사담당관", "판결문(형사)", "2025-09-30", "nonpublic", [4, 6]),
 ("입찰담합 손해배상 소송 감정결과 보고", "서울특별시 법무담당관", "내부 검토·메모", "2025-08-08", "nonpublic", [4, 7]),
 ("불법 현수막 과태료 소송 구 승소 알림", "서울특별시 ○○구 도시디자인과", "보도·소식", "2025-10-17", "public", []),
]
off = {"drafter": ["탁지율","나세윤","공하람","엄태주","인서경","하도윤","방예린","주하늘","민규리","어재승","기다온","손이현"],
       "approver": ["국정우","심해솔","변건호","석다은","지우석","반서율","피재경","목하린","간동훈","편소율","봉태을","사우현"]}
pat = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]")
with open("handwritten.jsonl", "w", encoding="utf-8") as fo:
    for i, m in enumerate(meta, 1):
        raw = open(f"hw/d{i:02d}.txt", encoding="utf-8").read().rstrip("\n")
        text, ents, pos, last = "", [], 0, 0
        for mm in pat.finditer(raw):
            text += raw[last:mm.start()]
            s = len(text); text += mm.group(2)
            ents.append({"start": s, "end": len(text), "label": mm.group(1), "text": mm.group(2)})
            last = mm.end()
        text += raw[last:]
        assert "[[" not in text and "]]" not in text
        for e in ents: assert text[e["start"]:e["end"]] == e["text"]
        title, dept, dt, ap, grade, gr = m
        assert (grade != "partial" or ents) and (grade != "public" or not ents), i
        rec = {"id": f"judgments-hw-{i}", "lang": "ko", "title": title, "department": dept, "doc_type": dt,
               "approved_at": ap, "drafter": off["drafter"][i-1], "approver": off["approver"][i-1],
               "approver_rank": ["과장","팀장","법무담당관"][i % 3], "text": text, "entities": ents,
               "grade": grade, "grounds": gr}
        fo.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("ok")
