import json,sys,collections,random
docs=[json.loads(l) for l in open(sys.argv[1])]
lab=collections.Counter(); gr=collections.Counter()
for d in docs:
    for e in d['entities']:
        assert d['text'][e['start']:e['end']]==e['text']
        lab[e['label']]+=1
    gr[(d['grade'],tuple(d['grounds']))]+=1
print(len(docs),dict(lab)); print(dict(gr))
if len(sys.argv)>2:
    r=random.Random(int(sys.argv[2]))
    for d in r.sample(docs,3):
        print('=====',d['id'],d['title'],d['grade'],d['grounds'],d['doc_type'],d['department'])
        print(d['text'])
        print('--',[(e['label'],e['text']) for e in d['entities']])
