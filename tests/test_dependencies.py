"""The main install (``pip install .``) brings every module the package imports.

The test extra installs more than the main dependencies (pytest, selenium ...), so a
runtime import that only a test dependency happens to bring passes every other test
and fails on a newcomer's machine. Here every top-level import in the shipped packages
must resolve to a distribution reachable from ``[project] dependencies``.
"""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("domain", "disclosure", "masking", "classifiers", "training", "web", "rules")


def _name(req: str) -> str:
    return re.split(r"[\s\[<>=!~;(]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _closure(roots: list[str]) -> set[str]:
    seen: set[str] = set()
    todo = [_name(r) for r in roots]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        todo += [_name(r) for r in requires if "extra ==" not in r]
    return seen


def _imports() -> dict[str, str]:
    found: dict[str, str] = {}
    for pkg in PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    mods = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    mods = [node.module]
                else:
                    continue
                for m in mods:
                    found.setdefault(m.split(".")[0], str(path.relative_to(ROOT)))
    return found


def test_every_runtime_import_comes_with_the_main_install():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reachable = _closure(project["dependencies"])
    dists = metadata.packages_distributions()
    missing = {}
    for module, where in sorted(_imports().items()):
        if module in PACKAGES or module in sys.stdlib_module_names or module == "__future__":
            continue
        owners = {d.lower().replace("_", "-") for d in dists.get(module, [])}
        assert owners, f"{module} (imported in {where}) is not installed at all"
        if not owners & reachable:
            missing[module] = (where, sorted(owners))
    assert not missing, f"imported but not brought by [project] dependencies: {missing}"
