"""A figure in a clause dated to another month or an earlier year is about what happened then:
an earlier quake's magnitude is never set against this quake's."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.facts import Fact
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document, FindingKind

HISTORY = (
    "A major earthquake killed more than 31,000 in the city of Bam in 2003, and 600 were killed "
    "in the city of Zarand in February in an earthquake with a magnitude of 6.4."
)
LEFT = (
    "A strong earthquake struck southern Iran on Sunday, killing 10 people and injuring 80.\n\n"
    "The official news agency said the quake had a magnitude of 5.9. " + HISTORY
)
RIGHT = (
    "An earthquake hit southern Iran on Sunday, killing 10 people and injuring 80. The U.S. "
    "Geological Survey said it had a magnitude of 6.1.\n\n"
    "Tehran's seismological center put the quake's magnitude at 5.9."
)


def _analysis(text: str, day: str | None) -> Analysis:
    nlp = load_pipeline().nlp
    document = Document(source="a.txt", text=text, date=day)
    (analysis,) = analyse([document], [nlp(nlp_view(text))])
    return analysis


def _fact(analysis: Analysis, text: str) -> Fact:
    return next(f for f in analysis.facts if f.text == text)


def test_the_toll_and_magnitude_of_a_quake_in_february_belong_to_that_quake() -> None:
    november = _analysis(HISTORY, "2005-11-28")
    assert _fact(november, "6.4").other_event
    assert _fact(november, "600").other_event


def test_a_page_of_the_same_month_or_of_no_known_date_may_tell_its_own_event_so() -> None:
    # Written in February, "killed in February" may be the story's own quake.
    assert not _fact(_analysis(HISTORY, "2005-02-25"), "6.4").other_event
    assert not _fact(_analysis(HISTORY, None), "6.4").other_event


def test_an_earlier_quakes_magnitude_is_never_a_conflict_with_this_quakes() -> None:
    report = compare_documents(
        Document(source="left.txt", text=LEFT, date="2005-11-28"),
        Document(source="right.txt", text=RIGHT, date="2005-11-28"),
    )
    conflicts = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert not [f for f in conflicts if any(s.text == "6.4" for s in f.left)]


def test_a_price_for_a_laptop_that_will_ship_in_march_is_the_storys_own() -> None:
    # Not told as past: a plan of the story's own, whatever month it names.
    analysis = _analysis(
        "Apple unveiled a new MacBook. It will cost $1,299 and ship in March.", "2024-05-07"
    )
    assert not next(f for f in analysis.facts if "1,299" in f.text).other_event
