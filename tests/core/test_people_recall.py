"""What a reader learns about a person from sentences that do not name them: a first name alone,
a description the article ties to the name, an age given to someone else.

Every text is made up here (no corpus text); each starts with a headline line, as an article does.
"""

from __future__ import annotations

from desktop.core.persons.people import person_cards
from tests.core.people_texts import STORY_HEADLINE as HEADLINE
from tests.core.people_texts import parse_pair
from tests.core.people_texts import story_cards as _cards
from tests.core.people_texts import values_of as _values


def test_a_first_name_alone_later_in_the_story_carries_the_death_to_the_full_name() -> None:
    body = (
        "Police said Jaden Morrow, 16, was driving a pickup to school on Monday. "
        "Jaden was taken to a hospital and later pronounced dead."
    )
    card = _cards(body)["Jaden Morrow"]
    assert _values(card.left, "status") == {"killed"}
    assert _values(card.left, "age") == {"16"}
    assert "Jaden" in card.left.names


def test_a_son_named_after_his_father_keeps_his_own_age() -> None:
    body = (
        "Those killed were identified as Dwight Palmer Sr., 50, and his son Dwight Jr., 10. "
        "Dwight was a fourth grader."
    )
    cards = _cards(body)
    father = next(c for c in cards.values() if "Sr" in c.name)
    assert "10" not in _values(father.left, "age")


def test_the_suspect_identified_as_a_name_is_killed_when_the_suspect_is_fatally_wounded() -> None:
    body = (
        "The suspect, identified by the district attorney as 62-year-old Elmer Quist, was armed "
        "with a gun. One of the officers returned fire, fatally wounding the suspect."
    )
    card = _cards(body)["Elmer Quist"]
    assert _values(card.left, "status") == {"killed"}
    assert _values(card.left, "age") == {"62"}


def test_the_girl_introduced_as_a_teenage_girl_and_then_identified_is_the_one_killed() -> None:
    body = (
        "Police are investigating after a teenage girl was fatally shot in the chest Monday at a "
        "home. The girl has been identified as Nora Pike."
    )
    assert _values(_cards(body)["Nora Pike"].left, "status") == {"killed"}


def test_a_description_tied_to_two_people_stands_for_neither() -> None:
    body = (
        "The victim, Nora Pike, was shot on Monday. Another victim, Ann Vold, was shot too. "
        "The victim was pronounced dead at the hospital."
    )
    cards = _cards(body)
    assert "killed" not in _values(cards["Nora Pike"].left, "status")
    assert "killed" not in _values(cards["Ann Vold"].left, "status")


def test_the_8_year_old_is_not_the_5_year_old_named_before() -> None:
    body = (
        "Police said the boy told a neighbor Serena Holt, 5, had been shot. "
        "The 8-year-old found the gun inside an apartment."
    )
    assert _values(_cards(body)["Serena Holt"].left, "age") == {"5"}


def test_a_28_year_old_man_also_killed_is_the_one_person_the_article_gives_that_age() -> None:
    body = (
        "The victims were identified as Nora Pike, 50, and Dale Ruiz, 28. "
        "A third person, a 28-year-old man, was also killed in the melee."
    )
    cards = _cards(body)
    assert _values(cards["Dale Ruiz"].left, "status") == {"killed"}
    assert "killed" not in _values(cards["Nora Pike"].left, "status")


def test_flown_to_a_hospital_for_treatment_of_a_wound_is_injured() -> None:
    body = "Police said Gerald Moss, 19, was flown to a hospital for treatment of a gunshot wound."
    assert _values(_cards(body)["Gerald Moss"].left, "status") == {"injured"}


def test_he_after_a_sentence_naming_two_people_is_its_subject() -> None:
    body = (
        "On Monday, Gerald Moss's spray of bullets also killed Nora Pike. "
        "He then turned the gun on himself."
    )
    cards = _cards(body)
    assert _values(cards["Gerald Moss"].left, "status") == {"killed"}


def test_she_of_a_clause_inside_the_next_sentence_is_not_guessed_from_the_subject() -> None:
    body = (
        "The mother, Nora Pike, told deputies the bullet hit her daughter, Ann Pike. "
        "The child was taken to a hospital where she died Sunday."
    )
    assert "killed" not in _values(_cards(body)["Nora Pike"].left, "status")


