"""The People tab: one card per person, what each article says about them in two columns.

A card is a bold name row, the names each article uses, then one row per attribute (title, role,
affiliation, nationality, age, what happened to them). A conflict (43 vs 44) is tinted in the
conflict colour and marked ≠; a difference that is no contradiction ("Major" beside "deputy chief
of submarine forces") is marked ≈ and left untinted. People with a conflict come first, then the
people both articles name. Clicking a name asks the window to mark every mention of the person;
clicking a value asks it to show the words that say it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.model import (
    FindingKind,
    PersonAttribute,
    PersonCard,
    PersonSide,
    Report,
    Side,
    Span,
)
from desktop.core.naming.names import fold
from desktop.core.persons.mention_finder import (
    NamedInstead,
    both_sides,
    card_order,
    side_mentions,
)
from desktop.core.persons.people import AGREE, CONFLICT, DIFFERENT, KINDS, ONE_SIDE
from desktop.qt.deferred_render import DeferredRender
from desktop.qt.palette import Theme
from desktop.qt.prepared import people_instead
from desktop.qt.table_browser import TableBrowser, quoted_sentence

NO_REPORT = "No comparison yet."
NO_PEOPLE = "Neither article names a person."
HELD_NOTE = "conflicts held back: the articles seem to describe different events"
# The order a reader sizes someone up in: who they are, then what happened to them.
KIND_ORDER = ("title", "role", "affiliation", "nationality", "age", "status")
KIND_LABELS = {"status": "what happened"}
MARKS = {CONFLICT: "≠", AGREE: "=", DIFFERENT: "≈", ONE_SIDE: ""}
KEY_LINE = "≠ the articles contradict each other · = both say so · ≈ described differently"

assert set(KIND_ORDER) == set(KINDS), "every attribute kind the engine gives has a row"


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One table row: the card it belongs to and the attribute in each column (if any)."""

    card: str
    left: PersonAttribute | None = None
    right: PersonAttribute | None = None

    def attribute(self, side: Side) -> PersonAttribute | None:
        return self.left if side is Side.LEFT else self.right


def attribute_lines(card: PersonCard, kind: str) -> list[tuple[PersonAttribute | None, ...]]:
    """(left, right) pairs for one kind: each side's values, one per line, the same value
    (folded) said twice on a side kept once."""
    columns = []
    for side in (card.left, card.right):
        seen: dict[str, PersonAttribute] = {}
        for attribute in side.attributes:
            if attribute.kind == kind:
                seen.setdefault(fold(attribute.value), attribute)
        columns.append(list(seen.values()))
    left, right = columns
    return [
        (left[i] if i < len(left) else None, right[i] if i < len(right) else None)
        for i in range(max(len(left), len(right)))
    ]


def verdict_of(card: PersonCard, kind: str) -> str:
    """The card's verdict on one kind; a rank on one side and a job on the other is a difference."""
    verdicts = {c.kind: c.verdict for c in card.comparisons}
    verdict = verdicts.get(kind, ONE_SIDE)
    if verdict == ONE_SIDE and kind in ("title", "role") and "title/role" in verdicts:
        return DIFFERENT
    return verdict


def _value(attribute: PersonAttribute | None, text: str = "") -> str:
    """The value as the card shows it; a baby's age (0 in completed years) in the article's own
    words ("9-month-old"), which say more than a 0."""
    if attribute is None:
        return ""
    value = attribute.value
    if attribute.kind == "age" and value == "0" and text[attribute.start : attribute.end].strip():
        value = text[attribute.start : attribute.end]
    return html.escape(" ".join(value.split()))


