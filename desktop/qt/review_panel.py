"""The review panel beside the findings table: the selected finding's verdict, its reason and
the sentence around it in each article, its review status (four buttons) and a note.

The panel edits nothing itself: it asks (``statusRequested``, ``noteEdited``, ``removeRequested``)
and the window turns each request into an undoable command on the session. Escape in the note
keeps the note and says so (``noteLeft``): the window gives the keys back to where F2 was pressed. ``context_html`` is pure.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import (
    Finding,
    FindingKind,
    MentionType,
    Report,
    ReviewStatus,
    Side,
    TextRange,
)
from desktop.core.quoting.quote_table import quote_changes
from desktop.core.results.counts import count_findings, review_line
from desktop.core.results.palette import KIND_CUES
from desktop.core.results.review import USER_ORIGIN, is_link
from desktop.qt.describe import verdict_text
from desktop.qt.palette import Theme
from desktop.qt.review import STATUS_LABELS, STATUS_MARKS

NOTE_COMMIT_MS = 800  # a pause in typing saves the note (one undo step per finding, merged)
# Around a finding the panel quotes its sentence; a run-on "sentence" (a list, a table read as
# text) is cut to this many characters either side of the finding's words.
CONTEXT_CHARS = 220
# The keys a new user would not find in the menus on their own: said where they are needed.
NOTHING_SELECTED_HINT = (
    "Press F8 to step through the conflicts, F7 through every finding, F9 to the next one you "
    "have not reviewed; or select a finding in the table, or click a highlight."
)
NO_COMPARISON_HINT = (
    "No comparison yet: open two articles with File › Open (Ctrl+O), or drop them on the panes."
)
NOTE_HINT = "Note for the editor (F2 to type here; saved with the comparison)…"
NOTE_LINES = 3  # the note box's height in lines: room to read a short note, the rest for context


def _sentence_bounds(report: Report, side: Side, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``start..end`` on one side (or a stretch around it when the engine
    gave no sentences), cut to ``CONTEXT_CHARS`` either side of the words."""
    document = report.document(side)
    text = document.document.text
    lo, hi = start, end
    for sentence in document.sentences:
        if sentence.start <= start < sentence.end:
            lo, hi = sentence.start, max(end, sentence.end)
            break
    else:
        lo = max(text.rfind("\n", 0, start) + 1, start - CONTEXT_CHARS)
        newline = text.find("\n", end)
        hi = min(len(text) if newline < 0 else newline, end + CONTEXT_CHARS)
    return max(lo, start - CONTEXT_CHARS), min(hi, end + CONTEXT_CHARS)


def context_html(report: Report, finding: Finding, theme: Theme) -> str:
    """The reason, then each article's sentence with the finding's words marked in its colour."""
    tint = theme.tint(finding.kind).name()
    changes = _quote_changes(report, finding)
    parts = [f"<p style='margin:0 0 6px 0'>{html.escape(finding.reason)}</p>"]
    for side, name in ((Side.LEFT, "Left"), (Side.RIGHT, "Right")):
        spans = sorted(finding.spans(side), key=lambda s: s.start)
        if not spans:
            parts.append(f"<p style='margin:0 0 4px 0'><b>{name}:</b> <i>not mentioned</i></p>")
            continue
        text = report.document(side).document.text
        lo, hi = _sentence_bounds(report, side, spans[0].start, spans[0].end)
        quoted, at = [], lo
        for span in spans:
            if span.start < at or span.end > hi:
                continue
            quoted.append(html.escape(text[at : span.start]))
            quoted.append(_marked(text, span.start, span.end, tint, changes.get(side, [])))
            at = span.end
        quoted.append(html.escape(text[at:hi]))
        before = "…" if lo > 0 and lo == spans[0].start - CONTEXT_CHARS else ""
        after = "…" if hi < len(text) and hi == spans[0].end + CONTEXT_CHARS else ""
        body = " ".join("".join(quoted).split())
        parts.append(f"<p style='margin:0 0 4px 0'><b>{name}:</b> {before}{body}{after}</p>")
    return "".join(parts)


def _quote_changes(report: Report, finding: Finding) -> dict[Side, list[TextRange]]:
    """A misquote's changed words per side (the core's), to be marked inside the quote."""
    if finding.type is not MentionType.QUOTE or finding.kind is not FindingKind.CONFLICT:
        return {}
    changes = quote_changes(report, finding)
    return {
        Side.LEFT: [c.left for c in changes if c.left.end > c.left.start],
        Side.RIGHT: [c.right for c in changes if c.right.end > c.right.start],
    }


