"""Wire and financial copy shortens a scale after a figure: "110 b. Euro", "£5mn", "$1tn". Those
are billions, millions and trillions; a "b" or an "m" on its own, or after a distance, is not."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from tests.factories import compare_texts, conflicts


def test_abbreviated_scales_after_a_sum_are_read_as_scales() -> None:
    cases = {
        "110 b. Euro": (110e9, "eur"),
        "110 bn euros": (110e9, "eur"),
        "£5mn": (5e6, "gbp"),
        "$1tn": (1e12, "usd"),
        "3 mln euros": (3e6, "eur"),
    }
    for text, (low, dimension) in cases.items():
        value = parse_number(text)
        assert value is not None and (value.low, value.dimension) == (low, dimension), text


def test_a_b_or_an_m_that_is_no_sum_s_scale_keeps_the_figure_as_written() -> None:
    plain = parse_number("grade 5 b.")
    assert plain is not None and plain.low == 5
    drop = parse_number("a 60m drop")
    assert drop is not None and (drop.low, drop.dimension) == (60, "length")
    assert parse_number("plan b") is None


def test_a_bailout_of_110_b_euro_agrees_with_110_billion_euros() -> None:
    report = compare_texts(
        "Greek bailout\n\nGreece agreed to deep cuts in order to get bailout loans of 110 b. "
        "Euro from the EU and the IMF, officials said on Sunday.",
        "Greek bailout\n\nGreece agreed to deep cuts in order to get bailout loans of 110 "
        "billion euros from the EU and the IMF, officials said on Sunday.",
        "2024-05-10",
    )
    assert not conflicts(report), [f.reason for f in report.findings]
