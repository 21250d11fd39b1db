"""One happening told with a synonym a reporter swaps in: "updates to" / "upgrading" a product,
"murder" / "homicide". Each pair of sentences agrees as one statement. Twins: a robbery charge is
no homicide and a price cut no upgrade: those sentences stay apart."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, statement_texts

LEAD_L = "Markets in Frankfurt rose on Tuesday after a busy morning of news. "
LEAD_R = "Frankfurt shares closed higher on Tuesday on a day of corporate announcements. "


def _agreed(left: str, right: str) -> list[str]:
    return statement_texts(compare_stories(LEAD_L + left, LEAD_R + right), FindingKind.AGREE)


def test_updates_to_two_products_are_upgrades_of_them() -> None:
    left = "Microsoft released updates to Windows and Office."
    right = "Microsoft is also upgrading Office and Windows."
    agreed = _agreed(left, right)
    assert left in agreed and right in agreed, agreed


def test_price_cuts_on_two_products_are_no_upgrades_of_them() -> None:
    left = "Microsoft announced price cuts for Windows and Office."
    right = "Microsoft is also upgrading Office and Windows."
    agreed = _agreed(left, right)
    assert left not in agreed, agreed


def test_a_murder_charge_is_a_homicide_charge() -> None:
    left = "Gary Dunn is charged in Bristol with murder."
    right = "Police in Bristol accuse Gary Dunn of homicide."
    agreed = _agreed(left, right)
    assert left in agreed and right in agreed, agreed


def test_a_robbery_charge_is_no_homicide_charge() -> None:
    left = "Gary Dunn is charged in Bristol with robbery."
    right = "Police in Bristol accuse Gary Dunn of homicide."
    agreed = _agreed(left, right)
    assert left not in agreed, agreed
