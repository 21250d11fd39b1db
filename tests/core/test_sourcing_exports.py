"""What an editor reads about quotes and shared copy: the HTML report's quotes section, the CSV's
independence column, the command line's shared-copy line and the counts behind the verdict."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from desktop.cli import format_summary
from desktop.core.export import export_csv, export_html
from desktop.core.export.csv import COLUMNS
from desktop.core.model import Quote, Report, ReviewStatus, SharedPassage, Side, TextRange
from desktop.core.quoting.quote_table import UNKNOWN_SPEAKER, quote_rows
from desktop.core.results.counts import count_findings, verdict_line
from tests.factories import finding, report

WIRE = (
    "Rescuers pulled eleven people from the rubble of the collapsed school in Marvell on Friday "
    "night, and the search went on through Saturday morning."
)
LEFT = f'{WIRE} "We will never stop until everyone is found," said Dana Okafor, the fire chief.'
RIGHT = (
    f'{WIRE} "We will rarely stop until everyone is found," said Dana Okafor, the fire chief. '
    "Parents waited behind the fence, and a teacher said the building had shaken for days."
)


def _quote(text: str, side: Side, words: str, speaker: str | None, *, direct: bool = True) -> Quote:
    start = text.index(words)
    who = text.index(speaker) if speaker else None
    return Quote(
        side,
        start,
        start + len(words),
        words,
        speaker,
        who,
        who + len(speaker) if speaker and who is not None else None,
        (TextRange(start, start + len(words)),),
        direct=direct,
    )


def sourced() -> Report:
    texts = (LEFT, RIGHT)
    left_q = _quote(LEFT, Side.LEFT, "We will never stop until everyone is found,", "Dana Okafor")
    right_q = _quote(
        RIGHT, Side.RIGHT, "We will rarely stop until everyone is found,", "Dana Okafor"
    )
    reported = _quote(
        RIGHT, Side.RIGHT, "the building had shaken for days", "a teacher", direct=False
    )
    misquote = finding(
        texts,
        "q1",
        "conflict",
        "quote",
        [left_q.text],
        [right_q.text],
        reason="The quote of Dana Okafor differs: the left has 'never', the right 'rarely'.",
    )
    shared = [
        replace(finding(texts, f"a{n}", "agree", kind, [w], [w]), independent=False)
        for n, (kind, w) in enumerate((("number", "eleven"), ("place", "Marvell")))
    ]
    own = finding(texts, "a9", "agree", "person", ["Dana Okafor"], ["Dana Okafor"])
    base = report(texts, (misquote, *shared, own))
    return replace(
        base,
        quotes=(left_q, right_q, reported),
        shared_passages=(SharedPassage(TextRange(0, len(WIRE)), TextRange(0, len(WIRE)), 24),),
        summary=replace(base.summary, shared_copy=0.62),
    )


def test_the_html_report_lists_quotes_by_speaker_with_the_changed_word_marked() -> None:
    html = export_html(sourced())

    section = html[html.index("Quotes by speaker (2)") :]
    assert "“We will <b><u>never</u></b> stop until everyone is found,”" in section
    assert "“We will <b><u>rarely</u></b> stop until everyone is found,”" in section
    assert "<b>Dana Okafor</b>" in section and "<b>a teacher</b>" in section
    assert "reported speech" in section


def test_the_html_report_says_how_much_is_shared_copy_next_to_the_verdict() -> None:
    html = export_html(sourced())

    assert "62% of the left article is the same agency copy as the right" in html
    assert "Shared copy: 62% of the left article (1 passage both print" in html


def test_the_pdf_variant_carries_the_quotes_section_too() -> None:
    assert "Quotes by speaker (2)" in export_html(sourced(), for_print=True)


def test_the_csv_adds_an_independent_column_after_origin_and_keeps_the_old_ones_in_place() -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(sourced()))))

    assert COLUMNS[:4] == ("id", "kind", "type", "left_text")
    assert COLUMNS[12:14] == ("origin", "independent")
    by_id = {r["id"]: r["independent"] for r in rows}
    assert by_id == {"q1": "yes", "a0": "no", "a1": "no", "a9": "yes"}


def test_the_command_line_mentions_shared_copy_only_when_there_is_some() -> None:
    with_copy = format_summary(sourced())
    without = format_summary(replace(sourced(), shared_passages=()))

    assert "Shared copy: 62% of the left article" in with_copy
    assert "Shared copy" not in without


def test_corroboration_counts_only_independent_agreements() -> None:
    counts = count_findings(sourced())

    assert counts.facts.shared.total == 2
    assert counts.facts.independent == 1
    assert counts.facts.corroboration == 1 / 4  # 1 independent agreement among 4 facts
    line = verdict_line(counts, sourced().summary)
    assert line.startswith(
        "62% of the left article is the same agency copy as the right; "
        "1 fact is corroborated independently; 1 conflict, 3 corroborated (2 in shared copy)"
    )


def test_a_dismissed_shared_agreement_leaves_the_counts_of_shared_copy() -> None:
    r = sourced()
    dismissed = replace(
        r,
        findings=tuple(
            replace(f, status=ReviewStatus.DISMISSED) if f.id == "a0" else f for f in r.findings
        ),
    )

    counts = count_findings(dismissed)

    assert counts.facts.shared.standing == 1
    assert "(1 in shared copy)" in verdict_line(counts, dismissed.summary)


def test_quotes_are_listed_by_speaker_with_unnamed_speakers_last() -> None:
    r = sourced()
    anonymous = _quote(LEFT, Side.LEFT, "Rescuers pulled eleven people", None)
    rows = quote_rows(replace(r, quotes=(anonymous, *r.quotes)))

    assert [row.speaker for row in rows] == ["Dana Okafor", "a teacher", UNKNOWN_SPEAKER]
    assert rows[0].left is not None and rows[0].right is not None
    assert rows[0].finding is not None and rows[0].finding.id == "q1"
    assert rows[1].finding is None and rows[1].left is None
