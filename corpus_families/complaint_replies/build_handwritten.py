#!/usr/bin/env python3
"""Turn handwritten_src.txt (text with [[value|LABEL]] marks) into handwritten.jsonl with checked offsets."""
import json, re, sys

MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]")
LABELS = {"PERSON", "KR_RRN", "KR_FRN", "PHONE", "EMAIL", "ADDRESS", "BANK_ACCOUNT", "CARD_NUMBER", "KR_PASSPORT",
          "KR_DRIVER_LICENSE", "VEHICLE_PLATE", "BIRTH_DATE", "IP_ADDRESS", "HEALTH_INFO"}


def convert(body):
    out, ents, pos, last = [], [], 0, 0
    for m in MARK.finditer(body):
        out.append(body[last:m.start()])
        pos += m.start() - last
        val, lab = m.group(1), m.group(2)
        assert lab in LABELS, lab
        ents.append({"start": pos, "end": pos + len(val), "label": lab, "text": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(body[last:])
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
    assert "[[" not in text and "]]" not in text
    return text, ents


def main(src="handwritten_src.txt", dst="handwritten.jsonl"):
    raw = open(src, encoding="utf-8").read()
    docs = []
    for chunk in raw.split("@@@ ")[1:]:
        head, body = chunk.split("\n", 1)
        meta = dict(kv.split("=", 1) for kv in head.split(" | "))
        text, ents = convert(body.rstrip("\n") + "\n")
        grounds = [int(x) for x in meta["grounds"].split(",") if x.strip()]
        d = {"id": meta["id"], "lang": "ko", "title": meta["title"], "department": meta["department"],
             "doc_type": meta["doc_type"], "approved_at": meta["approved_at"], "drafter": meta["drafter"],
             "approver": meta["approver"], "approver_rank": meta["approver_rank"], "text": text, "entities": ents,
             "grade": meta["grade"], "grounds": grounds}
        assert d["grade"] in ("public", "partial", "nonpublic")
        assert (d["grade"] == "public") == (not grounds)
        if d["grade"] == "public":
            assert not ents, d["id"]
        # every marked value that appears elsewhere unmarked is a likely miss
        for e in ents:
            cnt = text.count(e["text"])
            marked = sum(1 for x in ents if x["text"] == e["text"])
            if cnt != marked and len(e["text"]) > 1:
                print("WARN unmarked repeat:", d["id"], e["text"], cnt, marked, file=sys.stderr)
        docs.append(d)
    with open(dst, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(docs), "docs,", sum(len(d["entities"]) for d in docs), "entities")


if __name__ == "__main__":
    main(*sys.argv[1:])
