"""A sentence worded alike on both sides but for one figure tells one happening, whichever event
the rest of each article ties it to (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts as compare

RIOTS = (
    "Students riot across {country}\n\n"
    "Thousands of students marched through the cities of {country} on Monday after police shot "
    "a teenager. Shops were looted and cars set on fire. The police minister offered to "
    "resign.\n\n"
    "Protesters threw {bombs} petrol bombs at the main courthouse in Athens, where the officer "
    "was questioned. The officer's lawyer said his client fired warning shots."
)


def test_two_petrol_bombs_against_nine_in_a_copied_sentence_conflict_whatever_the_lead() -> None:
    # The right lead puts the riots in another country, so its Athens sentence reads as another
    # event's; the sentence is still the left's sentence with one figure changed.
    left = RIOTS.format(country="Greece", bombs="two")
    right = RIOTS.format(country="Kenya", bombs="nine")
    conflicts = [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in compare(left, right).findings
        if f.kind is FindingKind.CONFLICT
    ]
    assert ({"two"}, {"nine"}) in conflicts
