"""Pydantic schema of ``rules/classification.yaml``.

The rules are edited by officials, so a typo must stop the system at load time rather
than silently weaken the filter: unknown keys are forbidden, phrases must be non-empty,
grounds must be items 1-8 of Art. 9(1). :func:`load_rules` raises :class:`RulesError`
for every problem (missing file, bad YAML, schema violation).
"""
from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rules import load_yaml

class RulesError(ValueError):
    """A rules file is missing or invalid. Never caught inside the package."""


def _clean_phrases(values: list[str]) -> list[str]:
    out = []
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise ValueError("phrases must be non-empty strings")
        out.append(v.strip())
    if len(set(out)) != len(out):
        dupes = sorted({x for x in out if out.count(x) > 1})
        raise ValueError(f"duplicate phrases: {dupes}")
    return out


class GroundRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    topic: list[str] = Field(min_length=1)
    requires: list[str] = Field(default_factory=list)
    doc_types: list[str] = Field(default_factory=list)
    min_hits: int = Field(ge=1)
    nonpublic_on_hits: int | None = Field(default=None, ge=1)

    _phrases = field_validator("topic", "requires", "doc_types")(classmethod(lambda cls, v: _clean_phrases(v)))

    @model_validator(mode="after")
    def _hits_reachable(self) -> "GroundRule":
        reachable = len(self.topic) + (1 if self.doc_types else 0)
        if self.min_hits > reachable:
            raise ValueError(f"min_hits {self.min_hits} exceeds the {reachable} phrases available")
        if self.nonpublic_on_hits is not None and self.nonpublic_on_hits < self.min_hits:
            raise ValueError("nonpublic_on_hits must be >= min_hits")
        return self


class ClassificationRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(ge=1)
    ignore_lines: list[str] = Field(default_factory=list)
    withhold: list[str] = Field(min_length=1)
    mask: list[str] = Field(default_factory=list)
    decision_date: list[str] = Field(default_factory=list)
    grounds: dict[int, GroundRule] = Field(min_length=1)
    # document types that are nonpublic by their nature, with their grounds
    nonpublic_doc_types: dict[str, list[int]] = Field(default_factory=dict)

    _phrases = field_validator("ignore_lines", "withhold", "mask", "decision_date")(classmethod(lambda cls, v: _clean_phrases(v)))

    @field_validator("nonpublic_doc_types")
    @classmethod
    def _type_grounds(cls, v: dict[str, list[int]]) -> dict[str, list[int]]:
        for name, grounds in v.items():
            if not name.strip():
                raise ValueError("document type names must be non-empty")
            if not grounds or any(not 1 <= g <= 8 for g in grounds):
                raise ValueError(f"{name}: grounds must be a non-empty list of items 1-8")
        return v

    @field_validator("grounds")
    @classmethod
    def _grounds_in_range(cls, v: dict[int, GroundRule]) -> dict[int, GroundRule]:
        bad = [k for k in v if not 1 <= k <= 8]
        if bad:
            raise ValueError(f"grounds must be Art. 9(1) items 1-8, got {bad}")
        return v


def load_rules(rules_dir: Path) -> ClassificationRules:
    path = Path(rules_dir) / "classification.yaml"
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise RulesError(f"{path}: file not found") from e
    except yaml.YAMLError as e:
        raise RulesError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(raw, dict):
        raise RulesError(f"{path}: expected a mapping at the top level")
    try:
        return ClassificationRules.model_validate(raw)
    except ValidationError as e:
        raise RulesError(f"{path}: {e}") from e
