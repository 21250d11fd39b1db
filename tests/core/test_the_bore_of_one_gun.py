"""The bore of the one gun in matching sentences: "a 9mm pistol" and "a .45-caliber pistol" name
two guns, while "a 10mm pistol" and "a .40-caliber pistol" (one width, in millimetres and in
inches) or "a 9mm" and "a 9-millimeter" name one (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

REST = (
    " The clerk was taken to County General with a wound to the arm. The robber fled on foot "
    "with about $300. Detectives asked anyone with video to call."
)


def _conflicts(left_bore: str, right_bore: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(
        compare_stories(
            f"Detectives said the robber fired a {left_bore} pistol inside the store on Monday."
            + REST,
            f"Detectives said the robber fired a {right_bore} pistol inside the store on Monday."
            + REST,
        )
    )


def test_a_9mm_and_a_45_caliber_pistol_are_two_bores() -> None:
    assert ({"9mm"}, {".45-caliber"}) in _conflicts("9mm", ".45-caliber")


def test_one_width_in_millimetres_and_in_inches_is_one_bore() -> None:
    assert not _conflicts("10mm", ".40-caliber")
    assert not _conflicts("9mm", "9-millimeter")


def test_a_38_and_a_357_caliber_revolver_are_two_guns() -> None:
    # One width near enough (9.7 mm / 9.1 mm), but two names in inches: two cartridges.
    assert ({".38-caliber"}, {"357 caliber"}) in _conflicts(".38-caliber", "357 caliber")


def test_one_name_in_inches_written_two_ways_is_one_bore() -> None:
    assert not _conflicts(".38-caliber", "38 caliber")
    assert not _conflicts(".357 Magnum", "357 caliber")
