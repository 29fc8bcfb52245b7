"""Load the shipped NER pipeline offline and expose it as a Presidio recognizer.

The model directory is a plain ``nlp.to_disk`` output; loading it needs only the
tokenizer registered in :mod:`masking.ner.tokenizer` and the BILUO decoder registered
in :mod:`masking.ner.biluo` (both imported here), never a download. Its spans are candidates like any rule result: the engine's exemptions
(officials in role, drafter/approver) and merge step still decide.
"""
from __future__ import annotations

from pathlib import Path

import spacy
from presidio_analyzer import EntityRecognizer
from threadpoolctl import ThreadpoolController

from ..results import make_result
from . import biluo as _biluo  # noqa: F401  (registers the BILUO decoder component)
from . import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)
from .fast_tagger import FastTagger

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
DEFAULT_MODEL = MODELS_DIR / "ko_pii_ner"
LABELS = ("PERSON", "ADDRESS", "HEALTH_INFO", "BIRTH_DATE")
_BLAS = ThreadpoolController()


def load_model(path: str | Path | None = None):
    """Load a trained pipeline from disk (no network); ``None`` if it is not there."""
    path = Path(path) if path else DEFAULT_MODEL
    if not (path / "config.cfg").exists():
        return None
    nlp = spacy.load(path)
    use_numpy_matmul(nlp)
    return nlp


def use_numpy_matmul(nlp) -> None:
    """Run the model's matrix products through numpy instead of BLIS.

    thinc's CPU ops multiply with the ``blis`` wheel by default. Its kernels for this
    machine's CPU are several times slower than numpy's OpenBLAS at every size the
    model uses (a 30x192 by 192x192 product: about 110 us against 30 us), and the
    matrix products were half of the model's time. The weights and the results are
    the same; only the routine that multiplies changes (the detections on the dev and
    held-out corpora are identical).
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None:
            continue
        for node in model.walk():
            node.ops = ops


class NerRecognizer(EntityRecognizer):
    """Spans predicted by the trained pipeline, as *weak* candidates.

    The model learns the generator's phrasing well and real documents' phrasing less
    well (on the hand-annotated dev corpus it tags district names and officials in
    English headers), so a prediction alone is below the engine's threshold: the
    engine keeps it only in a row or line that rules already show to be about a
    private person, and only if the value has the shape of its label.
    """

    SCORE = 0.45

    def __init__(self, nlp, name: str = "ko_pii_ner"):
        self.nlp = nlp
        # the tagger's forward pass without thinc's per-layer bookkeeping (same tags);
        # None for a model of another architecture, which runs through spaCy
        self.fast = FastTagger.from_pipeline(nlp)
        self.model_name = f"ner:{name}"
        super().__init__(supported_entities=list(LABELS), name=self.model_name,
                         supported_language="ko")

    def load(self) -> None:
        pass

    def analyze(self, text, entities=None, nlp_artifacts=None):
        return self.analyze_spans(text, [(0, len(text))])

    def analyze_spans(self, text, spans):
        """Run the model over ``text[s:e]`` for each (s, e) only, in one batch.

        The engine calls this with the lines and rows where a model span can change
        the outcome (see ``Layer1._ner_snippets``): the model costs far more than all
        rules together, so it does not read the rest of the document.
        """
        return self.analyze_many([(text, spans)])[0]

    def analyze_many(self, requests) -> list[list]:
        """``[(text, spans), ...]`` of several documents -> one list of results per
        document, the model run once over all their snippets: its fixed cost per call
        (a dozen numpy operations in :class:`FastTagger`, a few dozen thinc layers
        without it) is paid once for the batch."""
        jobs = [(i, text, s, e) for i, (text, spans) in enumerate(requests) for s, e in spans if e > s]
        out: list[list] = [[] for _ in requests]
        if not jobs:
            return out
        # one BLAS thread: the model's products are small, and a second thread waiting
        # for a busy core (another worker, the web server) made the model 30 % slower
        with _BLAS.limit(limits=1, user_api="blas"):
            docs = self._docs([text[s:e] for _i, text, s, e in jobs])
            for (i, text, base, _end), doc in zip(jobs, docs):
                for ent in doc.ents:
                    if ent.label_ not in LABELS:
                        continue
                    s, e = base + ent.start_char, base + ent.end_char
                    while e > s and not text[e - 1].isalnum() and text[e - 1] not in ").":
                        e -= 1
                    if e <= s:
                        continue
                    out[i].append(make_result(ent.label_, s, e, self.SCORE, self.model_name,
                                              f"statistical NER ({ent.label_})"))
        return out

    def _docs(self, texts: list[str]):
        """The pipeline's docs for ``texts``: spaCy's ``pipe``, with the tagger's forward
        pass done by :class:`FastTagger` when it can."""
        if self.fast is None:
            return list(self.nlp.pipe(texts))
        nlp = self.nlp
        docs = [nlp.make_doc(t) for t in texts]
        for name, proc in nlp.pipeline:
            if name == "tagger":
                proc.set_annotations(docs, self.fast.tag_ids(docs))
            else:
                docs = [proc(doc) for doc in docs]
        return docs
