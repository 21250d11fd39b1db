"""A cause still open, said by both articles in words of their own: "An investigation is under
way into the cause of the blaze" / "it was too early to confirm the cause". Neither sentence is
one nothing on the other side tells, and what only one gives with it ("Monday morning") keeps its
own mark; when the other article names a cause, the sentence stays one-sided (hand-written
texts)."""

from __future__ import annotations

from desktop.core.extraction.extract import analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.untold.withheld import _withheld
from desktop.core.model import Document, FindingKind
from tests.factories import compare_stories, statement_texts, yellow

_OPENING = (
    "A fire destroyed a furniture warehouse in Leeds on Sunday night, the fire service said.\n\n"
)
_LEFT = (
    "Fire destroys warehouse\n\n" + _OPENING + "About 40 firefighters fought the flames for six "
    "hours.\n\nAn investigation is under way into the cause of the blaze, which was still "
    "smouldering on Monday morning."
)
_RIGHT = (
    "Leeds warehouse gutted\n\n" + _OPENING + "Crews from four stations were called to the site."
    "\n\nA spokesman for the owners said {}, and thanked the crews."
)
_INVESTIGATION = "An investigation is under way into the cause of the blaze"


def test_an_investigation_into_the_cause_is_told_by_too_early_to_confirm_it() -> None:
    report = compare_stories(_LEFT, _RIGHT.format("it was too early to confirm the cause"))
    left_only = statement_texts(report, FindingKind.LEFT_ONLY)
    right_only = statement_texts(report, FindingKind.RIGHT_ONLY)
    assert not any(_INVESTIGATION in s for s in left_only), left_only
    assert not any("too early to confirm" in s for s in right_only), right_only
    assert "Monday morning" in yellow(report), yellow(report)


def test_an_investigation_into_the_cause_stays_one_sided_beside_a_named_cause() -> None:
    report = compare_stories(_LEFT, _RIGHT.format("the cause was an electrical fault"))
    left_only = statement_texts(report, FindingKind.LEFT_ONLY)
    assert any(_INVESTIGATION in s for s in left_only), left_only


def test_a_cause_found_or_a_verb_of_causing_leaves_nothing_open() -> None:
    """ "determined the cause was a cigarette" names the cause; "what had caused it" has no noun
    of cause; "an investigation into the cause" and "the cause was not known" leave it open."""
    assert _open("An investigation is under way into the cause of the blaze.")
    assert _open("The cause of the crash was not known on Monday.")
    assert not _open("Fire officials determined the cause was a discarded cigarette.")
    assert not _open("Nobody could say what had caused the crash, the mayor said.")


def _open(sentence: str) -> bool:
    docs = [Document(source="one.txt", text=sentence)]
    nlp = load_pipeline().nlp
    (analysis,) = analyse(docs, [nlp(nlp_view(d.text)) for d in docs])
    return 0 in _withheld(analysis)["cause"]
