"""A sentence both articles tell may hold a clause only one of them reports: "The blaze spread
quickly through the store as the flames were fanned by high winds" beside "The blaze spread
quickly through the whole store within minutes". The clause that reports its own happening,
with no word, name or figure of the other article, is yellow alone; told in other words, or a
description rather than a happening, it stays unmarked."""

from __future__ import annotations

from tests.factories import compare_texts, untold_sentences

_FIRE = (
    "A fire destroyed a furniture store in Millbrook on Sunday night.\n\n"
    "{spread}\n\n"
    "Firefighters from three towns fought the fire for six hours."
)
_WINDS = "as the flames were fanned by high winds"
_FIRE_LEFT = _FIRE.format(spread=f"The blaze spread quickly through the store {_WINDS}.")


def _fire_right(spread: str) -> str:
    return _FIRE.format(spread=spread).replace("fought the fire", "worked through the night")


def test_the_wind_only_one_report_gives_is_yellow_inside_the_told_spread_of_the_fire() -> None:
    right = _fire_right("The blaze spread quickly through the whole store within minutes.")
    untold = untold_sentences(compare_texts(_FIRE_LEFT, right))
    assert _WINDS in untold
    assert not [s for s in untold if "spread quickly" in s]


def test_the_wind_told_with_the_same_word_stays_unmarked() -> None:
    right = _fire_right("The blaze spread quickly through the store, driven on by strong winds.")
    assert not [s for s in untold_sentences(compare_texts(_FIRE_LEFT, right)) if "winds" in s]


def test_the_wind_told_in_another_sentence_stays_unmarked() -> None:
    right = _fire_right("The blaze spread quickly through the whole store within minutes.")
    right = right.replace("six hours.", "six hours as high winds fanned the blaze.")
    assert not [s for s in untold_sentences(compare_texts(_FIRE_LEFT, right)) if "winds" in s]


_CRASH = (
    "A van and a lorry collided on the A40 near Witney early on Tuesday, police said.\n\n"
    "{driver}\n\n"
    "The road was closed for six hours while officers examined the scene."
)
_STABLE = "where he remains in a stable condition"


def test_the_drivers_condition_after_the_told_trip_to_hospital_is_yellow() -> None:
    left = _CRASH.format(driver=f"The lorry driver was taken to hospital, {_STABLE}.")
    right = _CRASH.format(driver="The lorry driver was taken to hospital.")
    assert _STABLE in untold_sentences(compare_texts(left, right))


def test_the_drivers_condition_told_by_a_doctor_stays_unmarked() -> None:
    left = _CRASH.format(driver=f"The lorry driver was taken to hospital, {_STABLE}.")
    right = _CRASH.format(driver="The lorry driver was taken to hospital, where he is stable.")
    assert not [s for s in untold_sentences(compare_texts(left, right)) if "stable" in s]


def test_a_description_of_the_driver_reports_no_happening_and_stays_unmarked() -> None:
    description = "a retired school teacher from a nearby village"
    left = _CRASH.format(driver=f"The van driver, {description}, was taken to hospital.")
    right = _CRASH.format(driver="The van driver was taken to hospital.")
    assert not [s for s in untold_sentences(compare_texts(left, right)) if "teacher" in s]


def test_the_wind_told_in_a_sentence_of_its_own_words_stays_unmarked() -> None:
    right = _fire_right("The blaze spread quickly through the whole store within minutes.")
    right += "\n\nThe wind was blowing hard all evening."
    assert not [s for s in untold_sentences(compare_texts(_FIRE_LEFT, right)) if "winds" in s]


def test_the_wind_told_as_a_storm_inside_the_long_partner_sentence_stays_unmarked() -> None:
    spread = (
        "The blaze spread quickly through the store and destroyed the stock of sofas, beds and "
        "tables on the upper floor while a storm raged outside."
    )
    right = _fire_right(spread)
    assert not [s for s in untold_sentences(compare_texts(_FIRE_LEFT, right)) if "winds" in s]
