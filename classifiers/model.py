"""The trained text model: a spaCy multi-label text classifier over morpheme tokens.

Labels: ``NONPUBLIC`` (the whole document must be withheld) and ``G1``..``G8`` (the
document touches that ground of Art. 9(1), whether withheld or masked). It is trained by
:mod:`training.layer2` on generated documents only and shipped in
``classifiers/models/layer2``. The model is one voice next to the phrase rules; the
calibration table (``calibration.json``) turns the pair into a probability that the
combined grade is right.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from classifiers.tokens import tokens

MODEL_DIR = Path(__file__).resolve().parent / "models" / "layer2"
GROUND_LABELS = {1: "G1", 2: "G2", 3: "G3", 4: "G4", 5: "G5", 7: "G7", 8: "G8"}
LABELS = ["NONPUBLIC", *GROUND_LABELS.values()]


class ModelError(RuntimeError):
    """The shipped model is missing or does not match this code."""


@dataclass
class TextModel:
    nlp: object
    name: str
    calibration: dict

    @classmethod
    def load(cls, path: Path | None = None) -> "TextModel":
        import spacy

        path = Path(path or MODEL_DIR)
        try:
            info = json.loads((path / "model.json").read_text(encoding="utf-8"))
            calibration = json.loads((path / "calibration.json").read_text(encoding="utf-8"))
            nlp = spacy.load(path / "textcat")
        except (OSError, ValueError) as e:
            raise ModelError(f"layer-2 model at {path} cannot be loaded: {e}") from e
        pipe = nlp.get_pipe("textcat_multilabel")
        if sorted(pipe.labels) != sorted(LABELS):
            raise ModelError(f"model labels {pipe.labels} do not match {LABELS}")
        return cls(nlp, info["name"], calibration)

    def scores(self, text: str) -> dict[str, float]:
        return self.scores_tokens(tokens(text))

    def scores_tokens(self, words: list[str]) -> dict[str, float]:
        from spacy.tokens import Doc

        doc = self.nlp(Doc(self.nlp.vocab, words=words or ["<empty>"]))
        return {k: float(v) for k, v in doc.cats.items()}
