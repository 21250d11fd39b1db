"""The layers hold at run time too (import-linter checks the source): a script or a server can use
the whole core, and the command line's text exports, without Qt installed or loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

IMPORT_EVERY_CORE_MODULE = """
import importlib, pkgutil, sys
import desktop.core
names = [m.name for m in pkgutil.walk_packages(desktop.core.__path__, "desktop.core.")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "desktop.qt")))
print(len(names), qt)
"""


def test_every_core_module_imports_without_loading_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_CORE_MODULE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    count, loaded = result.stdout.split(" ", 1)
    assert int(count) > 20, "the walk found the core's modules"
    assert loaded.strip() == "[]", f"Qt loaded by the core: {loaded}"
