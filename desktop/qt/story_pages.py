"""The People and Timeline tabs in the findings dock, wired to the article panes.

Clicking a person marks every mention of them in both articles (a temporary layer above the
findings, in the person colour) and brings the first into view; clicking a value shows the words
that say it beside the other article's value of the same kind; clicking a timeline row shows its
time words in both articles. The marks go when the reader picks a finding or leaves the tab.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat

from desktop.core.model import MentionType, PersonCard, PersonSide, Report, Side, TextRange
from desktop.core.persons.mention_finder import side_mentions
from desktop.qt.comparison_view import ComparisonView
from desktop.qt.findings_dock import FindingsDock
from desktop.qt.palette import Theme
from desktop.qt.people_page import PeoplePage
from desktop.qt.timeline_page import TimelinePage

MARK_LAYER = "story"
# Above the findings (10) so every mention shows, below the current finding (20) and the flash.
MARK_PRIORITY = 15
# The mark's wash of the type colour (of 255): strong enough to find each mention while
# scrolling, light enough that the verdict tint underneath still shows through.
MARK_ALPHA_LIGHT = 70
MARK_ALPHA_DARK = 110


def mark_format(theme: Theme, type_name: str) -> QTextCharFormat:
    """A wash and a solid underline in the type's colour (person violet, date magenta)."""
    colour = theme.type_colour(type_name)
    wash = QColor(colour)
    wash.setAlpha(MARK_ALPHA_DARK if theme.dark else MARK_ALPHA_LIGHT)
    fmt = QTextCharFormat()
    fmt.setBackground(wash)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(colour)
    return fmt


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


