"""The project's shape, checked on its source: one-way imports, the vocabulary at the
bottom, views that leave state changes to the services, one label table.

Imports are read from the syntax tree, inside functions too (a late import hides a
cycle, it does not remove it).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("domain", "rules", "masking", "classifiers", "disclosure", "training", "web")
#: a package may import packages of its own rank or below
RANK = {"domain": 0, "rules": 0, "masking": 1, "classifiers": 1, "disclosure": 2, "training": 3, "web": 3}
#: the command line starts the web server and the trainers: the one module of the core
#: that imports from above it
ENTRY_POINTS = {"disclosure.cli"}
def _modules() -> dict[str, Path]:
    mods = {}
    for pkg in PACKAGES:
        for f in (ROOT / pkg).rglob("*.py"):
            parts = list(f.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            mods[".".join(parts)] = f
    return mods


MODULES = _modules()


def _resolve(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str, path: Path) -> set[str]:
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {_resolve(a.name) for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                base = ".".join(parts + ([base] if base else []))
            for a in node.names:
                full = f"{base}.{a.name}"
                out.add(full if full in MODULES else _resolve(base))
    out.discard(None)
    out.discard(module)
    return out


GRAPH = {m: _imports(m, p) for m, p in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read_from_the_whole_project():
    assert len(MODULES) > 150 and "disclosure.pipeline" in GRAPH["disclosure.cli"] | {
        m for m in GRAPH if "pipeline" in m}
    # a late import inside a function is an edge too
    assert "disclosure.publish" in GRAPH["disclosure.cli"] or any(
        "disclosure.publish" in GRAPH[m] for m in GRAPH if m.startswith("disclosure.cli"))


def test_no_import_cycles():
    assert _cycles(GRAPH) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_imports_only_go_down():
    upward = {(m, t) for m, targets in GRAPH.items() for t in targets
              if RANK[t.split(".")[0]] > RANK[m.split(".")[0]] and m not in ENTRY_POINTS}
    assert upward == set(), sorted(upward)


def test_the_vocabulary_imports_nothing_of_the_project():
    for m, targets in GRAPH.items():
        if m.startswith("domain"):
            assert all(t.startswith("domain") for t in targets), (m, targets)


def _assigned_attributes(path: Path, names: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """(line, object, attribute) of every assignment to ``<object>.<attribute>``."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
        for t in targets:
            for leaf in (t.elts if isinstance(t, ast.Tuple) else [t]):
                if isinstance(leaf, ast.Attribute) and leaf.attr in names:
                    out.append((node.lineno, ast.unparse(leaf.value), leaf.attr))
    return out


def test_no_view_commits_or_sets_a_status():
    """Views parse the request, call a service and render: the services own state changes."""
    found = []
    for m, path in MODULES.items():
        if not m.startswith("web"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "commit":
                found.append(f"{path.name}:{node.lineno} commit()")
        found += [f"{path.name}:{line} {obj}.{attr} =" for line, obj, attr in
                  _assigned_attributes(path, ("status", "decision"))]
    assert found == []


def test_document_statuses_are_assigned_only_by_the_lifecycle():
    found = [f"{p.relative_to(ROOT)}:{line} {obj}.status =" for m, p in MODULES.items()
             if m != "domain.lifecycle"
             for line, obj, _ in _assigned_attributes(p, ("status",)) if obj.startswith("doc")]
    assert found == []


def test_the_checks_see_an_assignment(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("doc.status, doc.decision = 'review', 'review'\nx = doc.status\n")
    assert _assigned_attributes(sample, ("status", "decision")) == [(1, "doc", "status"), (1, "doc", "decision")]


#: a trained model's own output labels, in the order its tag layer was built: part of the
#: model, not a fact about the labels
MODEL_LABELS = {("masking.ner.recognizer", "LABELS")}


def _label_tables(path: Path) -> list[tuple[int, str]]:
    """Module-level names bound to a literal holding three or more label codes, and any
    dict keyed by three or more: a table of facts about labels."""
    from domain.labels import BY_CODE

    def codes(node) -> int:
        elts = node.keys if isinstance(node, ast.Dict) else \
            node.elts if isinstance(node, (ast.Set, ast.Tuple, ast.List)) else []
        return sum(isinstance(e, ast.Constant) and e.value in BY_CODE for e in elts)

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [(n.lineno, "dict") for n in ast.walk(tree) if isinstance(n, ast.Dict) and codes(n) >= 3]
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            value = node.value.args[0] if isinstance(node.value, ast.Call) and node.value.args else node.value
            if codes(value) >= 3:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                found += [(node.lineno, ast.unparse(t)) for t in targets]
    return sorted(set(found))


def test_one_label_table():
    """No other module keeps its own table of label codes: they read domain.labels."""
    found = [f"{p.relative_to(ROOT)}:{line} {name}" for m, p in MODULES.items()
             if m != "domain.labels" and not m.startswith("training.synth")
             for line, name in _label_tables(p) if (m, name) not in MODEL_LABELS]
    assert found == []


def test_the_label_table_check_sees_a_table(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('NAMES = {"PHONE": "전화", "EMAIL": "메일", "PERSON": "이름"}\n'
                      'KINDS = frozenset({"KR_RRN", "KR_FRN", "PHONE"})\n'
                      'def f(c):\n    return c in ("PHONE", "EMAIL", "ADDRESS")\n')
    assert _label_tables(sample) == [(1, "NAMES"), (1, "dict"), (2, "KINDS")]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_pages_name_each_label_from_the_table(lang):
    from flask import Flask
    from flask_babel import Babel

    from domain.labels import TABLE
    from web.labels import label_name

    flask_app = Flask(__name__)
    Babel(flask_app, locale_selector=lambda: lang)
    with flask_app.test_request_context("/"):
        assert [label_name(label.code) for label in TABLE] == \
            [label.en if lang == "en" else label.ko for label in TABLE]
        assert label_name("SOMETHING_ELSE") == "SOMETHING_ELSE"
