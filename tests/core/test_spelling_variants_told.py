"""One word in two spellings is one word: a sentence that says "protestor" tells what one saying
"protesters" tells ("During the unrest, one protestor threw a petrol bomb" / "running battles
with protesters ... hurled petrol bombs"), as "centre" tells "center" and "defence" "defense".
A sentence the other article does not tell stays one-sided whatever its spelling."""

from __future__ import annotations

from desktop.core.extraction.facts import slot_word
from tests.factories import compare_texts, untold_sentences

_LEFT = (
    "Riots in the capital\n\n"
    "Thousands marched on parliament on Wednesday as a general strike shut the capital. "
    "During the unrest, one protestor {did}."
)
_RIGHT = (
    "Strike turns violent\n\n"
    "Thousands of striking workers marched on parliament on Wednesday. "
    "Police fought running battles with protesters in the streets. "
    "Hooded youths hurled petrol bombs at shops."
)


def test_british_and_american_spellings_are_one_word() -> None:
    assert slot_word("protestor") == slot_word("protester")
    assert slot_word("centre") == slot_word("center")
    assert slot_word("defence") == slot_word("defense")


def test_a_protestor_with_a_petrol_bomb_is_told_by_protesters_with_petrol_bombs() -> None:
    report = compare_texts(_LEFT.format(did="threw a petrol bomb"), _RIGHT)
    assert "During the unrest, one protestor threw a petrol bomb." not in untold_sentences(report)


def test_a_protestor_doing_something_the_other_never_tells_stays_one_sided() -> None:
    did = "climbed onto the roof of the national museum"
    report = compare_texts(_LEFT.format(did=did), _RIGHT)
    assert f"During the unrest, one protestor {did}." in untold_sentences(report)
