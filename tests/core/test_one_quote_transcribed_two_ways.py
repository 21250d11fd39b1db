"""A coach's words taken down by two reporters: the "not" heard on "feel" or on the clause
below it, a pointing pronoun rendered "it" or "that", an opening "And" one outlet keeps where the
other quotes an apology before it. Each is one quote told a little differently, never a misquote;
a "not" one side drops, a "not" moved off a verb of saying, or a changed noun still is."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories


def _quote_kinds(report: Report) -> list[FindingKind]:
    return [f.kind for f in report.findings if f.type is MentionType.QUOTE]


def _story(quote: str) -> str:
    return (
        "Hawks fire coach Dan Weller\n\n"
        "The Hawks fired head coach Dan Weller on Tuesday after a 9-14 start. "
        f'"{quote}," Weller said.'
    )


LEFT_NEGATION = _story("I didn't feel on the court we were playing the way we wanted to play")
LEFT_POINTER = _story("This is about the future of the club and with it the future of the city")
LEFT_AND = _story("And I just wanted to say that I will not forget the fans of this city")


def test_a_not_heard_on_feel_or_on_the_clause_below_it_is_one_quote() -> None:
    right = _story("I feel on the court we weren't playing the way we want to play")
    report = compare_stories(LEFT_NEGATION, right)

    assert FindingKind.CONFLICT not in _quote_kinds(report)
    assert FindingKind.AGREE in _quote_kinds(report)


def test_a_not_one_reporter_drops_is_still_a_misquote() -> None:
    right = _story("I feel on the court we were playing the way we want to play")
    assert FindingKind.CONFLICT in _quote_kinds(compare_stories(LEFT_NEGATION, right))


def test_a_not_moved_off_a_verb_of_saying_is_still_a_misquote() -> None:
    left = _story("I didn't say on the court we were playing the way we wanted to play")
    right = _story("I said on the court we weren't playing the way we want to play")
    assert FindingKind.CONFLICT in _quote_kinds(compare_stories(left, right))


def test_it_or_that_pointing_back_is_one_quote() -> None:
    right = _story("This is about the future of the club and with that the future of the city")
    report = compare_stories(LEFT_POINTER, right)

    assert FindingKind.CONFLICT not in _quote_kinds(report)
    assert FindingKind.AGREE in _quote_kinds(report)


def test_another_noun_in_place_of_the_pronoun_is_still_a_misquote() -> None:
    right = _story("This is about the future of the club and with the team the future of the city")
    assert FindingKind.CONFLICT in _quote_kinds(compare_stories(LEFT_POINTER, right))


def test_an_opening_and_against_an_apology_quoted_before_is_one_quote() -> None:
    right = _story("I am sorry. I just want to say that I will not forget the fans of this city")
    report = compare_stories(LEFT_AND, right)

    assert FindingKind.CONFLICT not in _quote_kinds(report)
    assert FindingKind.AGREE in _quote_kinds(report)


def test_an_opening_word_that_says_something_is_still_a_misquote() -> None:
    right = _story("Never. I just want to say that I will forget the fans of this city")
    assert FindingKind.CONFLICT in _quote_kinds(compare_stories(LEFT_AND, right))
