"""Layer 1 against other Korean PII detectors, on one corpus, in one run.

usage: python benchmarks/peers.py [CORPUS.jsonl] [--repeat N] [--only NAME,...] [--leaks]

Default corpus: ../shared/corpus/dev/corpus.jsonl. For every system it prints recall,
typed recall, precision, over-masked spans (scored with the exact logic of
``shared/tools/pii_score.py``, imported from there by path) and documents per second
(median of N timed passes after one warm-up pass; loading is timed apart).

Systems (the peers are the optional extra ``peers`` of this project):

- ``layer1``        this project's layer 1 (rules + role awareness + NER unless
                    ``DISCLOSURE_NO_NER=1``), one document a call (``detect``); it also
                    gets the document's metadata.
- ``layer1-batch``  the same, 32 documents a call (``detect_many``), as ``disclosure
                    scan`` runs it: the same detections, the model's fixed cost per call
                    paid once a batch.
- ``presidio-kr``   Presidio's shipped Korean recognizers (KrRrn, KrFrn, KrBrn,
                    KrDriverLicense, KrPassport) and its PhoneRecognizer with region KR,
                    on Presidio's NoOpNlpEngine: no spaCy model.
- ``ko-pii``        ko-pii (rule-based, public sector): ``Anonymizer`` in its default
                    STRICT mode; the spans it BLOCKs (masks) are its prediction.
- ``ko-pii-guard``  ko-pii-guard (Presidio-based): ``KoreanPIIGuard().analyze`` with its
                    defaults.

The peers see the text only, as their APIs take it. Every system's spans are merged
into their union (what would end up masked) before scoring, so a peer is not charged
twice for two overlapping spans. A peer that is not installed is reported as missing,
with the pip requirement that brings it, and the others still run.

Nothing is downloaded: sockets are closed for the whole run (a peer that tries to reach
the network fails loudly), tldextract uses its bundled suffix list, and no spaCy model
is loaded for Presidio.
"""
from __future__ import annotations

import importlib.util
import json
import os
import socket
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

PEER_PINS = {
    "ko-pii": "ko-pii==1.22.15",
    "ko-pii-guard": "ko-pii-guard==0.2.0",
}

# peer label -> guideline label (labels not listed are kept as they are: whatever a
# peer masks counts, and a span on no gold value is over-masking whatever its label)
KO_PII_LABELS = {
    "RRN": "KR_RRN", "FRN": "KR_FRN", "PHONE": "PHONE", "FAX": "PHONE", "EMAIL": "EMAIL",
    "ADDRESS": "ADDRESS", "ACCOUNT": "BANK_ACCOUNT", "CARD": "CARD_NUMBER",
    "PASSPORT": "KR_PASSPORT", "DRIVER_LICENSE": "KR_DRIVER_LICENSE",
    "VEHICLE": "VEHICLE_PLATE", "DT_BIRTH": "BIRTH_DATE", "IP": "IP_ADDRESS",
    "PERSON": "PERSON",
}
PRESIDIO_LABELS = {
    "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL", "CREDIT_CARD": "CARD_NUMBER",
    "KR_ACCOUNT": "BANK_ACCOUNT", "KR_RRN": "KR_RRN", "KR_FRN": "KR_FRN",
    "KR_PASSPORT": "KR_PASSPORT", "KR_DRIVER_LICENSE": "KR_DRIVER_LICENSE",
}


class Missing(Exception):
    """A peer that is not installed (the message says what to install)."""


# -- offline guards ---------------------------------------------------------------------
def _no_network() -> None:
    def refuse(*a, **k):
        raise OSError("benchmarks/peers.py runs offline: a system tried to open a network connection")

    socket.socket.connect = refuse          # type: ignore[assignment]
    socket.socket.connect_ex = refuse       # type: ignore[assignment]
    socket.create_connection = refuse       # type: ignore[assignment]


def _offline_tldextract() -> None:
    """Presidio's EmailRecognizer calls ``tldextract.extract``, which would fetch the
    public suffix list; make the module-level extractor use the bundled snapshot."""
    try:
        import tldextract.tldextract as tx
    except ImportError:
        return
    tx.TLD_EXTRACTOR = tx.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


# -- the systems --------------------------------------------------------------------------
def load_layer1():
    from domain.types import DocumentMeta
    from masking import Layer1

    layer1 = Layer1.from_rules()

    def run(rec):
        return [(d.start, d.end, d.label) for d in layer1.detect(rec["text"], DocumentMeta.from_dict(rec))]

    ner = "rules only" if os.environ.get("DISCLOSURE_NO_NER") else "with NER"
    return run, f"this project ({ner}), one document at a time"


