"""What a reader links that the name's own clause does not say: a bare "was shot", the family
member a bare surname stands for, the unnamed person a name is later given to.

Every text is made up here (no corpus text); each starts with a headline line, as an article does.
"""

from __future__ import annotations

from tests.core.people_texts import story_cards as _cards
from tests.core.people_texts import values_of as _values


def _status(body: str, name: str) -> set[str]:
    return _values(_cards(body)[name].left, "status")


def test_a_person_shot_and_nothing_more_is_hurt_and_one_shot_dead_is_killed() -> None:
    assert _status("Police said Nora Pike was shot in the leg on Friday.", "Nora Pike") == {
        "injured"
    }
    body = "Police said Nora Pike was shot on Friday. She died at the hospital on Saturday."
    assert _status(body, "Nora Pike") == {"killed"}


def test_a_person_shot_at_may_have_been_missed() -> None:
    body = "Police said Nora Pike was shot at by a man in a passing car on Friday."
    assert "injured" not in _status(body, "Nora Pike")


def test_after_killing_his_wife_the_bare_surname_is_the_husband_not_the_daughter() -> None:
    body = (
        "Police said the gunman was her ex-husband, Gerald Moss. "
        "Nora Moss, 16, was shot in the back while running for help. "
        "After killing his wife, Moss returned to his house and killed himself."
    )
    cards = _cards(body)
    assert _values(cards["Gerald Moss"].left, "status") == {"killed"}
    assert _values(cards["Nora Moss"].left, "status") == {"injured"}


def test_a_bare_surname_with_no_sex_said_stays_with_the_last_one_named() -> None:
    body = (
        "Police said the gunman was her ex-husband, Gerald Moss. "
        "Nora Moss, 16, was shot in the back while running for help. "
        "Moss died at the hospital on Sunday."
    )
    cards = _cards(body)
    assert _values(cards["Nora Moss"].left, "status") == {"killed"}
    assert "killed" not in _values(cards["Gerald Moss"].left, "status")


def test_each_name_listed_after_the_killings_of_is_killed_with_its_own_age() -> None:
    body = (
        "Two men are charged in the killings of 19-year-old cousins Bo Ray and Cal Ray, "
        "41-year-old Ann Lee and 62-year-old Tina Ruiz. They pleaded not guilty."
    )
    cards = _cards(body)
    for name in ("Bo Ray", "Cal Ray", "Ann Lee", "Tina Ruiz"):
        assert _values(cards[name].left, "status") == {"killed"}, name
    assert _values(cards["Ann Lee"].left, "age") == {"41"}
    assert "41" not in _values(cards["Cal Ray"].left, "age")


def test_the_three_victims_identified_are_the_three_people_found_dead_before() -> None:
    body = (
        "Police said three people were found dead in a house on Friday. "
        "Two neighbors were hurt. "
        "The three victims were identified as Ann Lee, 50, Bo Ray, 28, and Tina Ruiz, 31."
    )
    cards = _cards(body)
    for name in ("Ann Lee", "Bo Ray", "Tina Ruiz"):
        assert _values(cards[name].left, "status") == {"killed"}, name


def test_the_two_victims_are_not_the_three_people_found_dead() -> None:
    body = (
        "Police said three people were found dead in a house on Friday. "
        "The two victims were identified as Ann Lee and Bo Ray."
    )
    cards = _cards(body)
    assert "killed" not in _values(cards["Ann Lee"].left, "status")


def test_the_family_of_the_victim_identified_her_gives_the_victims_age_to_the_name() -> None:
    body = (
        "Police said two people were shot on Friday. "
        "The family of the 25-year-old victim identified her as Ann Lee."
    )
    assert _values(_cards(body)["Ann Lee"].left, "age") == {"25"}


def test_she_goes_on_standing_for_the_woman_she_stood_for_in_the_sentence_before() -> None:
    body = (
        "Ann Lee, 25, was found in her apartment on Friday. "
        "Relatives said she dated Bo Ray for four years. "
        "Her family does not understand why she was slain."
    )
    cards = _cards(body)
    assert _values(cards["Ann Lee"].left, "status") == {"killed"}
    assert "killed" not in _values(cards["Bo Ray"].left, "status")


def test_an_age_before_a_long_title_is_the_named_persons() -> None:
    body = (
        "Police said a 23 year old former State College Student Ann Lee of Salina "
        "was taken to a hospital."
    )
    assert _values(_cards(body)["Ann Lee"].left, "age") == {"23"}


