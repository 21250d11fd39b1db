"""A number word counting the noun after it is a count, though the model tag it a date ("Forty
firefighters were sent", a decade's word): it meets the other article's count of the noun."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Warehouse fire in Manchester\n\n"
    "More than 70 firefighters tackled a huge fire at a warehouse in the Trafford Park area of "
    "Manchester on Sunday.\n\n"
    "The blaze broke out at about 3 pm and sent black smoke across the city.\n"
)


def _right(count: str) -> str:
    return (
        "Black smoke over Manchester as warehouse burns\n\n"
        "Residents in Manchester were told to shut their windows on Sunday after a warehouse fire "
        "in Trafford Park sent a plume of black smoke across the city.\n\n"
        f"{count} firefighters were sent to the fire, which started at about 3 pm.\n"
    )


def test_forty_firefighters_clash_with_more_than_seventy() -> None:
    assert ({"More than 70"}, {"Forty"}) in conflict_texts(compare_stories(LEFT, _right("Forty")))


def test_eighty_firefighters_agree_with_more_than_seventy() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("Eighty"))) == []
