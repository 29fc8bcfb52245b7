"""Helpers to create Presidio results that remember which rule found them and why."""
from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, RecognizerResult


def make_result(entity: str, start: int, end: int, score: float, source: str, reason: str,
                recognizer: str = "") -> RecognizerResult:
    expl = AnalysisExplanation(recognizer=recognizer or source, original_score=score,
                               pattern_name=source, textual_explanation=reason)
    return RecognizerResult(entity, start, end, min(1.0, score), analysis_explanation=expl,
                            recognition_metadata={"recognizer_name": recognizer or source,
                                                  "source": source, "reason": reason})
