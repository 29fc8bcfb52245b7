"""Read and validate every rule file; any problem raises :class:`RulesError`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from rules import load_yaml

from .errors import RulesError
from .schema import (AddressFile, Exemptions, FieldsFile, HealthFile, MaskingFile,
                     PatternFile, PersonFile, RowsFile)

_KINDS = {"patterns": PatternFile, "fields": FieldsFile, "person": PersonFile,
          "address": AddressFile, "health": HealthFile, "rows": RowsFile}
_SINGLE = ("fields", "person", "address", "health", "rows")


@dataclass(frozen=True)
class RuleSet:
    patterns: list[PatternFile]
    fields: FieldsFile
    person: PersonFile
    address: AddressFile
    health: HealthFile
    rows: RowsFile
    exemptions: Exemptions
    masking: MaskingFile
    files: tuple[str, ...]


def _read(path: Path) -> dict:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as e:
        raise RulesError(f"{path}: cannot read rule file: {e}") from e
    if not isinstance(data, dict):
        raise RulesError(f"{path}: a rule file must be a YAML mapping")
    return data


def _validate(model, data: dict, path: Path):
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise RulesError(f"{path}: invalid rule file:\n{e}") from e


def load_rules(rules_dir: Path) -> RuleSet:
    rules_dir = Path(rules_dir)
    rec_dir = rules_dir / "recognizers"
    if not rec_dir.is_dir():
        raise RulesError(f"{rec_dir}: recognizer directory missing")
    files = sorted(rec_dir.glob("*.yaml")) + sorted(rec_dir.glob("*.yml"))
    if not files:
        raise RulesError(f"{rec_dir}: no recognizer files")
    found: dict[str, list] = {k: [] for k in _KINDS}
    for path in files:
        data = _read(path)
        kind = data.get("kind")
        if kind not in _KINDS:
            raise RulesError(f"{path}: unknown or missing 'kind' {kind!r}; expected one of {sorted(_KINDS)}")
        found[kind].append(_validate(_KINDS[kind], data, path))
    for kind in _SINGLE:
        if len(found[kind]) != 1:
            raise RulesError(f"{rec_dir}: expected exactly one 'kind: {kind}' file, found {len(found[kind])}")
    names = [r.name for f in found["patterns"] for r in f.recognizers]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise RulesError(f"{rec_dir}: duplicate recognizer names {sorted(dupes)}")
    exemptions = _validate(Exemptions, _read(rules_dir / "exemptions.yaml"), rules_dir / "exemptions.yaml")
    masking = _validate(MaskingFile, _read(rules_dir / "masking.yaml"), rules_dir / "masking.yaml")
    return RuleSet(found["patterns"], found["fields"][0], found["person"][0], found["address"][0],
                   found["health"][0], found["rows"][0], exemptions, masking, tuple(str(p) for p in files))
