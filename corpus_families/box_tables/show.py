import json,sys
docs=[json.loads(l) for l in open(sys.argv[1])]
for i in map(int,sys.argv[2:]):
    d=docs[i]; t=d['text']; out=''; p=0
    for e in sorted(d['entities'],key=lambda e:e['start']):
        out+=t[p:e['start']]+'⟦'+t[e['start']:e['end']]+'|'+e['label'][:4]+'⟧'; p=e['end']
    out+=t[p:]
    print('=====',d['id'],d['grade'],d['grounds'],d['title']); print(out)
