"""Reproducible training of the layer-2 text model: ``disclosure train`` calls :func:`train`.

Data: documents from :mod:`training.layer2_gen` only (never the dev corpus, which is for
measurement). The text is prepared exactly as at run time (drafter's marking removed,
morpheme tokens).

Calibration: a model scored on documents from the templates it was trained on would
look perfect, and the real risk is a document *unlike* the training templates. So the
calibration table is filled by K-fold *family hold-out*: K auxiliary models are each
trained without a group of template families and run, through the full rules + model
combination, on fresh documents from the held-out families. Each cell (rule strength,
model verdict, score bin) stores how many of its documents were nonpublic, which
:func:`classifiers.classifier.combine` turns into the grade and its confidence. The
shipped model is then trained on all families.

Officials' corrections (``disclosure train --corrections FILE``, validated by
:func:`disclosure.corrections.load_corrections`) are added to the *training* items
with their corrected grade and grounds, each repeated :data:`CORRECTION_REPEAT` times,
in the shipped model and in every fold model alike (they belong to no template family,
so no fold holds them out, and the fold models stay like the shipped one). They are
never added to the calibration set, which stays generated held-out data: a handful
of reviewed documents cannot calibrate, and calibrating on documents the model was
trained on would make it look surer than it is. Their text is UNMASKED; the words
only they contain are dropped from the saved string table (the model uses hashes).
"""
from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from pathlib import Path

from training.layer2_gen import generate
from classifiers.model import GROUND_LABELS, LABELS, MODEL_DIR, TextModel
from classifiers.tokens import tokens
from training.family_corpus import TRAIN_SEED
from disclosure.corrections import forget_strings

N_TRAIN = 3000
N_CALIB = 1500
EPOCHS = 8
FOLDS = 5
#: How often each official's correction is seen per epoch (a generated document: once).
#: Enough that a handful of reviewed documents move a model trained on thousands, not so
#: much that one mistaken correction dominates it.
CORRECTION_REPEAT = 3


def _family_docs(n: int, seed: int, exclude) -> list[dict]:
    """Documents of the corpus families (training.family_corpus), each numbered as a
    template family after the generator's so that calibration folds hold it out whole."""
    from training.layer2_gen import FAMILIES
    from training.family_corpus import family_names, family_records

    index = {name: len(FAMILIES) + i for i, name in enumerate(family_names())}
    out = family_records(n, seed, frozenset(exclude))
    for d in out:
        d["family"] = index[d["family_name"]]
    return out


def _cats(d: dict) -> dict[str, float]:
    cats = {lab: float(g in d["grounds"]) for g, lab in GROUND_LABELS.items()}
    cats["NONPUBLIC"] = float(d["grade"] == "nonpublic")
    return cats


