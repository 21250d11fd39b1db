"""Details inside a statement both articles tell, which the other article gives at another
precision or in another form: no yellow mark says it does not report them."""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_a_birthplace_city_is_told_by_its_state_in_the_matching_sentence() -> None:
    report = compare_texts(
        "Pin-up model dies\n\nThe model was born in Nashville, Tennessee on April 22, 1923, and "
        "grew up poor.",
        "Pin-up model dies\n\nThe model was born to a poor family in Tennessee on April 22, 1923.",
        "2008-12-12",
    )
    assert "Nashville" not in yellow(report), yellow(report)


def test_a_city_stays_one_sided_when_the_other_side_names_its_state_elsewhere() -> None:
    report = compare_texts(
        "Pin-up model dies\n\nThe model was born in Nashville on April 22, 1923. She died in "
        "a hospital on Thursday.",
        "Pin-up model dies\n\nThe model was born in 1923. She moved to Tennessee as a girl and "
        "died in a hospital on Thursday.",
        "2008-12-12",
    )
    assert "Nashville" in yellow(report), yellow(report)


def test_a_city_stays_one_sided_when_the_matching_sentence_names_places_apart() -> None:
    report = compare_texts(
        "Quake hits Iran\n\nThe quake shook several cities across the gulf. There were no "
        "reported injuries in Dubai after the quake.",
        "Quake hits Iran\n\nThe quake was felt across the gulf. There were reported injuries in "
        "Oman and the United Arab Emirates after the quake.",
        "2008-09-10",
    )
    assert "Dubai" in yellow(report), yellow(report)
