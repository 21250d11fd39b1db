"""One story per reading rule of the people cards: a reporter's wording, and what the card says.

Every text is made up here (no corpus text); each starts with a headline line, as an article does.
"""

from __future__ import annotations

from tests.core.people_texts import story_cards as _cards
from tests.core.people_texts import values_of as _values


def _status(body: str, name: str) -> set[str]:
    return _values(_cards(body)[name].left, "status")


def _age(body: str, name: str) -> set[str]:
    return _values(_cards(body)[name].left, "age")


def test_a_bare_surname_the_tagger_calls_an_organisation_still_carries_the_arrest() -> None:
    body = "Gerald Moss, 31, lives on Elm Street. Officers said they arrested Moss on Monday."
    assert _status(body, "Gerald Moss") == {"arrested"}


def test_the_death_of_a_named_child_makes_the_child_killed_and_an_attempt_does_not() -> None:
    body = "Police charged a man in the death of Sarah Turner."
    assert _status(body, "Sarah Turner") == {"killed"}
    card = _cards("Police charged a man with the attempted murder of Sarah Turner.").get(
        "Sarah Turner"
    )
    assert card is None or "killed" not in _values(card.left, "status")


def test_a_possessive_fate_noun_says_what_happened_to_its_owner() -> None:
    assert _status("Detectives are still looking for Nora Quill's killer.", "Nora Quill") == {
        "killed"
    }
    body = "Gerald Moss was named a suspect on Friday. Moss's arrest came a day later."
    assert "arrested" in _status(body, "Gerald Moss")


def test_a_relative_clause_on_the_name_gives_its_status_and_age() -> None:
    body = (
        "Gerald Moss, who was 30, was named by police. Moss, who has been charged, stayed silent."
    )
    cards = _cards(body)
    assert "charged" in _values(cards["Gerald Moss"].left, "status")
    assert _values(cards["Gerald Moss"].left, "age") == {"30"}


def test_one_of_the_men_who_died_restated_by_a_name_is_killed() -> None:
    body = "Police said Tobias Crane, one of the men who died, was shot by a neighbor."
    assert "killed" in _status(body, "Tobias Crane")


def test_a_name_restating_the_girl_killed_in_the_shooting_is_killed() -> None:
    body = "Relatives shared a photo of Lila Brandt, the little girl killed in the shooting."
    assert _status(body, "Lila Brandt") == {"killed"}


def test_one_of_the_people_killed_was_a_named_man() -> None:
    body = "One of the three people killed in the shooting was a local teacher, Oscar Lindqvist."
    assert _status(body, "Oscar Lindqvist") == {"killed"}


def test_found_murdered_is_killed() -> None:
    body = "Relatives said Oscar Lindqvist, also found murdered, had moved to the town in May."
    assert _status(body, "Oscar Lindqvist") == {"killed"}


def test_flown_to_a_hospital_in_critical_condition_is_injured() -> None:
    body = "Nora Quill was flown to a trauma center in critical condition."
    assert _status(body, "Nora Quill") == {"injured"}


def test_shot_in_the_leg_but_survived_is_injured_not_killed() -> None:
    body = "Sarah Turner, 24, was shot in the leg, but survived."
    assert _status(body, "Sarah Turner") == {"injured"}


def test_a_gunman_who_committed_suicide_or_killed_himself_is_killed() -> None:
    assert _status("Gerald Moss later committed suicide.", "Gerald Moss") == {"killed"}
    assert _status("Gerald Moss then killed himself at home.", "Gerald Moss") == {"killed"}


def test_a_suspect_who_gave_himself_up_or_surrendered_is_arrested() -> None:
    assert _status("Hours later, Gerald Moss gave himself up.", "Gerald Moss") == {"arrested"}
    assert _status("Gerald Moss surrendered to deputies on Friday.", "Gerald Moss") == {"arrested"}


def test_succumbed_to_his_injuries_is_killed() -> None:
    assert _status("Gerald Moss succumbed to his injuries on Monday.", "Gerald Moss") == {"killed"}


def test_an_age_said_as_a_predicate_is_read() -> None:
    assert _age("Police said Gerald Moss is 19 years old.", "Gerald Moss") == {"19"}
    assert _age("Nora Quill turned 16 in February.", "Nora Quill") == {"16"}


def test_an_age_to_come_is_not_the_persons_age_now() -> None:
    body = "Gerald Moss was arrested on Monday. Moss will be 29 in April, his lawyer said."
    assert _age(body, "Gerald Moss") == set()
    body = "Nora Quill was killed on Monday. Quill would have turned 30 on Friday."
    assert _age(body, "Nora Quill") == set()
    body = "Gerald Moss was arrested on Monday. Moss, who turns 29 on April 11, lives in Corbin."
    assert _age(body, "Gerald Moss") == set()


