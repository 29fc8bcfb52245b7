"""Layer 2 of the disclosure filter: the grade (public / partial / nonpublic) and the
grounds of Art. 9(1) for a whole document.

    from classifiers import load_classifier, RulesError
    clf = load_classifier(rules_dir=None)      # None → the package's rules
    c = clf.classify(text, meta, detections)

Loading validates ``classification.yaml`` and the shipped model and raises on any
problem (:class:`RulesError`, :class:`ModelError`): a broken filter must stop the
pipeline, never run with fewer rules.
"""
from __future__ import annotations

from pathlib import Path

from classifiers.model import ModelError
from classifiers.schema import RulesError

__all__ = ["load_classifier", "RulesError", "ModelError"]


def load_classifier(rules_dir: str | Path | None = None, model_dir: str | Path | None = None):
    from classifiers.classifier import Layer2Classifier
    from classifiers.model import TextModel

    if model_dir is None:      # a leave-one-family-out model in benchmarks/families.py
        import os

        model_dir = os.environ.get("DISCLOSURE_LAYER2_MODEL") or None
    if rules_dir is None:
        from rules import rules_dir as package_rules_dir

        rules_dir = package_rules_dir()
    return Layer2Classifier(Path(rules_dir), TextModel.load(Path(model_dir) if model_dir else None))
