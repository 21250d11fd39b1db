"""A new engineer looking for the rule behind a verdict finds every findings module in
docs/findings-index.md: adding a module without regenerating the index fails here."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

_TOOL = Path(__file__).resolve().parents[1] / "tools" / "findings_index.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("findings_index", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_findings_module_has_its_line_in_the_index() -> None:
    assert _tool().main(["--check"]) == 0, "run: python tools/findings_index.py"


def test_a_line_is_the_first_sentence_of_the_docstring() -> None:
    first = _tool().first_sentence
    assert first('Two ages of one person.\n\nMore "detail" here.') == "Two ages of one person."
    assert first("Weeks | days: compared. Then more.") == "Weeks \\| days: compared."
