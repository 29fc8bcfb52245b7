"""A small statistical NER model for the labels rules find worst by shape alone.

PERSON, ADDRESS, HEALTH_INFO and BIRTH_DATE depend on wording and layout more than
on format, so layer 1 adds a spaCy pipeline (``spacy.blank`` + a ``tagger`` of BILUO
tags + the decoder of :mod:`masking.ner.biluo` into ``doc.ents``) trained on
documents from the project's own synthetic generator. It ships inside the package
(``masking/models/``), loads offline, and its detections go through the same
role-aware exemptions as the rules. See :mod:`training.layer1` for training.
"""
from .recognizer import NerRecognizer, load_model, DEFAULT_MODEL

__all__ = ["NerRecognizer", "load_model", "DEFAULT_MODEL"]
