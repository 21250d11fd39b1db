"""What the window paints for a report, worked out once, off the UI thread where it can be (Qt-free).

Stop 56: showing a long comparison spent about a second of the UI thread on plain computing before
any widget changed: the highlight records, which layer and colour role each span takes, and the
quote table (built twice: for the Quotes tab and for the panes' quote marks), the link map's band
colours, the header's counts and the People tab's "named instead", and the word diffs of each
article's opening; stop 58 added the Quotes tab's cells (``report_quote_cells``: each row's markup
and plain text). ``warm`` does that work in the worker right after the engine and keeps it beside
the report; the window then only applies it. A report that did not pass through the worker (a reopened file, a review edit, undo)
is prepared on first use in the UI thread, as before: the same functions, the same result.

Nothing here imports Qt, so the data can be built on any thread and tested without a widget.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace

from desktop.core.alignment.wording import LazyWording
from desktop.core.model import FindingKind, MentionType, Report, ReviewStatus, Side, TextRange
from desktop.core.persons.mention_finder import NamedInstead, named_instead
from desktop.qt.describe import summary_text
from desktop.qt.highlight_spans import Highlight, highlights_for, is_sentence_like
from desktop.qt.link_kinds import pair_kinds
from desktop.qt.quote_cells import GroupCells, QuoteStyle, group_cells
from desktop.qt.quote_rows import QuoteRow, group_by_speaker, line_ranges, quote_rows

# The finding layers ComparisonView paints, by name and priority (higher paints later).
SENTENCES_LAYER = ("sentences", 0)
QUOTES_LAYER = ("quotes", 1)
DETAILS_LAYER = ("details", 5)
FINDINGS_LAYER = ("findings", 10)
FINDING_LAYERS = (SENTENCES_LAYER, QUOTES_LAYER, DETAILS_LAYER, FINDINGS_LAYER)

# Reports kept prepared: the one shown, the one being computed and a couple the user went back to
# (undo, a re-run). Each entry holds its report, so an id is never reused while it is here.
KEPT_REPORTS = 4

# The opening of each article the worker diffs word by word ahead of the window: more than a
# maximised pane shows at the smallest font (about 4,000 characters at 8 pt on 1920x1200), so the
# first paint of the reworded words needs no diff on the UI thread; scrolling diffs the rest.
OPENING_CHARS = 6_000


@dataclass(frozen=True, slots=True)
class PaintSpan:
    """One range of a finding layer and the theme role that colours it."""

    start: int
    end: int
    layer: str  # a FINDING_LAYERS name
    role: str  # Theme.format_for's role: "finding", "check", "statement" or "detail"
    kind: FindingKind
    dismissed: bool


@dataclass(frozen=True, slots=True)
class SidePaint:
    highlights: tuple[Highlight, ...]
    spans: tuple[PaintSpan, ...]


@dataclass(frozen=True, slots=True)
class PreparedView:
    left: SidePaint
    right: SidePaint
    pair_kinds: tuple[FindingKind | None, ...]  # the link map's band colours, by aligned pair
    summary: str  # the header line above the panes

    def side(self, side: Side) -> SidePaint:
        return self.left if side is Side.LEFT else self.right


def shown_report(report: Report, conflicts_held: bool) -> Report:
    """What the panes and the link map paint: with the conflicts held back (different events)
    they are left out, so they are neither coloured nor stepped through."""
    if not conflicts_held:
        return report
    kept = tuple(f for f in report.findings if f.kind is not FindingKind.CONFLICT)
    return replace(report, findings=kept)


def paint_spans(text: str, highlights: tuple[Highlight, ...]) -> tuple[PaintSpan, ...]:
    """Which layer and colour role each highlight takes on one side, in the highlights' order."""
    out: list[PaintSpan] = []
    for h in highlights:
        dismissed = h.status is ReviewStatus.DISMISSED
        if h.type is MentionType.QUOTE:
            # A quote's verdict is a faint wash, line by line (its changed words: quote_marks).
            out.extend(
                PaintSpan(r.start, r.end, QUOTES_LAYER[0], "statement", h.kind, dismissed)
                for r in line_ranges(text, h.start, h.end)
            )
        elif h.type is not MentionType.STATEMENT:
            role = "check" if h.to_check else "finding"
            out.append(PaintSpan(h.start, h.end, FINDINGS_LAYER[0], role, h.kind, dismissed))
        elif is_sentence_like(text[h.start : h.end]):
            out.append(
                PaintSpan(h.start, h.end, SENTENCES_LAYER[0], "statement", h.kind, dismissed)
            )
        else:
            out.append(PaintSpan(h.start, h.end, DETAILS_LAYER[0], "detail", h.kind, dismissed))
    return tuple(out)


