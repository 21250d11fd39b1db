"""A team one article names in full ("the Orlando Magic") and the other meets by its city alone as
a side in a contest ("his coaching debut against Orlando") is one team both articles name: the
reader sees the agreement on the very words, not only no yellow mark. A city named as a place
("his debut in Orlando") names no team."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts

LEFT = (
    "Hornets fire coach\n\nThe Charlotte Hornets fired coach Dale Rourke on Sunday. Assistant "
    "Tom Bell was named interim coach. Charlotte host the Orlando Magic on Monday."
)
RIGHT = (
    "Rourke out in Charlotte\n\nDale Rourke was fired Sunday as coach of the Charlotte Hornets. "
    "Assistant Tom Bell takes over, with Bell making his coaching debut against Orlando."
)


def _agreements_on(report: Report, words: str) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and any(s.text == words for s in f.left)
    ]


def test_the_orlando_magic_agree_with_a_debut_against_orlando() -> None:
    found = _agreements_on(compare_texts(LEFT, RIGHT), "Orlando Magic")
    assert any("Orlando" in right for _, right in found), found


def test_a_debut_against_orlando_tonight_still_meets_the_team() -> None:
    right = RIGHT.replace("against Orlando.", "against Orlando tonight.")
    found = _agreements_on(compare_texts(LEFT, right), "Orlando Magic")
    assert any("Orlando" in right for _, right in found), found


def test_the_magic_join_the_agreement_on_orlando_both_articles_give() -> None:
    left = LEFT + " Rourke was the third coach fired this season, after Sam Hill (Orlando)."
    right = RIGHT + " Rourke was the third coach fired this season, after Sam Hill (Orlando)."
    found = _agreements_on(compare_texts(left, right), "Orlando Magic")
    assert found == [({"Orlando", "Orlando Magic"}, {"Orlando"})], found


def test_a_debut_in_orlando_does_not_agree_with_the_orlando_magic() -> None:
    right = RIGHT.replace("against Orlando", "in Orlando")
    assert _agreements_on(compare_texts(LEFT, right), "Orlando Magic") == []
