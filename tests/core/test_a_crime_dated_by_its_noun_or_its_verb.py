"""A fact-checker compares two reports of an arrest in an old double killing: one says the man is
accused of "murdering two girls at a roadside diner in 1971", the other that he was charged in
"the 1972 slayings of two girls". The year before "slayings" says when the killing was done, as
the year on "murdering" does: two years for one killing are a conflict. The same year, another
kind of happening ("the 1972 robbery"), and an article that dates two killings stay as they
were."""

from tests.factories import compare_stories, conflict_texts

_ARREST = (
    "Arrest in old killings\n\nPolice on Friday arrested a 63-year-old man in Dunmore. He is "
    "accused of {deed} at a roadside diner in 1971."
)
_CHARGE = (
    "Suspect held\n\nA 63-year-old man has been charged in the {label} of two girls at a diner "
    "near Dunmore, police said on Friday."
)


def _year_conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return [
        (lefts, rights)
        for lefts, rights in conflict_texts(compare_stories(left, right))
        if any(t.isdigit() for t in lefts | rights)
    ]


def test_a_killing_dated_on_its_verb_and_by_a_year_before_its_noun_conflicts() -> None:
    found = _year_conflicts(
        _ARREST.format(deed="murdering two girls"), _CHARGE.format(label="1972 slayings")
    )
    assert ({"1971"}, {"1972"}) in found


def test_the_same_year_on_the_verb_and_before_the_noun_is_no_conflict() -> None:
    found = _year_conflicts(
        _ARREST.format(deed="murdering two girls"), _CHARGE.format(label="1971 slayings")
    )
    assert found == []


def test_a_year_before_another_kind_of_happening_dates_no_killing() -> None:
    found = _year_conflicts(
        _ARREST.format(deed="murdering two girls"), _CHARGE.format(label="1972 robbery")
    )
    assert found == []


def test_an_article_dating_two_killings_settles_no_one_year() -> None:
    found = _year_conflicts(
        _ARREST.format(deed="murdering two girls")
        + " He was also suspected of killing a hitchhiker in 1975.",
        _CHARGE.format(label="1972 slayings"),
    )
    assert found == []
