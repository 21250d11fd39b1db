"""An age set off after a name takes the part the name's clause gives: "Daniel Roe, 39, was
charged" ages the suspect as "A 34-year-old man has been charged" does, so the two ages of the one
suspect clash wherever the sentences stand."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Man charged after stabbing at train station\n\n"
    "A 34-year-old man has been charged with attempted murder after a commuter was stabbed at "
    "Central Station on Monday evening, police said.\n\n"
    "The victim, a 28-year-old woman, was taken to hospital with wounds to her arm.\n"
)


def _right(age: str) -> str:
    return (
        "Commuter stabbed at Central Station\n\n"
        "Transit officers arrested a man on a platform at Central Station on Monday minutes after "
        "a woman was stabbed.\n\n"
        "The woman, 28, was in stable condition in hospital, police said.\n\n"
        f"Daniel Roe, {age}, was charged with attempted murder and is due in court on Friday.\n"
    )


def test_the_named_suspects_age_clashes_with_the_unnamed_suspects_age() -> None:
    assert ({"34-year-old"}, {"39"}) in conflict_texts(compare_stories(LEFT, _right("39")))


def test_the_same_age_after_the_suspects_name_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("34"))) == []
