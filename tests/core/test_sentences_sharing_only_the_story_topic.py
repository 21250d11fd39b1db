"""A sentence that shares nothing with another but the story's topic is not told by it: "Tomas
Reyes was killed" is told by the mother's account of the killing, and does not also corroborate
"Reyes was pronounced dead at 9:10 p.m. at Mercy Hospital of gunshot wounds", a sentence
that speaks of the same boy, as every sentence of the story does, and tells what the other
article never says (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts, statement_texts

LEFT = (
    "Boy, 12, killed in shooting at his home\n\n"
    "A 12-year-old boy was shot and killed inside his home on Maple Street on Sunday night, "
    "police said.\n\n"
    "His mother said Tomas Reyes was killed by a stray bullet fired through the kitchen window."
    "\n\n"
)
DETAILS = (
    "Reyes was pronounced dead at 9:10 p.m. at Mercy Hospital of gunshot wounds to the chest "
    "and arm."
)


def _right(death: str) -> str:
    return (
        "Boy, 12, killed in shooting\n\n"
        "A 12-year-old boy was shot and killed in his home on Maple Street on Sunday night, "
        f"police said.\n\n{death}\n\n"
        "Reyes had been doing his homework in the kitchen, his mother said."
    )


def _statements(right: str, kind: FindingKind) -> list[str]:
    return statement_texts(compare_texts(LEFT + DETAILS, right, "2024-05-07"), kind)


def test_hospital_details_are_not_corroborated_by_a_bare_report_of_the_death() -> None:
    assert DETAILS not in _statements(_right("Tomas Reyes was killed."), FindingKind.AGREE)


def test_hospital_details_only_one_article_gives_are_marked_as_its_own() -> None:
    marked = _statements(_right("Tomas Reyes was killed."), FindingKind.LEFT_ONLY)
    assert DETAILS in marked


def test_a_retold_pronouncement_of_death_stays_corroborated() -> None:
    right = _right("Tomas Reyes was pronounced dead at the hospital.")
    assert DETAILS in _statements(right, FindingKind.AGREE)
