import json,sys,collections,random
docs=[json.loads(l) for l in open(sys.argv[1])]
lab=collections.Counter(); gr=collections.Counter(); dt=collections.Counter()
for d in docs:
    for e in d['entities']:
        assert d['text'][e['start']:e['end']]==e['text']
        lab[e['label']]+=1
    gr[(d['grade'],tuple(d['grounds']))]+=1; dt[d['doc_type']]+=1
print(len(docs),dict(lab)); print(gr); print(dt)
