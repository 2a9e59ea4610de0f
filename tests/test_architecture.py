"""Dependency direction: domain ← storage ← qtmodels ← ui/charts ← app. domain and storage import no Qt;
cli imports no widgets."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "scnews_desktop"
LAYERS = {"domain": 0, "storage": 1, "qtmodels": 2, "ui": 3, "charts": 3, "app": 4, "cli": 4}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                rel = path.relative_to(PKG).parts[: -node.level]
                base = ".".join(("scnews_desktop", *rel, node.module or "")).rstrip(".")
                names.add(base)
                names |= {f"{base}.{a.name}" for a in node.names}
            elif node.module:
                names.add(node.module)
    return names


def layer_of(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "scnews_desktop" or len(parts) < 2:
        return None
    return LAYERS.get(parts[1].removesuffix(".py"))


@pytest.mark.parametrize("path", sorted(PKG.rglob("*.py")), ids=lambda p: str(p.relative_to(PKG)))
def test_layers(path):
    own = layer_of("scnews_desktop." + ".".join(path.relative_to(PKG).with_suffix("").parts))
    if own is None:
        return
    for module in imports_of(path):
        if own <= 1:
            assert not module.startswith(("PySide6", "pyqtgraph")), f"{path.name} imports {module}"
        other = layer_of(module)
        if other is not None:
            assert other <= own, f"{path.name} (layer {own}) imports {module} (layer {other})"


def test_cli_and_storage_load_no_qt():
    code = (
        "import sys, scnews_desktop.cli, scnews_desktop.storage.checks, scnews_desktop.storage.default_data;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# SQL lives in storage: the UI asks storage by name (a resolver, query functions), never the database.
_SQL = re.compile(
    r"\b(?:SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I | re.S
)
_DATABASE_CALLS = {"execute", "executemany", "query", "scalar", "executescript"}


@pytest.mark.parametrize(
    "path",
    sorted(p for layer in ("ui", "qtmodels", "charts") for p in (PKG / layer).rglob("*.py")),
    ids=lambda p: str(p.relative_to(PKG)),
)
def test_no_sql_outside_storage(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not _SQL.search(node.value), f"{path.name}:{node.lineno} has SQL: {node.value[:60]!r}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in _DATABASE_CALLS, (
                f"{path.name}:{node.lineno} calls .{node.func.attr}()"
            )
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + ([node.module] if getattr(node, "module", None) else [])
            assert "sqlite3" not in names, f"{path.name}:{node.lineno} imports sqlite3"


@pytest.mark.parametrize(
    "path",
    [PKG / "cli.py", *sorted((PKG / "qtmodels").rglob("*.py")), *sorted((PKG / "storage").rglob("*.py"))],
    ids=lambda p: str(p.relative_to(PKG)),
)
def test_no_widgets_in_cli_models_or_storage(path):
    for module in imports_of(path):
        assert not module.startswith("PySide6.QtWidgets"), f"{path.name} imports {module}"


def test_the_ui_writes_through_undoable_storage_operations():
    """Undo's data work is storage's (storage/undo.py): no module of the UI takes a record apart or puts
    it back from a snapshot itself, and the Qt undo stack's commands only call ``apply``/``revert``."""
    for path in sorted((PKG / "ui").rglob("*.py")):
        for module in imports_of(path):
            assert not module.startswith(
                ("scnews_desktop.storage.editing.restore", "scnews_desktop.storage.editing.delete_with_parts")
            ), f"{path.name} imports {module}"
    writer = ast.parse((PKG / "ui" / "undoable_writer.py").read_text(encoding="utf-8"))
    step = next(n for n in writer.body if isinstance(n, ast.ClassDef) and n.name == "_Step")
    called = {
        node.func.attr
        for node in ast.walk(step)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    } | {node.attr for node in ast.walk(step) if isinstance(node, ast.Attribute)}
    assert {"apply", "revert"} <= called
    assert not called & {"insert", "update", "delete", "get", "atomic", "snapshot"}, called


def test_the_main_window_keeps_its_menus_and_file_commands_apart():
    """The menus' actions (ui/main_actions.py) and the file commands (ui/file_commands.py) are not built
    in the main window's module, which loads them only at the first-frame boundary (inside functions)."""
    tree = ast.parse((PKG / "ui" / "main_window.py").read_text(encoding="utf-8"))
    top_level = {
        node.module
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module in ("main_actions", "file_commands")
    }
    assert not top_level
    methods = {
        n.name
        for c in tree.body
        if isinstance(c, ast.ClassDef) and c.name == "MainWindow"
        for n in c.body
        if isinstance(n, ast.FunctionDef)
    }
    moved = {
        "merge_database",
        "backup",
        "restore_from_backup",
        "open_database",
        "new_database",
        "export_current",
    }
    assert not methods & moved, methods & moved
    assert len(methods) <= 45, len(methods)  # it had 51 before it was split


def test_the_extractor_is_in_stages_of_readable_size():
    """docs/extraction.md: each stage its own module; none over 500 lines, no function over 80."""
    package = Path(__file__).resolve().parent.parent / "src" / "scnews_desktop" / "domain" / "extraction"
    modules = sorted(package.glob("*.py"))
    assert {p.stem for p in modules} >= {"text", "head", "figures", "subject", "timing", "places", "projects"}
    for path in modules:
        source = path.read_text(encoding="utf-8")
        assert source.count("\n") <= 500, path.name
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno - node.lineno + 1 <= 80, f"{path.name}:{node.name}"


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(group)

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_storage_has_no_import_cycle():
    """Imports inside functions count: they hide a cycle, they do not remove it. checks → sync →
    exchange → checks went first (a conflict's description and the columns' labels are modules of their
    own); database ↔ migrations ↔ default_data ↔ resolver last: the resolver is attached to a store from
    outside it (``resolver_of``), the standard zones are shipped data (``domain.regions``) and the time
    stamps a leaf (``stamps``)."""
    storage = PKG / "storage"
    names = {p.stem for p in storage.glob("*.py")}
    graph = {}
    for path in storage.glob("*.py"):
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                deps |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
        graph[path.stem] = deps & names
    assert _cycles(graph) == []