def test_someone_carried_to_a_hospital_was_hurt_and_someone_who_went_there_was_not() -> None:
    assert _status("Police said Ann Lee was rushed to a hospital on Friday.", "Ann Lee") == {
        "injured"
    }
    body = "Police said Ann Lee was flown to a hospital. She died there on Saturday."
    assert _status(body, "Ann Lee") == {"killed"}
    body = "Police said Ann Lee went to the hospital to visit her son."
    assert "injured" not in _status(body, "Ann Lee")


def test_a_passive_put_before_the_name_is_said_of_the_name() -> None:
    body = (
        "Police said Ann Lee was rushed to a hospital. "
        "Also transported to a hospital was Bo Ray, 30, of Salina."
    )
    assert _status(body, "Bo Ray") == {"injured"}


def test_a_first_name_joined_to_a_full_name_shares_what_is_said_of_the_full_name() -> None:
    body = (
        "Carl Moss, 30, lives on Elm Street. "
        "Carl and James Moss, who were arrested on Friday, are brothers."
    )
    cards = _cards(body)
    assert _values(cards["Carl Moss"].left, "status") == {"arrested"}
    assert _values(cards["James Moss"].left, "status") == {"arrested"}


def test_an_age_on_the_title_noun_before_a_name_is_the_named_persons() -> None:
    body = "Police said a 22 year old Navy reserve sailor Bo Ray was found dead at the scene."
    assert _values(_cards(body)["Bo Ray"].left, "age") == {"22"}


def test_the_suspect_identified_is_the_man_arrested_in_the_sentence_before() -> None:
    body = "A 19-year-old man was arrested on Sunday. Police identified the suspect as John Doe."
    card = _cards(body)["John Doe"]
    assert _values(card.left, "age") == {"19"}
    assert _values(card.left, "status") == {"arrested"}


def test_the_man_identified_is_never_the_woman_killed_before() -> None:
    body = "A 34-year-old woman was killed on Sunday. The man was identified as John Doe."
    card = _cards(body)["John Doe"]
    assert not _values(card.left, "age")
    assert not _values(card.left, "status")


def test_more_everyday_wordings_of_a_wound_and_a_death() -> None:
    said = {
        "The shooting left John Doe wounded.": "injured",
        "Police said John Doe underwent surgery on Monday.": "injured",
        "John Doe was identified as the man who died.": "killed",
    }
    for body, status in said.items():
        assert _status(body, "John Doe") == {status}, body


def test_the_man_killed_was_names_the_dead_and_a_hit_is_a_wound() -> None:
    assert _status("Police said the man killed was John Doe.", "John Doe") == {"killed"}
    assert _status("Police said John Doe was hit in the leg.", "John Doe") == {"injured"}


def test_a_warrant_for_an_arrest_is_no_arrest() -> None:
    body = "Police said a warrant has been issued for John Doe's arrest."
    assert not _status(body, "John Doe")
    body = "Police said the tip led to John Doe's arrest on Monday."
    assert _status(body, "John Doe") == {"arrested"}


def test_an_age_set_beside_the_name_or_the_noun_it_is_identified_with_is_its_age() -> None:
    assert _values(_cards("The 25-year-old, John Doe, was killed.")["John Doe"].left, "age") == {
        "25"
    }
    body = "The victim, a 25-year-old man, was identified as John Doe."
    assert _values(_cards(body)["John Doe"].left, "age") == {"25"}


def test_the_15_year_old_of_the_first_sentence_is_the_one_named_dead_later() -> None:
    body = (
        "A 15-year-old boy was shot and killed on Sunday. Police said the shooting was an "
        "accident. Tom Ray was pronounced dead at a hospital."
    )
    assert _values(_cards(body)["Tom Ray"].left, "age") == {"15"}


def test_no_age_is_carried_when_someone_of_that_fate_was_named_first_or_two_ages_are_given() -> (
    None
):
    body = (
        "Ann Lee, 30, was killed on Friday. A 15-year-old was also killed. "
        "Tom Ray was pronounced dead at a hospital."
    )
    assert not _values(_cards(body)["Tom Ray"].left, "age")
    body = (
        "A 15-year-old and a 20-year-old were killed on Friday. "
        "Tom Ray was pronounced dead at a hospital."
    )
    assert not _values(_cards(body)["Tom Ray"].left, "age")
