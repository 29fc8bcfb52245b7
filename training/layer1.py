"""Reproducible training of the layer-1 NER model (``disclosure train``).

    from training.layer1 import train
    train(Path("masking/models/ko_pii_ner"), seed=0, n_docs=3000, epochs=4)

Training data comes from the project's own generator (:mod:`training.synth`) with
generator seeds ``TRAIN_SEED_BASE + seed``, far from the seeds used for development
(1-99), for held-out evaluation and for the tests, so the model is never scored on
documents it has seen. Only the four context-dependent labels are learnt; format
identifiers (RRN, phone, card ...) stay with the validated rules.

The pipeline is deliberately small (hash embeddings of 64 dimensions, a 4-layer CNN
with a one-token window: 4 tokens of context each side) so that it loads in a
fraction of a second, stays a few MB on disk and tags a document in a few
milliseconds on one CPU core. It is a token *tagger* of BILUO tags (``B-PERSON``,
``I-ADDRESS``, ``U-BIRTH_DATE``, ``O`` ...) whose tags :mod:`masking.ner.biluo` reads
into entities, not spaCy's transition-based ``ner``: the parser's step-by-step loop
over the tokens cost as much as the whole network, and the tagger found as much on
the dev and held-out corpora. Adam keeps a running average of the weights and the
average is saved. Training runs on CPU in about ten minutes.

Officials' corrections (``disclosure train --corrections FILE``, records read and
validated by :func:`disclosure.corrections.load_corrections`) are added to the
training examples, never to the dev split: each corrected document with its entities
*after* review (kept and added masks; the masks an official lifted are simply not
entities, so the model learns those tokens as "outside"), restricted to the labels
this model knows. Each is repeated :data:`CORRECTION_REPEAT` times per epoch so a
handful of corrections weigh against 3000 generated documents without drowning them.
The corrections hold UNMASKED text; the words that only they contain are removed
from the saved vocabulary (``vocab/strings.json``; the model itself works on hashes),
so the model folder does not carry the private names and addresses as text.
"""
from __future__ import annotations

import json
import random
import time
from pathlib import Path

import spacy
from spacy.training import Example, offsets_to_biluo_tags
from spacy.util import minibatch
from thinc.api import Adam

from masking.ner import biluo as _biluo  # registers the BILUO decoder component
from masking.ner import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)
from masking.ner.recognizer import LABELS
from disclosure.corrections import forget_strings

TRAIN_SEED_BASE = 900_000
#: How often each official's correction is seen per epoch. A generated document is seen
#: once; a correction is real, reviewed and usually about a mistake the model made, so it
#: counts a few times, but only a few: an official's slip should not outweigh the corpus.
CORRECTION_REPEAT = 3

#: The tagger's tags: "O" and B/I/L/U for each label (fixed order: the output layer's rows).
TAGS = ("O",) + tuple(f"{act}-{label}" for label in LABELS for act in "BILU")

TOK2VEC_CONFIG = {
    "@architectures": "spacy.HashEmbedCNN.v2",
    "pretrained_vectors": None,
    "width": 64,
    "depth": 4,
    "embed_size": 4000,
    "window_size": 1,
    "maxout_pieces": 3,
    "subword_features": True,
}

MODEL_CONFIG = {
    "@architectures": "spacy.Tagger.v2",
    "nO": None,
    "normalize": False,
    "tok2vec": TOK2VEC_CONFIG,
}


def blank_pipeline():
    """``tagger`` (one BILUO tag per token) then ``ents`` (the tags read into doc.ents)."""
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "disclosure.char_class_tokenizer.v1"}}})
    tagger = nlp.add_pipe("tagger", config={"model": MODEL_CONFIG})
    for tag in TAGS:
        tagger.add_label(tag)
    nlp.add_pipe(_biluo.FACTORY, name="ents", config={"labels": list(LABELS)})
    return nlp


def gold_tags(doc, ents) -> list[str]:
    """BILUO tags of ``ents`` (character offsets) on ``doc``'s tokens. A token that an
    entity boundary cuts through is "missing" ("", which the tagger's loss ignores), not
    "O": the model is not taught that part of an entity is outside."""
    return ["" if t == "-" else t for t in offsets_to_biluo_tags(doc, ents)]


def _example(nlp, text, ents):
    doc = nlp.make_doc(text)
    # the tags are what the tagger learns; the entities are for scoring the decoded spans
    return Example.from_dict(doc, {"tags": gold_tags(doc, ents), "entities": ents})


def training_records(seed: int, n_docs: int):
    from training.synth import generate
    return list(generate(n_docs, TRAIN_SEED_BASE + seed))


def _examples(nlp, records):
    return [_example(nlp, rec["text"], [(e["start"], e["end"], e["label"])
                                        for e in rec["entities"] if e["label"] in LABELS])
            for rec in records]


