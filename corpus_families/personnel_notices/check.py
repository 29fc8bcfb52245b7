import json, sys, random, collections
path = sys.argv[1]; show = int(sys.argv[2]) if len(sys.argv) > 2 else 0
docs = [json.loads(l) for l in open(path, encoding="utf-8")]
lab = collections.Counter(); gr = collections.Counter()
keys = ["id","lang","title","department","doc_type","approved_at","drafter","approver","approver_rank","text","entities","grade","grounds"]
for d in docs:
    assert list(d.keys()) == keys, d.keys()
    for e in d["entities"]:
        assert d["text"][e["start"]:e["end"]] == e["text"]
        lab[e["label"]] += 1
    gr[(d["grade"], tuple(d["grounds"]))] += 1
    if d["grade"] == "partial": assert d["entities"] and d["grounds"] == [6]
    if d["grade"] == "public": assert not d["entities"] and not d["grounds"]
print(len(docs), "docs"); print(dict(lab)); print(dict(gr))
rs = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 0)
for d in rs.sample(docs, show):
    t = d["text"]; out = []; last = 0
    for e in sorted(d["entities"], key=lambda e: e["start"]):
        out.append(t[last:e["start"]]); out.append(f"[[{e['text']}|{e['label']}]]"); last = e["end"]
    out.append(t[last:])
    print("=" * 30, d["id"], d["grade"], d["grounds"], d["title"]); print("".join(out))
