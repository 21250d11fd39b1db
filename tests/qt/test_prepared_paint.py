"""Showing a comparison: what to paint is worked out in the worker, the window only applies it.

Stop 56: a long pair blocked the window for about a second after the engine had finished, while
the UI thread worked out which span takes which colour, the quote table and the link map's band
colours. ``desktop.qt.prepared`` now does that beside the engine; these stories check that the
panes end up exactly as the old painter drew them, whichever way the report arrives (computed,
reopened from a file, edited by a review).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from desktop.core.model import (
    AlignedPair,
    FindingKind,
    MentionType,
    Report,
    ReviewStatus,
    Side,
    TextRange,
)
from desktop.core.persistence.persist import SavedComparison
from desktop.qt.highlight import HighlightLayers, highlights_for, is_sentence_like
from desktop.qt.link_kinds import pair_kinds
from desktop.qt.main_window import MainWindow
from desktop.qt.palette import Theme
from desktop.qt.prepared import (
    FINDING_LAYERS,
    paint_spans,
    prepare_view,
    report_quote_rows,
    report_wording,
    view_paint,
    warm,
)
from desktop.qt.quote_rows import line_ranges, quote_rows
from tests.factories import FACTS, LEFT_TEXT, RIGHT_TEXT, finding, report

Drawn = dict[str, list[tuple[int, int, QTextCharFormat]]]


def _story() -> Report:
    texts = (LEFT_TEXT, RIGHT_TEXT)
    found = [
        finding(texts, f"f{n}", kind.value, type_, [left] if left else [], [right] if right else [])
        for n, (kind, type_, left, right) in enumerate(FACTS)
    ]
    # A short told detail and a dismissed conflict: the "detail" role and the faded formats.
    found.append(finding(texts, "d1", "agree", "statement", ["died"], ["died"]))
    found[0] = finding(
        texts,
        "f0",
        "conflict",
        "person",
        ["Ivan Kovgan"],
        ["Ivan Petrov"],
        status=ReviewStatus.DISMISSED,
    )
    return report(texts, found)


def _old_painter(made: Report, side: Side, theme: Theme) -> Drawn:
    """Stop 55's ComparisonView._paint_findings, kept here as the reference."""
    text = made.document(side).document.text
    out: Drawn = {name: [] for name, _priority in FINDING_LAYERS}
    for h in highlights_for(made, side):
        dismissed = h.status is ReviewStatus.DISMISSED
        if h.type is MentionType.QUOTE:
            fmt = theme.format_for("statement", h.kind, dismissed)
            out["quotes"].extend((r.start, r.end, fmt) for r in line_ranges(text, h.start, h.end))
        elif not h.statement:
            fmt = theme.format_for("check" if h.to_check else "finding", h.kind, dismissed)
            out["findings"].append((h.start, h.end, fmt))
        elif is_sentence_like(text[h.start : h.end]):
            out["sentences"].append(
                (h.start, h.end, theme.format_for("statement", h.kind, dismissed))
            )
        else:
            out["details"].append((h.start, h.end, theme.format_for("detail", h.kind, dismissed)))
    return out


def _drawn(window: MainWindow, side: Side) -> Drawn:
    layers = window.view.text(side).layers
    return {name: list(layers.layer(name)) for name, _priority in FINDING_LAYERS}


def test_a_dismissed_conflict_and_a_told_detail_get_their_own_roles() -> None:
    made = _story()
    for side in Side:
        spans = paint_spans(made.document(side).document.text, tuple(highlights_for(made, side)))
        assert {span.layer for span in spans} == {"sentences", "details", "findings"}
        assert any(span.dismissed and span.kind is FindingKind.CONFLICT for span in spans)
        assert any(span.role == "detail" for span in spans)


def test_a_comparison_from_the_worker_is_painted_as_the_old_painter_drew_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    left, right = tmp_path / "l.txt", tmp_path / "r.txt"
    left.write_text(LEFT_TEXT, encoding="utf-8")
    right.write_text(RIGHT_TEXT, encoding="utf-8")
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        window.session.open_pair(left, right)
    shown = window.view.report
    assert shown is not None
    theme = window.view.theme
    for side in Side:
        assert _drawn(window, side) == _old_painter(shown, side, theme)
        assert window.view.highlights(side) == highlights_for(shown, side)


