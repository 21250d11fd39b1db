"""A motive still open, told in each paper's words: "A motive was not immediately clear" and
"Police have not released a motive" say one thing, so neither sentence is marked as nothing the
other article tells; the spokesman only one names keeps his mark (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import untold_sentences, yellow

LEFT = (
    "Gunman kills two\n\nA gunman killed two men outside a tire shop on Memorial Drive on Sunday. "
    "A motive was not immediately clear, Montalvo said."
)


def test_two_wordings_of_an_unknown_motive_tell_one_thing() -> None:
    report = compare(
        LEFT,
        "Two killed at tire shop\n\nTwo men were shot dead outside a tire shop on Memorial Drive "
        "on Sunday, police said. Police have not released a motive in the shooting.",
    )
    assert not any("motive" in s for s in untold_sentences(report))
    assert "Montalvo" in yellow(report)


def test_an_unknown_motive_is_not_told_by_a_motive_given() -> None:
    report = compare(
        LEFT,
        "Two killed at tire shop\n\nTwo men were shot dead outside a tire shop on Memorial Drive "
        "on Sunday, police said. Police said the gunman had argued with the owner over a bill.",
    )
    assert any("motive" in s for s in untold_sentences(report))
