"""When the news is a decision made public, the day it was announced is the day of the event:
"the Interior Department on Thursday announced a change to the rules" / "announced major
changes Wednesday" date one announcement on two days. A day someone announced *that* something
happened ("police announced on Monday that ...") stays the day of a statement."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Rules for wildlife projects eased\n\nThe Interior Department on Thursday announced a "
    "change to the Endangered Species Act that lets agencies skip reviews by scientists.\n\n"
    "Environmental groups said they would sue.\n"
)


def _right(lead: str) -> str:
    return (
        f"Species protections cut\n\n{lead}\n\nThree groups filed a lawsuit in federal court, "
        "a lawyer for the groups said.\n"
    )


def _on_days(lead: str) -> list[tuple[set[str], set[str]]]:
    found = conflict_texts(compare_stories(_LEFT, _right(lead)))
    return [(a, b) for a, b in found if "Thursday" in a]


def test_two_days_for_one_announcement_conflict() -> None:
    lead = "Interior Secretary Dirk Kempthorne announced major changes Wednesday to the act."
    assert ({"Thursday"}, {"Wednesday"}) in _on_days(lead)


def test_the_same_day_for_one_announcement_is_no_conflict() -> None:
    assert not _on_days("Interior Secretary Dirk Kempthorne announced major changes Thursday.")


def test_a_day_someone_announced_that_something_happened_is_a_statements_day() -> None:
    lead = "Officials announced Wednesday that the act had been changed to ease reviews."
    assert not _on_days(lead)