def load_layer1_batch():
    """Layer 1 as ``disclosure scan`` runs it: ``detect_many`` over batches of
    ``disclosure.scan.BATCH`` documents (the model reads each batch in one call);
    every document's detections are the same as ``detect``'s."""
    from domain.types import DocumentMeta
    from disclosure.scan import BATCH
    from masking import Layer1

    layer1 = Layer1.from_rules()

    def run(rec):
        return run.many([rec])[0]

    def many(recs):
        out = []
        for i in range(0, len(recs), BATCH):
            chunk = recs[i:i + BATCH]
            found = layer1.detect_many([(r["text"], DocumentMeta.from_dict(r)) for r in chunk])
            out += [[(d.start, d.end, d.label) for d in dets] for dets in found]
        return out

    run.many = many
    ner = "rules only" if os.environ.get("DISCLOSURE_NO_NER") else "with NER"
    return run, f"this project ({ner}), {BATCH} documents a call as `disclosure scan` runs it"


def load_presidio_kr():
    try:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
        from presidio_analyzer.predefined_recognizers import (
            KrBrnRecognizer, KrDriverLicenseRecognizer, KrFrnRecognizer, KrPassportRecognizer,
            KrRrnRecognizer, PhoneRecognizer)
    except ImportError as e:
        raise Missing(f"presidio-analyzer with Korean recognizers ({e})") from None
    registry = RecognizerRegistry(supported_languages=["ko"])
    for rec in (KrRrnRecognizer(supported_language="ko"), KrFrnRecognizer(supported_language="ko"),
                KrBrnRecognizer(supported_language="ko"), KrDriverLicenseRecognizer(supported_language="ko"),
                KrPassportRecognizer(supported_language="ko"),
                PhoneRecognizer(supported_language="ko", supported_regions=("KR",))):
        registry.add_recognizer(rec)
    nlp = NoOpNlpEngine(models=[{"lang_code": "ko", "model_name": "no_op"}])
    nlp.load()
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["ko"])

    def run(rec):
        return [(r.start, r.end, PRESIDIO_LABELS.get(r.entity_type, r.entity_type))
                for r in engine.analyze(rec["text"], language="ko")]

    return run, f"presidio-analyzer {_version('presidio-analyzer')} Korean recognizers + PhoneRecognizer(KR)"


def load_ko_pii():
    try:
        from ko_pii import Action, Anonymizer
    except ImportError:
        raise Missing(f"not installed: pip install '{PEER_PINS['ko-pii']}'") from None
    anon = Anonymizer(strategy="redact")      # default mode STRICT

    def run(rec):
        res = anon.process(rec["text"])
        return [(r.detection.start, r.detection.end, KO_PII_LABELS.get(r.detection.label, r.detection.label))
                for r in res.detections if r.action == Action.BLOCK]

    return run, f"ko-pii {_version('ko-pii')} (STRICT, masked spans)"


def load_ko_pii_guard():
    try:
        from ko_pii_guard import KoreanPIIGuard
    except ImportError:
        raise Missing(f"not installed: pip install '{PEER_PINS['ko-pii-guard']}'") from None
    guard = KoreanPIIGuard()

    def run(rec):
        return [(f.start, f.end, PRESIDIO_LABELS.get(f.entity, f.entity)) for f in guard.analyze(rec["text"])]

    return run, f"ko-pii-guard {_version('ko-pii-guard')} (defaults)"


SYSTEMS = {
    "layer1": load_layer1,
    "layer1-batch": load_layer1_batch,
    "presidio-kr": load_presidio_kr,
    "ko-pii": load_ko_pii,
    "ko-pii-guard": load_ko_pii_guard,
}


# -- scoring --------------------------------------------------------------------------------
def load_scorer():
    path = SHARED / "tools" / "pii_score.py"
    spec = importlib.util.spec_from_file_location("pii_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def union(spans, text):
    """Overlapping spans merged into one (label of the longest); clipped to the text."""
    out = []
    for s, e, label in sorted(((max(0, s), min(len(text), e), l) for s, e, l in spans if e > s),
                              key=lambda x: (x[0], -(x[1] - x[0]))):
        if out and s < out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e, out[-1][2])
            continue
        out.append((s, e, label))
    return out


