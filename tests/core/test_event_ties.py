"""Values about something else than the shared event are never set against its values: the
day of an arrest, the day a statement was made, a year's running tally, two people's ages."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.facts import Fact
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document, FindingKind, Report


def _analysis(text: str) -> Analysis:
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    return analysis


def _fact(analysis: Analysis, text: str) -> Fact:
    return next(f for f in analysis.facts if f.text == text)


def _compare(left: str, right: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=left), Document(source="right.txt", text=right)
    )


def test_the_day_of_an_arrest_is_never_a_conflict_with_the_day_of_the_shooting() -> None:
    analysis = _analysis(
        "A man was arrested on Monday. He was charged Tuesday with murder. He was convicted in "
        "June 1998."
    )
    assert not _fact(analysis, "June 1998").other_event
    assert _fact(analysis, "Monday").other_event
    assert _fact(analysis, "Tuesday").other_event
    report = _compare(
        "A teenager was shot dead on Saturday in Elm Hollow, police said.",
        "A man was arrested on Monday in the death of a teenager in Elm Hollow.",
    )
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_a_day_far_from_the_arrest_verb_stays_the_shootings_day() -> None:
    analysis = _analysis(
        "He was arrested in connection with the shooting death of a boy at a home in "
        "Elm Hollow on March 18."
    )
    assert not _fact(analysis, "March 18").other_event


def test_the_day_police_spoke_on_saturday_night_dates_the_statement_not_the_event() -> None:
    analysis = _analysis("The chief said Saturday night that the shooting was an accident.")
    assert _fact(analysis, "Saturday night").said_on


def test_a_running_tally_for_the_year_is_not_a_count_of_this_shooting() -> None:
    analysis = _analysis("Police said 412 people have been shot in the city so far this year.")
    assert _fact(analysis, "412").other_event
    assert not _fact(_analysis("Police said 4 people were shot on Sunday."), "4").other_event


def test_a_bare_figure_between_commas_after_a_person_noun_is_an_age_not_a_count() -> None:
    analysis = _analysis("Two men, 25 and 30, were shot. A woman, 24, was hurt in the leg.")
    for age in ("25", "30"):
        assert _fact(analysis, age).slot == {"age": 1.0}
    # One woman: the age is hers, as "a 24-year-old woman" would be.
    assert _fact(analysis, "24").slot == {"age": 1.0, "woman": 1.0}
    counted = _analysis("Police arrested 24 people, 3 of them women.")
    assert _fact(counted, "3").slot.get("age", 0.0) < 1.0


def test_an_unnamed_womans_age_never_clashes_with_a_count_of_men() -> None:
    report = _compare(
        "Two men were shot in their heads near the park on Sunday, police said.",
        "A woman, 24, was shot near the park on Sunday, police said.",
    )
    clashes = [
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and any(s.text == "24" for s in f.right)
    ]
    assert not clashes


def test_a_weekday_written_months_later_is_never_set_against_the_shootings_weekday() -> None:
    report = compare_documents(
        Document(
            source="left.txt",
            text="Police responded to a home in Elm Hollow at about 5 p.m. Saturday.",
            date="2015-10-18",
        ),
        Document(
            source="right.txt",
            text="A girl shot at a home in Elm Hollow died Sunday in hospital.",
            date="2016-01-19",
        ),
    )
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_an_embedded_posts_date_is_when_it_was_said_and_dates_nothing() -> None:
    analysis = _analysis(
        "A boy was shot on Saturday. \u2014 Dana Reed (@danareed) February 5, 2017\n\nMore text."
    )
    posted = _fact(analysis, "February 5, 2017")
    assert posted.weak and posted.date is None
    assert _fact(analysis, "Saturday").date is not None


def test_the_family_speaking_to_reporters_on_wednesday_dates_a_statement() -> None:
    analysis = _analysis("The family spoke to reporters on Wednesday about the girl.")
    assert _fact(analysis, "Wednesday").said_on


def test_a_tip_line_phone_number_is_never_a_figure_to_compare() -> None:
    analysis = _analysis(
        "Anyone with information can call 319-286-5491 or (501) 555-0142. Two men were hurt."
    )
    texts = {f.text for f in analysis.facts}
    assert not {"319-286-5491", "501", "555", "286"} & texts
    assert "Two" in texts


def test_a_separate_shooting_told_in_passing_keeps_its_own_day_and_toll() -> None:
    analysis = _analysis(
        "In a separate shooting on Sunday, two men were hurt. Three people were shot on Friday, "
        "and police said an earlier incident was unrelated."
    )
    assert _fact(analysis, "Sunday").other_event and _fact(analysis, "two").other_event
    assert not _fact(analysis, "Friday").other_event
    assert not _fact(analysis, "Three").other_event
    elsewhere = _analysis("Elsewhere, a 5-year-old boy was shot on Tuesday.")
    assert _fact(elsewhere, "Tuesday").other_event