def test_one_of_three_victims_is_no_age() -> None:
    assert _age("Police said Gerald Moss is one of three victims.", "Gerald Moss") == set()


def test_an_age_in_words_before_a_titled_name_is_read() -> None:
    body = "Three-year-old Major Quill was shot on Sunday. Quill lived on Elm Street."
    cards = _cards(body)
    (card,) = [c for c in cards.values() if "Quill" in c.name]
    assert _values(card.left, "age") == {"3"}


def test_a_baby_two_months_old_is_not_two_years_old_but_in_her_first_year() -> None:
    body = "The victims were Nora Quill, 30, and Lila Quill, 2 months old."
    assert _age(body, "Lila Quill") == {"0"}
    assert _age(body, "Nora Quill") == {"30"}


def test_he_after_a_sentence_naming_one_man_is_that_man() -> None:
    body = "Officers found Gerald Moss in the yard. He was pronounced dead at the scene."
    assert _status(body, "Gerald Moss") == {"killed"}


def test_he_after_a_sentence_naming_two_people_is_left_alone() -> None:
    body = "Gerald Moss and Sarah Turner argued in the yard. He was pronounced dead at the scene."
    assert "killed" not in _status(body, "Gerald Moss")


def test_he_inside_a_quotation_is_the_speakers_not_the_reporters() -> None:
    body = 'Gerald Moss spoke to reporters. "He was arrested for nothing," Moss said of his son.'
    assert "arrested" not in _status(body, "Gerald Moss")


def test_the_19_year_old_is_the_one_person_aged_19() -> None:
    body = "Police named Gerald Moss, 19, as a suspect. The 19-year-old was arrested on Monday."
    assert _status(body, "Gerald Moss") == {"arrested"}


def test_the_age_of_someones_son_is_not_theirs() -> None:
    body = "Gerald Moss, 40, was at home. Neighbors said Moss's 3-year-old son found the gun."
    assert _age(body, "Gerald Moss") == {"40"}


def test_a_clause_misread_as_an_apposition_is_no_role() -> None:
    body = "The dead were Gerald Moss Jr., 23, and his father; police named Sarah Turner, 41."
    (card,) = [c for c in _cards(body).values() if "Moss" in c.name]
    assert all("named" not in r for r in _values(card.left, "role"))


def test_a_role_leaves_out_the_name_and_its_age() -> None:
    body = "The shooting suspect, Gerald Moss, 31, of Elm Street, was arrested."
    roles = _values(_cards(body)["Gerald Moss"].left, "role")
    assert roles and all("Moss" not in r and "31" not in r for r in roles)


def test_he_identified_as_a_name_takes_what_the_sentence_before_said_of_its_subject() -> None:
    body = "One man was arrested at the scene on Friday. He was identified as Gerald Moss."
    assert _status(body, "Gerald Moss") == {"arrested"}


def test_the_20_year_old_after_one_named_man_gives_his_age_and_fate() -> None:
    body = "Police identified the suspect as Gerald Moss. The 20-year-old man was charged Friday."
    card = _cards(body)["Gerald Moss"]
    assert _values(card.left, "age") == {"20"}
    assert "charged" in _values(card.left, "status")


def test_a_name_misparsed_as_the_object_of_a_passive_verb_gets_no_status_from_it() -> None:
    body = (
        "The two men are charged in the deaths of 30-year-old Sarah Turner and 41-year-old "
        "Gerald Moss."
    )
    cards = _cards(body)
    for name in ("Sarah Turner", "Gerald Moss"):
        if name in cards:
            assert "charged" not in _values(cards[name].left, "status")


def test_a_wound_and_a_death_in_one_article_make_one_fate_killed() -> None:
    body = "Gerald Moss suffered a gunshot wound to the chest. Moss died at the hospital."
    assert _status(body, "Gerald Moss") == {"killed"}


def test_a_person_taken_to_hospital_with_a_wound_or_treated_for_one_is_injured() -> None:
    body = "Gerald Moss was taken to the hospital with a gunshot wound to the leg."
    assert _status(body, "Gerald Moss") == {"injured"}
    assert _status("Gerald Moss was treated and released.", "Gerald Moss") == {"injured"}
    assert _status("Gerald Moss sustained a gunshot wound.", "Gerald Moss") == {"injured"}


def test_the_doctor_who_treated_a_victim_for_wounds_is_not_injured() -> None:
    body = "Gerald Moss treated the boy for a gunshot wound at the clinic."
    assert _status(body, "Gerald Moss") == set()


