"""A place, a nationality or a body that only describes a person both articles name ("Hollywood
marketing executive Cheryl Boone Isaacs", "Navy man Billy Neal", "the Ukrainian champion" in a
sentence both tell) is part of who the person is, not a fact one article leaves out: no yellow mark
of its own. One that introduces someone new ("an American tourist") or names no person ("the
Ukrainian capital") keeps it."""

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


def test_a_nationality_in_a_description_of_the_champion_both_tell_is_not_yellow() -> None:
    report = compare_texts(
        "Champion wins\n\nWladimir Klitschko knocked Tony Thompson down in the fifth round. The "
        "Ukrainian champion dropped Thompson again in the sixth.",
        "Champion wins\n\nHeavyweight champion Wladimir Klitschko knocked Tony Thompson down in "
        "the fifth round. A vicious assault sent Thompson down for the second time in the sixth.",
        "2013-10-06",
    )
    assert "Ukrainian" not in yellow(report), yellow(report)


def test_the_41_year_old_american_is_the_boxer_both_name() -> None:
    report = compare_texts(
        "Bowe wins\n\nRiddick Bowe beat Gene Pukall in Germany on Saturday. It was just the third "
        "fight in a decade for the 41-year-old American and his first in three years.",
        "Bowe wins\n\nRiddick Bowe beat Gene Pukall in Germany on Saturday. The 41-year-old Bowe "
        "was fighting for only the third time in a decade and the first in three years.",
        "2013-10-06",
    )
    assert "American" not in yellow(report), yellow(report)


def test_an_american_tourist_is_someone_new_and_keeps_the_mark() -> None:
    report = compare_texts(
        "Tourist shot\n\nPolice said Tom Hale was shot on Friday. An American tourist was also "
        "shot in the leg.",
        "Tourist shot\n\nPolice said Tom Hale was shot on Friday. Another tourist was also shot "
        "in the leg.",
        "2013-10-06",
    )
    assert "American" in yellow(report), yellow(report)


def test_the_ukrainian_capital_is_a_place_of_its_own() -> None:
    report = compare_texts(
        "Champion wins\n\nWladimir Klitschko beat Tony Thompson on Saturday. The champion will "
        "now fight in the Ukrainian capital in May.",
        "Champion wins\n\nWladimir Klitschko beat Tony Thompson on Saturday. The champion will "
        "now fight again in May.",
        "2013-10-06",
    )
    assert "Ukrainian" in yellow(report), yellow(report)


def test_the_town_of_the_man_both_tell_of_still_says_where_he_lives() -> None:
    report = compare_texts(
        "Man shot\n\nPolice said Tom Hale was shot on Friday. The Salem man was taken to a "
        "hospital in serious condition.",
        "Man shot\n\nPolice said Tom Hale was shot on Friday. The man was taken to a hospital in "
        "serious condition.",
        "2013-10-06",
    )
    assert "Salem" in yellow(report), yellow(report)


def test_a_nationality_before_a_role_and_a_name_both_give_is_not_yellow() -> None:
    report = compare_texts(
        "Champion wins\n\nUkrainian champion Wladimir Klitschko stopped Tony Thompson in the "
        "sixth round on Saturday.",
        "Champion wins\n\nWladimir Klitschko stopped Tony Thompson in the sixth round on Saturday.",
        "2008-12-13",
    )
    assert "Ukrainian" not in yellow(report), yellow(report)


def test_the_body_whose_title_a_champion_both_name_holds_is_not_yellow() -> None:
    report = compare_texts(
        "Champion wins\n\nWBA champion Wladimir Klitschko stopped Tony Thompson in the sixth "
        "round on Saturday.",
        "Champion wins\n\nWladimir Klitschko stopped Tony Thompson in the sixth round on Saturday.",
        "2008-12-13",
    )
    assert "WBA" not in yellow(report), yellow(report)
