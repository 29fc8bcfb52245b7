# converts hand-written docs with inline marks  ⟦LABEL|value⟧  into guideline JSONL
import json, re, sys
MK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)
def conv(raw):
    out, ents, pos, last = [], [], 0, 0
    for mo in MK.finditer(raw):
        pl = raw[last:mo.start()]; out.append(pl); pos += len(pl)
        v = mo.group(2); ents.append({"start": pos, "end": pos + len(v), "label": mo.group(1), "text": v})
        out.append(v); pos += len(v); last = mo.end()
    out.append(raw[last:]); t = "".join(out)
    assert "⟦" not in t and "⟧" not in t
    for e in ents: assert t[e["start"]:e["end"]] == e["text"]
    return t, ents
src, dst = sys.argv[1], sys.argv[2]
docs = []
for block in open(src, encoding="utf-8").read().split("\n=====\n"):
    if not block.strip(): continue
    hdr, body = block.split("\n---\n", 1)
    meta = json.loads(hdr)
    t, ents = conv(body.strip("\n"))
    d = {"id": meta["id"], "lang": "ko", "title": meta["title"], "department": meta["department"], "doc_type": meta["doc_type"],
         "approved_at": meta["approved_at"], "drafter": meta["drafter"], "approver": meta["approver"],
         "approver_rank": meta["approver_rank"], "text": t, "entities": ents, "grade": meta["grade"], "grounds": meta["grounds"]}
    if d["grade"] == "public": assert not ents, d["id"]
    if d["grade"] == "partial": assert ents, d["id"]
    docs.append(d)
with open(dst, "w", encoding="utf-8") as f:
    for d in docs: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(docs), "docs ->", dst)
