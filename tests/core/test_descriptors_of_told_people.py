"""A place, a nationality or a body that only describes a person both articles name ("Hollywood
marketing executive Cheryl Boone Isaacs", "Navy man Billy Neal") is part of who the person is, not
a fact one article leaves out: no yellow mark of its own."""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_a_place_before_an_occupation_and_a_name_both_give_is_not_yellow() -> None:
    report = compare_texts(
        "Host named\n\nThe news came a couple of days after the election of Cheryl Boone Isaacs "
        "as president of the Academy.",
        "Host named\n\nThe news came on the heels of Hollywood marketing executive Cheryl Boone "
        "Isaacs being elected president of the Academy.",
        "2013-08-02",
    )
    assert "Hollywood" not in yellow(report), yellow(report)


def test_a_body_before_its_member_and_a_name_both_give_is_not_yellow() -> None:
    report = compare_texts(
        "Pin-up dies\n\nPage married twice; the first marriage to Navy man Billy Neal lasted "
        "until 1947.",
        "Pin-up dies\n\nPage married Billy Neal, and she divorced Neal in 1947.",
        "2008-12-13",
    )
    assert "Navy" not in yellow(report), yellow(report)


def test_a_town_before_a_man_both_name_still_says_where_he_lives() -> None:
    report = compare_texts(
        "Floods hit towns\n\nSalem man Tom Bradley was rescued from the roof of his car.",
        "Floods hit towns\n\nTom Bradley was rescued from the roof of his car.",
        "2008-12-13",
    )
    assert "Salem" in yellow(report), yellow(report)
