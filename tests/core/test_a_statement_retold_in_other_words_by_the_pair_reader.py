"""A journalist's story: one article says firefighters struggled to put out the burning blaze, the
other that crews battled hard against the roaring blaze. The two sentences share one word and no
name or figure, and today's score leaves them loosely related; the sentence-pair reader reads them
together and shows them as one statement told by both. Its twin:
a sentence of the same story with some of the same words ("The blaze could be seen from the
motorway") tells another thing and is not shown as that statement (hand-written texts).

The lift is off in the app (``reader_tuning.READER_IN_ALIGNMENT``, docs/pair-reader.md); these
tests switch it on, so the machinery stays tested for the day it is turned on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.alignment import pair_reader, reader_tuning
from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts, statement_texts

OPENING = "A fire destroyed a furniture warehouse in Dunmore on Tuesday, police said. "
TOLD = "Firefighters struggled to put out the burning blaze."
RETOLD = "Crews battled hard against the roaring blaze."
LOOK_ALIKE = "The blaze could be seen from the motorway."
LEFT = OPENING + TOLD + " The road will stay closed until Friday."
RIGHT = OPENING + RETOLD + " A charity will help the staff."
TWIN = OPENING + LOOK_ALIKE + " A charity will help the staff."


@pytest.fixture(autouse=True)
def lift_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader_tuning, "READER_IN_ALIGNMENT", True)


@pytest.fixture
def no_reader(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(pair_reader, "reader_dir", lambda: tmp_path / "reader")
    pair_reader.default_reader.cache_clear()
    yield
    pair_reader.default_reader.cache_clear()


def _agreed(left: str, right: str, a: str, b: str) -> bool:
    """The two sentences are shown as one statement both articles tell."""
    report = compare_texts(left, right)
    return any(
        f.kind is FindingKind.AGREE
        and f.type is MentionType.STATEMENT
        and any(a in s.text for s in f.left)
        and any(b in s.text for s in f.right)
        for f in report.findings
    )


def test_a_fight_with_a_fire_retold_in_other_words_is_one_statement() -> None:
    assert _agreed(LEFT, RIGHT, TOLD, RETOLD)
    # what only one side tells stays its own
    assert any(
        "stay closed" in s
        for s in statement_texts(compare_texts(LEFT, RIGHT), FindingKind.LEFT_ONLY)
    )


@pytest.mark.usefixtures("no_reader")
def test_without_the_reader_the_two_sentences_stay_apart() -> None:
    """The test above rests on the reader: today's score leaves the pair under an agreement."""
    assert not _agreed(LEFT, RIGHT, TOLD, RETOLD)


def test_a_look_alike_of_another_claim_is_not_that_statement() -> None:
    assert not _agreed(LEFT, TWIN, TOLD, LOOK_ALIKE)
