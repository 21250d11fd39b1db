"""A place that says where a company is based ("The Tokyo-based company said") is not where the
story happens: an article that opens with it does not tell the story in another country than an
article set in Malaysia, while an opening that puts the event in Tokyo still conflicts with one
that puts it in Malaysia (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, place_conflicts

MALAYSIA = (
    "Sony console cheaper from Monday\n\n"
    "Sony has cut the price of its PlayStation console by a quarter from Monday.\n\n"
    "The console will sell for 1,299 ringgit in Malaysia, the company said.\n\n"
    "Shoppers in Malaysia have waited for a cheaper console, and stores in Malaysia expect a "
    "rush.\n"
)


def price_cut(where: str) -> str:
    return (
        "Sony cuts price of its game console\n\n"
        f"Sony on Monday cut the price of its PlayStation console by a quarter{where}.\n\n"
        "The Tokyo-based company said the console would now sell for $299 in stores.\n\n"
        "Sony said sales had fallen in the past year.\n"
    )


def test_the_town_a_company_is_based_in_does_not_place_the_story() -> None:
    assert place_conflicts(compare_stories(price_cut(""), MALAYSIA)) == []


def test_an_opening_that_sets_the_event_in_tokyo_still_conflicts_with_malaysia() -> None:
    report = compare_stories(price_cut(" at an event in Tokyo"), MALAYSIA)
    assert ({"Tokyo"}, {"Malaysia"}) in place_conflicts(report)
