"""A local news page links to its other stories in headline-style lines: "RELATED: 4 found dead
in south Tulsa (bit.ly/x)", "MORE NEWS: Police: 2 dead, 1 hurt in East Side shooting Sunday". The
toll and the day of such a line are another story's, and never set against the other article.
A sentence of the article itself that begins alike still counts.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

import dataclasses

from desktop.core.compare import compare_documents
from desktop.core.ingest import document_from_text
from desktop.core.model import Report
from tests.factories import conflict_texts

_LEFT = (
    "Man killed in Eastwood shooting\n\n"
    "A 24-year-old man was shot and killed Saturday night outside a home on Elm Street in "
    "Eastwood, police said.\n\n"
)
_RIGHT = (
    "Police identify man killed in Saturday shooting\n\n"
    "A man died after he was shot outside a house on Elm Street in Eastwood late Saturday, "
    "police said.\n\n"
)


def _compare_pages(left: str, right: str) -> Report:
    """Two pages read as the app reads a pasted or saved page, printed on one day."""
    docs = [
        dataclasses.replace(document_from_text(text, source=name), date="2024-05-07")
        for text, name in ((left, "left.txt"), (right, "right.txt"))
    ]
    return compare_documents(docs[0], docs[1])


def test_a_more_news_line_about_another_shooting_dates_nothing_of_this_one() -> None:
    left = _LEFT + "MORE NEWS: Police: 2 dead, 1 hurt in East Side shooting Sunday\n\nNo arrests."
    found = conflict_texts(_compare_pages(left, _RIGHT + "No arrests have been made."))
    assert not found, found


def test_a_related_line_with_its_link_counts_no_one_of_this_shooting() -> None:
    left = (
        _LEFT + "RELATED: 3 killed, 5 hurt in shooting on West Side (bit.ly/westside)\n\n"
        "No arrests have been made."
    )
    right = _RIGHT + "One other man was wounded, police said. No arrests have been made."
    found = conflict_texts(_compare_pages(left, right))
    assert not found, found


def test_a_sentence_of_the_article_after_related_still_counts() -> None:
    left = _LEFT + "Related: Police said two other men were wounded in the shooting."
    right = _RIGHT + "Police said three other men were wounded in the shooting."
    found = conflict_texts(_compare_pages(left, right))
    assert ({"two"}, {"three"}) in found, found
