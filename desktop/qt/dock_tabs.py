"""The findings panel's tabs in reading order, each with a key, and what opening one does.

Findings first (every verdict), then Quotes (a misquote is the most serious finding), People and
Timeline. Alt+1..4 switch tabs: Ctrl+1..4 already set a finding's review status, and the menus'
own Alt+letter mnemonics are letters, not digits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

if TYPE_CHECKING:
    from desktop.qt.main_window import MainWindow

TAB_KEYS = (
    ("Findings", "Alt+1"),
    ("Quotes", "Alt+2"),
    ("People", "Alt+3"),
    ("Timeline", "Alt+4"),
)
TAB_TIPS = {
    "Findings": "Every verdict, filtered by the chips above the list",
    "Quotes": "Who said what in each article, by speaker",
    "People": "What each article says about each person",
    "Timeline": "When things happened, by each article's account",
}


def tab_tip(name: str, tip: str = "") -> str:
    """A tab's tooltip: what it holds (or ``tip``), then its key, so the key can be found."""
    key = dict(TAB_KEYS)[name]
    return f"{tip or TAB_TIPS[name]} ({key})"


def describe_tabs(window: MainWindow) -> None:
    """Each tab's tooltip; the Quotes tab later puts its own summary before its key."""
    for name, _key in TAB_KEYS:
        page = window.dock.page_named(name)
        if page is not None:
            tabs = window.dock.tabs
            tabs.setTabToolTip(tabs.indexOf(page), tab_tip(name))


# Pixels of padding beside each tab's label (Fusion gives 24): four tabs with their counts fit a
# side panel on a 1280-pixel laptop screen (380 pixels) without scroll arrows hiding one.
TAB_PADDING = 12


class CompactTabStyle(QProxyStyle):
    """The application's style with narrower tab padding, set on the panel's tab bar only."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return TAB_PADDING
        return super().pixelMetric(metric, option, widget)


def tab_list(window: MainWindow, page: QWidget) -> QWidget:
    """The widget in a tab that takes the keyboard (Up and Down step through its rows)."""
    if page is window.quotes.page:
        return window.quotes.page.tree
    if page is window.story.people:
        return window.story.people.browser
    if page is window.story.timeline:
        return window.story.timeline.browser
    return window.dock.table


def show_tab(window: MainWindow, name: str, *, open_first: bool = False) -> bool:
    """Bring the tab whose title starts with ``name`` to the front, the panel shown and the
    keyboard in its list; with ``open_first`` (the screenshot's ``--tab``) its first entry is
    clicked as a reader would: a quote in conflict first. False when there is no such tab."""
    page = window.dock.page_named(name)
    if page is None:
        return False
    window.dock.show()
    window.dock.raise_()
    window.dock.show_page(page)
    if open_first:
        if page is window.quotes.page:
            window.quotes.page.select_first()
        elif page in (window.story.people, window.story.timeline):
            window.story.show_tab(name)
    tab_list(window, page).setFocus()
    return True


def find_in_findings(window: MainWindow) -> None:
    """Ctrl+F, the key every reader tries first: the Findings tab, the keyboard in its search
    box with what was typed there before selected, so typing replaces it."""
    show_tab(window, "Findings")
    search = window.dock.search
    search.setFocus()
    search.selectAll()
