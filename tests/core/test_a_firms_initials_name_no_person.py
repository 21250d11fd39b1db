"""A firm called by its initials in one article and by a shorter name in the other ("NRP KLT" /
"NRP Northfield") is one firm, not two people in one role, however the small model tags the
names; a suspect whose name ends in a suffix's numerals ("Anthony Ferrante III") is still a
person whose other name is a conflict (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

DEAL = (
    "Dell to buy data centre designer\n\n"
    "Dell said on Monday that it has agreed to acquire Northfield Reliable Power Consultants "
    "Inc. (NRP KLT), a firm that designs data centres for banks and hospitals.\n\n"
    "Based in Chicago, NRP KLT has about 240 employees in nine offices in the United States "
    "and Canada.\n\nThe price was not disclosed.\n"
)
DEAL_RETOLD = (
    "Dell buys data centre firm\n\n"
    "Dell has agreed to buy the data centre designer NRP Northfield, the company said on "
    "Monday.\n\n"
    "NRP Northfield, which has 240 employees and nine offices in the United States and Canada, "
    "designs data centres for banks and hospitals.\n\nDell did not say how much it paid.\n"
)


def test_a_firms_initials_and_its_short_name_are_no_two_people() -> None:
    report = compare_stories(DEAL, DEAL_RETOLD)
    assert not any("NRP KLT" in left for left, _ in conflict_texts(report))


def arrest(name: str) -> str:
    return (
        "Man held after office shooting\n\n"
        f"Police said they had arrested {name}, 38, on Interstate 75 north of the office "
        "building where the shootings happened on Monday.\n\nTwo workers were wounded.\n"
    )


def test_a_suspect_named_with_a_suffixs_numerals_still_conflicts_with_another_name() -> None:
    report = compare_stories(arrest("Anthony Ferrante III"), arrest("Anthony Moretti"))
    assert ({"Anthony Ferrante III"}, {"Anthony Moretti"}) in conflict_texts(report)
