"""A fire "overnight Friday" and "Friday night's fire" are one time told two ways: a night runs
over two dates, and "overnight" told with a day may be the night that ends it or the night that
follows it, so it shares hours with "Friday night" and no conflict is shown. A fire "early
Friday", in the small hours before Friday's day began, still differs from Friday night
(hand-written texts, pages without a date)."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Investigators now suspect arson is to blame for Friday night's fire at the Elm Street "
    "church, where the mayor and her family worship."
)


def _right(when: str) -> str:
    return (
        f"A fire {when} at the Elm Street church caused an estimated $1 million in damage, and "
        "investigators say it could be arson."
    )


def test_an_overnight_fire_friday_is_friday_nights_fire() -> None:
    report = compare_texts(_LEFT, _right("overnight Friday"))
    assert not [c for c in conflict_texts(report) if "Friday night" in c[0]], report.findings


def test_a_fire_early_friday_is_not_friday_nights() -> None:
    report = compare_texts(_LEFT, _right("early Friday"))
    assert ({"Friday night"}, {"early Friday"}) in conflict_texts(report), report.findings
