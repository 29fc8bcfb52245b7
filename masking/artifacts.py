"""An offline Presidio NLP engine that adds the document layout to the artifacts.

Presidio's default engine would download ``en_core_web_lg``. Layer 1 needs no NER
from spaCy: it uses a blank multi-language spaCy tokenizer (built in code, nothing
downloaded) so that token-based recognizers, e.g. a trained model plugged in later,
still get ``nlp_artifacts.tokens``, and it attaches the parsed :class:`Layout`
(tables, key/value lines) that the rule recognizers share, so it is parsed once.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from .layout import Layout


class LayoutArtifacts(NlpArtifacts):
    def __init__(self, *args, layout: Layout, **kwargs):
        super().__init__(*args, **kwargs)
        self.layout = layout


class LayoutNlpEngine(NlpEngine):
    """The layout, plus tokens from ``spacy.blank("xx")`` when ``tokenize`` is set.

    The rule recognizers need no tokens and tokenising costs as much as all of them
    together, so it is off unless a token-based recognizer (a trained model) is added.
    """

    def __init__(self, languages: Iterable[str] = ("ko", "en"), tokenize: bool = False):
        self.languages = list(languages)
        self.tokenize = tokenize
        self._nlp = None

    def load(self) -> None:
        self._nlp = spacy.blank("xx")

    def is_loaded(self) -> bool:
        return self._nlp is not None

    def process_text(self, text: str, language: str) -> LayoutArtifacts:
        if self._nlp is None:
            self.load()
        if self.tokenize:
            doc = self._nlp.make_doc(text)
            tokens, idx = doc, [t.idx for t in doc]
            lemmas = [t.text for t in doc]
        else:
            doc, tokens, idx, lemmas = None, [], [], []
        return LayoutArtifacts(
            entities=[], tokens=tokens, tokens_indices=idx, lemmas=lemmas,
            nlp_engine=self, language=language, layout=Layout(text),
        )

    def process_batch(self, texts, language, batch_size=1, n_process=1, **kwargs) -> Iterator:
        for t in texts:
            yield t, self.process_text(t, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return len(word) == 1 and not word.isalnum()

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return self.languages
