"""Copy whose page scraper put a space after every point and comma ("at 8. 40am", "$1, 799") is
read as the writer meant it: a clock is a clock and a sum keeps its thousands, so the same time
or price on the other side agrees and another one still clashes."""

from __future__ import annotations

from desktop.core.extraction.split_decimals import mended_for_parser
from desktop.core.figures.numbers.values import parse_number
from desktop.core.model import FindingKind, MentionType
from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

_CALLED = "Firefighters were called to the bakery at {} on Saturday, police said."


def test_a_clock_with_its_point_broken_agrees_with_the_same_clock_written_whole() -> None:
    report = compare_stories(_CALLED.format("8. 40am"), _CALLED.format("8:40am"))
    assert ({"8. 40am"}, {"8:40am"}) in agreed_texts(report, MentionType.TIME), report.findings


def test_a_clock_with_its_point_broken_still_clashes_with_another_hour() -> None:
    report = compare_stories(_CALLED.format("8. 40am"), _CALLED.format("9:40am"))
    assert ({"8. 40am"}, {"9:40am"}) in conflict_texts(report)


def test_a_broken_clock_the_other_article_leaves_out_is_shown_as_its_own() -> None:
    report = compare_stories(
        _CALLED.format("8. 40am"), "Firefighters were called to the bakery on Saturday."
    )
    assert "8. 40am" in yellow(report)


def test_a_sum_with_its_thousands_broken_keeps_every_offset_and_its_value() -> None:
    text = "It is offered in $1, 799 and $2, 199 versions, or in 1, 000 or so shops."
    mended = mended_for_parser(text)
    assert len(mended) == len(text)
    assert "$01,799" in mended and "$02,199" in mended and "1, 000 or so" in mended
    for written in ("$01,799", "$1, 799"):
        value = parse_number(written)
        assert value is not None and value.low == 1799


_PRICED = "The basic model is offered in $1, 799 and $2, 199 versions, the company said."


def test_prices_with_their_thousands_broken_agree_with_the_same_prices() -> None:
    report = compare_stories(
        _PRICED, "The basic model is offered for $1,799 or $2,199, the company said."
    )
    agreed = agreed_texts(report, MentionType.MONEY)
    assert ({"$1, 799"}, {"$1,799"}) in agreed and ({"$2, 199"}, {"$2,199"}) in agreed, agreed


def test_prices_with_their_thousands_broken_still_clash_with_another_price() -> None:
    report = compare_stories(
        _PRICED, "The basic model is offered for $1,899 or $2,199, the company said."
    )
    assert ({"$1, 799"}, {"$1,899"}) in conflict_texts(report), report.findings


def test_two_prices_side_by_side_agree_with_the_same_two_as_a_span() -> None:
    report = compare_stories(
        "The larger laptop is offered in $1, 799 and $2, 199 versions, the company said.\n\n"
        "Shipping starts on Tuesday.",
        "Shipping starts on Tuesday.\n\n"
        "The larger models will be priced between $1799 and $2199, the company said.",
    )
    agreed = [
        f for f in report.findings if f.kind is FindingKind.AGREE and f.type is MentionType.MONEY
    ]
    assert [({s.text for s in f.left}, {s.text for s in f.right}) for f in agreed] == [
        ({"$1, 799", "$2, 199"}, {"between $1799 and $2199"})
    ]


def test_two_prices_side_by_side_do_not_agree_with_a_span_of_other_ends() -> None:
    report = compare_stories(
        "The larger laptop is offered in $1, 799 and $2, 199 versions, the company said.\n\n"
        "Shipping starts on Tuesday.",
        "Shipping starts on Tuesday.\n\n"
        "The larger models will be priced between $1799 and $2499, the company said.",
    )
    assert not agreed_texts(report, MentionType.MONEY), report.findings
