import json,sys,collections,random
docs=[json.loads(l) for l in open(sys.argv[1])]
lab=collections.Counter(); gr=collections.Counter(); dt=collections.Counter()
for d in docs:
    for e in d['entities']:
        assert d['text'][e['start']:e['end']]==e['text']
        lab[e['label']]+=1
    gr[(d['grade'],tuple(d['grounds']))]+=1; dt[d['doc_type']]+=1
print(len(docs)); print(lab.most_common()); print(gr.most_common()); print(dt.most_common())
if len(sys.argv)>2:
    for i in map(int,sys.argv[2:]):
        d=docs[i]; t=d['text']
        out=''; p=0
        for e in d['entities']:
            out+=t[p:e['start']]+'['+e['text']+'/'+e['label']+']'; p=e['end']
        out+=t[p:]
        print('=====',d['id'],d['title'],d['grade'],d['grounds']); print(out)
