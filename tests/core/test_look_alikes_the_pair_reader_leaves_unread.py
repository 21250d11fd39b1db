"""A journalist's story: the sentence-pair reader reads two sentences together and may take a
look-alike of another claim for a retelling ("The coach was fired" / "The coach was hired"). The
guard reads each sentence's gist first (its deed, who does it, to whom) and never hands the
reader a pair that cannot tell one statement: the same person doing another deed, opposite deeds,
two different things doing two deeds, a quote against narrative, a statement credited to someone
the other article never names. Retellings in other words stay open to the reader. Hand-written
sentences; the guard's verdicts do not depend on the reader's weights."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from desktop.core.alignment import reader_tuning
from desktop.core.alignment.reader_guard import (
    Gist,
    gist,
    may_tell_one_statement,
    person_words,
    quotes_one_side,
    unknown_sayer,
)
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document, FindingKind
from tests.factories import compare_stories, statement_texts


def _analysis(text: str) -> Analysis:
    doc = Document(source="story.txt", text=text)
    (analysis,) = analyse([doc], list(load_pipeline().nlp.pipe([nlp_view(text)])))
    return analysis


def _gist(sentence: str) -> Gist:
    return gist(_analysis(sentence), 0)


def _open_to_the_reader(left: str, right: str) -> bool:
    return may_tell_one_statement(_gist(left), _gist(right))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the same man, another deed: a job lost is not a release by police
        ("The cashier had been laid off in June.", "The cashier was let go by police in June."),
        # opposite deeds of one coach
        ("The goalkeeper coach was fired on Monday.", "The goalkeeper coach was hired on Monday."),
        # the same coach, another deed
        ("The coach was sacked last week.", "The coach signed a new contract last week."),
        # two things doing two deeds
        ("Negotiations with the landlord progressed slowly.", "The flood spread slowly."),
    ],
)
def test_a_look_alike_of_another_claim_is_never_read(left: str, right: str) -> None:
    assert not _open_to_the_reader(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The coach had been dismissed last week.", "The coach was fired a week ago."),
        ("Police later caught the suspect.", "He was arrested nearby."),
        ("Firefighters struggled to put out the burning barn.", "Crews battled the roaring fire."),
        ("The treasurer stepped down on Friday.", "The treasurer resigned on Friday."),
        ("Officials said the bridge was closed.", "The bridge was closed, the council said."),
    ],
)
def test_a_statement_retold_in_other_words_stays_open_to_the_reader(left: str, right: str) -> None:
    assert _open_to_the_reader(left, right)


def test_a_statement_credited_to_someone_the_other_never_names_is_not_read() -> None:
    credited = _gist("The driver fled the scene, Sarah Miller said.")
    assert credited.sayer == "sarah miller"
    assert unknown_sayer(credited, person_words(_analysis("Police arrested the driver.")))
    known = _analysis("Detective Sarah Miller said the driver fled. Police arrested him.")
    assert not unknown_sayer(credited, person_words(known))


def test_a_quote_against_narrative_is_left_to_the_quote_pass() -> None:
    assert quotes_one_side('"We are closed for now," the owner said.', "The shop stayed shut.")
    assert not quotes_one_side("The shop stayed shut.", "The shop was closed.")


class _Spy:
    """Stands in for the reader: says every pair is one statement, and notes what it read."""

    def __init__(self) -> None:
        self.read: list[tuple[str, str]] = []

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        self.read.extend(pairs)
        return np.ones(len(pairs))


LEAD = "A gunman shot a clerk dead at a depot in Hull on Monday. "
LAID_OFF = "The man had been laid off in June."
LET_GO = "The man was let go by police in June."


@pytest.mark.parametrize("guarded", [True, False])
def test_with_the_lift_on_the_reader_is_never_asked_about_a_look_alike(
    monkeypatch: pytest.MonkeyPatch, guarded: bool
) -> None:
    """Even a reader that takes every pair for one statement leaves the twin apart: the guard
    never hands it the pair. Without the guard, that reader would join them."""
    spy = _Spy()
    monkeypatch.setattr(reader_tuning, "READER_IN_ALIGNMENT", True)
    monkeypatch.setattr(reader_tuning, "READER_GIST_GUARD", guarded)
    monkeypatch.setattr("desktop.core.alignment.align.default_reader", lambda: spy)
    agreed = statement_texts(compare_stories(LEAD + LAID_OFF, LEAD + LET_GO), FindingKind.AGREE)
    assert (LAID_OFF in agreed) is not guarded, agreed
    assert ((LAID_OFF, LET_GO) in spy.read) is not guarded
