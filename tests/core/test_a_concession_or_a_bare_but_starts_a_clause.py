"""A sentence whose second statement opens with ", although" or ", though", or with a "but"
and no comma before a determiner or a pronoun, joins two statements as surely as ", and" does:
when the other article tells the first in a close sentence, the second alone is yellow. When
the other article tells the second too, nothing of the sentence is yellow."""

from __future__ import annotations

from tests.factories import compare_texts, untold_sentences

_LEFT = (
    "A fire destroyed a timber warehouse in Dunmore on Tuesday night.\n\n"
    "{joined}\n\n"
    "The blaze started in a storeroom at the back of the building.\n\n"
    "Traffic on the ring road was diverted for most of the night."
)
_RIGHT = (
    "A fire destroyed a timber warehouse in Dunmore on Tuesday night.\n\n"
    "{told}\n\n"
    "The blaze started in a storeroom at the back of the building.\n\n"
    "Neighbours said the smoke could be seen for miles."
)
_BUT = (
    "Firefighters pulled the last workers from the wreckage of the warehouse but the owners say "
    "two night guards are still missing."
)
_BUT_TOLD = "Firefighters pulled the last workers from the wreckage of the warehouse."
_THOUGH = (
    "The cause of the warehouse fire is not yet known to investigators, although detectives found an empty petrol can "
    "beside the loading bay."
)
_THOUGH_TOLD = "The cause of the warehouse fire is not yet known to investigators."


def test_what_follows_a_bare_but_is_yellow_alone() -> None:
    untold = untold_sentences(
        compare_texts(_LEFT.format(joined=_BUT), _RIGHT.format(told=_BUT_TOLD))
    )
    assert "the owners say two night guards are still missing." in untold
    assert _BUT not in untold


def test_what_follows_although_is_yellow_alone() -> None:
    untold = untold_sentences(
        compare_texts(_LEFT.format(joined=_THOUGH), _RIGHT.format(told=_THOUGH_TOLD))
    )
    assert "detectives found an empty petrol can beside the loading bay." in untold
    assert _THOUGH not in untold


def test_a_second_statement_the_other_tells_too_is_not_yellow() -> None:
    told = f"{_BUT_TOLD} Two night guards are still missing, the owners say."
    untold = untold_sentences(compare_texts(_LEFT.format(joined=_BUT), _RIGHT.format(told=told)))
    assert not [s for s in untold if "night guards" in s]
