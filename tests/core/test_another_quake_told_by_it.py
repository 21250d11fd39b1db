"""A sentence that goes on telling another quake by "It" ("The last major quake to hit the region
was in February. It killed 612 people and injured more than 1,400.") gives that quake's toll: it
never clashes with this quake's "dozens" injured in the other article's lead."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts

_LEFT = (
    "Quake hits southern Iran\n\nA powerful earthquake hit southern Iran on Sunday, killing at "
    "least 10 people and injuring dozens more, officials said.\n\nThe quake was felt in Oman."
)
_RIGHT = (
    "Quake jolts southern Iran\n\nAn earthquake shook southern Iran on Sunday, flattening seven "
    "villages and killing 10 people, officials said.\n\nThe quake was felt in Oman.\n\n"
    "The last major quake to hit southern Iran was in February, when a strong temblor rocked a "
    "town in Kerman province.\n\n{}"
)


def _conflicts(tail: str) -> list[tuple[set[str], set[str]]]:
    report = compare_texts(_LEFT, _RIGHT.format(tail), "2024-05-13")
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]


def test_its_toll_after_the_last_quake_is_that_quakes_toll() -> None:
    found = _conflicts("It killed 612 people and injured more than 1,400, officials said.")
    assert not found, found
