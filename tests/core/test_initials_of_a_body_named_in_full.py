"""A body named by its initials in capitals in one place and in full in another is one body, even
where the model took the initials for a person: the vote of labels reads them as the body."""

from __future__ import annotations

from desktop.core.naming.body_initials import spelled_bodies


def test_initials_the_model_read_as_a_person_are_the_body_named_in_full() -> None:
    votes = {"fbi": "PERSON", "federal bureau of investigation": "ORG", "mark felt": "PERSON"}
    written = ["FBI", "Federal Bureau of Investigation", "Mark Felt"]
    assert spelled_bodies(votes, written)["fbi"] == "ORG"


def test_a_name_in_lower_case_that_spells_the_initials_stays_a_person() -> None:
    votes = {"tim": "PERSON", "texas insurance mutual": "ORG"}
    assert spelled_bodies(votes, ["Tim", "Texas Insurance Mutual"])["tim"] == "PERSON"


def test_initials_of_no_body_named_in_full_keep_their_label() -> None:
    votes = {"fbi": "PERSON", "mark felt": "PERSON"}
    assert spelled_bodies(votes, ["FBI", "Mark Felt"])["fbi"] == "PERSON"
