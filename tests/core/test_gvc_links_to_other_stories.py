"""A local news page links to its other stories in headline-style lines: "RELATED: 4 found dead
in south Tulsa (bit.ly/x)", "MORE NEWS: Police: 2 dead, 1 hurt in East Side shooting Sunday". The
toll and the day of such a line are another story's, and never set against the other article.
A sentence of the article itself that begins alike still counts.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_pages, conflict_texts, eastwood_stories


def test_a_more_news_line_about_another_shooting_dates_nothing_of_this_one() -> None:
    left = "MORE NEWS: Police: 2 dead, 1 hurt in East Side shooting Sunday\n\nNo arrests."
    found = conflict_texts(eastwood_stories(left, "No arrests have been made.", compare_pages))
    assert not found, found


def test_a_related_line_with_its_link_counts_no_one_of_this_shooting() -> None:
    left = (
        "RELATED: 3 killed, 5 hurt in shooting on West Side (bit.ly/westside)\n\n"
        "No arrests have been made."
    )
    right = "One other man was wounded, police said. No arrests have been made."
    found = conflict_texts(eastwood_stories(left, right, compare_pages))
    assert not found, found


def test_a_sentence_of_the_article_after_related_still_counts() -> None:
    left = "Related: Police said two other men were wounded in the shooting."
    right = "Police said three other men were wounded in the shooting."
    found = conflict_texts(eastwood_stories(left, right, compare_pages))
    assert ({"two"}, {"three"}) in found, found
