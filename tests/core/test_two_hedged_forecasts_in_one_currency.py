"""Two earnings stories give a chipmaker's sales forecast: "expects fourth-quarter sales of about
$14.7 billion" / "forecast revenue of roughly $15.1bn". Two sums in one currency convert nothing,
so the few percent a measure restated in another unit may stray by cannot make them one figure:
the hedge on "about $14.7 billion" rounds its last digit, and $15.1 billion lies beyond it."""

from tests.factories import agreed_texts, compare_texts, conflict_texts

_LEFT = (
    "Intel said on Tuesday that its third-quarter profit fell 5 percent to $3 billion, or 58 "
    "cents a share. Revenue was $14.2 billion. The chipmaker expects fourth-quarter sales of "
    "about $14.7 billion."
)


def _right(forecast: str) -> str:
    return (
        "Intel's net income for the third quarter dropped 5% to $3bn, or $0.58 per share, the "
        f"company said Tuesday. Sales came in at $14.2bn. Intel forecast revenue of {forecast} "
        "for the fourth quarter."
    )


def test_a_forecast_of_about_14_7_billion_conflicts_with_roughly_15_1_billion() -> None:
    report = compare_texts(_LEFT, _right("roughly $15.1bn"))
    assert ({"about $14.7 billion"}, {"roughly $15.1bn"}) in conflict_texts(report)
    assert ({"about $14.7 billion"}, {"roughly $15.1bn"}) not in agreed_texts(report)


def test_the_same_forecast_hedged_in_other_words_still_agrees() -> None:
    report = compare_texts(_LEFT, _right("roughly $14.7bn"))
    assert ({"about $14.7 billion"}, {"roughly $14.7bn"}) in agreed_texts(report)
    assert not conflict_texts(report)
