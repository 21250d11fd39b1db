"""The banner above the articles that says what the journalist must know before any verdict: the
articles describe different events, a side is not in English, both sides are the same text, a
side is not an article at all.

For different events the conflicts are held back (not coloured, not stepped through with F8) until
the journalist chooses "Compare anyway": two reports of two different earthquakes disagree on
every figure, and showing those as contradictions would mislead. ``notices_for`` and
``holds_back_conflicts`` are pure; ``NoticeBanner`` only shows them and reports the choice.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.model import Notice, NoticeCode, Side, Summary
from desktop.qt.info_bar import hide_button, style_as_message_strip

# Below this same-event score the summary's verdict reads "probably different events"
# (desktop/core/results/summary.py, ``verdict``). Used only when the engine gave no
# ``different_events`` notice itself, so the banner and the verdict line never disagree.
DIFFERENT_EVENTS_BELOW = 0.4

# A short bold lead-in before each notice's own sentence, which already says what happened ("The two
# articles seem to describe different events..."): the lead says what to do about it, not the same
# thing twice.
TITLES = {
    NoticeCode.DIFFERENT_EVENTS: "Check the pairing",
    NoticeCode.LANGUAGE: "Check the language",
    NoticeCode.SAME_TEXT: "Check the pairing",
    NoticeCode.NOT_ARTICLE: "Check the file",
    NoticeCode.TRUNCATED: "Long article",
}
# Most serious first: it decides what the rest of the window means.
ORDER = (
    NoticeCode.DIFFERENT_EVENTS,
    NoticeCode.SAME_TEXT,
    NoticeCode.NOT_ARTICLE,
    NoticeCode.LANGUAGE,
    NoticeCode.TRUNCATED,
)


def notices_for(summary: Summary) -> tuple[Notice, ...]:
    """The notices to show, most serious first: the engine's own, plus a different-events notice
    read from the same-event score when the engine gave none."""
    notices = list(summary.notices)
    if (
        summary.notice(NoticeCode.DIFFERENT_EVENTS) is None
        and summary.same_event_score < DIFFERENT_EVENTS_BELOW
    ):
        notices.append(
            Notice(
                NoticeCode.DIFFERENT_EVENTS,
                None,
                "The two articles seem to describe different events: they share few names and "
                f"matching sentences (same-event score {summary.same_event_score:.0%}), so their "
                "differences are not contradictions.",
            )
        )
    return tuple(sorted(notices, key=lambda n: ORDER.index(n.code)))


def holds_back_conflicts(notices: Sequence[Notice]) -> bool:
    return any(n.code is NoticeCode.DIFFERENT_EVENTS for n in notices)


def notice_line(notice: Notice) -> str:
    """One notice as shown: "Right article: the text is in German." (plain text)."""
    if notice.side is None or f"{notice.side.value} " in notice.message.lower():
        return notice.message  # "The left article seems to be in German...": named already
    where = {Side.LEFT: "Left article: ", Side.RIGHT: "Right article: "}[notice.side]
    return f"{where}{notice.message}"


class NoticeBanner(QFrame):
    """A strip above the articles; hidden when there is nothing to say."""

    compareAnyway = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        style_as_message_strip(self)
        self.label = QLabel()
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare_button = QPushButton("Compare Anyway")
        self.compare_button.setToolTip(
            "Show the conflicts as if both articles reported the same event"
        )
        self.compare_button.clicked.connect(self._compare_clicked)
        self.close_button = hide_button(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notices: tuple[Notice, ...] = ()
        self.held_conflicts = 0
        self.hide()

    def set_notices(self, notices: Sequence[Notice], held_conflicts: int = 0) -> None:
        """Show ``notices``; ``held_conflicts`` is how many conflicts are held back (0: none)."""
        self.notices = tuple(notices)
        self.held_conflicts = held_conflicts
        if not self.notices:
            self.hide()
            return
        self.label.setText(self._html())
        self.compare_button.setVisible(held_conflicts > 0)
        # The one choice that matters should not be closed away by accident.
        self.close_button.setVisible(held_conflicts == 0)
        self.show()

    def text(self) -> str:
        """The banner's words as plain text, for tests and the accessibility name."""
        return self._plain() if self.notices else ""

    def _plain(self) -> str:
        lines = []
        for notice in self.notices:
            lines.append(f"{TITLES[notice.code]}. {notice_line(notice)}")
        if self.held_conflicts:
            lines.append(self._held_text())
        return "\n".join(lines)

    def _held_text(self) -> str:
        n = self.held_conflicts
        return (
            f"{n} conflict{'s are' if n != 1 else ' is'} held back: not coloured and not under "
            "F8 until you choose Compare Anyway."
        )

    def _html(self) -> str:
        parts = []
        for notice in self.notices:
            parts.append(
                f"<b>{html.escape(TITLES[notice.code])}.</b> {html.escape(notice_line(notice))}"
            )
        if self.held_conflicts:
            parts.append(f"<i>{html.escape(self._held_text())}</i>")
        self.setAccessibleName(self._plain())
        return "<br>".join(parts)

    def _compare_clicked(self) -> None:
        self.compareAnyway.emit()
