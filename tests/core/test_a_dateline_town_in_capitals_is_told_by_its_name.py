"""A town a dateline sets in capitals ("EASTWOOD, Fla. --") is the town the other article writes
in ordinary case, even only inside the name of its sheriff's office ("according to the Eastwood
Sheriff's Office"): the capitals are the dateline's type, not another spelling, and no yellow
mark says the other article never names the town. A town the other article never writes stays
marked (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEFT = (
    "EASTWOOD, Fla. -- A 5-year-old girl was shot and killed inside an apartment on Saturday, "
    "police said."
)


def _right(source: str) -> str:
    return (
        "A 5-year-old girl was killed Saturday when a boy fired a gun inside an apartment, "
        f"according to {source}."
    )


def test_a_dateline_town_is_told_by_the_other_articles_sheriffs_office_of_that_town() -> None:
    report = compare_stories(LEFT, _right("the Eastwood Sheriff's Office"))
    assert "EASTWOOD" not in yellow(report), report.findings


def test_a_dateline_town_stays_marked_where_the_other_names_another_town() -> None:
    report = compare_stories(LEFT, _right("the Harlow Sheriff's Office"))
    assert "EASTWOOD" in yellow(report), report.findings
