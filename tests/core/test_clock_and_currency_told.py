"""A time and an amount told in the other article's own style are told there: "9.25 a.m." /
"about 9:25 Thursday morning", "nearly $100 billion" / "nearly 100 billion USD"."""

from __future__ import annotations

from desktop.core.datetimes.clock import parse_time
from desktop.core.figures.numbers.values import parse_number
from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts


def _marked(report: Report) -> list[str]:
    return [
        s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        for s in (*f.left, *f.right)
    ]


def test_a_clock_with_its_part_of_the_day_after_the_weekday_is_read() -> None:
    assert parse_time("about 9:25 Thursday morning") == "09:25"
    assert parse_time("10:40 Friday night") == "22:40"
    assert parse_time("at 3:15 this afternoon") == "15:15"


def test_nine_twenty_five_am_is_told_by_nine_twenty_five_thursday_morning() -> None:
    report = compare_texts(
        "Navy foils pirates\n\nAt 9.25 a.m. on Thursday, sailors aboard the warship Kestrel "
        "spotted five suspicious boats approaching the merchant ships.",
        "Navy foils pirates\n\nAt about 9:25 Thursday morning, sailors aboard the warship "
        "Kestrel spotted five suspicious boats approaching the merchant ships.",
        "2024-05-06",
    )
    assert not _marked(report), _marked(report)


def test_a_currency_code_after_the_figure_is_the_currency() -> None:
    value = parse_number("nearly 100 billion USD")
    assert value is not None and value.dimension == "usd"
