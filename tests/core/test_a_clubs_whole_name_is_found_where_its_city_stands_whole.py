"""A club's halves join only where an article writes them together, the city as a word of its
own: found through an index of the article's words, never a scan of the whole text per pair."""

from __future__ import annotations

from desktop.core.findings.sport.club_halves import written_together

_TEXT = (
    "The Dallas Cowboys beat the Eagles. Fans of the Toronto Maple Leafs watched.\n"
    "In NewDallas Stars nobody plays. 'Frisco 49ers won."
)


def test_the_city_right_before_the_nickname_is_one_club() -> None:
    assert written_together("Dallas", "Cowboys", _TEXT)
    assert written_together("Toronto", "Leafs", _TEXT)  # one capitalised word between
    assert written_together("Toronto Maple", "Leafs", _TEXT)
    assert written_together("'Frisco", "49ers", _TEXT)  # a city that opens with a mark


def test_a_city_inside_a_longer_word_or_apart_from_the_nickname_is_no_club() -> None:
    assert not written_together("Dallas", "Stars", _TEXT)  # "NewDallas Stars"
    assert not written_together("Dallas", "Eagles", _TEXT)
    assert not written_together("Frisco", "Cowboys", _TEXT)
    assert not written_together("Dallas", "Cowboy", _TEXT)  # "Cowboys" goes on