class StoryPages(QObject):
    """Owns the two tabs and turns their clicks into marks and scrolling in the panes."""

    def __init__(self, view: ComparisonView, dock: FindingsDock) -> None:
        super().__init__(view)
        self.view = view
        self.dock = dock
        self.people = PeoplePage()
        self.timeline = TimelinePage()
        dock.add_page(self.people, "People")
        dock.add_page(self.timeline, "Timeline")
        self._stepping: tuple[str, int] | None = None  # the person shown and which mention
        self.people.personActivated.connect(self.show_person)
        self.people.attributeActivated.connect(self.show_attribute)
        self.timeline.entryActivated.connect(self.show_entry)
        view.findingActivated.connect(self._finding_activated)
        dock.tabs.currentChanged.connect(self._tab_changed)
        dock.review.personRequested.connect(self.open_card)
        view.conflictsHeldChanged.connect(self.set_held)

    def set_report(self, report: Report | None) -> None:
        self.clear_marks()
        self.people.set_report(report)
        self.timeline.set_report(report)
        self.set_held(self.view.conflicts_held)
        tabs = self.dock.tabs
        people = len(report.people) if report is not None else 0
        moments = len(report.timeline) if report is not None else 0
        tabs.setTabText(tabs.indexOf(self.people), f"People ({people})" if report else "People")
        tabs.setTabText(
            tabs.indexOf(self.timeline), f"Timeline ({moments})" if report else "Timeline"
        )

    def set_held(self, held: bool) -> None:
        """Different events: the tabs hold their conflicts back like the panes (Compare Anyway
        shows them everywhere at once)."""
        self.people.set_held(held)
        self.timeline.set_held(held)

    def marks(self, side: Side) -> list[tuple[int, int]]:
        """(start, end) of each temporary mark in one pane, for tests."""
        return [(s, e) for s, e, _f in self.view.text(side).layers.layer(MARK_LAYER)]

    def clear_marks(self, *_args: object) -> None:
        self._stepping = None
        for side in Side:
            self.view.text(side).layers.clear_layer(MARK_LAYER)

    def show_tab(self, name: str) -> bool:
        """Bring the dock tab whose title starts with ``name`` to the front (the screenshot's
        ``--tab``); on People and Timeline, click its first entry as a reader would."""
        tabs = self.dock.tabs
        index = next(
            (i for i in range(tabs.count()) if tabs.tabText(i).lower().startswith(name.lower())),
            -1,
        )
        if index < 0:
            return False
        tabs.setCurrentIndex(index)
        if tabs.widget(index) is self.people and self.people.cards:
            self.people.select(self.people.cards[0].id)
            self.show_person(self.people.cards[0].id)
        elif tabs.widget(index) is self.timeline and self.timeline.entries:
            self.timeline.select(0)
            self.show_entry(0)
        return True

    # -- people --------------------------------------------------------------------------------

    def open_card(self, card_id: str) -> None:
        """A person finding's "Show Person": the People tab, their card, their mentions."""
        if self.people.card(card_id) is None:
            self.view.message.emit("This person has no card in this comparison.")
            return
        self.dock.show()
        self.dock.show_page(self.people)
        self.people.select(card_id)
        self.show_person(card_id)

    def show_person(self, card_id: str) -> None:
        """Mark every mention of a person and show the first on each side; the same person
        again steps both articles on to their next mention (round to the first after the last)."""
        card = self.people.card(card_id)
        if card is None:
            return
        again = self._stepping is not None and self._stepping[0] == card_id
        step = self._stepping[1] + 1 if again and self._stepping else 0
        found = self._mark_person(card)
        self._stepping = (card_id, step)
        theme = self.view.theme
        said = []
        with self.view.sync.suspend():
            for side, ranges in found.items():
                if not ranges:
                    said.append(f"not named on the {side.value}")
                    continue
                here = ranges[step % len(ranges)]
                self.view.text(side).scroll_to_offset(here.start)
                if again:
                    self.view.panes[side].flash(here.start, here.end, theme)
                    said.append(
                        f"mention {step % len(ranges) + 1} of {len(ranges)} on the {side.value}"
                    )
                else:
                    said.append(f"named {_times(len(ranges))} on the {side.value}")
        hint = "" if again else " Click again for the next mention."
        self.view.message.emit(f"{card.name}: {said[0]}, {said[1]}.{hint}")

    def show_attribute(self, card_id: str, side: Side, start: int, end: int) -> None:
        """The words that say one thing about a person, beside the other article's words of
        the same kind (its age beside this age), with the person's mentions marked."""
        card = self.people.card(card_id)
        if card is None:
            return
        self._mark_person(card)
        self._stepping = None
        targets = {side: (start, end)}
        kind = next(
            (a.kind for a in self._side(card, side).attributes if (a.start, a.end) == (start, end)),
            None,
        )
        other = next((a for a in self._side(card, side.other).attributes if a.kind == kind), None)
        if other is not None:
            targets[side.other] = (other.start, other.end)
        theme = self.view.theme
        with self.view.sync.suspend():
            for target, (lo, hi) in targets.items():
                self.view.text(target).scroll_to_offset(lo)
                self.view.panes[target].flash(lo, hi, theme)

    def _mark_person(self, card: PersonCard) -> dict[Side, tuple[TextRange, ...]]:
        report = self.view.report
        found: dict[Side, tuple[TextRange, ...]] = {}
        fmt = mark_format(self.view.theme, MentionType.PERSON.value)
        for side in Side:
            text = report.document(side).document.text if report is not None else ""
            found[side] = side_mentions(text, self._side(card, side))
            self.view.text(side).layers.set_layer(
                MARK_LAYER, MARK_PRIORITY, [(r.start, r.end, fmt) for r in found[side]]
            )
        return found

    @staticmethod
    def _side(card: PersonCard, side: Side) -> PersonSide:
        return card.left if side is Side.LEFT else card.right

    # -- timeline ------------------------------------------------------------------------------

    def show_entry(self, index: int) -> None:
        report = self.view.report
        if report is None or not 0 <= index < len(report.timeline):
            return
        entry = report.timeline[index]
        self._stepping = None
        fmt = mark_format(self.view.theme, MentionType.DATE.value)
        spans = {Side.LEFT: entry.left, Side.RIGHT: entry.right}
        theme = self.view.theme
        with self.view.sync.suspend():
            for side, here in spans.items():
                text = self.view.text(side)
                text.layers.set_layer(
                    MARK_LAYER, MARK_PRIORITY, [(s.start, s.end, fmt) for s in here]
                )
                if here:
                    text.scroll_to_offset(here[0].start)
                    self.view.panes[side].flash(here[0].start, here[0].end, theme)
                elif spans[side.other]:
                    # Only the other article dates this: show where it would sit in this one.
                    there = spans[side.other][0].start
                    text.scroll_to_offset(self.view.sync.counterpart(side.other, there))
        if not (entry.left and entry.right):
            missing = Side.RIGHT if entry.left else Side.LEFT
            self.view.message.emit(f"The {missing.value} article says nothing of this moment.")

    def _finding_activated(self, finding_id: str) -> None:
        """A finding picked in the articles: with the People tab open, a person's finding brings
        up their card and their mentions; otherwise the reader has moved on from the marks."""
        report = self.view.report
        finding = report.finding(finding_id) if report is not None else None
        person = finding.person if finding is not None else None
        if self.dock.tabs.currentWidget() is self.people and person and self.people.card(person):
            self.people.select(person)
            card = self.people.card(person)
            assert card is not None
            self._mark_person(card)
            self._stepping = None
            return
        self.clear_marks()

    def _tab_changed(self, _index: int) -> None:
        if self.dock.tabs.currentWidget() not in (self.people, self.timeline):
            self.clear_marks()
