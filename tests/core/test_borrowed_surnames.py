"""A person both articles name is found and linked whichever article stands on the left: the
surname one article writes alone is lent to the other's search for names its parser missed,
with the given name it goes with.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories

# The small parser reads "Kansas State University Student Alexya" as one organisation, so only
# the surname is left to find by string.
STUDENT = (
    "Five shot at apartment party\n\nFive people were shot early Sunday outside an apartment in "
    "Manhattan, police said. Also taken to the hospital was a 23 year old Kansas State "
    "University Student Alexya Mailea of Manhattan.\n"
)
TRIAL = (
    "Man convicted in apartment shooting\n\nAlexya Mailea, a student, testified at the trial on "
    "Monday. The gunman shot at Lowery, Ferguson, Mailea and Kim as they left the party.\n"
)


def linked(left: str, right: str, name: str) -> bool:
    report = compare_stories(left, right)
    return any(
        f.kind is FindingKind.AGREE
        and any(name in s.text for s in f.left)
        and any(name in s.text for s in f.right)
        for f in report.findings
    )


def test_a_student_both_articles_name_is_linked_with_either_article_on_the_left() -> None:
    assert linked(TRIAL, STUDENT, "Mailea")
    assert linked(STUDENT, TRIAL, "Mailea")
