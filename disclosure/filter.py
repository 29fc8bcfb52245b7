"""Layer 1 → layer 2 → decision for one text, failing closed.

Both ``disclosure scan`` (measurement) and ingestion (publishing) go through
:func:`run_filter`, so what is measured is what is published. Any exception in a layer
turns the decision into ``review`` with the error as its reason: nothing reaches the
public because a component broke.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from disclosure.models import Classification, Decision, Detection, DocumentMeta
from disclosure.public_fields import PublicFields, public_fields

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
               detections: list[Detection] | None = None) -> FilterResult:
    """Both layers and the decision for one document. ``detections``: layer 1's, when
    the caller has already run it (``Layer1.detect_many`` over a batch)."""
    from disclosure.decide import decide

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
            decision = decide(meta, detections, classification, policy)
        except Exception as e:
            log.exception("decision failed on %s", meta.id)
            errors.append(f"decision failed: {type(e).__name__}: {e}")

    if errors or decision is None:
        decision = Decision("review", errors or ["no decision could be made"])
    elif masked is None and decision.state == "publish":
        decision = Decision("review", ["masked text unavailable"])
    if extra_reasons and decision.state == "publish":
        decision = Decision("review", list(extra_reasons) + decision.reasons)
    if paused and decision.state == "publish":
        decision = Decision("review", ["automatic publishing is paused (disclosure resume)"]
                            + decision.reasons)
    return FilterResult(detections, masked, classification, decision, errors, fields)
