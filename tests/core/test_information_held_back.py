"""Information held back, said by both articles in words of their own: "could not provide more
details" / "would not release any information about their injuries". Neither sentence is one
nothing on the other side tells; but when the other article never says anything was held back,
the sentence stays one-sided, and a name held back is no information the other may not give
(hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.extract import analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.untold.withheld import told_withheld
from desktop.core.model import Document, FindingKind
from tests.factories import compare_stories, statement_texts

_OPENING = "A gunman shot two nurses at a clinic in Dayton on Monday morning, police said.\n\n"
_LEFT = (
    "Gunman wounds two at clinic\n\n" + _OPENING + "Officers arrested a 34-year-old man at the "
    "scene.\n\nA hospital spokeswoman said the nurses were in surgery but could not provide more "
    "details."
)
_RIGHT = (
    "Two nurses shot in Dayton\n\n" + _OPENING + "The suspect, 34, was detained outside the "
    "building.\n\n{}"
)
_HELD_BACK = (
    "Their families asked for privacy, and officials would not release any information about "
    "their injuries."
)
_TOLD = "Their families asked for privacy, and the clinic will stay closed until Friday."


def test_no_details_and_no_information_are_one_withholding_told_by_both() -> None:
    report = compare_stories(_LEFT, _RIGHT.format(_HELD_BACK))
    assert not any("could not provide" in s for s in statement_texts(report, FindingKind.LEFT_ONLY))
    assert not any(
        "would not release" in s for s in statement_texts(report, FindingKind.RIGHT_ONLY)
    )


def test_no_details_stays_one_sided_when_the_other_holds_nothing_back() -> None:
    report = compare_stories(_LEFT, _RIGHT.format(_TOLD))
    left_only = statement_texts(report, FindingKind.LEFT_ONLY)
    assert any("could not provide more details" in s for s in left_only), left_only


def _held_back(left: str, right: str) -> set[str]:
    """The left sentences told as information the right article also says was held back."""
    docs = [Document(source=f"{n}.txt", text=t) for n, t in (("left", left), ("right", right))]
    nlp = load_pipeline().nlp
    mine, theirs = analyse(docs, [nlp(nlp_view(d.text)) for d in docs])
    text = mine.document.text
    found = told_withheld(mine, theirs)
    return {text[mine.sentences[i].start : mine.sentences[i].end] for i in found}


def test_a_name_held_back_is_not_information_held_back() -> None:
    """ "would not release the victim's name" holds back who was hurt, which the other article may
    well give; "No dollar figures have been released" holds back information itself."""
    right = "The club said no dollar figures have been released with the offer."
    name = "Police said the victim's name would not be released until her family was told."
    figures = "The details of the Boston bid have not been reported."
    assert _held_back(name, right) == set()
    assert _held_back(figures, right) == {figures}


def test_of_several_things_held_back_only_the_one_the_other_speaks_of_is_retold() -> None:
    two = (
        "The details of the Boston bid have not been reported. The league gave no details of the "
        "players' contracts either."
    )
    figures = "No dollar figures have been released with the offer."
    assert _held_back(two, figures) == set()
    contracts = "The league would not release any details of the contracts."
    assert _held_back(two, contracts) == {
        "The league gave no details of the players' contracts either."
    }
