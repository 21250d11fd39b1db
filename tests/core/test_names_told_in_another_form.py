"""A name the other article writes in another form is told there: no yellow mark says otherwise.

A capital at the head of a sentence is no evidence of a name, a parser may cut a name short, and
an agency, a team or a ministry goes by its initials, its nickname or a shared head. A name the
other article really lacks stays yellow.
"""

from __future__ import annotations

from tests.factories import compare_texts, yellow
from tests.factories import marks_of as marks


def test_a_riot_capitalised_at_the_head_of_a_headline_is_the_riot_the_other_reports() -> None:
    left = (
        "'We are angry': Riot breaks out in Marston after vigil\n\n"
        "A vigil for a teenager shot by police in Marston turned violent on Monday night, "
        "officers said. Shops on Mill Road were looted."
    )
    right = (
        "Mourners clash with police in Marston\n\n"
        "A riot broke out in Marston on Monday night after a candlelight vigil for a teenager "
        "shot by officers, police said. Several shops were damaged."
    )
    report = compare_texts(left, right)
    assert "Riot" not in yellow(report)
    assert "Mill Road" in yellow(report)  # a street the other article never names


def test_parliament_is_told_by_the_other_article_writing_parliament_in_lower_case() -> None:
    left = (
        "Strike paralyses Lomar\n\n"
        "Prime Minister Anna Berg defended the cuts in Parliament on Tuesday as thousands "
        "marched outside. Unions called the measures cruel."
    )
    right = (
        "Thousands march against cuts in Lomar\n\n"
        "Thousands of protesters marched on parliament on Tuesday as Prime Minister Anna Berg "
        "defended the spending cuts. Unions said the measures were cruel."
    )
    assert not marks(compare_texts(left, right), "Parliament")


def test_a_surname_that_is_also_a_common_word_stays_a_name() -> None:
    left = (
        "Market hall to close\n\n"
        "The old market hall in Lomar will close in June, Mayor Tom Rice said on Monday. "
        "Rice said traders would move to a new site."
    )
    right = (
        "Lomar market hall closing\n\n"
        "Traders at the old market hall in Lomar, known for its rice and spice stalls, will "
        "move to a new site when the hall closes in June, the council said on Monday."
    )
    assert marks(compare_texts(left, right), "Rice")


def test_a_town_name_the_parser_cut_short_is_told_by_the_town_written_in_full() -> None:
    left = (
        "Deputy shot dead in Hawaiian Gardens\n\n"
        "A sheriff's deputy was shot dead outside an apartment in Hawaiian Gardens on Friday, "
        "officials said. A suspect was arrested hours later."
    )
    right = (
        "Hawaiian Gardens Gang Member Charged\n\n"
        "A Hawaiian Gardens gang member was charged on Monday with killing a sheriff's deputy "
        "outside an apartment, prosecutors said. He was arrested hours after the shooting."
    )
    assert not marks(compare_texts(left, right), "Hawaiian")


def test_a_statistic_in_the_singular_is_told_by_its_plural() -> None:
    left = (
        "Hitter signs new deal\n\n"
        "Tom Reddy, who drove in 121 RBIs last season, signed a new contract on Monday. "
        "The deal runs four years."
    )
    right = (
        "Reddy signs four-year deal\n\n"
        "Tom Reddy signed a four-year contract on Monday after a season with 121 RBI. "
        "Terms were not disclosed."
    )
    assert not marks(compare_texts(left, right), "RBI")


def test_an_agency_named_in_full_and_by_its_initials_is_one_agency() -> None:
    left = (
        "Inmate escapes during transfer\n\n"
        "An inmate escaped on Monday while being moved between two prisons, the Northland "
        "Department of Corrections said. He was serving a life sentence."
    )
    right = (
        "Prisoner flees guards\n\n"
        "A prisoner serving a life sentence escaped from a prison van on Monday, the NDOC "
        "said. Guards were overpowered during the transfer."
    )
    report = compare_texts(left, right)
    assert not marks(report, "NDOC")
    assert not marks(report, "Northland Department of Corrections")


def test_a_ministry_is_told_by_a_coordination_of_two_ministries() -> None:
    left = (
        "President orders review of dam\n\n"
        "The president visited the Transport Ministry on Friday and ordered a review of the "
        "Ormand dam project. Work on the dam stopped in May."
    )
    right = (
        "Review of dam ordered\n\n"
        "The president told the transport and energy ministries on Friday to review the Ormand "
        "dam project. Work stopped in May."
    )
    assert not marks(compare_texts(left, right), "Transport Ministry")


def test_teams_named_with_and_without_their_cities_are_the_same_teams() -> None:
    left = (
        "Teams chase star pitcher\n\n"
        "With that in mind, the Nationals and Orioles are pushing hard to bring Tom Reddy back "
        "to Maryland, reports said on Monday. Reddy has not decided."
    )
    right = (
        "Reddy weighs offers\n\n"
        "The Baltimore Orioles and Washington Nationals have made offers to pitcher Tom Reddy, "
        "reports said on Monday. He has not decided yet."
    )
    report = compare_texts(left, right)
    assert not marks(report, "Orioles"), yellow(report)
    assert not marks(report, "Nationals"), yellow(report)
    assert "Maryland" in yellow(report)  # the other article never names the state


def test_an_award_typed_as_a_person_is_told_by_its_plural() -> None:
    left = (
        "Lane to host Oscars\n\n"
        "Comedian Ellen Lane will host the Oscars next year, the Academy said on Friday. It will "
        "be her second time."
    )
    right = (
        "Lane named Oscar host\n\n"
        "The Academy said on Friday that Ellen Lane will be the Oscar host for a second time. "
        "She hosted before in 2007."
    )
    assert not marks(compare_texts(left, right), "Oscar")


def test_a_surname_is_not_told_by_another_person_whose_first_name_is_its_singular() -> None:
    left = (
        "Kelso coach quits\n\n"
        "Kelso Rovers coach Mark Williams resigned on Monday after six straight defeats. "
        "Williams said he was tired."
    )
    right = (
        "Rovers coach resigns\n\n"
        "Kelso Rovers said on Monday that their coach had resigned after six straight defeats. "
        "Chairman William Hart thanked him for his work."
    )
    report = compare_texts(left, right)
    assert marks(report, "Williams"), yellow(report)


def test_the_labour_party_is_not_told_by_labour_in_lower_case() -> None:
    left = (
        "Minister resigns\n\n"
        "Health minister Sam Reed quit on Monday, a blow to Labour in the north of England, "
        "party officials said."
    )
    right = (
        "Health minister quits\n\n"
        "Sam Reed resigned as health minister on Monday amid a row over labour costs in "
        "hospitals, officials said."
    )
    report = compare_texts(left, right)
    assert marks(report, "Labour"), yellow(report)


def test_saint_louis_is_told_by_st_louis() -> None:
    left = (
        "Storm hits city\n\n"
        "A storm cut power to 20,000 homes in St. Louis on Monday, the utility said."
    )
    right = (
        "Power cut in Saint Louis\n\n"
        "The utility said 20,000 homes in Saint Louis lost power on Monday after a storm."
    )
    assert not marks(compare_texts(left, right), "Louis")
