"""Layer 1 → layer 2 → decision for one text, failing closed.

Both ``disclosure scan`` (measurement) and ingestion (publishing) go through
:func:`run_filter`, so what is measured is what is published. Any exception in a layer
turns the decision into ``review`` with the error as its reason: nothing reaches the
public because a component broke.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from disclosure.one_person import REASON as ONE_PERSON, about_one_person
from disclosure.public_fields import PublicFields, public_fields
from disclosure.text_marking import mentions_nonpublic, text_marking
from domain.types import Classification, Decision, Detection, DocumentMeta

log = logging.getLogger(__name__)


@dataclass
class FilterResult:
    detections: list[Detection]
    masked_text: str | None            # None when layer 1 failed: nothing may be shown
    classification: Classification | None
    decision: Decision
    errors: list[str] = field(default_factory=list)
    fields: PublicFields | None = None  # the metadata as the public may see it


def run_filter(text: str, meta: DocumentMeta, layer1, classifier, policy, *,
               paused: bool = False, extra_reasons: list[str] | None = None,
               detections: list[Detection] | None = None, screen=None) -> FilterResult:
    """Both layers and the decision for one document. ``screen``: the second screen
    (:class:`disclosure.second_screen.SecondScreen`; None: the one of the package's
    rules). ``detections``: layer 1's, when
    the caller has already run it (``Layer1.detect_many`` over a batch)."""
    from disclosure.decide import decide

    too_long = _too_long(text)
    if too_long:          # neither layer reads it (layer 1 would refuse it anyway)
        return FilterResult([], None, None, Decision("review", [too_long]), [too_long])
    errors: list[str] = []
    masked: str | None = None
    try:
        if detections is None:
            detections = []                 # what layer 2 gets if layer 1 fails
            detections = layer1.detect(text, meta)
        masked = layer1.mask(text, detections).text
    except Exception as e:  # fail closed
        log.exception("layer 1 failed on %s", meta.id)
        errors.append(f"layer 1 (personal information) failed: {type(e).__name__}: {e}")
        masked = None
    fields: PublicFields | None = None
    if masked is not None:
        try:
            fields = public_fields(layer1, meta, text, detections, masked)
        except Exception as e:  # fail closed
            log.exception("layer 1 failed on the metadata of %s", meta.id)
            errors.append(f"layer 1 (personal information) failed on the title or other "
                          f"metadata: {type(e).__name__}: {e}")

    classification: Classification | None = None
    try:
        classification = classifier.classify(text, meta, detections)
    except Exception as e:
        log.exception("layer 2 failed on %s", meta.id)
        errors.append(f"layer 2 (disclosure grade) failed: {type(e).__name__}: {e}")

    decision: Decision | None = None
    if classification is not None:
        try:
            decision = decide(_with_text_marking(meta, text), detections, classification, policy)
        except Exception as e:
            log.exception("decision failed on %s", meta.id)
            errors.append(f"decision failed: {type(e).__name__}: {e}")

    if errors or decision is None:
        decision = Decision("review", errors or ["no decision could be made"])
    elif masked is None and decision.state == "publish":
        decision = Decision("review", ["masked text unavailable"])
    if decision.state == "publish" and mentions_nonpublic(text):
        decision = Decision("review", [NONPUBLIC_MENTIONED] + decision.reasons)
    if decision.state == "publish" and about_one_person(text, detections):
        decision = Decision("review", [ONE_PERSON] + decision.reasons)
    if decision.state == "publish" and detections:
        lang = _language(text, meta)
        if lang in policy.review_languages_with_personal_info:
            decision = Decision("review", [LANGUAGE_REVIEW[lang]] + decision.reasons)
    if masked is not None and decision.state in ("publish", "review"):
        suspects = _second_screen(text, detections, meta, screen)
        if suspects and decision.state == "publish":
            decision = Decision("review", suspects + decision.reasons)
        elif suspects:
            decision = Decision("review", suspects + decision.reasons, decision.release_date)
    if extra_reasons and decision.state == "publish":
        decision = Decision("review", list(extra_reasons) + decision.reasons)
    elif extra_reasons and decision.state == "review":
        # the official must read them whatever else sent the document (hidden text ...)
        decision = Decision("review", list(extra_reasons) + decision.reasons, decision.release_date)
    if paused and decision.state == "publish":
        decision = Decision("review", ["automatic publishing is paused (disclosure resume)"]
                            + decision.reasons)
    return FilterResult(detections, masked, classification, decision, errors, fields)


NONPUBLIC_MENTIONED = ("본문에 '비공개'라는 말이 있습니다: 문서 전체나 일부를 공개하지 않아야 하는지 "
                       "사람이 확인해야 합니다 (the text mentions non-disclosure)")


#: why a document with personal information goes to review by policy, per language
#: (rules/policy.yaml review_languages_with_personal_info)
LANGUAGE_REVIEW = {
    "en": ("영어 문서의 개인정보는 자동으로 다 찾지 못할 수 있어 사람이 확인해야 합니다 "
           "(policy: English documents with personal information are reviewed)"),
    "ko": ("개인정보가 들어 있는 문서는 자동 가림이 놓친 값이 없는지 사람이 확인한 뒤 공개합니다 "
           "(policy: documents with personal information are reviewed before publication)"),
}


def _language(text: str, meta: DocumentMeta) -> str:
    """The document's language: the sidecar's, else English when most letters are Latin."""
    if meta.lang in ("ko", "en"):
        return meta.lang
    letters = [c for c in text if c.isalpha()]
    latin = sum(c.isascii() for c in letters)
    return "en" if letters and latin * 2 > len(letters) else "ko"


def _with_text_marking(meta: DocumentMeta, text: str) -> DocumentMeta:
    """The drafter's marking from the text when the sidecar gives none (it can only
    make the decision stricter: see :mod:`disclosure.text_marking`)."""
    if meta.marked_grade:
        return meta
    grade, grounds = text_marking(text)
    return replace(meta, marked_grade=grade, marked_grounds=grounds) if grade else meta


def _second_screen(text: str, detections: list[Detection], meta: DocumentMeta, screen=None) -> list[str]:
    """The second screen's reasons (empty: nothing suspect is left readable). If the
    screen itself fails, that is a reason too: the document is not published unscreened."""
    from disclosure.second_screen import default_screen, screen_reasons

    try:
        return screen_reasons(text, (screen or default_screen()).screen(text, detections, meta))
    except Exception as e:  # fail closed
        log.exception("second screen failed on %s", meta.id)
        return [f"2차 점검(가려지지 않은 개인정보 확인)을 하지 못했습니다: {type(e).__name__}: {e}"]


def _too_long(text: str) -> str:
    from domain.limits import MAX_CHARS

    if not isinstance(text, str) or len(text) <= MAX_CHARS:
        return ""           # not text at all: the layers fail on it, closed, below
    return (f"글자 수({len(text):,}자)가 한 문서의 한도 {MAX_CHARS:,}자를 넘어 개인정보 검사와 "
            f"등급 판정을 하지 않았습니다")
