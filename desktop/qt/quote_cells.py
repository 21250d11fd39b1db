"""The Quotes tab's cells, worked out before the tab draws them (Qt-free, any thread).

Stop 58 (table58): the tab's first build spent half its time making each cell's markup
(``quote_html``, ``speaker_note``, the verdict's words and swatch) and its plain text on the UI
thread. Everything a cell shows is a pure function of the report's rows, the theme's colours and
whether conflicts are held back, so ``desktop.qt.prepared`` makes these cells in the worker beside
``report_quote_rows`` and the tab's model (``desktop.qt.quote_model``) only hands them to the view.
The colours come in as a ``QuoteStyle`` of colour names, so nothing here touches a QColor.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from desktop.core.model import FindingKind, Report, ReviewStatus, Side
from desktop.core.results.palette import KIND_CUES
from desktop.qt.quote_rows import (
    RETOLD,
    QuoteRow,
    SpeakerGroup,
    quote_html,
    speaker_note,
)

NOT_IN_ARTICLE = "<i>not in this article</i>"  # the cell of a side that lacks the quote
NOT_COMPARED = "The engine did not compare this quote."  # the verdict's tooltip without a finding


@dataclass(frozen=True, slots=True)
class QuoteStyle:
    """The theme's colours a quote cell is drawn with, as colour names (``#rrggbb``)."""

    strong: tuple[tuple[FindingKind, str], ...]  # each verdict kind's swatch
    shared: str  # an agreement from the same agency copy
    unshown: str  # a quote the engine did not compare (the palette's Mid)
    mark: str  # the CSS of a misquote's changed words

    def swatch(self, kind: FindingKind) -> str:
        return dict(self.strong)[kind]


@dataclass(frozen=True, slots=True)
class QuoteCell:
    """One quote row as the tab shows it: each column's display text and markup."""

    row: QuoteRow
    verdict: str  # "≠ Quote differs (held back)": the verdict column's text
    verdict_html: str  # the same with its colour swatch, the head kept on one line
    tooltip: str  # the finding's reason
    texts: tuple[str, str]  # the left and right cells' plain text ("" where absent)
    markups: tuple[str, str]  # the left and right cells' markup
    starts: tuple[int, int]  # each side's quote start, -1 where absent

    @property
    def finding_id(self) -> str | None:
        return None if self.row.finding is None else self.row.finding.id

    @property
    def dismissed(self) -> bool:
        finding = self.row.finding
        return finding is not None and finding.status is ReviewStatus.DISMISSED


@dataclass(frozen=True, slots=True)
class GroupCells:
    """A speaker's heading and the cells of the quote rows under it."""

    group: SpeakerGroup
    title_html: str  # the speaker in bold, the count after it
    rows: tuple[QuoteCell, ...]


_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def plain_text(markup: str) -> str:
    """A cell's markup as plain text, as a QTextDocument reads it (what tests and screen
    readers get): tags dropped, a line break a space, entities decoded, white space single."""
    text = html.unescape(_TAG.sub("", _BREAK.sub(" ", markup)))
    return " ".join(text.split())


def verdict_text(row: QuoteRow, conflicts_held: bool) -> str:
    """The verdict with its cue and review status: "≠ Quote differs (dismissed)"."""
    kind = row.shown_kind
    if kind is None:
        return row.verdict
    status = row.finding.status if row.finding is not None else ReviewStatus.OPEN
    review = "" if status is ReviewStatus.OPEN else f" ({status.value})"
    if conflicts_held and kind is FindingKind.CONFLICT:
        review += " (held back)"
    # A quote told a little differently agrees, but not word for word: ≈, as on people cards.
    symbol = "≈" if row.verdict.startswith(RETOLD) else KIND_CUES[kind][1]
    return f"{symbol} {row.verdict}{review}"


def verdict_html(text: str) -> str:
    # The symbol and the first two words stay on one line when the verdict wraps in a
    # narrow dock: "+ Only left", "= Same claim," never break; "same copy" may.
    words = text.split(" ")
    head, tail = words[:3], words[3:]
    joined = "&nbsp;".join(html.escape(w) for w in head)
    return f"{joined} {html.escape(' '.join(tail))}" if tail else joined


def verdict_swatch(row: QuoteRow, style: QuoteStyle) -> str:
    kind = row.shown_kind
    if kind is None:
        return style.unshown
    if kind is FindingKind.AGREE and row.finding is not None and not row.finding.independent:
        return style.shared
    return style.swatch(kind)


def quote_cell(
    report: Report, row: QuoteRow, group: str, style: QuoteStyle, held: bool
) -> QuoteCell:
    verdict = verdict_text(row, held)
    swatch = f"<span style='color:{verdict_swatch(row, style)}'>■</span>&nbsp;"
    markups: list[str] = []
    for side in Side:
        markup = quote_html(report.document(side).document.text, row, side, style.mark)
        note = speaker_note(row, side, group)
        if note:
            markup += f"<br><small><i>{note}</i></small>"
        markups.append(markup)
    finding = row.finding
    return QuoteCell(
        row=row,
        verdict=verdict,
        verdict_html=swatch + verdict_html(verdict),
        tooltip=finding.reason if finding is not None else NOT_COMPARED,
        texts=(plain_text(markups[0]), plain_text(markups[1])),
        markups=(markups[0] or NOT_IN_ARTICLE, markups[1] or NOT_IN_ARTICLE),
        starts=(
            -1 if row.left is None else row.left.start,
            -1 if row.right is None else row.right.start,
        ),
    )


def group_cells(
    report: Report, groups: list[SpeakerGroup], style: QuoteStyle, conflicts_held: bool
) -> tuple[GroupCells, ...]:
    """Every speaker's heading and quote cells, in the tab's order."""
    out = []
    for group in groups:
        count = html.escape(group.title.removeprefix(group.speaker))
        title = f"<b>{html.escape(group.speaker)}</b>{count}"
        rows = tuple(
            quote_cell(report, r, group.speaker, style, conflicts_held) for r in group.rows
        )
        out.append(GroupCells(group, title, rows))
    return tuple(out)
