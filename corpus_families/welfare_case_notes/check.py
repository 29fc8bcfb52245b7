import json, sys, collections, random
for fn in sys.argv[1:]:
    docs=[json.loads(l) for l in open(fn)]
    lab=collections.Counter(); gr=collections.Counter(); lay=collections.Counter()
    for d in docs:
        for e in d['entities']:
            assert d['text'][e['start']:e['end']]==e['text']
            lab[e['label']]+=1
        gr[(d['grade'],tuple(d['grounds']))]+=1
        for l in d.get('_layouts',[]): lay[l]+=1
    print(fn, len(docs)); print(dict(lab)); print(dict(gr)); print(dict(lay))