def evaluate(scorer, gold, preds):
    pred = {doc_id: {"id": doc_id, "entities": [{"start": s, "end": e, "label": l} for s, e, l in spans]}
            for doc_id, spans in preds.items()}
    per_label, total, leaks, _, _ = scorer.score(gold, pred)
    return {
        "recall": scorer.ratio(total["found"], total["gold"]),
        "typed": scorer.ratio(total["typed"], total["gold"]),
        "precision": scorer.ratio(total["pred_ok"], total["pred"]),
        "leaks": total["gold"] - total["found"],
        "over": total["pred"] - total["pred_ok"],
        "spans": total["pred"],
        "leak_list": leaks,
    }


def main(argv):
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=SHARED / "corpus" / "dev" / "corpus.jsonl")
    ap.add_argument("--repeat", type=int, default=1, help="timed passes per system, taken in turns (median)")
    ap.add_argument("--only", default="", help="comma-separated systems: " + ",".join(SYSTEMS))
    ap.add_argument("--leaks", action="store_true", help="list each system's leaks")
    ap.add_argument("--json", action="store_true", help="also print the rows as JSON")
    ap.add_argument("--save", type=Path, help="write each system's predictions to SAVE/<system>.jsonl")
    args = ap.parse_args(argv)
    _no_network()
    _offline_tldextract()

    scorer = load_scorer()
    gold = scorer.load(args.corpus)
    recs = list(gold.values())
    n = len(recs)
    names = [s.strip() for s in args.only.split(",") if s.strip()] or list(SYSTEMS)
    rows, missing, loaded = [], [], []
    for name in names:
        t0 = time.perf_counter()
        try:
            run, desc = SYSTEMS[name]()
        except Missing as e:
            missing.append((name, str(e)))
            continue
        load = time.perf_counter() - t0
        many = getattr(run, "many", None) or (lambda rs, run=run: [run(r) for r in rs])
        preds = {r["id"]: union(p, r["text"]) for r, p in zip(recs, many(recs))}   # warm-up pass, scored
        loaded.append((name, many, desc, load, preds))
    # timed passes taken in turns (A B C, A B C, ...), so that a change in the machine's
    # load during the run (another process on the other core) falls on every system
    secs = {name: [] for name, *_ in loaded}
    for _ in range(max(1, args.repeat)):
        for name, many, *_ in loaded:
            t = time.perf_counter()
            many(recs)
            secs[name].append(time.perf_counter() - t)
    for name, _many, desc, load, preds in loaded:
        sec = statistics.median(secs[name])
        m = evaluate(scorer, gold, preds)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            with open(args.save / f"{name}.jsonl", "w", encoding="utf-8") as f:
                for doc_id, spans in preds.items():
                    f.write(json.dumps({"id": doc_id, "entities": [
                        {"start": s, "end": e, "label": l} for s, e, l in spans]}, ensure_ascii=False) + "\n")
        rows.append({"system": name, "desc": desc, "load_s": round(load, 2), "docs_per_s": round(n / sec, 1),
                     **{k: (round(v, 4) if isinstance(v, float) else v) for k, v in m.items() if k != "leak_list"}})
        if args.leaks:
            print(f"\n{name} leaks:")
            for doc_id, label, value in m["leak_list"]:
                print(f"  {doc_id} {label} {value!r}")

    print(f"\ncorpus: {args.corpus} ({n} documents, {sum(len(g.get('entities', [])) for g in recs)} gold spans)")
    print(f"{'system':<14}{'recall':>8}{'typed':>8}{'precision':>11}{'leaks':>7}{'over-masked':>13}"
          f"{'docs/s':>9}{'load s':>8}  what")
    for r in rows:
        print(f"{r['system']:<14}{r['recall']:>8.4f}{r['typed']:>8.4f}{r['precision']:>11.4f}{r['leaks']:>7}"
              f"{r['over']:>13}{r['docs_per_s']:>9.1f}{r['load_s']:>8.2f}  {r['desc']}")
    for name, why in missing:
        print(f"{name:<14}{'MISSING':>8}  {why}")
    if missing:
        print("install the peers with: pip install -e '.[peers]'  (or: pip install "
              + " ".join(f"'{p}'" for p in PEER_PINS.values()) + ")")
    if args.json:
        print(json.dumps({"corpus": str(args.corpus), "docs": n, "rows": rows,
                          "missing": dict(missing)}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
