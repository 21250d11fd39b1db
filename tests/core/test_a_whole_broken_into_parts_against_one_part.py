"""A whole its own sentence breaks into parts that add up to it ("The Z4 has 14 cores: six fast
cores ... and eight efficient cores") against the other article's count of one part ("eight
efficiency cores"): the other article tells a part, not another size of the whole
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts


def _chip(sentence: str) -> str:
    return (
        "Quarrin unveils the Z4 laptop chip\n\n"
        "Chip maker Quarrin on Tuesday unveiled the Z4, a processor for thin laptops. "
        f"{sentence} The Z4 will reach shops in May."
    )


def test_one_part_is_no_other_size_of_the_whole() -> None:
    left = _chip(
        "The Z4 has 14 cores: six fast cores that run at up to 5.1 gigahertz and eight "
        "efficient cores that run at up to 3.6 gigahertz."
    )
    right = _chip("The chip pairs six performance cores, which reach 5.1 GHz, with eight cores.")
    assert ({"14"}, {"eight"}) not in conflict_texts(compare(left, right))


def test_another_size_of_the_whole_still_clashes() -> None:
    left = _chip(
        "The Z4 has 14 cores: six fast cores that run at up to 5.1 gigahertz and eight "
        "efficient cores that run at up to 3.6 gigahertz."
    )
    right = _chip("The Z4 has 12 cores, which reach 5.1 GHz.")
    assert ({"14"}, {"12"}) in conflict_texts(compare(left, right))
