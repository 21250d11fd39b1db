"""A decimal written without its leading zero (".09 percent", ".41 percent") is a fraction of one,
even when a sentence splitter broke it off the word before it ("content of. 09 percent")."""

from __future__ import annotations

from desktop.core.extraction.split_decimals import mended_for_parser
from desktop.core.figures.numbers.values import parse_number
from tests.factories import compare_texts, conflicts


def test_a_decimal_without_its_leading_zero_is_below_one() -> None:
    value = parse_number(".41 percent")
    assert value is not None and (value.low, value.dimension) == (0.41, "percent")


def test_a_broken_bare_decimal_is_mended_but_a_new_sentence_s_figure_is_not() -> None:
    text = "a blood alcohol content of. 09 percent. He rose. 41 percent of voters agreed."
    mended = mended_for_parser(text)
    assert len(mended) == len(text)
    assert "of .09 percent" in mended and "rose. 41 percent" in mended


def test_a_blood_alcohol_content_of_point_09_percent_is_not_nine_percent() -> None:
    report = compare_texts(
        "Officer struck\n\nPolice said the driver had a blood alcohol content of. 09 percent "
        "when he struck the officer on Friday.",
        "Officer struck\n\nPolice said the driver had a blood alcohol content of 0.09 percent "
        "when he struck the officer on Friday.",
        "2024-05-10",
    )
    assert not conflicts(report), [f.reason for f in report.findings]
    one_sided = [f.reason for f in report.findings if f.kind.value.endswith("_only")]
    assert not one_sided, one_sided
