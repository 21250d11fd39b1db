"""A barn fire "in Hamburg" on one side and "in Iowa" on the other: the gazetteer knows only the
German city, but the other article writes "the small town of Hamburg Iowa", and a writer who puts
the state after the town says where it lies. The two leads then place one fire at two precisions,
no conflict. Where neither article writes the town with the state, the gazetteer's answer stands
and the two leads still place the fire differently."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories

LEFT = (
    "Barn fire destroys hay store\n\n"
    "Firefighters worked through the night on Tuesday in Hamburg. "
    "The barn and 400 bales of hay were lost, the fire chief said."
)


def _right(body: str) -> str:
    return (
        "Barn fire in Iowa\n\n"
        "A fire destroyed a barn on Tuesday in Iowa. "
        f"{body} The barn and 400 bales of hay were lost, the fire chief said."
    )


def _place_conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in compare_stories(left, right).findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PLACE
    ]


def test_a_town_the_other_article_writes_with_its_state_lies_in_it() -> None:
    right = _right("Crews came from three counties to the small town of Hamburg Iowa.")
    assert _place_conflicts(LEFT, right) == []


def test_a_town_never_written_with_the_state_is_still_placed_elsewhere() -> None:
    right = _right("Crews came from three counties to the small farm.")
    assert _place_conflicts(LEFT, right) == [({"Hamburg"}, {"Iowa"})]
