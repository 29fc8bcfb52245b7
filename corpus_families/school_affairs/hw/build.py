import json,re,glob
out=[]
for i,fn in enumerate(sorted(glob.glob('/work/families/school_affairs/hw/[0-9]*.txt'))):
    raw=open(fn,encoding='utf-8').read()
    meta,body=raw.split('\n',1)
    _,title,dept,dtype,date,drafter,approver,rank,grade,grounds=meta.split('|')
    text='';ents=[];pos=0
    for m in re.finditer(r'\{\{([A-Z_]+)\|(.*?)\}\}',body):
        text+=body[pos:m.start()]
        ents.append({"start":len(text),"end":len(text)+len(m.group(2)),"label":m.group(1),"text":m.group(2)})
        text+=m.group(2); pos=m.end()
    text+=body[pos:]
    assert '{{' not in text and '}}' not in text
    for e in ents: assert text[e['start']:e['end']]==e['text']
    g=[int(x) for x in grounds.split(',') if x.strip()]
    assert (grade=='public')==(not ents) or grade=='nonpublic', fn
    lang='en' if re.match(r'[A-Za-z]',title) else 'ko'
    out.append({"id":"school_affairs-hw-%d"%(i+1),"lang":lang,"title":title,"department":dept,"doc_type":dtype,"approved_at":date,
                "drafter":drafter,"approver":approver,"approver_rank":rank,"text":text,"entities":ents,"grade":grade,"grounds":g})
with open('/work/families/school_affairs/handwritten.jsonl','w',encoding='utf-8') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out))
