"""An editor opens the report: conflicts first, quoted in their sentences; the texts come last."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from desktop.core.export import export_csv, export_html
from desktop.core.export.csv import COLUMNS
from desktop.core.export.sections import QUOTE_MAX_CHARS, ordered_findings, quote
from desktop.core.model import (
    AnalysedDocument,
    Notice,
    NoticeCode,
    Report,
    ReviewStatus,
    Sentence,
    Side,
    Summary,
)
from desktop.core.persistence.persist import SavedComparison
from tests.factories import finding, report

LEFT = (
    "Soldier killed near Stepanakert\n\n"
    "A veterans' club named the dead soldier as Ivan Kovgan, a deputy chief. "
    "The quake measured 5.9, according to the survey. "
    "About 5,000 residents left."
)
RIGHT = (
    "Peacekeeper killed in Azerbaijan\n\n"
    "Among the dead was Major Ivan Petrov, officials said. "
    "The quake measured 6.1. "
    "Putin called Aliyev."
)
TEXTS = (LEFT, RIGHT)
NOTE = "Call the club & the ministry"


def _sentences(text: str, attributions: dict[str, str]) -> tuple[Sentence, ...]:
    """Sentences split at ". " and paragraph breaks, with the given attributions by first word."""
    out, start = [], 0
    for i in range(len(text)):
        boundary = text[i : i + 2] in (". ", "\n\n") or i == len(text) - 1
        if boundary:
            end = i + 1
            piece = text[start:end].strip()
            if piece:
                lead = start + len(text[start:end]) - len(text[start:end].lstrip())
                who = next((a for w, a in attributions.items() if piece.startswith(w)), None)
                out.append(Sentence(lead, end, attribution=who))
            start = end
    return tuple(out)


def _with_sentences(r: Report) -> Report:
    left = replace(r.left, sentences=_sentences(LEFT, {"The quake": "the survey"}))
    right = replace(r.right, sentences=_sentences(RIGHT, {"Among": "officials"}))
    return replace(r, left=left, right=right)


def make_saved(notices: tuple[Notice, ...] = ()) -> SavedComparison:
    findings = (
        finding(TEXTS, "s1", "agree", "statement", ["The quake measured"], ["The quake measured"]),
        finding(TEXTS, "a1", "agree", "place", ["Stepanakert"], ["Azerbaijan"]),
        finding(TEXTS, "l1", "left_only", "number", ["5,000"]),
        finding(
            TEXTS,
            "c2",
            "conflict",
            "number",
            ["5.9"],
            ["6.1"],
            reason="the left says 5.9 and the right 6.1",
        ),
        finding(
            TEXTS,
            "c1",
            "conflict",
            "person",
            ["Ivan Kovgan"],
            ["Ivan Petrov"],
            reason="different names for the dead soldier",
            status=ReviewStatus.CONFIRMED,
            note=NOTE,
        ),
        finding(TEXTS, "r1", "right_only", "person", [], ["Putin"]),
    )
    summary = Summary(0.8, 0.5, {"conflict": 2}, "stale engine verdict", notices=notices)
    base = _with_sentences(
        report(TEXTS, findings, left_title="Soldier killed near Stepanakert", summary=summary)
    )
    base = replace(
        base, left=replace(base.left, document=replace(base.left.document, date="2023-09-21"))
    )
    return SavedComparison(base, saved_at="2024-05-02T10:31:00Z", saved_by="Ana")


def _front_page(html: str) -> str:
    return html.split("Appendix A")[0]


def test_page_one_names_both_articles_with_source_date_and_hash() -> None:
    front = _front_page(export_html(make_saved(), for_print=True))
    assert "Soldier killed near Stepanakert" in front and "2023-09-21" in front
    assert "/news/left.txt" in front and "/news/right.txt" in front
    assert "ab" * 32 in front and "cd" * 32 in front


def test_page_one_quotes_every_conflict_in_both_sentences_with_review() -> None:
    front = _front_page(export_html(make_saved(), for_print=True))
    assert "2 conflicts, 1 corroborated, 1 only left, 1 only right; likely the same event" in front
    for sentence_bit in ("named the dead soldier as", "Among the dead was Major", "The quake"):
        assert sentence_bit in front
    assert "according to officials" in front and "according to the survey" in front
    assert "different names for the dead soldier" in front
    assert "✓ Confirmed" in front and "Call the club &amp; the ministry" in front
    # Conflicts, then one-sided facts, then agreements; the texts only in the appendix.
    order = [
        front.index(h) for h in ("Conflicts (2)", "only one article gives", "Corroborated facts")
    ]
    assert order == sorted(order)
    assert "Putin called Aliyev." not in front.split("Facts only one")[0]


def test_notices_come_before_the_verdict() -> None:
    notice = Notice(NoticeCode.DIFFERENT_EVENTS, None, "These may be two different quakes.")
    html = export_html(make_saved((notice,)), for_print=True)
    front = _front_page(html)
    assert front.index("two different quakes") < front.index("probably different events")


def test_full_texts_and_sentence_matches_are_in_the_appendix() -> None:
    html = export_html(make_saved())
    appendix = html.split("Appendix A")[1]
    assert " called Aliyev." in appendix and "Appendix B · Sentence matches (1)" in appendix


def test_conflicts_are_numbered_first_and_in_reading_order() -> None:
    ids = [f.id for f in ordered_findings(make_saved())]
    assert ids == ["c1", "c2", "l1", "r1", "a1", "s1"]


def test_a_quote_is_the_sentence_around_the_fact() -> None:
    saved = make_saved()
    c1 = saved.report.finding("c1")
    assert c1 is not None
    q = quote(saved.report, c1, Side.RIGHT)
    assert q is not None
    assert q.text == "Among the dead was Major Ivan Petrov, officials said."
    assert q.text[slice(*q.marks[0])] == "Ivan Petrov" and q.attribution == "officials"


def test_a_run_on_sentence_is_cut_at_words_around_the_fact() -> None:
    words = " ".join(f"word{i}" for i in range(200))
    left = f"{words} Ivan Kovgan {words}."
    r = report((left, RIGHT), [finding((left, RIGHT), "c1", "conflict", "person", ["Ivan Kovgan"])])
    r = replace(r, left=AnalysedDocument(Side.LEFT, r.left.document, (Sentence(0, len(left)),)))
    q = quote(r, r.findings[0], Side.LEFT)
    assert q is not None and q.cut_before and q.cut_after
    assert len(q.text) <= QUOTE_MAX_CHARS + 20
    assert q.text.startswith("word") and q.text.split()[-1].startswith("word")
    assert q.text[slice(*q.marks[0])] == "Ivan Kovgan"


def test_csv_rows_follow_the_report_order_with_sentences() -> None:
    rows = list(csv.reader(io.StringIO(export_csv(make_saved()))))
    assert tuple(rows[0]) == COLUMNS
    table = [dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]]
    assert [r["id"] for r in table] == ["c1", "c2", "l1", "r1", "a1", "s1"]
    assert [r["section"] for r in table][:3] == ["conflicts", "conflicts", "one_sided"]
    assert table[0]["right_sentence"] == "Among the dead was Major Ivan Petrov, officials said."
    assert table[-1]["section"] == "sentences"


def test_removed_findings_are_left_out_of_every_export() -> None:
    saved = replace(make_saved(), removed=("a1",))
    assert "a1" not in {r[0] for r in csv.reader(io.StringIO(export_csv(saved)))}
    assert "Corroborated facts (0)" in export_html(saved)


def test_an_article_compared_from_its_own_folder_is_named_once_on_page_one() -> None:
    base = make_saved().report
    here = SavedComparison(
        report(TEXTS, base.findings, sources=("left story.txt", "/news/right.txt"))
    )
    front = _front_page(export_html(here, for_print=True))
    assert "left story.txt · left story.txt" not in front
    assert "left story.txt" in front
    assert "right.txt · /news/right.txt" in front  # a full path still says where the file was
