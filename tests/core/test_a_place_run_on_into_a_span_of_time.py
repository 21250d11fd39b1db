"""A place the parser ran on into the span of time after it: "the Java Sea 13 minutes after"."""

from tests.factories import agreed_texts, compare_stories, yellow


def test_the_java_sea_13_minutes_after_takeoff_is_the_java_sea() -> None:
    left = (
        "The Boeing 737, operated by Lion Air, crashed into the Java Sea 13 minutes after taking "
        "off from Jakarta on Monday. "
        "All 189 people on board are feared dead. Divers found debris."
    )
    right = (
        "The jet plunged into the Java Sea shortly after takeoff from Jakarta on Monday. "
        "All 189 people aboard are believed to have died. Divers found debris."
    )

    assert ({"Java Sea"}, {"Java Sea"}) in agreed_texts(compare_stories(left, right))


def test_a_model_number_that_ends_a_name_stays() -> None:
    left = "Apollo 11 landed on the Moon on Sunday. Millions watched. The crew returned safely."
    right = "The Apollo 11 crew landed on the Moon on Sunday. Millions watched. All came home."

    assert not any("Apollo" in mark for mark in yellow(compare_stories(left, right)))