def prepare_view(report: Report, conflicts_held: bool) -> PreparedView:
    shown = shown_report(report, conflicts_held)

    def side_paint(side: Side) -> SidePaint:
        highlights = tuple(highlights_for(shown, side))
        return SidePaint(highlights, paint_spans(report.document(side).document.text, highlights))

    return PreparedView(
        side_paint(Side.LEFT),
        side_paint(Side.RIGHT),
        tuple(pair_kinds(shown)),
        summary_text(report, conflicts_held=conflicts_held),
    )


class _Kept:
    """A small most-recent-first store keyed by the report object (its id, the report held)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[int, object], tuple[Report, object]] = OrderedDict()

    def get(self, report: Report, key: object) -> object | None:
        with self._lock:
            entry = self._entries.get((id(report), key))
            if entry is None or entry[0] is not report:
                return None
            self._entries.move_to_end((id(report), key))
            return entry[1]

    def put(self, report: Report, key: object, value: object) -> None:
        with self._lock:
            self._entries[id(report), key] = (report, value)
            self._entries.move_to_end((id(report), key))
            reports = list(dict.fromkeys(id(r) for r, _v in self._entries.values()))
            for stale in reports[:-KEPT_REPORTS]:
                for k in [k for k in self._entries if k[0] == stale]:
                    del self._entries[k]


_KEPT = _Kept()


def view_paint(report: Report, conflicts_held: bool) -> PreparedView:
    """The panes' highlights and layer spans: prepared by ``warm``, or worked out now."""
    if conflicts_held and not any(f.kind is FindingKind.CONFLICT for f in report.findings):
        conflicts_held = False  # nothing to hold back: the same paint
    found = _KEPT.get(report, ("view", conflicts_held))
    if isinstance(found, PreparedView):
        return found
    made = prepare_view(report, conflicts_held)
    _KEPT.put(report, ("view", conflicts_held), made)
    return made


def report_quote_rows(report: Report) -> list[QuoteRow]:
    """The quote table's rows (the Quotes tab and the panes' quote marks share them)."""
    found = _KEPT.get(report, "quotes")
    if isinstance(found, tuple):
        return list(found)
    made = tuple(quote_rows(report))
    _KEPT.put(report, "quotes", made)
    return list(made)


# The colours the Quotes tab last drew with, told by the tab on the UI thread (one reference,
# swapped whole): the worker prepares the next report's cells in them. A theme changed while the
# worker ran is a cache miss, worked out on the UI thread when the tab builds, as before.
_quote_style: QuoteStyle | None = None


def remember_quote_style(style: QuoteStyle) -> None:
    global _quote_style
    _quote_style = style


def report_quote_cells(
    report: Report, style: QuoteStyle, conflicts_held: bool
) -> tuple[GroupCells, ...]:
    """The Quotes tab's cells (markup and plain text) in ``style``: prepared by ``warm`` in
    the colours the tab last drew with, or worked out now (a review edit, a new theme)."""
    if conflicts_held and not any(f.kind is FindingKind.CONFLICT for f in report.findings):
        conflicts_held = False  # nothing held back: the same cells
    key = ("quote_cells", style, conflicts_held)
    found = _KEPT.get(report, key)
    if isinstance(found, tuple):
        return found
    made = group_cells(report, group_by_speaker(report_quote_rows(report)), style, conflicts_held)
    _KEPT.put(report, key, made)
    return made


def people_instead(report: Report) -> dict[str, tuple[NamedInstead, ...]]:
    """For each person card, the conflicts where the other article names someone else (People tab)."""
    found = _KEPT.get(report, "people")
    if isinstance(found, dict):
        return dict(found)
    made = {card.id: named_instead(report, card) for card in report.people}
    _KEPT.put(report, "people", made)
    return dict(made)


def report_wording(report: Report) -> LazyWording:
    """The report's word diffs, the opening already diffed when the worker prepared it. The
    window keeps diffing into it as the reader scrolls (the UI thread only, from then on)."""
    found = _KEPT.get(report, "wording")
    if isinstance(found, LazyWording):
        return found
    made = LazyWording(report)
    _KEPT.put(report, "wording", made)
    return made


def warm(report: Report) -> None:
    """In the worker, right after the engine: everything above, before the window sees the
    report. Both held states: whether conflicts are held back is decided by the window."""
    view_paint(report, False)
    view_paint(report, True)
    report_quote_rows(report)
    style = _quote_style
    if style is not None:
        report_quote_cells(report, style, False)
        report_quote_cells(report, style, True)
    people_instead(report)
    report_wording(report).cover(TextRange(0, OPENING_CHARS), TextRange(0, OPENING_CHARS))
