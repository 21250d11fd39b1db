"""Days that date something else than the shooting: the page a story is printed on, the day a
suspect was arrested or a judge ruled. Two such days are never a contradiction about the event.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted

# --- the page's own stamps ------------------------------------------------------------------------

_STORY = (
    "Man killed, teen hurt in Akron shooting\n"
    "A man was killed and a teenager was hurt in a shooting on Rhodes Avenue on Sunday night, "
    "police said. Officers found the man dead in the street."
)


def test_two_pages_posted_on_their_own_days_do_not_contradict_each_other() -> None:
    left = "Posted: Tue 10:21 PM, Sep 15, 2015\n" + _STORY
    right = "Posted: Mon 7:45 AM, Sep 14, 2015\n" + _STORY
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_a_page_dated_before_its_update_stamp_is_the_page_not_the_event() -> None:
    left = "Tuesday, Sep 15, 2015 | Updated 10:21 PM EDT\n" + _STORY
    right = "Monday, Sep 14, 2015 | Updated 7:45 AM EDT\n" + _STORY
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


# --- days of what followed ------------------------------------------------------------------------


def test_the_day_a_detective_arrested_a_suspect_is_not_the_day_of_the_shooting() -> None:
    left = (
        "Arrest in nightclub shooting\n\n"
        "A detective on Tuesday arrested Dwayne Marks in the shooting death of a 19-year-old man "
        "outside a Kansas City nightclub."
    )
    right = (
        "Man killed outside Kansas City nightclub\n\n"
        "A 19-year-old man was shot and killed early Sunday outside a nightclub in Kansas City, "
        "police said."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_the_day_a_judge_upheld_a_sentence_is_not_the_day_of_the_shooting() -> None:
    left = (
        "Deputy killed in Hawaiian Gardens\n\n"
        "A sheriff's deputy died after a shooting Friday afternoon in Hawaiian Gardens, the "
        "sheriff's department said."
    )
    right = (
        "Judge upholds death sentence for deputy's killer\n\n"
        "A Superior Court judge on Thursday upheld a jury's recommendation that the man who shot "
        "the deputy in Hawaiian Gardens be put to death."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_two_days_of_the_shooting_itself_still_clash_after_a_subject() -> None:
    left = (
        "Man killed outside nightclub\n\n"
        "A gunman on Saturday killed a 19-year-old man outside a Kansas City nightclub, police said."
    )
    right = (
        "Man killed outside nightclub\n\n"
        "A gunman on Sunday killed a 19-year-old man outside a Kansas City nightclub, police said."
    )
    found = conflicts(compare(left, right))
    assert ({"Saturday"}, {"Sunday"}) in quoted(found), quoted(found)


def test_the_day_the_coroner_identified_the_dead_is_not_the_day_they_were_found() -> None:
    left = (
        "Man, woman found shot dead in car\n\n"
        "Two people were found shot to death in a car in Jackson on Sunday morning. The man, 30, "
        "and the woman, 27, were discovered by a passerby on Hanging Moss Road."
    )
    right = (
        "Couple found dead in car identified\n\n"
        "The county coroner on Monday identified the man and woman found shot to death in a car "
        "in Jackson as Dale Sims, 31, and Tina Greer, 27. They were found on Hanging Moss Road, "
        "police said."
    )
    found = conflicts(compare(left, right))
    assert not any(f.type.name in ("DATE", "TIME") for f in found), quoted(found)


def test_the_day_charges_were_filed_is_not_the_day_of_the_crash() -> None:
    left = (
        "Woman killed outside store\n\n"
        "A woman was hit and killed by a driver Wednesday night outside a store in Millbrook, "
        "police said."
    )
    right = (
        "Driver charged in woman's death\n\n"
        "The county attorney filed charges Friday against the man who police say hit and killed "
        "a woman outside a store in Millbrook."
    )
    found = conflicts(compare(left, right))
    assert not any(f.type.name in ("DATE", "TIME") for f in found), quoted(found)


def test_a_day_changed_in_the_sentence_after_an_update_stamp_is_still_shown() -> None:
    left = (
        "Lawyer: singer checks into rehab\n\nUpdated 4:08 p.m. ET\n\n"
        "The singer's attorney said Thursday she checked into a rehab clinic in Newport Beach."
    )
    right = (
        "Lawyer: singer checks into rehab\n\nUpdated 4:08 p.m. ET\n\n"
        "The singer's attorney said Tuesday she checked into a rehab clinic in Newport Beach."
    )
    found = conflicts(compare(left, right))
    assert ({"Thursday"}, {"Tuesday"}) in quoted(found), quoted(found)
