"""Two stories of one shooting tell where a victim was hit and how badly they are hurt: the same
victim hit in two places of the body, or in two conditions that cannot both hold, is a conflict;
the same place or grade at the precision both give is an agreement. Victims whose identity is
unclear, and a condition the story itself says changed, never clash."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, Report
from tests.factories import compare_stories, conflict_texts

OPENING = "A man opened fire on a car on Birch Road in Elmwood on Friday night, police said.\n\n"


def _reasons(report: Report, kind: FindingKind) -> list[str]:
    return [f.reason for f in report.findings if f.kind is kind]


def _harm_conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    found = conflict_texts(compare_stories(OPENING + left, OPENING + right))
    return [c for c in found if not ({"Friday"} & c[0])]


def test_the_one_victim_shot_in_the_mouth_and_in_the_back_is_a_conflict() -> None:
    found = _harm_conflicts(
        "Kayla Dorn, 16, was wounded. A bullet struck the girl in the mouth.",
        "Kayla Dorn was shot in the back as she ran to a neighbour's house.",
    )
    assert ({"struck the girl in the mouth"}, {"shot in the back"}) in found


def test_a_victim_the_other_story_never_names_may_be_another_victim() -> None:
    found = _harm_conflicts(
        "Rob Smith, 24, was shot in the leg, but survived.",
        "The boy was shot in the chest in his car.",
    )
    assert found == []


def test_the_mouth_and_the_face_agree_at_the_precision_both_give() -> None:
    report = compare_stories(
        OPENING + "A bullet struck the girl in the mouth. She was flown to Mercy Hospital.",
        OPENING + "Kayla Dorn was shot in the face as she ran to a neighbour's house.",
    )
    assert not _harm_conflicts(
        "A bullet struck the girl in the mouth.", "Kayla Dorn was shot in the face."
    )
    assert any("where the victim was hit" in r for r in _reasons(report, FindingKind.AGREE))


def test_two_named_victims_hit_in_the_back_and_in_the_leg_never_clash() -> None:
    found = _harm_conflicts(
        "Ann Vold, 34, was shot in the back. Bo Ray, 29, was shot in the leg.",
        "Bo Ray was hit in the leg, police said. Ann Vold was hit in the back.",
    )
    assert found == []


def test_each_story_telling_another_named_victims_wound_is_no_conflict() -> None:
    found = _harm_conflicts("Ann Vold was shot in the back.", "Bo Ray was shot in the leg.")
    assert found == []


def test_one_of_several_victims_hit_in_the_back_and_one_in_the_leg_never_clash() -> None:
    found = _harm_conflicts(
        "Two men were shot. One was shot in the back.",
        "Two men were wounded. One was hit in the leg.",
    )
    assert found == []


def test_one_named_victim_in_critical_and_in_stable_condition_is_a_conflict() -> None:
    found = _harm_conflicts(
        "Ann Vold was taken to Mercy Hospital in critical condition.",
        "Ann Vold was taken to Mercy Hospital in stable condition.",
    )
    assert ({"critical condition"}, {"stable condition"}) in found


def test_the_one_victim_who_died_at_the_scene_is_not_in_stable_condition() -> None:
    found = _harm_conflicts(
        "The victim was pronounced dead at the scene.",
        "The victim was taken to Mercy Hospital in stable condition.",
    )
    assert ({"pronounced dead"}, {"stable condition"}) in found


def test_the_one_victim_in_critical_condition_may_have_died_since() -> None:
    found = _harm_conflicts(
        "The victim was pronounced dead at the hospital.",
        "The victim was taken to Mercy Hospital in critical condition.",
    )
    assert found == []


def test_critical_and_life_threatening_agree() -> None:
    report = compare_stories(
        OPENING + "Ann Vold was taken to Mercy Hospital in critical condition.",
        OPENING + "Ann Vold suffered life-threatening injuries.",
    )
    assert any("how badly" in r for r in _reasons(report, FindingKind.AGREE))
    assert not any("two conditions" in r for r in _reasons(report, FindingKind.CONFLICT))


def test_a_condition_the_story_says_was_upgraded_is_no_conflict() -> None:
    found = _harm_conflicts(
        "Ann Vold was taken to Mercy Hospital in critical condition.",
        "Ann Vold was upgraded to stable condition on Saturday.",
    )
    assert found == []


def test_conditions_told_on_two_days_may_be_a_later_update() -> None:
    report = compare_documents(
        Document(
            source="left.txt",
            text=OPENING + "Ann Vold was taken to Mercy Hospital in critical condition.",
            date="2024-05-04",
        ),
        Document(
            source="right.txt",
            text=OPENING + "Ann Vold is in stable condition at Mercy Hospital.",
            date="2024-05-06",
        ),
    )
    clashes = [r for r in _reasons(report, FindingKind.CONFLICT) if "two conditions" in r]
    assert clashes and "may be a later update" in clashes[0]


def test_a_serious_condition_sets_against_neither_critical_nor_stable() -> None:
    found = _harm_conflicts(
        "Ann Vold was taken to Mercy Hospital in serious condition.",
        "Ann Vold was taken to Mercy Hospital in critical condition.",
    )
    assert found == []


def test_the_gunmans_wound_is_no_victims() -> None:
    found = _harm_conflicts(
        "Officers shot the gunman in the leg. A bullet struck the girl in the mouth.",
        "The gunman was wounded in the leg. Kayla Dorn was shot in the face.",
    )
    assert found == []


def test_a_victim_of_the_other_sex_is_another_victim() -> None:
    found = _harm_conflicts("A man shot her in the back.", "The man was shot in the leg.")
    assert found == []


def test_a_woman_shot_once_in_the_back_and_in_the_leg_is_a_conflict() -> None:
    found = _harm_conflicts("A man shot her once in the back.", "The woman was shot in the leg.")
    assert ({"shot her once in the back"}, {"shot in the leg"}) in found


def test_a_woman_shot_in_the_back_and_in_the_leg_may_have_been_hit_twice() -> None:
    # Nothing says one shot hit her: each article may name one of her wounds.
    found = _harm_conflicts("A man shot her in the back.", "The woman was shot in the leg.")
    assert found == []


def test_a_critical_but_stable_condition_never_clashes_with_a_stable_one() -> None:
    found = _harm_conflicts(
        "Ann Vold was in critical but stable condition on Saturday.",
        "Ann Vold was in stable condition on Saturday.",
    )
    assert found == []


def test_one_of_two_victims_in_critical_and_the_other_in_stable_condition_never_clash() -> None:
    found = _harm_conflicts(
        "One victim was in critical condition; the other was in stable condition.",
        "A victim was in stable condition.",
    )
    assert found == []


def test_the_back_of_the_head_is_the_head() -> None:
    report = compare_stories(
        OPENING + "Ann Vold was shot in the back of the head.",
        OPENING + "Ann Vold was shot in the head.",
    )
    assert any("where the victim was hit" in r for r in _reasons(report, FindingKind.AGREE))
    assert not any("two different places" in r for r in _reasons(report, FindingKind.CONFLICT))


def test_one_of_several_victims_graded_elsewhere_is_no_one_victims_condition() -> None:
    found = _harm_conflicts(
        "One was shot in the back. The victim was taken to Mercy Hospital in stable condition.",
        "The victim was in critical condition.",
    )
    assert found == []


def test_a_victim_expected_to_survive_agrees_with_injuries_not_life_threatening() -> None:
    report = compare_stories(
        OPENING + "The boy's injuries are not considered life-threatening.",
        OPENING + "The boy was taken to Mercy Hospital and is expected to survive.",
    )
    assert any("how badly" in r for r in _reasons(report, FindingKind.AGREE))


def test_a_victim_expected_to_survive_may_still_be_in_critical_condition() -> None:
    found = _harm_conflicts(
        "The boy was taken to Mercy Hospital in critical condition.",
        "The boy is expected to survive.",
    )
    assert found == []


def test_a_named_victim_dead_and_in_stable_condition_is_told_once() -> None:
    found = _harm_conflicts(
        "Ann Vold died at the scene.",
        "Ann Vold was taken to Mercy Hospital in stable condition.",
    )
    assert len(found) == 1


def test_an_officers_injuries_are_not_the_victims() -> None:
    report = compare_stories(
        OPENING + "One of the officers who answered the call sustained minor injuries.",
        OPENING + "The female victim was taken to Mercy Hospital with minor injuries.",
    )
    assert not any("how badly" in r for r in _reasons(report, FindingKind.AGREE))


def test_the_words_of_a_wound_leave_the_victims_age_to_be_judged_on_its_own() -> None:
    found = _harm_conflicts(
        "A bullet struck the 16-year-old girl in the mouth.",
        "The girl, Kayla Dorn, was wounded. Dorn was shot in the back.",
    )
    assert ({"in the mouth"}, {"shot in the back"}) in found


def test_a_gunman_shot_dead_by_police_is_no_victim_whose_condition_clashes() -> None:
    # "was fatally shot by a police officer": the one police fired at is the gunman; his death
    # says nothing of the woman he wounded, whom the other article tells as slightly hurt.
    report = compare_stories(
        "Officer-involved shooting\n\nPolice said Earnest Fells shot a woman on Lapsley Street "
        "on Thursday. The district attorney said Friday that Earnest (Scoop) Fells was fatally "
        "shot by a police officer late Thursday after he wounded the officer.",
        "Man killed by police\n\nA man shot a woman on Lapsley Street on Thursday, police said. "
        "The female victim was taken to a hospital with non-life-threatening injuries.",
    )
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]
