"""A person named with a nickname inside the full name ("Deputy Luis Gerardo (Jerry) Ortiz") is
the person the other article names by it ("Deputy Jerry Ortiz"). Another Jerry stays one-sided."""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_a_deputy_named_with_his_nickname_is_the_deputy_the_other_names_by_it() -> None:
    left = (
        "Deputy's killer charged\n\n"
        "Prosecutors charged a gang member with gunning down Deputy Luis Gerardo (Jerry) Ortiz "
        "on June 24."
    )
    right = (
        "Gang member charged\n\n"
        "A gang member was charged with murdering Deputy Jerry Ortiz on June 24."
    )
    marked = yellow(compare_texts(left, right))
    assert not {"Luis Gerardo", "Jerry Ortiz", "Luis Gerardo (Jerry) Ortiz"} & set(marked), marked


def test_another_deputy_with_a_nickname_stays_one_sided() -> None:
    left = (
        "Deputy's killer charged\n\n"
        "Prosecutors charged a gang member with gunning down Deputy Luis Gerardo (Jerry) Ortiz "
        "on June 24."
    )
    right = (
        "Gang member charged\n\n"
        "A gang member was charged with murdering Deputy Jerry Mendez on June 24."
    )
    assert "Jerry Mendez" in yellow(compare_texts(left, right))
