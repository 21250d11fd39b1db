"""A state university's initials and its state name one team: "UNC" / "North Carolina"."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_HEAD = "Hansbrough breaks record\n\n"
_LEFT = (
    _HEAD + "Tyler Hansbrough broke UNC's career scoring record on Thursday night as the Tar "
    "Heels beat Evansville.\n"
)


def test_unc_and_north_carolina_in_one_sentence_are_no_clash() -> None:
    right = (
        _HEAD + "Tyler Hansbrough broke North Carolina's career scoring record on Thursday night "
        "in a win over Evansville.\n"
    )
    assert conflict_texts(compare_stories(_LEFT, right)) == []


def test_unc_against_another_state_still_clashes() -> None:
    right = (
        _HEAD + "Tyler Hansbrough broke South Carolina's career scoring record on Thursday night "
        "in a win over Evansville.\n"
    )
    assert conflict_texts(compare_stories(_LEFT, right)) != []
