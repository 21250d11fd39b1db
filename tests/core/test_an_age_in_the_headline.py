"""A headline's age at death ("Film star Jean Harlow dies at 86") is her age, as in the body:
against the other article's "Jean Harlow, 87," it is a conflict on her age, not two figures each
article alone gives."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts

_BODY = (
    "The actress died on Sunday at her home in Los Angeles after a long illness, her family "
    "said. She starred in more than 40 films."
)


def test_dies_at_86_in_the_headline_against_harlow_87_is_a_conflict() -> None:
    report = compare_texts(
        "Film star Jean Harlow dies at 86\n\n" + _BODY,
        "Jean Harlow dead\n\nJean Harlow, 87, died on Sunday at her home in Los Angeles after a "
        "long illness, her family said. She starred in more than 40 films.",
        "2024-05-13",
    )
    found = [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]
    assert found == [({"86"}, {"87"})], found
