"""Load a JSONL file, verify offsets, count labels/grades/layouts, print K random docs with spans marked."""
import json, sys, random, collections
L = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
c = collections.Counter(); g = collections.Counter(); lay = collections.Counter()
for d in L:
    for e in d['entities']:
        assert d['text'][e['start']:e['end']] == e['text'], (d['id'], e)
        c[e['label']] += 1
    g[(d['grade'], tuple(d['grounds']))] += 1
    lay[d['doc_type'].split('(')[-1].rstrip(')')] += 1
print(len(L), dict(c)); print(dict(g)); print(dict(lay))
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
for d in random.sample(L, int(sys.argv[3]) if len(sys.argv) > 3 else 3):
    t = d['text']; out = []; p = 0
    for e in sorted(d['entities'], key=lambda e: e['start']):
        out.append(t[p:e['start']]); out.append('[[' + e['text'] + '|' + e['label'] + ']]'); p = e['end']
    out.append(t[p:])
    print('=====', d['id'], d['title'], '|', d['doc_type'], d['grade'], d['grounds']); print(''.join(out))
