"""Two stories of a console's price cut: "Sony cut the price of the PlayStation 4 to $299" /
"Sony lowered the price of its PlayStation 4 to $299 from $399". The parser tags "PlayStation 4
to $299" as one product, and a product gives no figure; but a name never holds a currency sign
before figures, so the sum is the price told of it: the two prices agree, and a price of $349
on the other side is no longer set against nothing."""

from tests.factories import agreed_texts, compare_texts, yellow

_RIGHT = (
    "Sony lowered the price of its PlayStation 4 to $299 from $399, the company said Tuesday. "
    "The new price applies from today. Sony sold 70 million consoles."
)


def _left(price: str) -> str:
    return (
        f"Sony cut the price of the PlayStation 4 to {price} on Tuesday. The console had cost "
        "$399 since its launch. The cut takes effect immediately."
    )


def test_a_price_inside_a_product_name_agrees_with_the_same_price() -> None:
    report = compare_texts(_left("$299"), _RIGHT)
    assert ({"$299"}, {"$299"}) in agreed_texts(report)


def test_a_price_inside_a_product_name_is_marked_against_another_price() -> None:
    report = compare_texts(_left("$349"), _RIGHT)
    assert {"$349", "$299"} <= set(yellow(report))
