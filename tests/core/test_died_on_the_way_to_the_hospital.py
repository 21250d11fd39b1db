"""A victim who "died on the way to the hospital" or "en route to the hospital" died after
leaving the scene and before reaching the hospital: told against "was taken to Mercy Hospital,
where she died" or against "died at the scene", the two articles place the death in two places,
a conflict that says both may have been true as the news came in. Told against "was pronounced
dead on arrival", both say only that the victim was dead before the hospital, and the engine
stays silent (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

OPENING_L = "A girl was shot inside a home on Birch Lane in Millport on Saturday, deputies said. "
OPENING_R = "Deputies in Millport said a girl was shot inside a Birch Lane home on Saturday. "
CLOSING_L = " Deputies are questioning the girl's mother."
CLOSING_R = " The mother is being questioned by deputies."


def deaths(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(OPENING_L + left + CLOSING_L, OPENING_R + right + CLOSING_R)
    return [c for c in conflict_texts(report) if any("died" in t or "dead" in t for t in c[0])]


def test_died_en_route_against_died_at_the_hospital_is_a_conflict() -> None:
    found = deaths(
        "Tanya Lowe, 8, died while en route to the hospital.",
        "Tanya Lowe, 8, was taken to Mercy Hospital, where she died.",
    )
    assert found == [
        ({"died while en route to the hospital"}, {"taken to Mercy Hospital, where she died"})
    ]


def test_died_on_the_way_against_died_later_at_the_hospital_is_a_conflict() -> None:
    found = deaths(
        "Tanya Lowe, 8, died on the way to the hospital.",
        "Tanya Lowe, 8, died later at the hospital.",
    )
    assert found == [({"died on the way to the hospital"}, {"died later at the hospital"})]


def test_died_on_the_way_agrees_with_dead_on_arrival() -> None:
    assert not deaths(
        "Tanya Lowe, 8, died on the way to the hospital.",
        "Tanya Lowe, 8, was pronounced dead on arrival at Mercy Hospital.",
    )


def test_died_en_route_against_died_at_the_scene_is_a_conflict() -> None:
    found = deaths(
        "Tanya Lowe, 8, died en route to the hospital.",
        "Tanya Lowe, 8, died at the scene.",
    )
    assert found == [({"died en route to the hospital"}, {"died at the scene"})]
