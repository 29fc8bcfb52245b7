import json,sys,collections,random
docs=[json.loads(l) for l in open(sys.argv[1])]
c=collections.Counter(); g=collections.Counter()
for d in docs:
    for e in d["entities"]:
        assert d["text"][e["start"]:e["end"]]==e["text"]; c[e["label"]]+=1
    g[(d["grade"],tuple(d["grounds"]))]+=1
print(c); print(g)
idx=[int(x) for x in sys.argv[2:]] if len(sys.argv)>2 else range(len(docs))
for i in idx:
    d=docs[i]; t=d["text"]; out=""; p=0
    for e in sorted(d["entities"],key=lambda e:e["start"]):
        out+=t[p:e["start"]]+"⟦"+t[e["start"]:e["end"]]+"|"+e["label"][:4]+"⟧"; p=e["end"]
    out+=t[p:]
    print("=== %s %s %s %s\n%s"%(d["id"],d["grade"],d["grounds"],d["doc_type"],out))
