"""Copy whose sentence splitter broke its decimals ("$2. 6 million", "22. 4bn", "By 6. 30am")
is read as the writer meant it, and a British "£1.7m" or "2m euros" is millions, not metres."""

from __future__ import annotations

from desktop.core.datetimes.clock import parse_time
from desktop.core.extraction.split_decimals import mended_for_parser
from desktop.core.figures.numbers.values import parse_number
from desktop.core.model import FindingKind
from tests.factories import compare_texts, conflicts


def test_a_broken_decimal_is_read_whole_and_the_parser_view_keeps_every_offset() -> None:
    text = "lend 22. 4bn to Greece. Born in 1922. 4 people came. By 6. 30am it was out."
    mended = mended_for_parser(text)
    assert len(mended) == len(text)
    assert "22.40bn" in mended and "06.30am" in mended and "1922. 4 people" in mended
    value = parse_number("$2. 6 million")
    assert value is not None and value.low == 2_600_000
    assert parse_time("By 6. 30am") == "06:30"


def test_a_sum_with_its_currency_code_glued_on_does_not_end_the_sentence_at_its_broken_point() -> (
    None
):
    from desktop.core.extraction.extract import analyse, nlp_view
    from desktop.core.extraction.pipeline import load_pipeline
    from desktop.core.model import Document

    text = (
        "The strike tested the government since it agreed a 110 billion euro (Dh472. 72bn) "
        "bailout from the EU. Unions vowed to strike again next week."
    )
    mended = mended_for_parser(text)
    assert len(mended) == len(text) and "Dh472.720bn" in mended
    assert "06.30am" in mended_for_parser("By 6. 30am")
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    assert len(analysis.sentences) == 2, [text[s.start : s.end] for s in analysis.sentences]


def test_sums_in_millions_written_with_m_are_money_not_metres() -> None:
    pounds = parse_number("£1.7m")
    assert pounds is not None and (pounds.low, pounds.dimension) == (1_700_000, "gbp")
    euros = parse_number("2m euros")
    assert euros is not None and (euros.low, euros.dimension) == (2_000_000, "eur")
    drop = parse_number("a 60m drop")
    assert drop is not None and (drop.low, drop.dimension) == (60, "length")


def test_the_same_booty_with_a_broken_decimal_agrees_on_the_whole_figure() -> None:
    report = compare_texts(
        "Jewel heist\n\nThieves made off with gems worth $2.6 million from the store on Monday, "
        "police said.",
        "Jewel heist\n\nThieves made off with gems worth $2. 6 million from the store on Monday, "
        "police said.",
        "2024-05-10",
    )
    assert not conflicts(report), [f.reason for f in report.findings]
    agreed = [s.text for f in report.findings if f.kind is FindingKind.AGREE for s in f.right]
    assert "$2. 6 million" in agreed, agreed


def test_a_numeral_written_into_a_team_name_counts_nothing() -> None:
    assert parse_number("76ers") is None
    assert parse_number("49ers") is None
    value = parse_number("4bn")
    assert value is not None and value.low == 4_000_000_000
    report = compare_texts(
        "Cheeks fired\n\nThe Portland coach was fired on Tuesday after seven seasons with the "
        "76ers, officials said.",
        "Cheeks fired\n\nThe Portland coach was fired on Tuesday after seven seasons with the "
        "Philadelphia team, officials said.",
        "2024-05-10",
    )
    assert not any(
        s.text == "76ers" and f.type.value == "number" for f in report.findings for s in f.left
    )


def test_a_sum_with_its_scale_glued_on_is_compared_even_when_the_model_misses_it() -> None:
    # The model tags "30bn" as an ordinal here ("30th"): it must still meet the other figure.
    report = compare_texts(
        "Greek cuts\n\nHospitals and schools were also hit.  The Greek government is attempting "
        "to slice 30bn euros from its deficit over the next three years.",
        "Greek cuts\n\nHospitals and schools were also hit.  The Greek government is attempting "
        "to slice 25bn euros from its deficit over the next three years.",
        "2024-05-10",
    )
    (conflict,) = conflicts(report)
    assert [s.text for s in conflict.left] == ["30bn euros"]
    assert [s.text for s in conflict.right] == ["25bn euros"]
