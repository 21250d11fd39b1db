"""A journalist compares two wire stories that count in millions and in words of magnitude:
"2m users" is two million users, "millions of computers" is told by it, and "scores of languages"
is the same fact as "around 50 languages", so none of them is shown as only in one article."""

from tests.factories import compare_stories, conflict_texts, yellow


def test_two_million_users_written_2m_is_told_by_millions_of_computers() -> None:
    report = compare_stories(
        "The worm has attacked over 2m Windows users, the firm said on Tuesday.",
        "The worm has infected millions of computers already, the firm said on Tuesday.",
    )
    assert yellow(report) == []
    assert conflict_texts(report) == []


def test_2m_users_against_3_million_users_is_a_conflict_of_counts() -> None:
    report = compare_stories(
        "The worm has attacked 2m users, the firm said on Tuesday.",
        "The worm has attacked 3 million users, the firm said on Tuesday.",
    )
    assert conflict_texts(report) == [({"2m"}, {"3 million"})]


def test_a_2m_wall_is_still_two_metres() -> None:
    report = compare_stories(
        "The builders put up a 2m wall around the site on Tuesday, the firm said.",
        "The builders put up a 2-metre wall around the site on Tuesday, the firm said.",
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_scores_of_languages_tells_around_50_languages() -> None:
    report = compare_stories(
        "The patch is available in around 50 languages, Microsoft said on Tuesday.",
        "The patch is available in scores of languages, Microsoft said on Tuesday.",
    )
    assert yellow(report) == []
    assert conflict_texts(report) == []


def test_scores_of_languages_against_around_12_is_still_a_conflict() -> None:
    report = compare_stories(
        "The patch is available in scores of languages, Microsoft said on Tuesday.",
        "The patch is available in around 12 languages, Microsoft said on Tuesday.",
    )
    assert len(conflict_texts(report)) == 1


def test_millions_of_computers_against_12000_is_a_conflict() -> None:
    report = compare_stories(
        "The worm has infected millions of computers already, the firm said on Tuesday.",
        "The worm has infected 12,000 computers already, the firm said on Tuesday.",
    )
    assert conflict_texts(report) == [({"millions"}, {"12,000"})]
