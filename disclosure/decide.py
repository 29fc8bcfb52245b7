"""The decision table: publish, review or withhold, with reasons an official can read.

:func:`decide` is a pure function of its inputs and ``rules/policy.yaml``; it fails
closed: anything it cannot read becomes ``review``, never ``publish``, and it does not
raise for ordinary input. :func:`load_policy` validates the policy file and raises
:class:`PolicyError` on any problem.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from domain.types import GRADES, Classification, Decision, Detection, DocumentMeta
from rules import load_yaml

_STRICTNESS = {"public": 0, "partial": 1, "nonpublic": 2}
_MARK_WORDS = [("nonpublic", ("비공개", "nonpublic", "non-disclosure", "non-public")),
               ("partial", ("부분공개", "부분 공개", "partial")),
               ("public", ("공개", "public", "disclosure"))]


class PolicyError(ValueError):
    """policy.yaml is missing or invalid."""


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(ge=1)
    auto_publish: bool
    rank_order: list[list[str]] = Field(min_length=2)
    auto_publish_min_rank: str
    publish_min_confidence: float = Field(ge=0.0, le=1.0)
    withhold_min_confidence: float = Field(ge=0.0, le=1.0)
    auto_partial_grounds: list[int] = Field(default_factory=lambda: [6])
    item5_reexamine_days: int = Field(ge=1, le=3650)
    review_languages_with_personal_info: list[str] = Field(default_factory=list)

    @field_validator("review_languages_with_personal_info")
    @classmethod
    def _languages(cls, v: list[str]) -> list[str]:
        if any(lang not in ("ko", "en") for lang in v):
            raise ValueError("languages are ko or en")
        return v

    @field_validator("rank_order")
    @classmethod
    def _ranks(cls, v: list[list[str]]) -> list[list[str]]:
        seen: set[str] = set()
        for level in v:
            if not level or any(not isinstance(r, str) or not r.strip() for r in level):
                raise ValueError("every rank level needs non-empty names")
            for r in level:
                if r.strip().lower() in seen:
                    raise ValueError(f"rank {r!r} listed twice")
                seen.add(r.strip().lower())
        return v

    @field_validator("auto_partial_grounds")
    @classmethod
    def _grounds(cls, v: list[int]) -> list[int]:
        if any(not 1 <= g <= 8 for g in v):
            raise ValueError("grounds must be Art. 9(1) items 1-8")
        return v

    @model_validator(mode="after")
    def _min_rank_known(self) -> "Policy":
        if self.rank_level(self.auto_publish_min_rank) is None:
            raise ValueError(f"auto_publish_min_rank {self.auto_publish_min_rank!r} is not in rank_order")
        return self

    def rank_level(self, rank: str) -> int | None:
        """Level of a rank; longest name that the rank string ends with or equals wins
        (행정국장 → 국장, but 팀장 never matches 과장). Unknown → None."""
        r = re.sub(r"\s+", " ", (rank or "").strip()).lower()
        if not r:
            return None
        best: tuple[int, int] | None = None
        for level, names in enumerate(self.rank_order):
            for name in names:
                n = name.strip().lower()
                if r == n or (len(n) >= 2 and r.endswith(n) and not n.isascii()):
                    if best is None or len(n) > best[1]:
                        best = (level, len(n))
        return best[0] if best else None


def load_policy(rules_dir: str | Path | None = None) -> Policy:
    if rules_dir is None:
        from rules import rules_dir as package_rules_dir

        rules_dir = package_rules_dir()
    path = Path(rules_dir) / "policy.yaml"
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise PolicyError(f"{path}: file not found") from e
    except yaml.YAMLError as e:
        raise PolicyError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(raw, dict):
        raise PolicyError(f"{path}: expected a mapping at the top level")
    try:
        return Policy.model_validate(raw)
    except ValidationError as e:
        raise PolicyError(f"{path}: {e}") from e


def marked_grade(meta: DocumentMeta) -> str:
    """The drafter's 공개여부 as a grade ("" if absent or unreadable)."""
    return grade_of_marking(getattr(meta, "marked_grade", "") or "")


