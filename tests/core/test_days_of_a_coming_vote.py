"""Days of a step still to come, told in two wordings (hand-made sentences, no corpus text)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, Report


def compare(left: str, right: str, date: str = "2024-12-03") -> Report:
    return compare_documents(
        Document(source="left.txt", text=left, date=date),
        Document(source="right.txt", text=right, date=date),
    )


LEFT = (
    "Greek unions strike over austerity\n\n"
    "Thousands of workers walked off the job in Greece on Tuesday in a general strike against "
    "new cuts. After rallying in two separate demonstrations in central Athens, unionists "
    "marched on parliament where a vote on the measures will be held Thursday."
)
RIGHT = (
    "Greek workers strike against cuts\n\n"
    "Tens of thousands of Greek workers went on strike on Tuesday against the government's new "
    "austerity cuts. After rallying in two separate demonstrations in central Athens, members "
    "of the main unions began converging on parliament, where the government was preparing for "
    "the measures to be voted on Friday."
)


def test_a_vote_to_be_held_thursday_against_measures_to_be_voted_on_friday_is_a_conflict() -> None:
    # Both days are the coming vote's: "held" names the vote happening, not a step of custody,
    # and "preparing for the measures to be voted on Friday" looks ahead as "will" does.
    found = [f for f in compare(LEFT, RIGHT).findings if f.kind is FindingKind.CONFLICT]
    assert any("Thursday" in f.left[0].text and "Friday" in f.right[0].text for f in found), found


def test_a_vote_still_being_prepared_for_is_no_clash_with_the_day_a_vote_was_held() -> None:
    # The right, written earlier, looks ahead to a vote "to be held on Friday"; the left tells
    # the vote as done on Thursday. A plan and what happened: no conflict between their days.
    left = LEFT.replace(
        "marched on parliament where a vote on the measures will be held Thursday.",
        "marched on parliament, which passed the measures in a vote on Thursday.",
    )
    found = [f for f in compare(left, RIGHT).findings if f.kind is FindingKind.CONFLICT]
    assert not any("Thursday" in f.left[0].text for f in found), found
