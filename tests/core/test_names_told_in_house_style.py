"""A name the other article writes in its own house style is told there: no yellow mark says
otherwise. Reporters shorten a street type ("117th St."), close a fire service's name with
another word ("Fire & Rescue" / "Fire Department"), put a department's field before or after an
office title ("Secretary of the Interior" / "the interior secretary"), write an attributive noun
in either number ("Election Commission" / "Elections Commission") and a large sum with "bn".
The same forms naming something else stay yellow.
"""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_a_street_shortened_to_st_and_ave_is_the_street_the_other_spells_out() -> None:
    left = (
        "Woman killed in hit-and-run\n\n"
        "A woman was struck at 97th Avenue and 118th Street in Ridgefield on Friday night, "
        "police said. The driver fled the scene."
    )
    right = (
        "Driver flees after fatal crash\n\n"
        "The woman was struck on 118th St. near 97th Ave. in Ridgefield on Friday night, "
        "police said. The car sped away."
    )
    marked = yellow(compare_texts(left, right))
    assert not {"97th Avenue", "118th Street", "118th St.", "97th Ave."} & set(marked), marked


def test_another_street_number_stays_one_sided() -> None:
    left = (
        "Woman killed in hit-and-run\n\n"
        "A woman was struck at 118th Street in Ridgefield on Friday night, police said."
    )
    right = (
        "Driver flees after fatal crash\n\n"
        "A woman was struck in Ridgefield on Friday night, police said. The driver, who lives "
        "on 121st St., was arrested on Saturday."
    )
    assert "118th Street" in yellow(compare_texts(left, right))


def test_fire_and_rescue_is_the_fire_department_the_other_names() -> None:
    left = (
        "Warehouse destroyed by fire\n\n"
        "Crews from the Marlow Fire Department and the Dunham Fire Department fought the blaze "
        "at the old dairy warehouse on Tuesday."
    )
    right = (
        "Historic dairy warehouse burns\n\n"
        "Marlow Fire & Rescue, along with the Dunham Fire Department, fought the blaze at the "
        "old dairy warehouse on Tuesday."
    )
    marked = yellow(compare_texts(left, right))
    assert not {"Marlow Fire & Rescue", "Marlow Fire Department"} & set(marked), marked


def test_another_towns_fire_service_stays_one_sided() -> None:
    left = (
        "Warehouse destroyed by fire\n\n"
        "Crews from the Marlow Fire Department fought the blaze at the old dairy warehouse on "
        "Tuesday."
    )
    right = (
        "Historic dairy warehouse burns\n\n"
        "Firefighters fought the blaze at the old dairy warehouse on Tuesday. Tenby Fire & "
        "Rescue sent a ladder truck to help."
    )
    assert "Marlow Fire Department" in yellow(compare_texts(left, right))


def test_the_secretary_of_the_interior_is_the_interior_secretary() -> None:
    left = (
        "Species rule restored\n\n"
        "Secretary of Commerce Gary Lund and Secretary of the Interior Ken Salas announced the "
        "new rule on Monday."
    )
    right = (
        "Bush-era rule reversed\n\n"
        "In a statement on Monday, the commerce secretary, Gary Lund, and the interior "
        "secretary, Ken Salas, announced the rule."
    )
    marked = yellow(compare_texts(left, right))
    assert not {"Interior", "Commerce"} & set(marked), marked


def test_a_department_the_other_never_names_stays_one_sided() -> None:
    left = (
        "Species rule restored\n\n"
        "Secretary of Commerce Gary Lund and Secretary of the Interior Ken Salas announced the "
        "new rule on Monday."
    )
    right = (
        "Bush-era rule reversed\n\n"
        "Gary Lund and Ken Salas announced the rule on Monday. The commerce secretary said it "
        "would protect rare birds."
    )
    marked = yellow(compare_texts(left, right))
    assert "Interior" in marked and "Commerce" not in marked, marked


def test_the_elections_commission_is_the_election_commission_of_moldova() -> None:
    left = (
        "Districts set up in Moldova\n\n"
        "Electoral districts were set up for the vote, which is scheduled for December 15, the "
        "resolution of the Central Election Commission of Moldova said on Friday."
    )
    right = (
        "Moldova to hold first two-party vote\n\n"
        "Parliamentary elections in Moldova that are scheduled for December 15 will be held on a "
        "two-party basis, according to the Central Elections Commission."
    )
    marked = yellow(compare_texts(left, right, "2024-05-06"))
    assert not [m for m in marked if "Commission" in m], marked


def test_110bn_euros_tells_110_billion_euros() -> None:
    left = (
        "Strike grips Athens\n\n"
        "The government agreed at the weekend to cut spending in return for 110 billion euros "
        "in loans from eurozone countries."
    )
    right = (
        "Athens at a standstill\n\n"
        "The government agreed at the weekend to cut spending in return for 110bn in loans "
        "from eurozone countries."
    )
    assert "110 billion euros" not in yellow(compare_texts(left, right))


def test_a_sum_in_another_currency_stays_one_sided() -> None:
    left = (
        "Strike grips Athens\n\n"
        "The government agreed at the weekend to cut spending in return for 110 billion euros "
        "in loans from eurozone countries."
    )
    right = (
        "Athens at a standstill\n\n"
        "The government agreed at the weekend to cut spending. Banks hold $110bn in debt."
    )
    assert "110 billion euros" in yellow(compare_texts(left, right))


def test_an_la_county_deputy_is_a_los_angeles_county_deputy() -> None:
    left = (
        "Deputy killed in Hawaiian Gardens\n\n"
        "A Los Angeles County deputy was shot dead on Friday while questioning a man outside an "
        "apartment, officials said."
    )
    right = (
        "Gang member convicted of killing deputy\n\n"
        "A jury convicted a gang member of murdering an L.A. County deputy outside an apartment "
        "on Friday, officials said."
    )
    marked = yellow(compare_texts(left, right))
    assert not {"Los Angeles County", "L.A. County"} & set(marked), marked


def test_a_new_york_county_deputy_is_no_la_county_deputy() -> None:
    left = (
        "Deputy killed in Hawaiian Gardens\n\n"
        "A deputy was shot dead on Friday while questioning a man outside an apartment, "
        "officials said. He had served in New York County for ten years."
    )
    right = (
        "Gang member convicted of killing deputy\n\n"
        "A jury convicted a gang member of murdering a deputy outside an apartment on Friday, "
        "officials said. He had joined the L.A. County force in 2001."
    )
    assert "New York County" in yellow(compare_texts(left, right))


def test_mat_su_central_fire_departments_in_lower_case_tell_the_fire_department() -> None:
    left = (
        "Warehouse destroyed by fire\n\n"
        "Owen said Palmer and Mat Su Central fire departments responded with ladder trucks on "
        "Tuesday."
    )
    right = (
        "Historic warehouse burns\n\n"
        "Crews from the Palmer Fire Department and the Mat-Su Central Fire Department "
        "responded with ladder trucks on Tuesday."
    )
    assert "Mat-Su Central Fire Department" not in yellow(compare_texts(left, right))


def test_long_beach_is_not_told_by_a_sheriff_named_lee_baca() -> None:
    left = (
        "Deputy killed in Hawaiian Gardens\n\n"
        "A deputy was shot dead on Friday in Hawaiian Gardens, officials said. The city lies on "
        "the border of Long Beach."
    )
    right = (
        "Deputy shot dead\n\n"
        "A deputy was shot dead on Friday in Hawaiian Gardens, Sheriff Lee Baca said."
    )
    assert "Long Beach" in yellow(compare_texts(left, right))
