"""A committee named after its chamber ("the House Natural Resources Committee") is one part of
that chamber, not the chamber named in full: an article that names only "the House" has not told
the committee, so the committee keeps its "only in one" mark. A body named in full and by a
shorter form that keeps its head word ("the Russian Defense Ministry" / "the Defense Ministry")
is still one body."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, yellow

_VOTE = "The House will vote on the land bill on Friday."


def test_a_house_committee_is_not_the_house_the_other_article_names() -> None:
    left = (
        "Rep. Nick Rahall, who chairs the House Natural Resources Committee, backed the land "
        f"bill. {_VOTE}"
    )
    report = compare_texts(left, _VOTE)
    assert "House Natural Resources Committee" in yellow(report)
    assert ({"House Natural Resources Committee"}, {"House"}) not in agreed_texts(report)


def test_a_ministry_named_without_its_country_is_still_that_ministry() -> None:
    left = "The Russian Defense Ministry said the drill ended on Friday."
    right = "The Defense Ministry said the drill ended on Friday."
    report = compare_texts(left, right)
    assert "Russian Defense Ministry" not in yellow(report)
    assert ({"Russian Defense Ministry"}, {"Defense Ministry"}) in agreed_texts(report)
