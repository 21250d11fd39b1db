"""An age set off after the name someone is identified as takes the part identified: "Police
identified the suspect as Carl Boyd, 22" ages the suspect as "a 22-year-old man was arrested"
does, so the two ages of the one suspect agree wherever the sentences stand. "identified the
victim as Carl Boyd, 22" ages the victim, and says nothing of the suspect's age (hand-written
texts)."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_stories, conflict_texts

LEFT = (
    "Teenager arrested after shooting near park\n\n"
    "A man was shot in the leg near Riverside Park in Fresno on Thursday afternoon, police said."
    "\n\nA 22-year-old man was arrested two hours later at a bus stop on Olive Avenue.\n"
)


def _right(part: str, age: str) -> str:
    return (
        "Man shot near Riverside Park\n\n"
        "A man was shot in the leg near Riverside Park in Fresno on Thursday afternoon, police "
        "said.\n\nOfficers closed the park for the rest of the day.\n\n"
        f"Police later identified the {part} as Carl Boyd, {age}.\n"
    )


def _agreed_ages(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return agreed_texts(compare_stories(left, right), MentionType.NUMBER)


def test_the_age_of_the_name_identified_as_the_suspect_agrees_with_the_arrested_mans() -> None:
    assert ({"22-year-old"}, {"22"}) in _agreed_ages(LEFT, _right("suspect", "22"))


def test_the_age_of_the_name_identified_as_the_victim_is_not_the_suspects() -> None:
    assert ({"22-year-old"}, {"22"}) not in _agreed_ages(LEFT, _right("victim", "22"))
    assert conflict_texts(compare_stories(LEFT, _right("victim", "30"))) == []
