"""A page's date is often stamped in another time zone than the place its story is told from.
An article datelined abroad ("TOKYO - ... today") tells its days by that place's clock, which
may run a day ahead of its page's stamp, so its relative day is not set against the day after
the stamp's; a post the page embeds counts its "this afternoon" from the date it signs itself
with. Days further apart still conflict, and without a dateline "yesterday" stays the day or
two before the page's date."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document
from tests.factories import conflict_texts


def _compare(left: str, right: str, dates: tuple[str, str]) -> list[tuple[set[str], set[str]]]:
    report = compare_documents(
        Document(source="left.txt", text=left, date=dates[0]),
        Document(source="right.txt", text=right, date=dates[1]),
    )
    return conflict_texts(report)


_QUAKE = (
    "{dateline}A strong earthquake struck northern Japan today, killing three people. The "
    "quake measured 6.8. Trains were halted."
)
_QUAKE_AGAIN = (
    "A magnitude 6.8 earthquake struck northern Japan on {day}, killing three people. Bullet "
    "trains were halted."
)
# A Monday page (6 May 2024) against a Tuesday one.
_PAGES = ("2024-05-06", "2024-05-07")


def test_today_datelined_tokyo_on_a_monday_page_may_be_tuesday_there() -> None:
    left = _QUAKE.format(dateline="TOKYO - ")
    assert not _compare(left, _QUAKE_AGAIN.format(day="Tuesday"), _PAGES)


def test_today_datelined_tokyo_on_a_monday_page_is_not_thursday() -> None:
    left = _QUAKE.format(dateline="TOKYO - ")
    assert ({"today"}, {"Thursday"}) in _compare(left, _QUAKE_AGAIN.format(day="Thursday"), _PAGES)


def test_today_without_a_dateline_on_a_monday_page_is_not_tuesday() -> None:
    left = _QUAKE.format(dateline="")
    assert ({"today"}, {"Tuesday"}) in _compare(left, _QUAKE_AGAIN.format(day="Tuesday"), _PAGES)


_POSTED = (
    "Police said the boy found the gun inside the apartment.\n\n"
    "Police: a boy fired a gun this afternoon inside an apartment, wounding his sister."
    "{signature}\n\n"
    "The girl is expected to survive."
)
_TOLD = (
    "A boy fired a gun inside an apartment Saturday afternoon, wounding his sister, police "
    "said. The girl is expected to survive."
)
# A Monday page (6 February 2017) against a Monday page.
_MONDAY_PAGES = ("2017-02-06", "2017-02-06")


def test_this_afternoon_in_a_post_counts_from_the_posts_own_date() -> None:
    left = _POSTED.format(signature=" - Dana Reed (@danareed) February 5, 2017")
    assert not _compare(left, _TOLD, _MONDAY_PAGES)


def test_this_afternoon_outside_a_post_counts_from_the_page() -> None:
    left = _POSTED.format(signature="")
    assert ({"this afternoon"}, {"Saturday afternoon"}) in _compare(left, _TOLD, _MONDAY_PAGES)