def test_a_participle_set_off_after_the_name_says_what_happened_to_them() -> None:
    body = "Ann Vold said her sister met Willie Dorn, also found murdered, in June."
    assert _values(_cards(body)["Willie Dorn"].left, "status") == {"killed"}


def test_along_with_a_name_those_killed_includes_that_name() -> None:
    body = "Along with Ann Vold, 40, those killed were identified as her husband Dale Vold, 50."
    cards = _cards(body)
    assert _values(cards["Ann Vold"].left, "status") == {"killed"}
    assert _values(cards["Dale Vold"].left, "status") == {"killed"}


def test_along_with_a_name_the_police_who_arrested_others_arrested_no_one_named() -> None:
    assert not _values(
        _cards("Along with Ann Vold, police arrested two men on Monday.")["Ann Vold"].left,
        "status",
    )


def test_a_first_name_coordinated_with_a_full_name_shares_its_surname() -> None:
    pair = parse_pair(
        HEADLINE + "Police said Steve and Shirley Timmons were shot on Friday.",
        "Steve Timmons remains in a coma.",
    )
    cards = person_cards(pair.left, pair.right, pair.links, *pair.docs)
    steve = next(c for c in cards if "Steve Timmons" in c.right.names)
    assert steve.left.names == ("Steve",)


def test_killed_put_before_the_copula_is_said_of_every_name_after_it() -> None:
    cards = _cards("Killed were Gerald Moss, 23, and Tina Ruiz, 25.")
    assert _values(cards["Gerald Moss"].left, "status") == {"killed"}
    assert _values(cards["Tina Ruiz"].left, "status") == {"killed"}


def test_did_not_survive_is_a_death_and_suffering_from_a_wound_an_injury() -> None:
    body = "Gerald Moss was rushed to a hospital but did not survive."
    assert _values(_cards(body)["Gerald Moss"].left, "status") == {"killed"}
    body = "Officers found Gerald Moss suffering from a gunshot wound."
    assert _values(_cards(body)["Gerald Moss"].left, "status") == {"injured"}


def test_held_at_the_county_jail_is_in_custody() -> None:
    body = "Gerald Moss is being held at the county jail on a $1 million bond."
    assert _values(_cards(body)["Gerald Moss"].left, "status") == {"arrested"}


def test_a_father_and_son_killed_together_are_both_killed() -> None:
    cards = _cards("Gerald Moss, 45, and his son, Tim Moss, 12, were killed.")
    assert _values(cards["Gerald Moss"].left, "status") == {"killed"}
    assert _values(cards["Tim Moss"].left, "status") == {"killed"}


def test_both_men_after_a_sentence_naming_two_died_says_each_died() -> None:
    cards = _cards("Gerald Moss and Tom Ruiz were shot on Friday. Both men died at the hospital.")
    assert _values(cards["Gerald Moss"].left, "status") == {"killed"}
    assert _values(cards["Tom Ruiz"].left, "status") == {"killed"}


def test_both_after_a_sentence_naming_three_stands_for_no_one() -> None:
    body = (
        "Police said Gerald Moss shot Tom Ruiz and Ann Vold on Friday. "
        "Both were taken to a hospital with gunshot wounds."
    )
    cards = _cards(body)
    assert not any(_values(c.left, "status") for c in cards.values())


def test_they_identified_as_two_names_are_the_two_men_killed() -> None:
    body = "Two men were killed on Friday. They were identified as Gerald Moss, 23, and Tom Ruiz."
    cards = _cards(body)
    assert _values(cards["Gerald Moss"].left, "status") == {"killed"}
    assert _values(cards["Tom Ruiz"].left, "status") == {"killed"}


def test_she_after_a_woman_shot_by_her_husband_is_never_the_husband() -> None:
    body = "Police said a woman was shot by her husband, Gerald Moss. She died on Saturday."
    cards = _cards(body)
    assert "killed" not in _values(cards["Gerald Moss"].left, "status")