def correction_entities(rec) -> list[tuple[int, int, str]]:
    """The entities after review that this model learns: labels in ``LABELS`` only,
    trimmed of surrounding white space (an official's selection may include it)."""
    text, out = rec["text"], []
    for e in rec["entities"]:
        if e["label"] not in LABELS:
            continue
        start, end = e["start"], e["end"]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end, e["label"]))
    return out


def _correction_examples(nlp, corrections):
    return [_example(nlp, rec["text"], correction_entities(rec)) for rec in corrections]


def train(out_dir: Path, seed: int = 0, n_docs: int = 3000, epochs: int = 4,
          max_seconds: float = 900.0, log=print, corrections=None,
          correction_repeat: int = CORRECTION_REPEAT, family_docs: int = 0,
          exclude_families: frozenset[str] = frozenset()) -> dict:
    """Train on ``n_docs`` generated documents (plus validated ``corrections`` records,
    see the module docstring) and write the pipeline to ``out_dir``.

    Deterministic for a given ``seed``, ``n_docs`` and corrections (spaCy's and Python's
    RNGs are seeded). Stops early after ``max_seconds`` of training. Returns a small
    summary, also written as ``training.json`` next to the model.
    """
    import warnings

    warnings.filterwarnings("ignore", message=r".*\[W030\].*")
    spacy.util.fix_random_seed(seed)
    rng = random.Random(seed)
    out_dir = Path(out_dir)
    t0 = time.time()
    nlp = blank_pipeline()
    records = training_records(seed, n_docs)
    examples = _examples(nlp, records)
    n_dev = max(20, len(examples) // 20)
    dev, train_ex = examples[:n_dev], examples[n_dev:]
    families = []
    if family_docs:
        from training.family_corpus import family_records
        families = family_records(family_docs, exclude=exclude_families)
        train_ex += _examples(nlp, families)
    corrections = list(corrections or [])
    generated_strings = set(nlp.vocab.strings)
    corr_ex = _correction_examples(nlp, corrections)
    private = set(nlp.vocab.strings) - generated_strings
    train_ex += corr_ex * max(1, correction_repeat)     # training only, never the dev split
    # Adam with a running average of the weights, which is what is saved: the average
    # of the last updates tags unseen documents more steadily than the last weights
    optimizer = Adam(learn_rate=0.002, L2=0.01, L2_is_weight_decay=True, grad_clip=1.0, use_averages=True)
    nlp.initialize(lambda: train_ex[:200], sgd=optimizer)
    history = []
    t_train = time.time()
    for epoch in range(epochs):
        rng.shuffle(train_ex)
        losses: dict = {}
        for batch in minibatch(train_ex, size=16):
            nlp.update(batch, drop=0.15, sgd=optimizer, losses=losses)
            if time.time() - t_train > max_seconds:
                break
        with nlp.use_params(optimizer.averages):
            scores = nlp.evaluate(dev)
        history.append({"epoch": epoch, "loss": round(float(losses.get("tagger", 0.0)), 1),
                        "ents_f": round(float(scores["ents_f"]), 4), "ents_p": round(float(scores["ents_p"]), 4),
                        "ents_r": round(float(scores["ents_r"]), 4),
                        "seconds": round(time.time() - t0, 1)})
        log(json.dumps(history[-1]))
        if time.time() - t_train > max_seconds:
            break
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({"name": "ko_pii_ner", "version": "1.0.0",
                     "description": "Layer-1 NER (PERSON/ADDRESS/HEALTH_INFO/BIRTH_DATE) trained on training.synth",
                     "labels": list(LABELS)})
    with nlp.use_params(optimizer.averages):
        nlp.to_disk(out_dir)
    forgotten = forget_strings(out_dir, private)
    summary = {"seed": seed, "generator_seed": TRAIN_SEED_BASE + seed, "n_docs": n_docs,
               "families": sorted({r["family_name"] for r in families}),
               "family_docs_each": family_docs, "families_left_out": sorted(exclude_families),
               "corrections": {"records": len(corrections),
                               "repeat": max(1, correction_repeat) if corrections else 0,
                               "entities": sum(len(correction_entities(r)) for r in corrections),
                               "private_strings_dropped": forgotten},
               "epochs_run": len(history), "history": history}
    (out_dir / "training.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return summary


def main(argv=None) -> int:
    import argparse
    ap = argparse.ArgumentParser(prog="python -m training.layer1", description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, nargs="?", default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n-docs", type=int, default=3000)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--family-docs", type=int, default=0,
                    help="documents of each corpus_families/ family added to training")
    ap.add_argument("--exclude", default="", help="comma-separated families left out (leave-one-out)")
    args = ap.parse_args(argv)
    from masking.ner.recognizer import DEFAULT_MODEL
    exclude = frozenset(x for x in args.exclude.split(",") if x)
    train(args.out or DEFAULT_MODEL, seed=args.seed, n_docs=args.n_docs, epochs=args.epochs,
          family_docs=args.family_docs, exclude_families=exclude)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
