"""Things that look like a clash and are not: a model's code ("AK-47") is no figure, a frequency
("arrested four times") counts no group, and the one who tells a sentence is not the one it is
about."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, MentionType


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2024-05-06")


def test_six_ak47_rifles_against_six_ak_47_rifles_is_no_conflict_over_47() -> None:
    left = doc("Sailors seized six AK-47 rifles and 12 magazines from the pirates on Monday.")
    right = doc("The navy said six AK 47 rifles and 12 magazines were taken from the pirates.")
    report = compare_documents(left, right)
    numbers = [
        report.left.document.text[m.start : m.end]
        for m in report.left.mentions
        if m.type is MentionType.NUMBER
    ]
    assert "47" not in numbers
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_a_count_after_a_code_still_conflicts_with_another_count() -> None:
    left = doc("Pirates fired on the ship and sailors seized six AK-47 rifles on Monday.")
    right = doc("Pirates fired on the ship and sailors seized nine AK-47 rifles on Monday.")
    report = compare_documents(left, right)
    conflicts = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert conflicts
    assert "six" in conflicts[0].reason and "nine" in conflicts[0].reason


def test_a_code_before_a_numeral_is_no_range_and_a_lone_capital_a_is_no_code() -> None:
    from desktop.core.figures.numbers.values import parse_number

    seized = parse_number("14 AK-47 Rifles")
    assert seized is not None and (seized.low, seized.high) == (14, 14)
    spaced = parse_number("six AK 47 rifles")
    assert spaced is not None and (spaced.low, spaced.high) == (6, 6)
    quake = parse_number("A 5.9 magnitude")
    assert quake is not None and quake.low == 5.9
    shouted = parse_number("OF 300 PEOPLE")
    assert shouted is not None and shouted.low == 300


def test_fourteen_ak47_rifles_seized_in_all_against_six_in_one_raid_names_no_47() -> None:
    left = doc("The navy has seized a total of 14 AK-47 Rifles, 31 magazines and 923 rounds.")
    right = doc("The navy has seized a total of 14 AK-47 rifles, 31 magazines and 923 rounds.")
    report = compare_documents(left, right)
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert not any("47" in f.reason for f in report.findings)


def test_six_ak_47_rifles_in_one_raid_against_six_in_the_other_is_no_conflict() -> None:
    left = doc("During the raid, sailors nabbed 26 pirates with six AK 47 rifles and 12 magazines.")
    right = doc("During the raid, sailors found six AK-47 rifles, 12 magazines and 26 pirates.")
    report = compare_documents(left, right)
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_arrested_four_times_before_is_no_count_against_46_arrested() -> None:
    left = doc(
        "Police said Gray had been arrested four times on charges of larceny, and unrest grew."
    )
    right = doc("Police said 46 people had been arrested on charges of larceny as unrest grew.")
    report = compare_documents(left, right)
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_the_sheriff_who_tells_it_is_not_swapped_for_the_suspect_he_describes() -> None:
    left = doc("Officers found a shotgun and three live shells in the vehicle, but Hale was calm.")
    right = doc("Officers found a shotgun and three live shells in the vehicle, Pickell said.")
    report = compare_documents(left, right)
    people = [
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]
    assert people == []


def test_fourteen_rifles_seized_in_all_never_quotes_ak47_as_the_other_count() -> None:
    left = doc("The navy has seized a total of 14 AK-47 rifles and 31 magazines from pirates.")
    right = doc("During the operation, AK-47 rifles and 12 magazines were seized from pirates.")
    report = compare_documents(left, right)
    assert not [f for f in report.findings if "'AK-47'" in f.reason]


def test_the_day_a_trial_starts_is_not_the_day_of_the_shooting() -> None:
    left = doc(
        "The trial of a factory worker accused of shooting three co-workers, killing two of "
        "them, starts Monday. Ann Hale, 43, is charged with murder."
    )
    right = doc(
        "The woman who allegedly shot three co-workers, killing two, at the plant Thursday "
        "night has been charged with murder. Ann Hale, 43, is held without bail."
    )
    report = compare_documents(left, right)
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_the_day_the_mayor_promised_is_not_the_day_the_bridge_fell() -> None:
    left = doc(
        "Mayor vows rebuild\n\nThe mayor promised on Monday that the collapsed Elm Street bridge "
        "would be rebuilt. Three people were hurt when it fell."
    )
    right = doc(
        "Bridge to be rebuilt\n\nThe mayor said on Monday the Elm Street bridge that collapsed on "
        "Saturday would be rebuilt. Three people were hurt."
    )
    report = compare_documents(left, right)
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]
