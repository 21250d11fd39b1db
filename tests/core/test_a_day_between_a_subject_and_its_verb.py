"""A fact-checker compares two reports of a sentencing: one says "A judge sentenced Carl Boyd to
life in prison on Saturday", the other, in the wire's word order, "A judge on Monday sentenced the
man who killed four people". The day set between the subject and its verb dates the verb, not
the judge: two days for one sentencing are a conflict. The same day told both ways agrees, and a
day that dates another deed ("Police on Monday arrested ...") sets nothing against the
sentencing."""

from tests.factories import compare_stories, day_conflicts

_LEFT = (
    "Boyd sentenced\n\nA judge sentenced Carl Boyd to life in prison on Saturday for the "
    "courthouse shootings."
)


def test_a_day_between_the_judge_and_sentenced_dates_the_sentencing() -> None:
    report = compare_stories(
        _LEFT,
        "Life for gunman\n\nA judge on Monday sentenced the man who killed four people in a "
        "courthouse to multiple life terms.",
    )
    assert ({"Saturday"}, {"Monday"}) in day_conflicts(report)


def test_the_same_day_between_the_judge_and_sentenced_is_no_conflict() -> None:
    report = compare_stories(
        _LEFT,
        "Life for gunman\n\nA judge on Saturday sentenced the man who killed four people in a "
        "courthouse to multiple life terms.",
    )
    assert day_conflicts(report) == []


def test_a_day_between_police_and_arrested_dates_the_arrest_not_the_sentencing() -> None:
    report = compare_stories(
        _LEFT,
        "Gunman held\n\nPolice on Monday arrested the man who killed four people in a courthouse. "
        "He has not yet been charged.",
    )
    assert day_conflicts(report) == []
