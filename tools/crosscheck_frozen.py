"""Entry script for the PyInstaller build (build.spec): the same ``main`` as ``crosscheck``.

A separate file, not desktop/__main__.py, so that the desktop/ folder is not put on the build's
module search path (its modules would then also be importable as top-level ``cli``, ``app``...).
"""

from desktop.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