def _fit(items: list[tuple[list[str], dict]], seed: int,
         extra: list[tuple[list[str], dict]] = (), repeat: int = 1):
    """Fit a text model on ``items`` plus ``extra`` (each seen ``repeat`` times an epoch).

    Returns the pipeline, the losses per epoch and the strings only ``extra`` brought
    into the vocabulary (to be left out when the pipeline is saved)."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = spacy.blank("xx")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
        "ngram_size": 2, "no_output_layer": False, "length": 262144}})
    for lab in LABELS:
        textcat.add_label(lab)
    examples = [Example.from_dict(Doc(nlp.vocab, words=w), {"cats": _cats(d)}) for w, d in items]
    known = set(nlp.vocab.strings)
    added = [Example.from_dict(Doc(nlp.vocab, words=w or ["<empty>"]), {"cats": _cats(d)})
             for w, d in extra]
    private = set(nlp.vocab.strings) - known
    examples += added * max(1, repeat)
    optimizer = nlp.initialize(lambda: examples)
    losses_log = []
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.1)
        losses_log.append(round(losses.get("textcat_multilabel", 0.0), 4))
    return nlp, losses_log, private


def train(out_dir: str | Path | None = None, seed: int = 0, rules_dir: str | Path | None = None,
          n_train: int = N_TRAIN, n_calib: int = N_CALIB, folds: int = FOLDS,
          corrections=None, correction_repeat: int = CORRECTION_REPEAT, family_docs: int = 0,
          exclude_families: frozenset[str] = frozenset()) -> Path:
    """Train, calibrate and write the model to ``out_dir`` (default: the shipped model).

    ``corrections``: validated records (text, grade, grounds) added to the training
    items only, see the module docstring."""
    import spacy

    from classifiers.classifier import calibration_key
    from classifiers.rules import RuleEngine
    from classifiers.schema import load_rules
    from rules import rules_dir as package_rules_dir, rules_version

    out = Path(out_dir) if out_dir else MODEL_DIR
    rdir = Path(rules_dir) if rules_dir else package_rules_dir()
    engine = RuleEngine(load_rules(rdir))

    train_docs = generate(n_train, seed)
    calib_docs = generate(n_calib, seed + 1_000_003)
    if family_docs:
        train_docs += _family_docs(family_docs, TRAIN_SEED, exclude_families)
        calib_docs += _family_docs(max(1, family_docs // 2), TRAIN_SEED + 1, exclude_families)
    train_items = [(tokens(engine.prepare(d["text"])), d) for d in train_docs]
    calib_items = [(tokens(engine.prepare(d["text"])), d) for d in calib_docs]
    corrections = list(corrections or [])
    corr_items = [(tokens(engine.prepare(r["text"])), {"grade": r["grade"], "grounds": r["grounds"]})
                  for r in corrections]
    repeat = max(1, correction_repeat)

    cells: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    right_total = 0
    for k in range(folds):
        nlp_k, _, _ = _fit([it for it in train_items if it[1]["family"] % folds != k], seed + 17 * (k + 1),
                           corr_items, repeat)
        model_k = TextModel(nlp_k, f"fold{k}", {"cells": {}})
        for words, d in calib_items:
            if d["family"] % folds != k:
                continue
            rr = engine.evaluate(d["text"], d["doc_type"])
            scores = model_k.scores_tokens(words)
            key = calibration_key(rr.strength, scores["NONPUBLIC"] >= 0.5, scores["NONPUBLIC"])
            is_np = int(d["grade"] == "nonpublic")
            said_np = rr.strength == "strong" or scores["NONPUBLIC"] >= 0.5
            right_total += int(said_np == bool(is_np))
            for kk in (key, key.rsplit("|", 1)[0]):
                cells[kk][0] += is_np
                cells[kk][1] += 1

    nlp, losses_log, private = _fit(train_items, seed, corr_items, repeat)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out / "textcat")
    forgotten = forget_strings(out / "textcat", private)
    name = f"layer2-textcat-bow.seed{seed}"
    calibration = {"cells": dict(sorted(cells.items())), "prior_strength": 4, "n": n_calib,
                   "note": "[nonpublic, total] per cell (rule strength | model verdict | score bin) on "
                           "generated documents of template families held out from the model that scored them"}
    (out / "calibration.json").write_text(json.dumps(calibration, ensure_ascii=False, indent=1), encoding="utf-8")
    info = {"name": name, "seed": seed, "n_train": n_train, "n_calib": n_calib, "epochs": EPOCHS,
            "family_docs_each": family_docs, "families_left_out": sorted(exclude_families),
            "folds": folds, "labels": LABELS, "rules_version": rules_version(rdir), "spacy": spacy.__version__,
            "losses": losses_log, "heldout_family_nonpublic_accuracy": round(right_total / max(1, n_calib), 4),
            "n_corrections": len(corrections), "correction_repeat": repeat if corrections else 0,
            "correction_grades": dict(sorted(Counter(r["grade"] for r in corrections).items())),
            "private_strings_dropped": forgotten}
    (out / "model.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
    return out