def test_held_without_bond_in_custody_or_booked_into_jail_is_arrested() -> None:
    body = "Gerald Moss is being held in the county jail without bond."
    assert _status(body, "Gerald Moss") == {"arrested"}
    assert _status("Gerald Moss remains in custody.", "Gerald Moss") == {"arrested"}
    assert _status("Deputies booked Gerald Moss into the jail.", "Gerald Moss") == {"arrested"}
    assert _status("Officers took Gerald Moss into custody.", "Gerald Moss") == {"arrested"}


def test_the_officer_who_took_a_suspect_into_custody_is_not_arrested() -> None:
    body = "Officer Gerald Moss took the suspect into custody."
    assert "arrested" not in _status(body, "Gerald Moss")


def test_a_gunman_who_turned_the_gun_on_himself_or_took_his_own_life_is_killed() -> None:
    body = "Gerald Moss shot his neighbor before turning the gun on himself."
    assert _status(body, "Gerald Moss") == {"killed"}
    assert _status("Gerald Moss took his own life.", "Gerald Moss") == {"killed"}


def test_shot_and_died_is_killed_and_arrested_and_charged_is_both() -> None:
    assert _status("Gerald Moss was shot multiple times and died.", "Gerald Moss") == {"killed"}
    body = "Gerald Moss was later arrested and charged with murder."
    assert _status(body, "Gerald Moss") == {"arrested", "charged"}


def test_among_the_injured_was_a_named_man() -> None:
    assert _status("Among the injured was Gerald Moss, 23.", "Gerald Moss") == {"injured"}


def test_ages_before_a_semicolon_or_a_full_stop_are_read() -> None:
    body = "The dead were Gerald Moss Jr., 23, and his father; police named Sarah Turner, 41."
    assert _age(body, "Sarah Turner") == {"41"}
    body = "Those killed were identified as Gerald Moss, 50; and Sarah Turner, 41."
    assert _age(body, "Gerald Moss") == {"50"}


def test_found_shot_to_death_is_killed() -> None:
    body = "Gerald Moss was found shot to death in his car on Sunday."
    assert _status(body, "Gerald Moss") == {"killed"}


def test_arraigned_convicted_or_pleading_is_charged() -> None:
    assert _status("Gerald Moss was arraigned on Monday.", "Gerald Moss") == {"charged"}
    assert _status("Gerald Moss pleaded not guilty.", "Gerald Moss") == {"charged"}


def test_a_persons_body_or_funeral_means_they_were_killed() -> None:
    body = "Gerald Moss's body was found near the river on Sunday."
    assert _status(body, "Gerald Moss") == {"killed"}


def test_police_identified_him_as_a_name_after_a_sentence_about_a_man_of_25_killed() -> None:
    body = (
        "A 25-year-old man was shot and killed on Elm Street on Sunday. "
        "Police identified him as Gerald Moss."
    )
    card = _cards(body)["Gerald Moss"]
    assert _values(card.left, "status") == {"killed"}
    assert _values(card.left, "age") == {"25"}


def test_the_25_year_old_victim_identified_as_a_name_gives_the_age() -> None:
    body = "Police identified the 25-year-old victim as Gerald Moss."
    assert _age(body, "Gerald Moss") == {"25"}


def test_whom_the_coroner_identifies_is_dead() -> None:
    body = "The county coroner's office identified the victim as Gerald Moss, 27, of Dayton."
    card = _cards(body)["Gerald Moss"]
    assert _values(card.left, "status") == {"killed"}
    body = "Gerald Moss was identified by the medical examiner on Monday."
    assert _status(body, "Gerald Moss") == set()  # not "as": no identification of a victim


def test_expected_to_survive_or_recovering_is_injured_but_recovering_a_gun_is_not() -> None:
    assert _status("Gerald Moss is expected to survive.", "Gerald Moss") == {"injured"}
    assert _status("Gerald Moss is recovering at a hospital.", "Gerald Moss") == {"injured"}
    body = "Detective Gerald Moss recovered the gun near the house."
    assert _status(body, "Gerald Moss") == set()


def test_captured_or_charges_filed_against_a_person_are_read() -> None:
    assert _status("Gerald Moss was captured two days later.", "Gerald Moss") == {"arrested"}
    body = "Prosecutors filed charges against Gerald Moss on Monday."
    assert _status(body, "Gerald Moss") == {"charged"}


def test_officers_fatally_shot_or_the_shooting_left_a_person_dead() -> None:
    assert _status("Officers fatally shot Gerald Moss.", "Gerald Moss") == {"killed"}
    assert _status("The shooting left Gerald Moss dead.", "Gerald Moss") == {"killed"}


def test_a_23_year_old_from_chicago_restated_by_a_name_gives_the_age() -> None:
    assert _age("Gerald Moss, a 23-year-old from Chicago, was wounded.", "Gerald Moss") == {"23"}
