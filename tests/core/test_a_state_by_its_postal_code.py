"""A state written as the postal service writes it ("of Topeka, KS") is the state the other
article's town lies in: "a Topeka woman" tells it at a finer precision, so "KS" gets no yellow
mark. Where the other article gives no place at all, the state stays the left's alone
(hand-written stories)."""

from __future__ import annotations

from desktop.core.locations.places import within
from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "Police said Maya Tran, 23, of Topeka, KS was taken to a hospital with a leg wound.\n"
    "The shooting happened outside a bar."
)


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_a_town_tells_the_state_written_by_its_postal_code() -> None:
    right = (
        "A Topeka woman, Maya Tran, 23, was taken to a hospital with a leg wound.\n"
        "The shooting happened outside a bar."
    )
    assert "KS" not in _left_only(compare_stories(_LEFT, right))
    assert within("Dallas", "TX")
    assert not within("Dallas", "KS")


def test_a_state_the_other_never_gives_keeps_its_mark() -> None:
    right = (
        "A woman, Maya Tran, 23, was taken to a hospital with a leg wound.\n"
        "The shooting happened outside a bar."
    )
    assert "KS" in _left_only(compare_stories(_LEFT, right))
