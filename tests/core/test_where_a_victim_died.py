"""Where each article says one victim died: "died at the scene" / "was taken to a hospital,
where he died" is a conflict that says both may have been true as the news came in; "died at the
scene" / "was pronounced dead on arrival" agree, two victims' places are never set against each
other, and a death in another shooting tells nothing of this one (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, conflict_texts

OPENING_L = "A man was shot and killed on Elm Street in Dayton on Saturday night, police said. "
OPENING_R = "Police in Dayton said a man was fatally shot on Elm Street on Saturday night. "
CLOSING_L = " Police are looking for a gray sedan. No arrests have been made."
CLOSING_R = " Officers are searching for a gray sedan. Nobody has been arrested."


def deaths(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(OPENING_L + left + CLOSING_L, OPENING_R + right + CLOSING_R)
    return [c for c in conflict_texts(report) if any("died" in t or "dead" in t for t in c[0])]


def test_died_at_the_scene_against_died_at_a_hospital_is_a_conflict() -> None:
    found = deaths(
        "Darnell Hayes, 27, was shot in the chest and died at the scene.",
        "Darnell Hayes, 27, was shot in the chest and was taken to Mercy Hospital, where he died.",
    )
    assert found == [({"died at the scene"}, {"taken to Mercy Hospital, where he died"})]


def test_pronounced_dead_at_the_scene_against_died_later_at_the_hospital() -> None:
    report = compare_stories(
        OPENING_L + "Darnell Hayes, 27, was pronounced dead at the scene." + CLOSING_L,
        OPENING_R + "Darnell Hayes, 27, died later at the hospital." + CLOSING_R,
    )
    conflict = next(
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and "later at the hospital" in f.right[0].text
    )
    assert "as the news came in" in conflict.reason


def test_dead_on_arrival_agrees_with_died_at_the_scene() -> None:
    assert not deaths(
        "Darnell Hayes, 27, died at the scene.",
        "Darnell Hayes, 27, was pronounced dead on arrival at Mercy Hospital.",
    )


def test_two_victims_each_dying_in_one_place_are_not_set_against_each_other() -> None:
    assert not deaths(
        "Kevin Ross, 22, died at the scene. Andre Bell, 25, was taken to a hospital, where he "
        "died.",
        "Kevin Ross, 22, was pronounced dead at the scene. Andre Bell, 25, died later at the "
        "hospital.",
    )


def test_a_woman_and_a_man_are_two_people() -> None:
    assert not deaths(
        "The woman died at the scene. The man was taken to a hospital, where he died.",
        "The woman was pronounced dead at the scene. The man died later at the hospital.",
    )


def test_a_death_in_a_separate_shooting_tells_nothing_of_this_one() -> None:
    assert not deaths(
        "Ron Price, 40, died at the scene. In a separate shooting Sunday, a man was taken to a "
        "hospital, where he died.",
        "Ron Price, 40, was pronounced dead at the scene.",
    )


def test_a_victim_officers_found_dead_at_the_scene_is_the_victim() -> None:
    found = deaths(
        "Officers found the man dead at the scene.",
        "The man was taken to a hospital, where he died.",
    )
    assert found == [({"dead at the scene"}, {"taken to a hospital, where he died"})]


def test_the_gunmans_death_is_not_the_victims() -> None:
    assert not deaths(
        "The victim died at the scene. Officers shot the gunman.",
        "Officers shot the gunman, who was taken to a hospital, where he died.",
    )


def test_a_death_the_separate_shooting_goes_on_to_tell_is_not_this_ones() -> None:
    assert not deaths(
        "Ron Price, 40, was shot in his car. In a separate shooting, a man was shot on Birch "
        "Avenue. He was taken to a hospital, where he died.",
        "Ron Price, 40, was pronounced dead at the scene.",
    )


def test_a_sentence_naming_the_victim_after_a_separate_shooting_is_this_ones_again() -> None:
    found = deaths(
        "Ron Price, 40, was shot in his car. In a separate shooting, a man was wounded on Birch "
        "Avenue. Price was taken to a hospital, where he died.",
        "Ron Price, 40, was pronounced dead at the scene.",
    )
    assert found == [({"taken to a hospital, where he died"}, {"was pronounced dead at the scene"})]


def test_his_wife_is_told_of_as_a_woman() -> None:
    found = deaths(
        "The man died at the scene. His wife was taken to a hospital, where she died.",
        "The man died at the scene. His wife was pronounced dead at the scene.",
    )
    assert found == [
        ({"taken to a hospital, where she died"}, {"was pronounced dead at the scene"})
    ]


def test_a_death_place_told_twice_is_one_conflict() -> None:
    found = deaths(
        "Darnell Hayes, 27, died at the scene. Hayes, 27, was hit in the chest and died at the "
        "scene, police said.",
        "Darnell Hayes, 27, was taken to Mercy Hospital, where he died.",
    )
    assert (
        found == [({"died at the scene"}, {"taken to Mercy Hospital, where he died"})]
        or len(found) == 1
    )


def test_an_article_telling_both_places_sets_neither_against_the_other() -> None:
    assert not deaths(
        "Darnell Hayes, 27, was pronounced dead at the scene. Hayes, 27, was taken to Mercy "
        "Hospital, where he died.",
        "Darnell Hayes, 27, was taken to Mercy Hospital, where he died.",
    )


def test_the_reason_names_the_place_only_where_the_words_do_not() -> None:
    report = compare_stories(
        OPENING_L + "Darnell Hayes, 27, was pronounced dead on arrival." + CLOSING_L,
        OPENING_R + "Darnell Hayes, 27, died later at Mercy Hospital." + CLOSING_R,
    )
    conflict = next(
        f for f in report.findings if f.kind is FindingKind.CONFLICT and "Mercy" in f.right[0].text
    )
    assert "'pronounced dead on arrival' (at the scene)" in conflict.reason
    assert "'died later at Mercy Hospital'." in conflict.reason
