"""Turn a token tagger's BILUO tags into ``doc.ents``.

The layer-1 model is spaCy's ``tagger`` predicting one BILUO tag per token (``B-PERSON``,
``I-ADDRESS``, ``U-BIRTH_DATE``, ``O`` ...) rather than a transition-based ``ner``: the
parser's per-token transition loop cost as much as the whole tok2vec. The tagger's
tags are only a sequence of independent per-token guesses, so this component, placed
after it in the pipeline, reads them into entity spans that :class:`NerRecognizer`
reads from ``doc.ents`` as before.

Each tag is the tagger's best guess for its token alone, so a sequence may be invalid
(``I`` with no ``B``, ``B`` followed by ``O``, a label that changes inside a span). The
decoding never drops a token the tagger put inside an entity (a model span is only a
weak candidate that the engine still checks, a dropped one is a possible leak) and it
repairs the tagger's commonest mistake: on documents it was not trained on, it gets an
entity's beginning and inside right and misses its *last* token (``1961 년 5 월 22 일)``
tagged ``B I I I I O``; an address number ``294 - 52`` ending in ``O``). So:

* ``U-X`` is a one-token span; ``B-X`` opens a span, ``I-X`` / ``L-X`` continue it and
  ``L-X`` closes it;
* ``I-X`` or ``L-X`` with no open span of label X opens one (closing any open span of
  another label first); ``B-X`` or ``U-X`` inside an open span closes that span first;
* ``O``, a missing tag or the end of the text closes an open span where it is (``B-X O``
  is kept as a span, not dropped), but the span is *unfinished*: its last tag (``B`` or
  ``I``) says more tokens follow;
* an unfinished span of X followed, after at most :data:`BRIDGE` tokens outside any
  span, by a span of X that begins with ``I-X`` or ``L-X`` (which says it began earlier)
  is one span: the gap is filled; so is one followed right away by any span of X
  (``다나카/B-PERSON 히로시/U-PERSON``);
* an unfinished span of two tokens or more that is still unfinished then takes the next
  token, the ``L`` it was missing, if that token is outside any span and not white
  space (a lone ``B-X`` followed by ``O`` stays one token: it is the tagger's weakest
  guess, and widening it would only make junk look like a name or a date);
* white space tokens are trimmed off both ends of a span (a span of only white space is
  dropped), and tags whose label is not in ``labels`` are treated as ``O``.

On 500 generated documents from seeds never used for training, the last two rules
reduced the model's own missed entities by about a fifth and added no span that
touches no entity (see the commit message).

Registered as the ``disclosure_biluo_ents`` factory; importing this module (as
:mod:`masking.ner.recognizer` does) is all a saved pipeline needs to load it.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

FACTORY = "disclosure_biluo_ents"


#: The longest run of tokens outside any span that joins an unfinished span to a
#: continuation of the same label.
BRIDGE = 3


def biluo_to_spans(tags: Sequence[str], labels: Iterable[str] | None = None,
                   spaces: Sequence[bool] | None = None) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end, label)`` (end exclusive) read from BILUO ``tags``,
    tolerating and repairing invalid sequences as described in the module docstring.
    ``spaces[i]`` tells whether token i is white space (never added by a repair)."""
    keep = set(labels) if labels is not None else None
    # first pass: [start, end, label, unfinished, begins_inside]
    spans: list[list] = []
    start, label, inside = -1, "", False        # the open span, if start >= 0

    def close(end: int, finished: bool) -> None:
        nonlocal start
        if start >= 0:
            spans.append([start, end, label, not finished, inside])
        start = -1

    for i, tag in enumerate(tags):
        act, sep, lab = (tag or "").partition("-")
        if not sep or act not in ("B", "I", "L", "U") or not lab or (keep is not None and lab not in keep):
            close(i, False)
            continue
        if act in ("B", "U") or start < 0 or lab != label:
            close(i, False)
            start, label, inside = i, lab, act in ("I", "L")
        if act in ("L", "U"):
            close(i + 1, True)
    close(len(tags), False)
    # repairs: fill a short gap to a continuation, else take the missing last token
    out: list[list] = []
    for sp in spans:
        if out:
            prev = out[-1]
            # (an unfinished span right before another of its label is one span, however
            # the other begins: 다나카/B 히로시/U is one name)
            if prev[3] and prev[2] == sp[2] and (sp[0] == prev[1] or (sp[4] and sp[0] - prev[1] <= BRIDGE)):
                prev[1], prev[3] = sp[1], sp[3]
                continue
        out.append(sp)
    for k, sp in enumerate(out):
        nxt = out[k + 1][0] if k + 1 < len(out) else len(tags)
        end = sp[1]
        if sp[3] and end - sp[0] >= 2 and end < nxt and not (spaces is not None and spaces[end]):
            sp[1] = end + 1
    return [(s, e, lab) for s, e, lab, _, _ in out]


class BiluoEntities:
    """Pipeline component: ``doc.ents`` from the BILUO tags in ``token.tag_``."""

    def __init__(self, name: str, labels: Sequence[str], scorer=None):
        self.name = name
        self._labels = tuple(labels)
        self.scorer = scorer
        self._cache: dict[int, str] = {}

    @property
    def labels(self) -> tuple[str, ...]:
        """The entity labels this component writes."""
        return self._labels

    def _tags(self, doc: Doc) -> list[str]:
        strings, cache = doc.vocab.strings, self._cache
        out = []
        for h in doc.to_array("TAG").tolist():
            tag = cache.get(h)
            if tag is None:
                tag = cache[h] = strings[h] if h else ""
            out.append(tag)
        return out

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        spaces = [t.is_space for t in doc]
        for s, e, label in biluo_to_spans(self._tags(doc), self._labels, spaces):
            while s < e and doc[s].is_space:
                s += 1
            while e > s and doc[e - 1].is_space:
                e -= 1
            if s < e:
                ents.append(Span(doc, s, e, label=label))
        doc.set_ents(ents, default="outside")
        return doc

    def score(self, examples, **kwargs):
        """Entity precision / recall / F (spaCy's NER scorer) on decoded ``doc.ents``."""
        return self.scorer(examples, **kwargs) if self.scorer else {}

    # nothing to save: the labels are in config.cfg
    def to_disk(self, path, *, exclude=tuple()):
        pass

    def from_disk(self, path, *, exclude=tuple()):
        return self

    def to_bytes(self, *, exclude=tuple()):
        return b""

    def from_bytes(self, data, *, exclude=tuple()):
        return self


@Language.factory(
    FACTORY,
    default_config={"labels": [], "scorer": {"@scorers": "spacy.ner_scorer.v1"}},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    requires=["token.tag"],
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_biluo_entities(nlp: Language, name: str, labels: list[str], scorer):
    return BiluoEntities(name, labels, scorer=scorer)
