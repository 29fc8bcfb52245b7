import json, re, sys
PAT = re.compile(r"\{\{([A-Z_]+):(.+?)\}\}")
def render(src):
    out, ents, pos, last = [], [], 0, 0
    for m in PAT.finditer(src):
        pre = src[last:m.start()]
        out.append(pre); pos += len(pre)
        val = m.group(2)
        ents.append({"start": pos, "end": pos + len(val), "label": m.group(1), "text": val})
        out.append(val); pos += len(val); last = m.end()
    out.append(src[last:])
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
    assert "{{" not in text and "}}" not in text
    return text, ents
docs = []
for i, block in enumerate(open("docs.txt", encoding="utf-8").read().split("\n=====\n"), 1):
    head, body = block.strip("\n").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    text, ents = render(body.strip("\n"))
    grade = meta["grade"]
    grounds = json.loads(meta["grounds"])
    if grade == "public":
        assert not ents, i
    title = render(meta["title"])[0]
    assert text.startswith(title), i
    docs.append({"id": f"council_proceedings-hw-{i}", "lang": meta.get("lang", "ko"), "title": title,
                 "department": meta["department"], "doc_type": meta["doc_type"], "approved_at": meta["approved_at"],
                 "drafter": meta["drafter"], "approver": meta["approver"], "approver_rank": meta["approver_rank"],
                 "text": text, "entities": ents, "grade": grade, "grounds": grounds})
with open("../handwritten.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(docs), "docs")
