"""Build handwritten.jsonl from hand-written texts with inline [[value|LABEL]] marks; offsets are computed, then checked."""
import json, re, sys

MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]")


def build(raw):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(1))
        ents.append({"start": start, "end": start + len(m.group(1)), "label": m.group(2), "text": m.group(1)})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
    assert "[[" not in text and "]]" not in text
    return text, ents


def write(docs, family, path):
    with open(path, "w", encoding="utf-8") as f:
        for i, d in enumerate(docs, 1):
            text, ents = build(d.pop("raw"))
            rec = {"id": f"{family}-hand-{i}", "lang": d.pop("lang"), "title": MARK.sub(r"\1", d.pop("title")), **d,
                   "text": text, "entities": ents}
            if not ents:
                assert rec["grade"] != "partial", rec["id"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(path, len(docs))
