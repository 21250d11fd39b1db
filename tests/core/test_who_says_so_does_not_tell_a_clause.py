"""A sentence joining two statements whose first the other article tells in a close sentence:
the second clause's speaker and verb of saying ("a spokesman said") are shared by any two
sentences on one story's sources, not what the clause tells. So the clause the other article
never reports stays yellow, however alike the two name who speaks; a clause whose own words the
close sentence tells is no news of one article only."""

from __future__ import annotations

from tests.factories import compare_texts, untold_sentences

_LEFT = (
    "Telephone and internet links between Malta and Libya were cut on Tuesday.\n\n"
    '"The cause of the break in the cable near the harbour is still unknown," the operator '
    "Medcom said in a statement, while a spokesman said {second}\n\n"
    "Repair ships were expected to reach the area within a week.\n\n"
    "Banks in Valletta reported slow transfers for most of the day."
)
_RIGHT = (
    "Telephone and internet links between Malta and Libya were cut on Tuesday.\n\n"
    'In a statement, Medcom said: "The cause of the break in the cable near the harbour is '
    'still unknown."\n\n'
    "{told}"
    "Repair ships were expected to reach the area within a week.\n\n"
    "Shops in Tripoli could not take card payments."
)
_UNTOLD = "deliberate sabotage looked very unlikely to engineers."


def test_a_spokesmans_clause_the_other_never_reports_is_yellow() -> None:
    untold = untold_sentences(compare_texts(_LEFT.format(second=_UNTOLD), _RIGHT.format(told="")))
    assert any(_UNTOLD in s and "spokesman" in s for s in untold)
    assert not [s for s in untold if "still unknown" in s]


def test_the_spokesmans_clause_the_other_also_reports_stays_unmarked() -> None:
    told = "A Medcom spokesman said engineers thought deliberate sabotage very unlikely.\n\n"
    untold = untold_sentences(compare_texts(_LEFT.format(second=_UNTOLD), _RIGHT.format(told=told)))
    assert not [s for s in untold if _UNTOLD in s]
