"""A reader of the engine never meets a function, class, constant or word list that nothing
reads: every top-level name defined in ``desktop/core`` is read somewhere in the app, the tests,
the benches or the tools (a name in a comment or docstring does not count)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _defined(tree: ast.Module) -> list[tuple[str, int]]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.extend((t.id, node.lineno) for t in targets if isinstance(t, ast.Name))
    return [(n, line) for n, line in names if not n.startswith("__")]


def _read(tree: ast.Module) -> set[str]:
    read: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            read.add(node.id)
        elif isinstance(node, ast.Attribute):
            read.add(node.attr)
    return read


def test_every_top_level_name_of_the_engine_is_read_somewhere() -> None:
    read: set[str] = set()
    defined: list[tuple[Path, str, int]] = []
    for folder in ("desktop", "tests", "bench", "tools"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            read |= _read(tree)
            if path.is_relative_to(ROOT / "desktop" / "core"):
                defined.extend((path, name, line) for name, line in _defined(tree))
    unread = [f"{p.relative_to(ROOT)}:{line} {n}" for p, n, line in defined if n not in read]
    assert not unread, unread
