"""Layer 1 of Disclosure Plaza: personal-information detection and masking.

    from masking import Layer1, RulesError
    layer1 = Layer1.from_rules()            # raises RulesError on a bad rule file
    dets = layer1.detect(text, meta)        # sorted, non-overlapping Detections
    result = layer1.mask(text, dets)        # MaskResult(text, spans)
"""
from .engine import Layer1
from .errors import RulesError
from .masker import MaskResult

__all__ = ["Layer1", "RulesError", "MaskResult"]
