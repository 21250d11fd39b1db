"""A coach's words printed a little tidied by one outlet ("that" dropped, "could" for "can", a
word moved) are not his words as said: a misquote, but of low confidence, as the reporter's
tidying may explain it, and the reason quotes both wordings. A changed comma or capital, a cut at
an ellipsis or at the quote's end, and a figure in digits stay the same quote; a word that
carries a fact changed is a misquote outright.

All sentences are written for these tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind, MentionType
from tests.factories import compare_stories

OPENING = "The Harbor City Gulls lost their opening game 3-1 to Westfield on Saturday. "


def _quotes(left_words: str, right_words: str) -> list[Finding]:
    left = f'Gulls beaten\n\n{OPENING}"{left_words}," coach Dan Ivers said after the game.'
    right = f'Westfield win\n\n{OPENING}"{right_words}," Ivers told reporters.'
    report = compare_stories(left, right)
    return [f for f in report.findings if f.type is MentionType.QUOTE]


SAID = "We know that we can still win the league if the young players keep improving"


def test_a_filler_dropped_and_could_for_can_is_a_doubtful_misquote_quoting_both_wordings() -> (
    None
):
    tidied = "We know we could still win the league if the young players keep improving"

    (finding,) = _quotes(SAID, tidied)

    assert finding.kind is FindingKind.CONFLICT and finding.confidence < 0.5
    assert "reporter's tidying" in finding.reason
    assert "the left has 'can', the right 'could'" in finding.reason
    assert "'We know that we can still win the league" in finding.reason
    assert "'We know we could still win the league" in finding.reason


def test_two_words_swapped_are_a_doubtful_misquote_too() -> None:
    swapped = "We know that we can win still the league if the young players keep improving"

    (finding,) = _quotes(SAID, swapped)

    assert finding.kind is FindingKind.CONFLICT and finding.confidence < 0.5


def test_a_changed_word_that_carries_a_fact_is_a_misquote_outright() -> None:
    changed = "We know that we can still win the cup if the young players keep improving"

    (finding,) = _quotes(SAID, changed)

    assert finding.kind is FindingKind.CONFLICT and finding.confidence > 0.5
    assert "the left has 'league', the right 'cup'" in finding.reason
    assert "reporter's tidying" not in finding.reason


def test_commas_and_capitals_alone_stay_the_same_words() -> None:
    restyled = "We know that we can still win the League, if the young players keep improving"

    (finding,) = _quotes(SAID, restyled)

    assert finding.kind is FindingKind.AGREE and "same words" in finding.reason


def test_words_cut_at_an_ellipsis_stay_the_same_quote() -> None:
    cut = "We know that we can still win the league ... if the young players keep improving"

    (finding,) = _quotes(SAID + " every week", cut + " every week")

    assert finding.kind is FindingKind.AGREE


def test_a_quote_cut_short_at_its_end_stays_the_same_quote() -> None:
    (finding,) = _quotes(SAID + " or something", SAID)

    assert finding.kind is FindingKind.AGREE


def test_a_figure_in_digits_for_one_in_words_is_told_differently_not_a_misquote() -> None:
    left = "We need three more wins before the winter break to stay in the race for the title"
    right = "We need 3 more wins before the winter break to stay in the race for the title"

    (finding,) = _quotes(left, right)

    assert finding.kind is FindingKind.AGREE and "told a little differently" in finding.reason
