import json,sys,collections,random
docs=[json.loads(l) for l in open(sys.argv[1])]
lab=collections.Counter(); gr=collections.Counter(); lay=collections.Counter()
for d in docs:
    for e in d['entities']:
        assert d['text'][e['start']:e['end']]==e['text']
        lab[e['label']]+=1
    gr[(d['grade'],tuple(d['grounds']))]+=1; lay[d.get('layout')]+=1
print(len(docs),dict(lab)); print(dict(gr)); print(dict(lay))
