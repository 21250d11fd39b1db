"""One company's share price is no account of another's: "Corvex shares soared to finish at
$31.40" / "Orbitel shares sagged to finish at $44.20", in two articles on the deal between them,
give the prices of two stocks. The name before the subject ("Corvex shares", "Orbitel's stock")
says whose figure it is, and an infinitive ("to finish at") shares the subject of its verb.
The same company's close told twice still clashes."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Orbitel to buy Corvex\n\n"
    "Corvex agreed on Monday to a takeover by Orbitel for $8 billion in cash. "
    "Corvex shares soared $5.10, or nearly 20 percent, to finish at $31.40. "
    "Orbitel shares dropped $2.20 to close at $46.60 as investors fretted over the price."
)
_RIGHT = (
    "Corvex sold to Orbitel\n\n"
    "Orbitel will buy Corvex in an $8 billion deal, the companies said Monday. "
    "{first} sagged $2.50 to finish at $44.20. "
    "{second} added 26 cents to close at $31.66."
)


def _prices_clashing(right: str) -> list[tuple[set[str], set[str]]]:
    return [c for c in conflict_texts(compare_texts(_LEFT, right)) if "$" in str(c)]


# probebiz: both articles tell Orbitel's fall, "dropped $2.20" / "sagged $2.50": one company's
# move told twice, a real difference since a fall is one change whatever its verb. No price of
# one company is set against the other's.
_ORBITELS_FALL = [({"$2.20"}, {"$2.50"})]


def test_two_companies_closing_prices_do_not_clash() -> None:
    right = _RIGHT.format(first="Orbitel shares", second="Corvex shares")
    assert _prices_clashing(right) == _ORBITELS_FALL


def test_a_possessed_stock_is_its_owners_too() -> None:
    right = _RIGHT.format(first="Orbitel's stock", second="Corvex's stock")
    assert _prices_clashing(right) == _ORBITELS_FALL


def test_one_companys_close_told_twice_still_clashes() -> None:
    right = _RIGHT.format(first="Corvex shares", second="Orbitel shares")
    assert ({"$31.40"}, {"$44.20"}) in _prices_clashing(right)
