"""A fact-checker compares two reports that put a fire "on Kingsley Avenue" and "on Kingsly
Avenue", or an arrest in a flat "on Kingsley Avenue" and "on Kingsleys Road": one street, its
name spelt two ways or its type changed, and an address one article has wrong. Two streets that
one article writes itself, or that two articles name in sentences telling different things, are
two real streets."""

from tests.factories import compare_stories, place_conflicts


def test_a_street_name_spelt_two_ways_is_a_conflict_on_the_address() -> None:
    report = compare_stories(
        "House fire\n\nThe fire broke out in a house on Kingsley Avenue on Sunday night, "
        "firefighters said.",
        "House fire\n\nThe fire broke out at a home on Kingsly Avenue late on Sunday, "
        "firefighters said.",
    )
    assert place_conflicts(report) == [({"Kingsley Avenue"}, {"Kingsly Avenue"})]
    reason = next(f.reason for f in report.findings if f.kind.value == "conflict")
    assert "spell the street's name differently" in reason
    assert "the left 'Kingsley Avenue', the right 'Kingsly Avenue'" in reason


def test_a_street_spelt_and_typed_otherwise_where_one_arrest_is_told_is_one_address() -> None:
    report = compare_stories(
        "Man arrested\n\nPolice found him in his sister's flat on Kingsley Avenue, near "
        "Aldridge, on Sunday night.",
        "Man arrested\n\nPolice found him on Sunday night in a flat on Kingsleys Road in the "
        "Riverside district, where his sister lived.",
    )
    assert place_conflicts(report) == [({"Kingsley Avenue"}, {"Kingsleys Road"})]


def test_two_streets_one_article_writes_itself_are_two_streets() -> None:
    report = compare_stories(
        "House fire\n\nThe fire broke out in a house on Marlow Street on Sunday night, "
        "firefighters said. Smoke drifted across Marlow Road.",
        "House fire\n\nThe fire broke out at a home on Marlow Road late on Sunday, firefighters "
        "said.",
    )
    assert place_conflicts(report) == []


def test_alike_streets_in_sentences_telling_different_things_are_two_streets() -> None:
    report = compare_stories(
        "House fire\n\nThe fire broke out in a house on Kingsley Avenue on Sunday night, "
        "firefighters said.",
        "House fire\n\nA house burned down on Sunday night, firefighters said. Its owner runs a "
        "bakery on Kingsly Road.",
    )
    assert place_conflicts(report) == []