def test_everyday_wordings_of_death_injury_and_custody_are_read() -> None:
    said = {
        "Police said Gerald Moss passed away on Friday.": "killed",
        "Police said Gerald Moss lost his life in the shooting.": "killed",
        "Police said Gerald Moss was gunned down outside his home.": "killed",
        "Police said Gerald Moss was grazed by a bullet.": "injured",
        "Police said Gerald Moss was struck by gunfire.": "injured",
        "Police said Gerald Moss was taken to jail.": "arrested",
    }
    for body, status in said.items():
        assert _values(_cards(body)["Gerald Moss"].left, "status") == {status}, body


def test_going_to_the_jail_to_visit_someone_is_no_arrest() -> None:
    body = "Police said Gerald Moss went to the jail to visit his son."
    assert not _values(_cards(body)["Gerald Moss"].left, "status")


def test_the_suspect_set_off_before_was_arrested_is_arrested_whatever_the_parse() -> None:
    body = "Police said the suspect, 19-year-old Gerald Moss, was arrested at his home."
    card = _cards(body)["Gerald Moss"]
    assert _values(card.left, "status") == {"arrested"}
    assert _values(card.left, "age") == {"19"}


def test_released_from_the_hospital_was_hurt_and_released_from_jail_says_nothing() -> None:
    body = "Police said Gerald Moss has been released from the hospital."
    assert _values(_cards(body)["Gerald Moss"].left, "status") == {"injured"}
    body = "Police said Gerald Moss was released from jail on Friday."
    assert not _values(_cards(body)["Gerald Moss"].left, "status")


def test_her_death_after_a_sentence_naming_her_and_her_husband_is_hers() -> None:
    body = (
        "Police said Tina Ruiz was shot by her husband, Gerald Moss. "
        "Police are investigating her death."
    )
    cards = _cards(body)
    assert _values(cards["Tina Ruiz"].left, "status") == {"killed"}
    assert "killed" not in _values(cards["Gerald Moss"].left, "status")


def test_his_death_threats_are_no_death() -> None:
    body = "Police said Gerald Moss was upset. His death threats were a joke, he said."
    assert "killed" not in _values(_cards(body)["Gerald Moss"].left, "status")


def test_a_headline_that_drops_was_still_says_who_was_killed_or_charged() -> None:
    for headline, status in (
        ("Gerald Moss killed in Elm Street shooting", "killed"),
        ("Gerald Moss charged with murder of Tina Ruiz", "charged"),
    ):
        pair = parse_pair(
            headline + "\n\nPolice said Gerald Moss lived on Elm Street.", "A shooting happened."
        )
        cards = {c.name: c for c in person_cards(pair.left, pair.right, pair.links, *pair.docs)}
        assert status in _values(cards["Gerald Moss"].left, "status"), headline


def test_a_body_sentence_where_the_name_killed_someone_is_no_headline_passive() -> None:
    body = "Gerald Moss killed Tina Ruiz on Friday, police said."
    assert "killed" not in _values(_cards(body)["Gerald Moss"].left, "status")


def test_the_student_after_a_sentence_naming_her_is_the_one_taken_to_hospital() -> None:
    body = (
        "Police said Nora Pike was shot in the arm on Friday. "
        "The student was taken to a hospital in critical condition."
    )
    assert _values(_cards(body)["Nora Pike"].left, "status") == {"injured"}


def test_the_girl_is_never_a_man_the_article_calls_a_husband() -> None:
    body = (
        "Police said her husband, Gerald Moss, fired the shot. "
        "The girl was rushed to a hospital in critical condition."
    )
    assert "injured" not in _values(_cards(body)["Gerald Moss"].left, "status")


def test_survived_by_his_wife_is_a_death_and_shot_but_survived_an_injury() -> None:
    body = "Police said Gerald Moss is survived by his wife and two sons."
    assert _values(_cards(body)["Gerald Moss"].left, "status") == {"killed"}
    body = "Police said Gerald Moss was shot but survived."
    assert _values(_cards(body)["Gerald Moss"].left, "status") == {"injured"}


def test_the_boy_authorities_identified_before_naming_him_gives_his_age_to_the_name() -> None:
    body = (
        "Authorities have identified the 4-year-old boy who died Friday after being shot in the "
        "head. According to the sheriff, Jayden Moss, of Elgin, was visiting a home with his "
        "mother. Jayden was pronounced dead at a hospital."
    )
    card = _cards(body)["Jayden Moss"]
    assert _values(card.left, "age") == {"4"}
    assert _values(card.left, "status") == {"killed"}


