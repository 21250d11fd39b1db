"""The one weapon each article names, on one line from the general to the particular: "Police
found a sawed-off shotgun under the seat" / "opened fire with a shotgun" tell the attack's one
weapon, and the journalist sees the two agree wherever the sentences stand. A rifle is no
shotgun; "two shotguns" are several weapons, and an article naming a shotgun and a pistol does
not say which one the other means (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories

LEFT = (
    "Two hurt in parking lot shooting\n\n"
    "Two men were wounded outside a grocery store on Pine Road in Tulsa on Friday night, police "
    "said.\n\nA 31-year-old man was arrested an hour later. Police found a sawed-off shotgun "
    "under the seat of his truck.\n"
)


def _right(weapon: str) -> str:
    return (
        "Tulsa store shooting\n\n"
        "Two men were wounded outside a grocery store on Pine Road in Tulsa on Friday night, "
        "police said.\n\nWitnesses said the man walked across the lot and opened fire with "
        f"{weapon} before driving off.\n"
    )


def _weapon_verdicts(report: Report, kind: FindingKind) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is kind and f.type is MentionType.OTHER and "weapon" in f.reason
    ]


def test_a_sawed_off_shotgun_and_a_shotgun_are_the_one_weapon() -> None:
    report = compare_stories(LEFT, _right("a shotgun"))
    assert _weapon_verdicts(report, FindingKind.AGREE) == [({"shotgun"}, {"shotgun"})]


def test_a_rifle_is_no_shotgun() -> None:
    report = compare_stories(LEFT, _right("a rifle"))
    assert not _weapon_verdicts(report, FindingKind.AGREE)
    assert _weapon_verdicts(report, FindingKind.CONFLICT) == [({"shotgun"}, {"rifle"})]


def test_shotguns_are_several_weapons_not_the_one() -> None:
    report = compare_stories(
        LEFT.replace("a sawed-off shotgun", "two shotguns"), _right("a shotgun")
    )
    assert not _weapon_verdicts(report, FindingKind.AGREE)


def test_an_article_naming_a_shotgun_and_a_pistol_agrees_on_neither() -> None:
    report = compare_stories(LEFT, _right("a shotgun and then a pistol"))
    assert not _weapon_verdicts(report, FindingKind.AGREE)