def grade_of_marking(word: str) -> str:
    """A marking word (공개, 부분 공개, 비공개, non-public ...) as a grade ("" if none)."""
    m = word.strip().lower()
    if m in _STRICTNESS:
        return m
    for grade, words in _MARK_WORDS:
        if any(w in m for w in words):
            return grade
    return ""


def _release_date(meta: DocumentMeta, c: Classification, policy: Policy) -> str:
    from classifiers.classifier import parse_date

    stated = parse_date(c.release_date or "")
    if stated:
        return stated.isoformat()
    approved = parse_date(meta.approved_at or "")
    if approved:
        return (approved + timedelta(days=policy.item5_reexamine_days)).isoformat()
    return ""


def _grounds_text(grounds: list[int]) -> str:
    return ", ".join(f"item {g}" for g in grounds) or "none"


def decide(meta: DocumentMeta, detections: list[Detection], c: Classification, policy: Policy) -> Decision:
    try:
        return _decide(meta, detections, c, policy)
    except Exception as e:  # fail closed: a bug here must not publish
        return Decision("review", [f"decision table could not be applied: {type(e).__name__}: {e}"])


def _decide(meta: DocumentMeta, detections: list[Detection], c: Classification, policy: Policy) -> Decision:
    if not isinstance(c, Classification) or c.grade not in GRADES:
        return Decision("review", [f"layer 2 gave no readable grade ({getattr(c, 'grade', None)!r})"])
    try:
        conf = float(c.confidence)
    except (TypeError, ValueError):
        conf = float("nan")
    if not 0.0 <= conf <= 1.0:
        return Decision("review", [f"layer 2 confidence {c.confidence!r} is not a probability"])
    grounds = sorted({int(g) for g in (c.grounds or [])})
    why = [f"layer 2: {c.grade} ({_grounds_text(grounds)}), confidence {conf:.2f}", *c.reasons]
    meta = meta if isinstance(meta, DocumentMeta) else DocumentMeta()

    if c.grade == "nonpublic":
        if not grounds:
            return Decision("review", ["looks nonpublic but no ground of Art. 9(1) was identified", *why])
        if conf < policy.withhold_min_confidence:
            return Decision("review", [f"probably nonpublic ({_grounds_text(grounds)}) but uncertain "
                                       f"(confidence {conf:.2f} < {policy.withhold_min_confidence})", *why])
        if set(grounds) - {6} == {5}:
            rd = _release_date(meta, c, policy)
            head = (f"withheld under {_grounds_text(grounds)} while the decision is in progress; "
                    + (f"re-examine on {rd}" if rd else "re-examination date unknown: set one by hand"))
            return Decision("withhold", [head, *why], release_date=rd)
        return Decision("withhold", [f"nonpublic under {_grounds_text(grounds)}", *why])

    marked = marked_grade(meta)
    if marked and _STRICTNESS[marked] > _STRICTNESS[c.grade]:
        return Decision("review", [f"drafter marked {marked} but layer 2 says {c.grade}: a person must confirm", *why])
    if conf < policy.publish_min_confidence:
        return Decision("review", [f"{c.grade} but uncertain (confidence {conf:.2f} < {policy.publish_min_confidence})", *why])
    if c.grade == "partial":
        extra = sorted(set(grounds) - set(policy.auto_partial_grounds))
        if extra:
            return Decision("review", [f"partial under {_grounds_text(extra)}: an exempt part other than personal "
                                       "information must be masked by a person", *why])
        if not detections and 6 in grounds:
            return Decision("review", ["partial for personal information, but layer 1 marked nothing to mask", *why])
    if not policy.auto_publish:
        return Decision("review", ["automatic publishing is switched off (auto_publish: false)", *why])
    level = policy.rank_level(meta.approver_rank)
    if level is None:
        return Decision("review", [f"approver rank {meta.approver_rank!r} is unknown: not released automatically", *why])
    if level < policy.rank_level(policy.auto_publish_min_rank):
        return Decision("review", [f"approved by {meta.approver_rank}, below {policy.auto_publish_min_rank}: "
                                   "not released automatically", *why])
    return Decision("publish", [f"{c.grade}: released automatically (approved by {meta.approver_rank})", *why])
