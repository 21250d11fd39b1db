"""A journalist compares a British wire story that writes "Sixty-five per cent" with one that
writes "65%": the same share of traffic, so neither is shown as only in one article, while a
different share stays a conflict."""

from tests.factories import compare_stories, conflict_texts, yellow


def test_sixty_five_per_cent_in_words_agrees_with_65_percent_in_digits() -> None:
    report = compare_stories(
        "Sixty-five per cent of traffic to India was down, a spokesman said.",
        "65% of traffic to India was down, a spokesman said.",
    )
    assert yellow(report) == []
    assert conflict_texts(report) == []


def test_sixty_five_per_cent_against_40_percent_is_still_a_conflict() -> None:
    report = compare_stories(
        "Sixty-five per cent of traffic to India was down, a spokesman said.",
        "40% of traffic to India was down, a spokesman said.",
    )
    assert conflict_texts(report) == [({"Sixty-five per cent"}, {"40%"})]


def test_a_share_per_cent_the_other_never_gives_stays_only_in_one_article() -> None:
    report = compare_stories(
        "Traffic to India was cut, a spokesman said. Sixty-five per cent of it was lost.",
        "Traffic to India was cut, a spokesman said.",
    )
    assert "Sixty-five per cent" in yellow(report)