def _marked(text: str, start: int, end: int, tint: str, changes: list[TextRange]) -> str:
    """The finding's words in bold on its tint; in a misquote, only the changed words are, the
    rest of the quote keeps its plain weight so the change stands out."""
    inside = sorted(
        (c for c in changes if start <= c.start and c.end <= end), key=lambda c: c.start
    )
    if not inside:
        return f"<span style='background:{tint}'><b>{html.escape(text[start:end])}</b></span>"
    out, at = [], start
    for change in inside:
        out.append(html.escape(text[at : change.start]))
        out.append(
            f"<span style='background:{tint}'><b>{html.escape(text[change.start : change.end])}</b></span>"
        )
        at = change.end
    out.append(html.escape(text[at:end]))
    return f"<i>{''.join(out)}</i>"


class ReviewPanel(QFrame):
    """The selected finding: what it says, its review status (four buttons) and a note."""

    statusRequested = Signal(str, object)  # finding id, ReviewStatus
    noteEdited = Signal(str, str)  # finding id, note
    removeRequested = Signal(str)
    personRequested = Signal(str)  # a person card id: show it on the People tab
    noteLeft = Signal()  # Escape in the note: the note is kept, the reader goes back to reading

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.finding: Finding | None = None
        self._has_report = False
        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The reason and both sentences: scrolls when a long sentence needs more room than a
        # laptop screen's dock has.
        self.words = QTextBrowser()
        self.words.setObjectName("reviewWords")
        self.words.setFrameShape(QFrame.Shape.NoFrame)
        self.words.setOpenLinks(False)
        self.words.viewport().setAutoFillBackground(False)
        self.words.document().setDocumentMargin(0)
        self.words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

        self.status_buttons: dict[ReviewStatus, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for status, key in (
            (ReviewStatus.OPEN, "Ctrl+4"),
            (ReviewStatus.CONFIRMED, "Ctrl+1"),
            (ReviewStatus.DISPUTED, "Ctrl+2"),
            (ReviewStatus.DISMISSED, "Ctrl+3"),
        ):
            mark = STATUS_MARKS[status]
            button = QToolButton()
            button.setText(f"{mark} {STATUS_LABELS[status]}" if mark else STATUS_LABELS[status])
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setToolTip(
                f"Mark this finding {STATUS_LABELS[status].lower()}" + (f" ({key})" if key else "")
            )
            button.clicked.connect(lambda _c=False, st=status: self._status_clicked(st))
            self._group.addButton(button)
            self.status_buttons[status] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._buttons = buttons

        self.note = QPlainTextEdit()
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(NOTE_HINT)
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_typed)
        self.note.installEventFilter(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_COMMIT_MS)
        self._note_timer.timeout.connect(self.commit_note)
        self._note_pending = False

        self.remove_button = QPushButton("Remove Link")
        self.remove_button.setToolTip(
            "This link is wrong: remove it (Del). A re-run of the comparison leaves it out too."
        )
        self.remove_button.clicked.connect(self._remove_clicked)
        self.person_button = QPushButton("Show Person")
        self.person_button.setObjectName("showPerson")
        self.person_button.setToolTip(
            "Everything both articles say about this person, on the People tab"
        )
        self.person_button.clicked.connect(self._person_clicked)
        self.counts = QLabel()
        self.counts.setObjectName("reviewCounts")
        self.counts.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.counts.setWordWrap(True)
        # Where the counts and the two buttons go depends on the dock's place (``set_side``).
        self._heading_row = QHBoxLayout()
        self._heading_row.setSpacing(8)
        self._heading_row.addWidget(self.heading, 1)
        self._bottom = QHBoxLayout()
        self._count_row = QHBoxLayout()  # a side dock's review count, on a row of its own

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(self._heading_row)
        layout.addWidget(self.words, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.note, 1)
        layout.addLayout(self._bottom)
        layout.addLayout(self._count_row)
        line = self.note.fontMetrics().lineSpacing()
        self.note.setMinimumHeight(line * 2 + 10)
        self._line = line
        self._theme = Theme.current()
        self.set_side(False)
        self.show_finding(None)

    def show_finding(self, finding: Finding | None, report: Report | None = None) -> None:
        """Show ``finding`` (None: nothing selected) and, given its ``report``, the sentence
        around it in each article. A note being typed for it is kept."""
        same = finding is not None and self.finding is not None and finding.id == self.finding.id
        if not same:
            self.commit_note()  # a half-typed note belongs to the finding it was typed for
        self.finding = finding
        enabled = finding is not None
        for button in self.status_buttons.values():
            button.setEnabled(enabled)
        self.note.setEnabled(enabled)
        if finding is None:
            self.heading.setText("No finding selected")
            self.words.setPlainText(self._nothing_hint())
            self._group.setExclusive(False)
            for button in self.status_buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)
            self._set_note_text("")
            self.remove_button.setEnabled(False)
            self.person_button.hide()
            return
        kind = f"{KIND_CUES[finding.kind][1]} {verdict_text(finding)}"
        kind_type = "sentence" if finding.is_statement else finding.type
        who = " · added by you" if finding.origin == USER_ORIGIN else ""
        self.heading.setText(f"{kind} · {kind_type}{who}")
        if report is not None:
            self.words.setHtml(context_html(report, finding, self._theme))
        else:
            left = " / ".join(s.text for s in finding.left) or "—"
            right = " / ".join(s.text for s in finding.right) or "—"
            self.words.setPlainText(f"{finding.reason}\nLeft: {left}\nRight: {right}")
        self.status_buttons[finding.status].setChecked(True)
        if not (same and self._note_pending):
            self._set_note_text(finding.note)
        self.remove_button.setEnabled(is_link(finding))
        self.person_button.setVisible(finding.person is not None)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme

    def set_side(self, side: bool) -> None:
        """In a side dock there is height to spare for the note, a row for the Show Person and
        Remove Link buttons and a row of its own for the review count (beside the buttons, at
        1280x720 the count was squeezed into two cramped lines). Below the articles the reason
        and the sentences need every line of the dock's height: the count goes beside the
        heading and the buttons beside the status buttons, which gives the sentences a row."""
        lines = NOTE_LINES if side else 2
        self.note.setMaximumHeight(self._line * lines + 12)
        for widget in (self.counts, self.person_button, self.remove_button):
            for row in (self._heading_row, self._bottom, self._buttons, self._count_row):
                row.removeWidget(widget)
        while self._bottom.count():  # the stretch that right-aligned the buttons
            self._bottom.takeAt(0)
        if side:
            self._bottom.addStretch(1)
            self._bottom.addWidget(self.person_button)
            self._bottom.addWidget(self.remove_button)
            self._count_row.addWidget(self.counts, 1)
        else:
            self._heading_row.addWidget(self.counts)
            self._buttons.addWidget(self.person_button)
            self._buttons.addWidget(self.remove_button)
        self.counts.setWordWrap(side)

    def context_text(self) -> str:
        """The reason and the two sentences as plain text, for tests."""
        return self.words.toPlainText()

    def set_counts(self, report: Report | None) -> None:
        """The review progress, from the counts every view shares (facts and sentences apart)."""
        self.counts.setText("" if report is None else review_line(count_findings(report)))
        self._has_report = report is not None
        if self.finding is None:
            self.words.setPlainText(self._nothing_hint())

    def _nothing_hint(self) -> str:
        """With nothing selected: the keys that step through the findings, or, before any
        comparison (a first one failed), how to start one."""
        return NOTHING_SELECTED_HINT if self._has_report else NO_COMPARISON_HINT

    def commit_note(self) -> None:
        self._note_timer.stop()
        if not self._note_pending or self.finding is None:
            self._note_pending = False
            return
        self._note_pending = False
        text = self.note.toPlainText()
        if text != self.finding.note:
            self.noteEdited.emit(self.finding.id, text)

    def _set_note_text(self, text: str) -> None:
        self._note_pending = False
        if self.note.toPlainText() != text:
            self.note.blockSignals(True)
            try:
                self.note.setPlainText(text)
            finally:
                self.note.blockSignals(False)

    def _note_typed(self) -> None:
        if self.finding is not None:
            self._note_pending = True
            self._note_timer.start()

    def _status_clicked(self, status: ReviewStatus) -> None:
        if self.finding is not None and status is not self.finding.status:
            self.statusRequested.emit(self.finding.id, status)

    def _remove_clicked(self) -> None:
        if self.finding is not None:
            self.removeRequested.emit(self.finding.id)

    def _person_clicked(self) -> None:
        if self.finding is not None and self.finding.person is not None:
            self.personRequested.emit(self.finding.person)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
        if (
            watched is self.note
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            # Escape did nothing here: a journalist who pressed F2, typed and pressed Escape was
            # left typing in the note, and the arrows and Home/End moved its cursor, not the text.
            self.commit_note()
            self.noteLeft.emit()
            return True
        return super().eventFilter(watched, event)
