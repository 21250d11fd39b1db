"""A year that names a thing ("the 2005 entry", "the 2004 tsunami") dates that thing only: it tells
no other day of that year."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_HEAD = "Jeffs convicted\n\n"
_LEFT = (
    _HEAD + "Jeffs was convicted on Thursday. An agent testified that Jeffs ordered the "
    "destruction of discs three days after an arrest warrant was issued for him on June 10, 2005.\n"
)


def test_a_warrant_dated_june_10_2005_is_one_sided_beside_the_2005_diary_entry() -> None:
    right = (
        _HEAD + 'Jeffs was convicted on Thursday. The 2005 entry says: "If the world knew what '
        'I was doing, they would hang me."\n'
    )
    assert "June 10, 2005" in yellow(compare_stories(_LEFT, right))


def test_the_warrant_day_is_told_by_the_other_articles_plain_2005() -> None:
    right = (
        _HEAD + "Jeffs was convicted on Thursday. A warrant for his arrest was issued in 2005.\n"
    )
    assert "June 10, 2005" not in yellow(compare_stories(_LEFT, right))
