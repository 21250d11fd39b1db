"""The day of an aftershock is no day of the quake (hand-made sentences, no corpus text)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, Report


def compare(left: str, right: str, date: str = "2024-11-20") -> Report:
    return compare_documents(
        Document(source="left.txt", text=left, date=date),
        Document(source="right.txt", text=right, date=date),
    )


LEFT = (
    "Aftershocks rattle Iranian island\n\n"
    "The sixth aftershock shook the island of Qeshm on Monday as the death toll from a strong "
    "earthquake a day before rose to 10. Rescue teams searched the rubble of seven villages for "
    "survivors. A series of aftershocks have hit the island since it was first rocked by a "
    "magnitude-5.9 earthquake early Sunday afternoon."
)
RIGHT = (
    "Quake kills 10 in southern Iran\n\n"
    "An earthquake measuring magnitude 5.9 shook a sparsely populated island in southern Iran on "
    "Tuesday, flattening seven villages and killing 10 people, officials said. Rescue teams "
    "searched the rubble for survivors."
)


def test_a_quake_rocking_the_island_early_sunday_clashes_with_a_quake_shaking_it_on_tuesday() -> (
    None
):
    # Monday is the sixth aftershock's day: the left dates the quake itself only on Sunday.
    found = [f for f in compare(LEFT, RIGHT).findings if f.kind is FindingKind.CONFLICT]
    assert any("Sunday" in f.left[0].text and "Tuesday" in f.right[0].text for f in found), found