class PeoplePage(QWidget):
    personActivated = Signal(str)  # card id: mark the person's mentions
    attributeActivated = Signal(str, object, int, int)  # card id, Side, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.summary = QLabel(NO_REPORT)
        self.summary.setObjectName("peopleSummary")
        self.summary.setWordWrap(True)
        self.browser = TableBrowser(self)
        self.browser.setObjectName("peopleTable")
        self.browser.cellClicked.connect(self._clicked)
        self.browser.widthChanged.connect(self._render)
        self.browser.tooltip_for = self.tooltip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        self.report: Report | None = None
        self.cards: list[PersonCard] = []
        self.instead: dict[str, tuple[NamedInstead, ...]] = {}  # by card id
        self.rows: list[PersonRow | None] = []  # by table row; None: the column headings
        self.current_id: str | None = None
        self.held = False  # different events: conflicts held back, as in the panes
        self._theme = Theme.current()
        # A hidden tab draws in its own event-loop turn (stop 56): desktop.qt.deferred_render.
        self._drawing = DeferredRender(self, self._render)
        self._render()

    @property
    def drawn(self) -> bool:
        """False while a hidden tab's drawing waits for its turn of the event loop."""
        return not self._drawing.pending

    def set_report(self, report: Report | None) -> None:
        self.report = report
        self.cards = card_order(report.people) if report is not None else []
        self.instead = people_instead(report) if report else {}  # prepared in the worker
        # A card the other article contradicts by naming someone else goes up with the conflicts.
        self.cards.sort(key=lambda c: not (c.has_conflict or self.instead[c.id]))
        self.current_id = None
        self.browser.verticalScrollBar().setValue(0)
        self._drawing.request()

    def set_held(self, held: bool) -> None:
        """Conflicts held back (the articles seem to describe different events) or shown."""
        if held != self.held:
            self.held = held
            self._drawing.request()

    def card(self, card_id: str) -> PersonCard | None:
        return next((c for c in self.cards if c.id == card_id), None)

    def select(self, card_id: str | None) -> None:
        """Mark a card as the one shown in the articles, and bring it into view."""
        self._drawing.flush()
        self.current_id = card_id if card_id is None or self.card(card_id) else None
        self._paint_selection()
        if self.current_id is not None:
            row = next(i for i, r in enumerate(self.rows) if r and r.card == self.current_id)
            self.browser.current_row = row
            self.browser.scroll_to_row(row)

    def row_of(self, card_id: str, side: Side | None = None, value: str = "") -> int:
        """The table row of a card (its name row), or of one of its values on one side."""
        self._drawing.flush()
        for index, row in enumerate(self.rows):
            if row is None or row.card != card_id:
                continue
            if side is None:
                return index
            attribute = row.attribute(side)
            if attribute is not None and fold(attribute.value) == fold(value):
                return index
        raise KeyError(f"no row for {card_id} {side} {value!r}")

    def tooltip(self, row: int, column: int) -> str:
        """The sentence that says a value, its words in bold; what a click does on a name."""
        self._drawing.flush()
        person = self.rows[row] if 0 <= row < len(self.rows) else None
        side = {1: Side.LEFT, 2: Side.RIGHT}.get(column)
        if person is None or self.report is None:
            return ""
        attribute = person.attribute(side) if side is not None else None
        if side is None or attribute is None:
            return "Click to mark every mention of this person in both articles"
        document = self.report.document(side)
        words = Span(attribute.start, attribute.end, attribute.value)
        return quoted_sentence(document.document.text, document.sentences, words)

    def text(self) -> str:
        """What the tab shows, as plain text (for tests)."""
        self._drawing.flush()
        return self.summary.text() + "\n" + self.browser.toPlainText()

    def _clicked(self, row: int, column: int) -> None:
        self._drawing.flush()
        person = self.rows[row] if 0 <= row < len(self.rows) else None
        if person is None:
            return
        side = {1: Side.LEFT, 2: Side.RIGHT}.get(column)
        attribute = person.attribute(side) if side is not None else None
        self.select(person.card)
        if side is not None and attribute is not None:
            self.attributeActivated.emit(person.card, side, attribute.start, attribute.end)
        else:
            self.personActivated.emit(person.card)

    # -- drawing -----------------------------------------------------------------------------

    def _render(self) -> None:
        self.rows = []
        if self.report is None or not self.cards:
            self.summary.setText("" if self.report is not None else NO_REPORT)
            message = NO_PEOPLE if self.report is not None else NO_REPORT
            self.browser.set_table(f"<p style='color:{self._quiet()}'>{message}</p>", [])
            return
        conflicts = 0 if self.held else sum(1 for c in self.cards if self._clashes(c))
        both = sum(1 for c in self.cards if both_sides(c))
        n = len(self.cards)
        parts = [f"{n} {'person' if n == 1 else 'people'}", f"{both} named in both articles"]
        if conflicts:
            parts.insert(1, f"{conflicts} with a conflict")
        if self.held:
            parts.append(HELD_NOTE)
        self.summary.setText(" · ".join(parts))
        quiet = self._quiet()
        label, value = self.browser.shares(self._label_width())
        lines = [
            "<table width='100%' cellspacing='0' cellpadding='3' style='border-collapse:collapse'>",
            f"<tr><td width='{label}%'></td><td width='{value}%' style='color:{quiet}'>"
            f"<b>Left article</b></td><td width='{value}%' style='color:{quiet}'>"
            "<b>Right article</b></td></tr>",
        ]
        self.rows.append(None)
        heads: list[int] = []
        for card in self.cards:
            heads.append(len(self.rows))
            lines += self._card_rows(card)
        lines.append("</table>")
        lines.append(f"<p style='color:{quiet}'><small>{KEY_LINE}</small></p>")
        clickable = [i for i, r in enumerate(self.rows) if r is not None]
        self.browser.set_table("".join(lines), clickable, heads)
        self._paint_selection()

    def _paint_selection(self) -> None:
        rows = [i for i, r in enumerate(self.rows) if r and r.card == self.current_id]
        self.browser.select_rows(rows)

    def _card_rows(self, card: PersonCard) -> list[str]:
        theme, quiet = self._theme, self._quiet()
        rule = self.palette().color(QPalette.ColorRole.Mid).name()
        badge = ""
        if self._clashes(card) and not self.held:
            badge = (
                f" &nbsp;<span style='color:{theme.strong(FindingKind.CONFLICT).name()}'>"
                "<b>≠ conflict</b></span>"
            )
        out = [
            f"<tr><td colspan='3' style='border-top:1px solid {rule}; padding-top:6px'>"
            f"<b>{html.escape(card.name)}</b>{badge} &nbsp;"
            f"<span style='color:{quiet}'>{self._mention_counts(card)}</span></td></tr>"
        ]
        self.rows.append(PersonRow(card.id))
        out.append(
            f"<tr><td style='color:{quiet}'>named as</td>"
            f"<td>{self._names(card.left)}</td><td>{self._names(card.right)}</td></tr>"
        )
        self.rows.append(PersonRow(card.id))
        for instead in () if self.held else self.instead.get(card.id, ()):
            out.append(self._instead_row(instead))
            self.rows.append(PersonRow(card.id))
        for kind in KIND_ORDER:
            verdict = verdict_of(card, kind)
            if verdict == CONFLICT and self.held:
                verdict = DIFFERENT
            for index, (left, right) in enumerate(attribute_lines(card, kind)):
                out.append(self._attribute_row(kind if index == 0 else "", verdict, left, right))
                self.rows.append(PersonRow(card.id, left, right))
        return out

    def _attribute_row(
        self,
        kind: str,
        verdict: str,
        left: PersonAttribute | None,
        right: PersonAttribute | None,
    ) -> str:
        theme, quiet = self._theme, self._quiet()
        texts = (
            ("", "")
            if self.report is None
            else tuple(self.report.document(side).document.text for side in Side)
        )
        label = html.escape(KIND_LABELS.get(kind, kind))
        mark = MARKS[verdict] if kind else ""
        if verdict == CONFLICT:
            colour = theme.strong(FindingKind.CONFLICT).name()
            tint = theme.tint(FindingKind.CONFLICT).name()
            head = f"<span style='color:{colour}'><b>{mark} {label}</b></span>" if kind else ""
            return (
                f"<tr bgcolor='{tint}'><td>{head}</td><td><b>{_value(left, texts[0])}</b></td>"
                f"<td><b>{_value(right, texts[1])}</b></td></tr>"
            )
        if verdict == AGREE and kind:
            colour = theme.strong(FindingKind.AGREE).name()
            head = (
                f"<span style='color:{colour}'>{mark}</span> "
                f"<span style='color:{quiet}'>{label}</span>"
            )
        else:
            head = f"<span style='color:{quiet}'>{mark} {label}</span>" if kind else ""
        cells = f"<td>{_value(left, texts[0])}</td><td>{_value(right, texts[1])}</td>"
        return f"<tr><td>{head}</td>{cells}</tr>"

    def _clashes(self, card: PersonCard) -> bool:
        return card.has_conflict or bool(self.instead.get(card.id))

    def _instead_row(self, instead: NamedInstead) -> str:
        """The other article names someone else where this one names the person."""
        theme = self._theme
        colour = theme.strong(FindingKind.CONFLICT).name()
        tint = theme.tint(FindingKind.CONFLICT).name()
        here, there = html.escape(instead.here), html.escape(instead.there)
        left, right = (here, there) if instead.side is Side.LEFT else (there, here)
        return (
            f"<tr bgcolor='{tint}'><td><span style='color:{colour}'><b>≠ named instead</b>"
            f"</span></td><td><b>{left}</b></td><td><b>{right}</b></td></tr>"
        )

    def _names(self, side: PersonSide) -> str:
        if not side.names:
            return f"<i style='color:{self._quiet()}'>not named</i>"
        return html.escape(", ".join(" ".join(n.split()) for n in side.names))

    def _mention_counts(self, card: PersonCard) -> str:
        if self.report is None:
            return ""
        counts = [
            len(side_mentions(self.report.document(s).document.text, part))
            for s, part in ((Side.LEFT, card.left), (Side.RIGHT, card.right))
        ]
        if not card.right.names:
            return f"only in the left article, {counts[0]}×"
        if not card.left.names:
            return f"only in the right article, {counts[1]}×"
        return f"named {counts[0]}× left, {counts[1]}× right"

    def _label_width(self) -> int:
        # Wide enough for the longest label on one line, not a share of a wide bottom dock.
        metrics = self.browser.fontMetrics()
        return (
            max(metrics.horizontalAdvance(f"≈ {k}") for k in ("what happened", "nationality")) + 16
        )

    def _quiet(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def showEvent(self, event: QShowEvent) -> None:
        self._drawing.flush()  # a tab drawn later is drawn before it is seen
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._theme = Theme.current(self.palette())
            self._render()
