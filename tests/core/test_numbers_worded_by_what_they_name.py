"""A journalist reads why two near-copies of a shooting report conflict. A case number, an
apartment's number, a shotgun's gauge and a car's model year are not counts: the reason quotes
them as the articles write them ("case 24-1133", "Apt. 4", "12-gauge", "2004 Honda Civic") and
says what they name, not "Different figures for the same thing: '1133' / '1190'".

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories, conflicts

_HEAD = "Man shot overnight\n\n"


def _reasons(left: str, right: str) -> list[str]:
    def report(sentence: str) -> str:
        return f"{_HEAD}{sentence}\n\nHe was taken to a hospital in stable condition."

    return [f.reason for f in conflicts(compare_stories(report(left), report(right)))]


def test_two_case_numbers_are_quoted_whole_with_the_word_case() -> None:
    reasons = _reasons(
        "Police said the shooting is being investigated as case 24-1133.",
        "Police said the shooting is being investigated as case 24-1190.",
    )
    assert len(reasons) == 1, reasons
    assert reasons[0].startswith("The left says 'case 24-1133', the right 'case 24-1190'"), reasons
    assert "one case" in reasons[0], reasons


def test_two_numbers_of_an_apartment_name_the_apartment() -> None:
    reasons = _reasons(
        "A man was shot in Apt. 4 on Tuesday night, police said.",
        "A man was shot in Apt. 12 on Tuesday night, police said.",
    )
    assert len(reasons) == 1, reasons
    assert "'Apt. 4'" in reasons[0] and "'Apt. 12'" in reasons[0], reasons
    assert "apartment" in reasons[0] and "Different figures" not in reasons[0], reasons


def test_two_gauges_of_a_shotgun_are_named_gauges() -> None:
    reasons = _reasons(
        "A man was shot with a 12-gauge shotgun on Tuesday night, police said.",
        "A man was shot with a 20-gauge shotgun on Tuesday night, police said.",
    )
    assert len(reasons) == 1, reasons
    assert "'12-gauge'" in reasons[0] and "'20-gauge'" in reasons[0], reasons
    assert "gauges" in reasons[0], reasons


def test_two_model_years_of_a_car_are_named_model_years() -> None:
    reasons = _reasons(
        "The gunman fled in a 2004 Honda Civic on Tuesday night, police said.",
        "The gunman fled in a 2006 Honda Civic on Tuesday night, police said.",
    )
    assert len(reasons) == 1, reasons
    assert "'2004 Honda Civic'" in reasons[0] and "'2006 Honda Civic'" in reasons[0], reasons
    assert "model years" in reasons[0] and "Different dates" not in reasons[0], reasons


def test_a_year_a_carmaker_did_something_is_no_model_year() -> None:
    reasons = _reasons(
        "Police said that in 2004 Honda sold the lot where the man was shot on Tuesday night.",
        "Police said that in 2006 Honda sold the lot where the man was shot on Tuesday night.",
    )
    assert all("model year" not in reason for reason in reasons), reasons
