"""Headline grammar puts the future as a bare "to": "DeGeneres to host Oscars in 2014" tells what
will happen, so its year dates a step still to come, never the year she hosted before."""

from __future__ import annotations

from desktop.core.datetimes.coming_steps import coming_or_serial_day
from desktop.core.extraction.pipeline import load_pipeline


def days_to_come(text: str) -> dict[str, bool]:
    parsed = load_pipeline().nlp(text)
    return {e.text: coming_or_serial_day(e) for e in parsed.ents if e.label_ == "DATE"}


def test_a_headline_to_host_in_2014_is_a_year_still_to_come() -> None:
    assert days_to_come("Ellen DeGeneres to host Oscars in 2014") == {"2014": True}


def test_a_headline_to_visit_on_friday_is_a_day_still_to_come() -> None:
    assert days_to_come("Obama to visit Berlin on Friday") == {"Friday": True}


def test_a_past_hosting_and_a_wish_in_the_past_are_not_to_come() -> None:
    assert days_to_come("She hosted the show in 2007.") == {"2007": False}
    assert days_to_come("He wanted to host the show in 2007.") == {"2007": False}


def test_a_sentencing_that_is_to_come_is_a_day_still_to_come() -> None:
    # "be" with a to-infinitive tells an arrangement, as "will" does.
    assert days_to_come("The man is to be formally sentenced on May 3.") == {"May 3": True}
    assert days_to_come("The two leaders are to meet on Friday.") == {"Friday": True}


def test_a_sentencing_that_was_held_or_a_wish_to_be_heard_is_not_to_come() -> None:
    assert days_to_come("The man was formally sentenced on May 3.") == {"May 3": False}
    assert days_to_come("The lawyer seemed to be ready on May 3.") == {"May 3": False}
