"""A bound the parser leaves outside a figure still bounds it: "less than 25 km (15 miles)"."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

_HEAD = "Refugee camp bombed\n\n"


def test_a_camp_less_than_25_km_away_agrees_with_a_camp_10_miles_away() -> None:
    # The tagger reads "25 km" here, without "less than": read bare, the camp lies 15 miles off
    # and clashes with the other article's 10 miles, which "less than 15 miles" allows.
    left = _HEAD + "The camp lies less than 25 km (15 miles) from the border with Sudan.\n"
    right = _HEAD + "The camp lies 10 miles (15 kilometers) south of the border with Sudan.\n"
    assert conflict_texts(compare_stories(left, right)) == []


def test_a_camp_less_than_25_km_away_still_clashes_with_one_30_miles_away() -> None:
    left = _HEAD + "The camp lies less than 25 km (15 miles) from the border with Sudan.\n"
    right = _HEAD + "The camp lies 30 miles from the border with Sudan.\n"
    texts = conflict_texts(compare_stories(left, right))
    assert ({"less than 25 km"}, {"30 miles"}) in texts, texts


def test_a_bound_the_tagger_read_as_a_figure_of_its_own_still_bounds_the_distance() -> None:
    # Here the tagger makes "less than" a figure and misses "25 km" altogether.
    left = (
        _HEAD + "There were no immediate reports of any casualties at the camp, less than 25 km "
        "(15 miles) from the border with Sudan.\n"
    )
    right = (
        _HEAD + "The violence in and near the camp, located 10 miles (15 kilometers) south of "
        "the border, came one day after bombings were reported.\n"
    )
    assert conflict_texts(compare_stories(left, right)) == []


def test_as_many_as_20_years_agrees_with_up_to_20_years() -> None:
    # The tagger makes "as many as" a figure and misses "20 years"; read as the bare "20", the
    # term had no unit and both articles' maximum terms were marked one-sided.
    head = "Mayor charged with bribery\n\n"
    left = head + "The mayor faces up to 20 years in prison if convicted, prosecutors said.\n"
    right = (
        head + "If convicted, the mayor could get as many as 20 years behind bars, prosecutors "
        "said.\n"
    )
    report = compare_stories(left, right)
    assert "as many as 20 years" not in yellow(report)
    assert "up to 20 years" not in yellow(report)
