"""The pure decisions behind the widgets: geometry, mapping, wording, input checks."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QPalette

from desktop.app import parse_size
from desktop.core.model import AlignedPair, FindingKind, MentionType, Side, TextRange
from desktop.qt.article_pane import opening_words
from desktop.qt.comparison_view import conflict_order, describe_finding, summary_text
from desktop.qt.drops import urls_to_paths
from desktop.qt.highlight import Highlight, finding_at, highlights_for
from desktop.qt.link_map import bands_for, conflict_links, pair_kinds
from desktop.qt.overview_map import marks_for
from desktop.qt.palette import Theme, is_dark
from desktop.qt.scroll_sync import anchor_points, map_offset
from desktop.qt.session import check_input
from tests.factories import story_report


def test_urls_to_paths_keeps_local_files_in_order() -> None:
    urls = [
        QUrl.fromLocalFile("/tmp/b.txt"),
        QUrl("https://example.org/a.html"),
        QUrl.fromLocalFile("/tmp/a.pdf"),
    ]
    assert urls_to_paths(urls) == [Path("/tmp/b.txt"), Path("/tmp/a.pdf")]


def test_check_input_explains_each_problem(tmp_path: Path) -> None:
    good = tmp_path / "story.html"
    good.write_text("<p>hi</p>")
    odd = tmp_path / "story.xlsx"
    odd.write_text("x")
    assert check_input(good) is None
    assert "folder" in (check_input(tmp_path) or "")
    assert "not found" in (check_input(tmp_path / "gone.txt") or "")
    assert "unsupported file type '.xlsx'" in (check_input(odd) or "")


def test_summary_line_counts_the_findings_as_reviewed_not_the_engines_snapshot() -> None:
    report = story_report()  # 2 conflicts, 4 corroborated, 3 only left, 1 only right (facts)
    stale = replace(report, summary=replace(report.summary, counts={"conflict": 9}))
    line = summary_text(stale)
    assert line == (
        "2 conflicts (1 to check), 4 corroborated, 3 only left, 1 only right; likely the same event"
    )


def test_highlights_and_hit_testing_prefer_the_entity_over_its_sentence() -> None:
    report = story_report()
    left = highlights_for(report, Side.LEFT)
    assert [h.start for h in left] == sorted(h.start for h in left)
    text = report.left.document.text
    offset = text.index("5,000") + 1
    hit = finding_at(left, offset)
    assert hit is not None and hit.type == "number" and hit.kind is FindingKind.LEFT_ONLY
    in_sentence = text.index("residents")
    sentence_hit = finding_at(left, in_sentence)
    assert sentence_hit is not None and sentence_hit.statement
    assert finding_at(left, text.index("closes")) is None


def test_conflicts_are_walked_in_reading_order() -> None:
    report = story_report()
    ids = conflict_order(report)
    texts = [report.finding(i).left[0].text for i in ids]  # type: ignore[union-attr]
    assert texts == ["Ivan Kovgan", "6 weeks"]


def test_tooltip_names_both_sides_and_escapes_html() -> None:
    report = story_report()
    conflict = report.finding(conflict_order(report)[0])
    assert conflict is not None
    tip = describe_finding(conflict)
    assert "“Ivan Kovgan”" in tip and "“Ivan Petrov”" in tip and "Conflict" in tip
    one_sided = next(f for f in report.findings if f.kind is FindingKind.RIGHT_ONLY)
    assert "not mentioned" in describe_finding(one_sided)


def test_link_map_colours_pairs_by_their_findings_and_culls_off_screen() -> None:
    report = story_report()
    kinds = pair_kinds(report)
    assert kinds == [FindingKind.CONFLICT, FindingKind.AGREE, FindingKind.CONFLICT]

    def y(r: TextRange) -> tuple[float, float]:
        return float(r.start), float(r.end)

    def far(r: TextRange) -> tuple[float, float]:
        return float(r.start + 1000), float(r.end + 1000)

    pairs = report.alignment
    bands = bands_for(pairs, kinds, y, y, height=10_000)
    assert [b.index for b in bands] == [0, 1, 2] and not any(b.stub for b in bands)
    assert (bands[0].left_top, bands[0].right_top) == (
        float(pairs[0].left.start),
        float(pairs[0].right.start),
    )
    # Right pane scrolled far away: left ends become stubs, nothing fully off-screen is kept.
    stubs = bands_for(pairs, kinds, y, far, height=500)
    assert stubs and all(b.stub and b.left_visible for b in stubs)
    assert bands_for(pairs, kinds, far, far, height=100) == []


def test_scroll_map_interpolates_between_aligned_pairs() -> None:
    pairs = [
        AlignedPair(TextRange(100, 200), TextRange(300, 500), 0.9),
        AlignedPair(TextRange(400, 500), TextRange(50, 80), 0.3),  # crosses the first: ignored
        AlignedPair(TextRange(600, 700), TextRange(800, 900), 0.8),
    ]
    anchors = anchor_points(pairs, 1000, 1000)
    assert anchors == [(0, 0), (100, 300), (200, 500), (600, 800), (700, 900), (1000, 1000)]
    assert map_offset(150, anchors, Side.LEFT) == 400
    assert map_offset(400, anchors, Side.LEFT) == 650  # inside the gap, proportionally
    assert map_offset(400, anchors, Side.RIGHT) == 150
    assert map_offset(5000, anchors, Side.LEFT) == 1000


def test_overview_marks_only_conflicts_and_one_sided_facts() -> None:
    highlights = [
        Highlight(0, 10, FindingKind.CONFLICT, MentionType.PERSON, "a"),
        Highlight(20, 30, FindingKind.AGREE, MentionType.PLACE, "b"),
        Highlight(40, 50, FindingKind.LEFT_ONLY, MentionType.NUMBER, "c"),
        Highlight(0, 90, FindingKind.LEFT_ONLY, MentionType.STATEMENT, "d"),
    ]
    marks = marks_for(highlights, lambda offset: offset / 100)
    assert [(m.top, m.kind) for m in marks] == [
        (0.4, FindingKind.LEFT_ONLY),
        (0.0, FindingKind.CONFLICT),
    ]


def test_dark_palette_switches_the_scheme() -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    assert is_dark(dark)
    theme = Theme.current(dark)
    light = Theme(dark=False)
    assert theme.tint(FindingKind.CONFLICT) != light.tint(FindingKind.CONFLICT)
    # Tints stay dark on a dark page so light text remains readable on them.
    assert all(theme.tint(kind).lightness() < 128 for kind in FindingKind)
    assert all(light.tint(kind).lightness() > 150 for kind in FindingKind)


def test_opening_words_and_screenshot_size() -> None:
    assert opening_words("A short one.") == "A short one."
    long = "word " * 40
    assert opening_words(long, 20).endswith("…") and len(opening_words(long, 20)) <= 21
    assert parse_size("1400x900") == (1400, 900)
    with pytest.raises(Exception, match="WIDTHxHEIGHT"):
        parse_size("big")


def test_every_conflict_gets_a_link_between_its_two_wordings() -> None:
    report = story_report()
    links = conflict_links(report)
    left_text, right_text = report.left.document.text, report.right.document.text
    assert [
        (left_text[p.left.start : p.left.end], right_text[p.right.start : p.right.end])
        for p in links
    ] == [("Ivan Kovgan", "Ivan Petrov"), ("6 weeks", "8 weeks")]


def test_only_sentence_length_statements_are_tinted() -> None:
    from desktop.qt.highlight import is_sentence_like

    assert not is_sentence_like("unfortunate")
    assert not is_sentence_like("issued an apology")
    assert is_sentence_like("The Kremlin confirmed the apology from Aliyev.")


def test_the_open_dialog_offers_exactly_the_file_types_the_reader_reads() -> None:
    from desktop.core.ingest.registry import SUPPORTED_EXTENSIONS
    from desktop.qt.file_controller import open_filter

    articles = open_filter().split(";;")[2]
    assert articles.startswith("Articles (")
    assert set(re.findall(r"\*(\.\w+)", articles)) == SUPPORTED_EXTENSIONS


def test_every_type_the_reader_reads_passes_the_windows_check(tmp_path: Path) -> None:
    from desktop.core.ingest.registry import SUPPORTED_EXTENSIONS

    for suffix in SUPPORTED_EXTENSIONS:
        article = tmp_path / f"story{suffix}"
        article.write_bytes(b"x")
        assert check_input(article) is None, suffix


def test_every_hint_that_names_file_types_names_what_the_reader_reads(capsys) -> None:
    """The drop hint and the command line's help are prose, so they are checked against the
    reader's list (reading it at start-up would delay the first paint)."""
    from desktop.cli import main
    from desktop.core.ingest.registry import SUPPORTED_EXTENSIONS, reader_for
    from desktop.core.runtime.errors import IngestError
    from desktop.qt.article_pane import SUPPORTED_HINT

    def formats(text: str, *, strict: bool) -> set[str]:
        found = set()
        for suffix in re.findall(r"(?<!\w)\.[a-z]+\b", text):
            try:
                found.add(reader_for(f"x{suffix}")[0])
            except IngestError:
                assert not strict, f"{suffix} is not a type the reader reads"
        return found

    readable = {reader_for(f"x{suffix}")[0] for suffix in SUPPORTED_EXTENSIONS}
    assert formats(SUPPORTED_HINT, strict=True) == readable
    with pytest.raises(SystemExit):
        main(["compare", "--help"])
    assert formats(capsys.readouterr().out, strict=False) == readable
