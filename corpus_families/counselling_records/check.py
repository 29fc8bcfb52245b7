import json,sys,random,collections
f=sys.argv[1]
docs=[json.loads(l) for l in open(f)]
lab=collections.Counter(); gr=collections.Counter(); dt=collections.Counter()
for d in docs:
    for e in d['entities']:
        assert d['text'][e['start']:e['end']]==e['text']
        lab[e['label']]+=1
    gr[(d['grade'],tuple(d['grounds']))]+=1; dt[d['doc_type']]+=1
print(len(docs),dict(lab)); print(dict(gr)); print(dict(dt))
def show(d):
    t=d['text']; out=[];p=0
    for e in sorted(d['entities'],key=lambda e:e['start']):
        out.append(t[p:e['start']]); out.append('⟦'+e['text']+'|'+e['label'][:4]+'⟧'); p=e['end']
    out.append(t[p:]); print('=====',d['id'],d['grade'],d['grounds'],d['doc_type'],d['title']); print(''.join(out))
if len(sys.argv)>2:
    for i in sys.argv[2:]: show(docs[int(i)])
