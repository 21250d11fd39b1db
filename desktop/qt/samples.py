"""Where the built-in sample comparison lives, from a wheel, a frozen build or a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import desktop


def sample_paths() -> tuple[Path, Path]:
    """The two sample articles (left, right)."""
    try:
        base = Path(str(resources.files("desktop.resources") / "samples"))
    except ModuleNotFoundError:
        base = None  # a source checkout: resources/ is not mapped into the package
    if base is None or not (base / "left.txt").is_file():
        base = Path(desktop.__file__).resolve().parent.parent / "resources" / "samples"
    return base / "left.txt", base / "right.txt"
