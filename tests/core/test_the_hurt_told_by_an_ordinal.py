"""The hurt told by the ordinal one past the dead: "killing two co-workers and critically
injuring a third" counts one hurt, which "killing two workers and wounding two others"
contradicts; "wounding one other" agrees with it, and a story of another toll of the dead says
nothing of the hurt (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories

LEFT = (
    "Two dead in warehouse shooting\n\n"
    "A man opened fire at a furniture warehouse in Riverton on Monday, killing two co-workers "
    "and critically injuring a third, police said. The gunman, a forklift driver, was arrested "
    "in the parking lot. The company closed the warehouse for the week."
)


def _right(frame: str) -> str:
    return (
        "Gunman kills co-workers at warehouse\n\n"
        f"A forklift driver opened fire at a Riverton furniture warehouse on Monday, {frame}. "
        "Officers arrested him in the parking lot, police said. The warehouse will stay closed "
        "this week."
    )


def _hurt_conflicts(right: str) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in compare_stories(LEFT, right).findings
        if f.kind is FindingKind.CONFLICT and "not the same hurt" in f.reason
    ]


def test_a_third_hurt_against_two_others_shows_a_conflict() -> None:
    found = _hurt_conflicts(_right("killing two workers and wounding two others"))
    assert found == [({"a third"}, {"two"})]


def test_a_third_hurt_against_one_other_stays_silent() -> None:
    assert not _hurt_conflicts(_right("killing two workers and wounding one other"))


def test_another_toll_of_the_dead_says_nothing_of_the_hurt() -> None:
    assert not _hurt_conflicts(_right("killing three workers and wounding two others"))
