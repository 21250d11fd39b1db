"""A step of the story each article tells once, with a verb of its own: "The man had been
dismissed from the firm" / "He was fired by the firm", "Police caught the suspect in a car park
near the river" / "He was arrested by the river". Neither is a sentence nothing on the other side
tells; but a gunman who fired shots was not dismissed, and of two arrests one article tells, the
other's one arrest retells neither for sure (hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.extract import analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.events.retold_deeds import retold_deeds
from desktop.core.model import Document, FindingKind
from tests.factories import compare_texts as compare
from tests.factories import statement_texts

OPENING = "A gunman shot two of his former colleagues at an office in Troy on Monday, police said. "
LEFT = (
    "Office worker shoots two colleagues\n\n" + OPENING + "The man had been dismissed from the "
    "firm after a quarrel. Police caught the suspect in a car park near the river. The office "
    "will stay closed until Friday."
)
RIGHT = (
    "Two shot at Troy office\n\n" + OPENING + "He was fired by the firm, his neighbours said. "
    "He was arrested by the river an hour later. Counsellors will visit the staff next month."
)


def test_a_dismissal_and_an_arrest_in_other_words_are_told_by_both() -> None:
    report = compare(LEFT, RIGHT)
    left_only = statement_texts(report, FindingKind.LEFT_ONLY)
    right_only = statement_texts(report, FindingKind.RIGHT_ONLY)
    assert not any("dismissed" in s or "caught the suspect" in s for s in left_only)
    assert not any("was fired" in s or "was arrested" in s for s in right_only)
    # What only one side tells stays its own.
    assert any("stay closed" in s for s in left_only)
    assert any("Counsellors" in s for s in right_only)


def _retold(left: str, right: str, words: str) -> bool:
    """The left sentence holding ``words`` tells a deed the right article retells."""
    docs = [Document(source=f"{n}.txt", text=t) for n, t in (("left", left), ("right", right))]
    nlp = load_pipeline().nlp
    mine, theirs = analyse(docs, [nlp(nlp_view(d.text)) for d in docs])
    told = retold_deeds(mine, theirs)
    return any(words in left[mine.sentences[i].start : mine.sentences[i].end] for i in told)


def test_the_dismissal_is_retold_by_the_firing() -> None:
    assert _retold(LEFT, RIGHT, "had been dismissed")


def test_a_gunman_who_fired_shots_was_not_dismissed() -> None:
    left = LEFT.replace(
        "The man had been dismissed from the firm after a quarrel.",
        "The man fired three shots at the firm after a quarrel.",
    )
    assert not _retold(left, RIGHT, "fired three shots")


def test_two_arrests_told_by_one_article_say_nothing_of_which_the_other_retells() -> None:
    left = LEFT.replace(
        "The office will stay closed until Friday.",
        "A second man was detained for questioning near the river.",
    )
    assert _retold(LEFT, RIGHT, "caught the suspect")
    assert not _retold(left, RIGHT, "caught the suspect")
