"""A definite description of a firm both articles name, by the country its name holds: "France
Telecom said ... The French firm said it was sending a ship" refers back to France Telecom, and
"French" tells nothing the other article, which names France Telecom, leaves out. A nationality
that introduces a firm ("a French firm") or describes one whose name holds no country keeps its
mark."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = (
    "Three undersea cables were cut in the Mediterranean on Friday, France Telecom said.\n"
    "The company said it was sending a ship to fix the lines by the end of the month."
)


def _right(firm: str, article: str = "The") -> str:
    return (
        f"Three undersea cables were cut in the Mediterranean on Friday, {firm} said.\n"
        f"{article} French firm said it was sending a ship to fix the lines by the end of the "
        "month."
    )


def test_the_french_firm_is_france_telecom_which_both_articles_name() -> None:
    assert "French" not in yellow(compare_stories(_LEFT, _right("France Telecom")))


def test_a_french_firm_introduced_keeps_its_mark() -> None:
    assert "French" in yellow(compare_stories(_LEFT, _right("France Telecom", article="A")))


def test_the_french_firm_keeps_its_mark_where_the_name_holds_no_country() -> None:
    left = _LEFT.replace("France Telecom", "Interoute")
    assert "French" in yellow(compare_stories(left, _right("Interoute")))