def test_the_worker_prepares_the_view_before_the_window_sees_the_report(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    left, right = tmp_path / "l.txt", tmp_path / "r.txt"
    left.write_text(LEFT_TEXT, encoding="utf-8")
    right.write_text(RIGHT_TEXT, encoding="utf-8")
    seen: list[object] = []
    # Asked on the UI thread as the report arrives: it is there already, the same object.
    window.session.reportChanged.connect(lambda r: seen.append(view_paint(r, False)))
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        window.session.open_pair(left, right)
    shown = window.view.report
    assert shown is not None
    assert seen and seen[0] is view_paint(shown, False)


def test_a_reopened_comparison_is_painted_the_same_without_the_worker(
    qtbot, window: MainWindow
) -> None:
    made = _story()
    window.session.load(SavedComparison(report=made), None)
    theme = window.view.theme
    for side in Side:
        assert _drawn(window, side) == _old_painter(made, side, theme)


def test_a_dismissal_is_repainted_faded_after_the_review_edit(qtbot, window: MainWindow) -> None:
    window.session.load(SavedComparison(report=_story()), None)
    window.session.update_finding("f1", status=ReviewStatus.DISMISSED)
    edited = window.view.report
    assert edited is not None
    changed = edited.finding("f1")
    assert changed is not None and changed.status is ReviewStatus.DISMISSED
    theme = window.view.theme
    for side in Side:
        assert _drawn(window, side) == _old_painter(edited, side, theme)


def test_held_back_conflicts_are_left_out_of_the_prepared_paint() -> None:
    made = _story()
    held = prepare_view(made, True)
    for side in Side:
        assert all(h.kind is not FindingKind.CONFLICT for h in held.side(side).highlights)
    assert any(h.kind is FindingKind.CONFLICT for h in prepare_view(made, False).left.highlights)


def test_warming_keeps_the_quote_table_and_band_colours_the_window_would_build() -> None:
    made = _story()
    warm(made)
    assert report_quote_rows(made) == quote_rows(made)
    assert list(view_paint(made, False).pair_kinds) == pair_kinds(made)


def test_layers_set_in_a_batch_are_merged_once_with_every_range_in_place(qtbot) -> None:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("The council met on Tuesday and voted to close the pier.")
    layers = HighlightLayers(edit)
    low, high = QTextCharFormat(), QTextCharFormat()
    high.setFontUnderline(True)
    with layers.batch():
        layers.set_layer("high", 10, [(4, 11, high)])
        layers.set_layer("low", 0, [(0, 3, low), (19, 26, low)])
        assert edit.extraSelections() == []  # nothing merged until the batch ends
    drawn = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in edit.extraSelections()]
    assert drawn == [(0, 3), (19, 26), (4, 11)]  # lower priority first, so it paints under
    layers.clear_layer("low")
    drawn = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in edit.extraSelections()]
    assert drawn == [(4, 11)]  # a layer kept from before is still drawn after another changed


def test_reworded_words_diffed_in_the_worker_are_still_marked_when_shown(
    qtbot, window: MainWindow
) -> None:
    texts = ("They will avoid a war. A firebomb hit the gate.", "They will avert a war.")
    pairs = [AlignedPair(TextRange(0, 22), TextRange(0, 22), 0.9)]
    made = report(texts, [], alignment=pairs)
    warm(made)  # the opening is diffed before the window sees the report
    assert report_wording(made).diffed() == 1
    window.session.load(SavedComparison(report=made), None)
    for side, word in ((Side.LEFT, "avoid"), (Side.RIGHT, "avert")):
        text = texts[side is Side.RIGHT]
        start = text.index(word)
        qtbot.waitUntil(
            lambda s=side, a=start, w=word: (a, a + len(w)) in window.view.text(s).wording(),
            timeout=3_000,
        )
