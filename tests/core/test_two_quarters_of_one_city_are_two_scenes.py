"""Two quarters of one city ("Northeast D.C." / "Northwest D.C.", "North Philadelphia" / "South
Philadelphia") are two scenes, not the city told at two precisions: the gazetteer gives both
quarters the city's name, yet a shooting in one is not a shooting in the other. A quarter and the
whole city ("Northeast D.C." / "Washington") are still one scene at two precisions."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, place_conflicts


def _shooting(place: str) -> str:
    return f"A man was shot Friday night in {place}, police said."


def test_a_shooting_in_northeast_dc_clashes_with_one_in_northwest_dc() -> None:
    report = compare_texts(_shooting("Northeast D.C."), _shooting("Northwest D.C."))
    assert place_conflicts(report) == [({"Northeast D.C."}, {"Northwest D.C."})]
    assert all("Northeast D.C." not in left for left, _ in agreed_texts(report))


def test_north_and_south_philadelphia_are_not_a_town_and_its_suburb() -> None:
    report = compare_texts(_shooting("North Philadelphia"), _shooting("South Philadelphia"))
    assert place_conflicts(report) == [({"North Philadelphia"}, {"South Philadelphia"})]


def test_a_quarter_and_its_whole_city_are_one_scene() -> None:
    report = compare_texts(_shooting("Northeast D.C."), _shooting("Washington"))
    assert ({"Northeast D.C."}, {"Washington"}) in agreed_texts(report)
    assert place_conflicts(report) == []
