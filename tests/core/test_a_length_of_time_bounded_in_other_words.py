"""A length of time bounded in other words: "They were inside the shop for less than four
minutes" / "The raid lasted under four minutes". The same bound of the same length, so neither
side carries a yellow "only one gives it" mark; a bound on the other side ("more than four
minutes") keeps the marks (hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, one_sided_texts

_LEFT = (
    "Three masked men robbed a jewellery shop in Dunmere early on Sunday.\n"
    "They were inside the shop for less than four minutes.\n"
    "They fled on motorbikes."
)


def _right(bound: str) -> str:
    return (
        "Police are hunting three masked men who robbed a jewellery shop in Dunmere early on"
        " Sunday.\n"
        "They escaped on motorbikes.\n"
        f"The raid lasted {bound} four minutes, a witness said."
    )


def test_a_length_bounded_in_other_words_is_told() -> None:
    marks = one_sided_texts(compare_stories(_LEFT, _right("under")))
    assert "less than four minutes" not in marks and "under four minutes" not in marks


def test_a_bound_on_the_other_side_keeps_the_mark() -> None:
    report = compare_stories(_LEFT, _right("more than"))
    assert "less than four minutes" in one_sided_texts(report) or any(
        f.kind is FindingKind.CONFLICT for f in report.findings
    )