def test_a_described_victim_of_another_fate_gives_no_age_to_the_one_arrested() -> None:
    body = (
        "The 16-year-old victim died at a hospital on Sunday. Police arrested John Smith on "
        "Monday and charged him with murder."
    )
    assert _values(_cards(body)["John Smith"].left, "age") == set()


def test_the_girl_identified_after_the_story_told_of_one_unnamed_victim_has_her_age() -> None:
    body = (
        "ELGIN (AP) — Police are investigating after a teenage girl was fatally shot on Monday. "
        "The 16-year-old victim was in the kitchen when she was hit. The girl has been "
        "identified as Nora Pike."
    )
    assert _values(_cards(body)["Nora Pike"].left, "age") == {"16"}


def test_a_story_of_two_unnamed_ages_gives_the_identified_victim_neither() -> None:
    body = (
        "A 16-year-old girl and a 17-year-old boy were shot on Monday at a party. Neighbors "
        "heard several shots. The victim has been identified as Nora Pike."
    )
    assert _values(_cards(body)["Nora Pike"].left, "age") == set()


def test_the_man_who_was_killed_identified_as_a_name_gives_it_his_age_and_death() -> None:
    body = "Police identified the 24-year-old man who was killed as Dale Hurst."
    card = _cards(body)["Dale Hurst"]
    assert _values(card.left, "age") == {"24"} and _values(card.left, "status") == {"killed"}


def test_the_man_charged_in_the_lede_and_named_at_his_arraignment_has_the_ledes_age() -> None:
    body = (
        "The 19-year-old man charged in a drive-by shooting that hurt six people had circled the "
        "block for an hour, court papers say. Dale Hurst, of Elgin, was arraigned on Saturday."
    )
    assert _values(_cards(body)["Dale Hurst"].left, "age") == {"19"}


def test_she_passes_over_a_sentence_naming_only_her_husband() -> None:
    body = (
        "Mary Jones, 30, was shot on Sunday. Her husband, John Smith, 32, was arrested at the "
        "scene. She died on Monday."
    )
    cards = _cards(body)
    assert _values(cards["Mary Jones"].left, "status") == {"killed"}
    assert _values(cards["John Smith"].left, "status") == {"arrested"}


def test_she_does_not_reach_back_over_two_sentences_of_men() -> None:
    body = (
        "Mary Jones was shot on Sunday. Her husband, Mr. Smith, was arrested. Her son, Mark "
        "Jones, was hurt. She died on Monday."
    )
    assert _values(_cards(body)["Mary Jones"].left, "status") == {"injured"}


def test_they_after_two_people_shot_together_carries_the_deaths_to_both() -> None:
    body = (
        "John Smith and Mary Jones were shot on Sunday. They were taken to a hospital, where "
        "they died."
    )
    cards = _cards(body)
    for name in ("John Smith", "Mary Jones"):
        assert _values(cards[name].left, "status") == {"killed"}


def test_they_after_a_shooter_and_his_victim_stands_for_neither() -> None:
    body = "Police said John Smith shot Mary Jones. They died at the hospital."
    cards = _cards(body)
    assert "killed" not in _values(cards["John Smith"].left, "status")


def test_the_two_after_two_people_named_stands_for_both_of_them() -> None:
    body = (
        "Hearings for John Smith and Mark Lee are set for Tuesday. The two are charged in the "
        "killing of Mary Jones."
    )
    cards = _cards(body)
    for name in ("John Smith", "Mark Lee"):
        assert _values(cards[name].left, "status") == {"charged"}


def test_two_men_arrested_later_are_not_the_two_named_before() -> None:
    body = "John Smith and Mark Lee were shot on Sunday. Two men were arrested later."
    cards = _cards(body)
    assert "arrested" not in _values(cards["John Smith"].left, "status")


def test_the_age_of_the_man_arrested_is_not_the_identified_victims() -> None:
    body = (
        "A 45-year-old man was arrested on Sunday. Police said the victim died at the scene. "
        "The victim has been identified as Mary Jones."
    )
    assert _values(_cards(body)["Mary Jones"].left, "age") == set()
