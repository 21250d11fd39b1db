"""A fact both articles tell, each in its own words, with the value changed on one side: the place
of the event said with other locative words is still compared (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs


def test_a_storm_ashore_in_galveston_against_one_that_hit_the_city_of_corpus_christi() -> None:
    left = (
        "Storm hits coast\n\n"
        "A powerful storm made landfall in Galveston on Thursday, flooding hundreds of homes, "
        "officials said. Power was cut to thousands."
    )
    right = (
        "Storm floods homes\n\n"
        "Hundreds of homes were flooded after a strong storm hit the city of Corpus Christi on "
        "Thursday, according to officials. Thousands lost power."
    )
    pairs = conflict_pairs(compare(left, right))
    assert ({"Galveston"}, {"Corpus Christi"}) in pairs, pairs


def test_a_ferry_sunk_off_the_coast_of_indonesia_against_off_the_philippines_coast() -> None:
    left = (
        "Ferry sinks\n\n"
        "A ferry carrying 200 passengers sank off the coast of Indonesia on Saturday, officials "
        "said. Dozens were rescued."
    )
    right = (
        "Ferry disaster\n\n"
        "Officials said a ferry with 200 people on board went down off the Philippines coast on "
        "Saturday. Rescuers pulled dozens from the sea."
    )
    pairs = conflict_pairs(compare(left, right))
    assert ({"Indonesia"}, {"Philippines"}) in pairs, pairs


def test_the_afghan_city_of_kandahar_is_set_against_kabul_not_hidden_by_the_country() -> None:
    left = (
        "Blast\n\n"
        "A car bomb exploded outside a hotel in Kabul on Monday, killing two guards, police said."
    )
    right = (
        "Car bomb attack\n\n"
        "Police said two guards died when a car bomb went off outside a hotel in the Afghan city "
        "of Kandahar on Monday."
    )
    pairs = conflict_pairs(compare(left, right))
    assert ({"Kabul"}, {"Kandahar"}) in pairs, pairs


def test_a_town_near_another_city_is_not_another_answer_to_where() -> None:
    left = (
        "Storm hits coast\n\n"
        "A powerful storm made landfall near Galveston on Thursday, flooding hundreds of homes, "
        "officials said."
    )
    right = (
        "Storm floods homes\n\n"
        "Hundreds of homes were flooded after a strong storm came ashore in Houston on "
        "Thursday, according to officials."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_the_same_city_named_with_its_country_in_other_words_stays_agreed() -> None:
    left = (
        "Blast\n\n"
        "A car bomb exploded outside a hotel in Kabul on Monday, killing two guards, police said."
    )
    right = (
        "Car bomb attack\n\n"
        "Police said two guards died when a car bomb went off outside a hotel in the Afghan city "
        "of Kabul on Monday."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_a_city_against_the_state_it_lies_in_is_not_a_conflict() -> None:
    left = (
        "Storm hits coast\n\n"
        "A powerful storm made landfall in Galveston on Thursday, flooding hundreds of homes, "
        "officials said."
    )
    right = (
        "Storm floods homes\n\n"
        "Hundreds of homes were flooded after a strong storm came ashore on the coast of Texas "
        "on Thursday, according to officials."
    )
    assert conflict_pairs(compare(left, right)) == []


TWISTER_LEFT = (
    "Storm in Kansas\n\n"
    "A tornado tore through the town of Joplin on Sunday, {}, officials said. Crews searched the "
    "rubble."
)
TWISTER_RIGHT = (
    "Joplin twister\n\n"
    "Officials said the twister that ripped through Joplin on Sunday {}. Crews combed the debris."
)


def test_six_killed_against_nine_reported_dead_is_a_conflict_on_the_toll() -> None:
    left = TWISTER_LEFT.format("killing six people")
    right = TWISTER_RIGHT.format("and nine people were reported dead")
    pairs = conflict_pairs(compare(left, right))
    assert ({"six"}, {"nine"}) in pairs, pairs


def test_twenty_injured_against_twenty_five_left_injured_is_a_conflict_on_the_injured() -> None:
    left = TWISTER_LEFT.format("injuring 20 people")
    right = TWISTER_RIGHT.format("left 25 injured")
    pairs = conflict_pairs(compare(left, right))
    assert ({"20"}, {"25"}) in pairs, pairs


def test_the_dead_of_one_article_are_never_set_against_the_injured_of_the_other() -> None:
    left = TWISTER_LEFT.format("killing six people")
    right = TWISTER_RIGHT.format("left 25 injured")
    assert conflict_pairs(compare(left, right)) == []


def test_a_ship_carrying_3000_passengers_against_one_with_4000_aboard_is_a_conflict() -> None:
    left = (
        "Ship aground\n\n"
        "The cruise ship, carrying 3,000 passengers, ran aground off Italy on Friday."
    )
    right = (
        "Cruise ship\n\nThe vessel, with 4,000 passengers aboard, hit rocks off Italy on Friday."
    )
    pairs = conflict_pairs(compare(left, right))
    assert ({"3,000"}, {"4,000"}) in pairs, pairs


def test_six_killed_against_nine_who_lost_their_lives_is_a_conflict_on_the_dead() -> None:
    left = TWISTER_LEFT.format("killing six people")
    right = TWISTER_RIGHT.format("and nine people lost their lives")
    pairs = conflict_pairs(compare(left, right))
    assert ({"six"}, {"nine"}) in pairs, pairs


def test_a_city_by_its_former_name_is_the_same_city() -> None:
    left = "Attack\n\nGunmen attacked two hotels in Mumbai on Wednesday night, police said."
    right = "Hotels attacked\n\nPolice said gunmen stormed two hotels in Bombay on Wednesday night."
    report = compare(left, right)
    assert conflict_pairs(report) == []
    assert any(
        f.kind is FindingKind.AGREE and {s.text for s in f.right} == {"Bombay"}
        for f in report.findings
    )


def test_a_town_the_gazetteer_does_not_know_may_lie_in_the_state_the_other_names() -> None:
    left = (
        "Fire\n\nA suspicious fire destroyed the Bible church in Wasilla late on Friday, fire "
        "officials said."
    )
    right = (
        "Church fire\n\nFire officials said the church in Alaska burned down on Friday night "
        "after a suspicious blaze."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_a_copy_that_moves_the_fire_to_another_state_is_a_swap() -> None:
    # In a copied sentence a changed place is an edit to show, even when the gazetteer cannot
    # tell whether one place lies in the other (an unknown town against a state).
    left = "Fire\n\nA fire destroyed a church in Alaska on Friday night."
    moved = "Church fire\n\nA fire destroyed a church in Ohio on Friday night."
    assert conflict_pairs(compare(left, moved)) == [({"Alaska"}, {"Ohio"})]
