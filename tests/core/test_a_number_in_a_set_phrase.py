"""A number word inside a set phrase counts nothing: "threw a pick six" is an interception run
back for a touchdown, "the zero-day flaw" one no fix exists for. Neither is a figure only one
article gives; the same number word counting something stays a figure."""

from __future__ import annotations

from tests.factories import compare_stories, yellow


def test_a_pick_six_is_no_figure_the_other_article_lacks() -> None:
    report = compare_stories(
        "Colts win\n\nButler returned an interception 32 yards for a touchdown.\n",
        "Colts win\n\nQuinn threw a pick six to Butler, who returned it 32 yards.\n",
    )
    assert "six" not in yellow(report), yellow(report)


def test_six_passes_only_one_article_counts_stay_its_own() -> None:
    report = compare_stories(
        "Colts win\n\nButler returned an interception 32 yards for a touchdown.\n",
        "Colts win\n\nQuinn threw six passes to Butler, who returned one 32 yards.\n",
    )
    assert "six" in yellow(report), yellow(report)


def test_a_zero_day_flaw_is_no_span_of_days() -> None:
    report = compare_stories(
        "Patch\n\nThe rush shows the severe danger of the flaw in the browser.\n",
        "Patch\n\nThe rush shows the seriousness of the zero-day flaw in the browser.\n",
    )
    assert not any("zero" in words for words in yellow(report)), yellow(report)


def test_six_players_a_team_will_pick_stay_a_count() -> None:
    report = compare_stories(
        "Draft\n\nThe Chiefs hold the first pick in the draft.\n",
        "Draft\n\nThe Chiefs hold the first pick, and they will pick six players in all.\n",
    )
    assert "six" in yellow(report), yellow(report)
