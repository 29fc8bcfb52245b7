"""Declarative rules officials can read and change: recognizers, exemptions,
classification rules and the publishing policy. Shipped as package data."""
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent


def rules_dir() -> Path:
    return RULES_DIR


def rules_version(directory: Path | None = None) -> str:
    """Content hash of every rule file: stamps each decision with the rules that made it."""
    import hashlib

    base = Path(directory) if directory else RULES_DIR
    h = hashlib.sha256()
    for p in sorted(base.rglob("*.yaml")):
        h.update(p.relative_to(base).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def load_yaml(text: str):
    """A rule file's YAML, parsed as ``yaml.safe_load`` parses it, with PyYAML's C parser
    when the installed PyYAML has one (libyaml: the rule files are read at every start,
    and the pure-Python parser takes a fifth of a second over them)."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
