"""Two models of one line, each given its own figures: "The T5 Pro costs $899 ... and weighs 19
kilograms" / "The T5 weighs 15 kilograms" weigh two scooters, not one scooter two ways. "Pro"
after the line's name names the model with it, and an article that gives figures to "the T5" and
to "the T5 Pro" apart does not mean the one by the other (hand-written texts; two lines, as the
tagger reads their names differently)."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts


def _left(line: str) -> str:
    return (
        "Ostra launches two electric scooters\n\n"
        f"Scooter maker Ostra on Thursday launched two electric scooters, the {line} and the "
        f"{line} Pro. The {line} costs $649 and has a top speed of 25 kilometres an hour. "
        f"The {line} Pro costs $899, goes 70 kilometres on a charge and weighs 19 kilograms."
    )


def _right(line: str, last: str) -> str:
    return (
        f"Ostra unveils {line} scooters\n\n"
        f"Scooter maker Ostra unveiled its {line} and {line} Pro models on Thursday. "
        f"The {line} Pro, priced at $899, can travel 70 kilometres before it needs charging, "
        f"while the cheaper {line} sells for $649. {last}"
    )


@pytest.mark.parametrize("line", ["T5", "K5"])
def test_the_two_models_weights_do_not_clash(line: str) -> None:
    right = _right(line, f"The {line} weighs 15 kilograms.")
    assert conflict_texts(compare(_left(line), right)) == []


@pytest.mark.parametrize("line", ["T5", "K5"])
def test_two_weights_of_one_model_still_clash(line: str) -> None:
    right = _right(line, f"The {line} Pro weighs 15 kilograms.")
    assert ({"19 kilograms"}, {"15 kilograms"}) in conflict_texts(compare(_left(line), right))
