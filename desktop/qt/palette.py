"""Qt wrappers over ``desktop.core.results.palette``: colours and text formats for the current
theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from desktop.core.model import FindingKind
from desktop.core.results import palette as core_palette

# A dismissed finding stays visible (the reviewer may change their mind) but recedes: its tint,
# underline and text drop to this opacity (of 255).
DISMISSED_ALPHA = 90
FADED_TEXT_LIGHT = "#8A8A8A"
FADED_TEXT_DARK = "#7E7E7E"

# Issue 12's two new looks, kept apart from the verdict colours (blue, vermillion, yellow):
# passages both articles reprint (the same agency copy) get a quiet bluish-green wash, the colour
# of their link-map bands (Okabe-Ito's bluish green, distinct from the verdict hues for the
# common colour-vision deficiencies); quoted words get a plum ink, a channel no verdict uses.
SHARED_STRONG = {False: "#009E73", True: "#3CC9A0"}  # link-map bands, legend swatch border
SHARED_WASH = {False: "#E2F2EB", True: "#1D3630"}  # background behind the shared passage
QUOTE_INK = {False: "#7A2E68", True: "#E7B3DA"}  # the quoted words' text colour
# Opacity (of 255) of a shared passage's backdrop in the link map and the overview strips:
# present, yet the sentence bands and the conflict marks on top of it stay readable.
SHARED_BAND_ALPHA = 55

_UNDERLINES = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Judge by the actual base colour, so a dark system theme and a dark custom palette both
    count."""
    if palette is None:
        palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class Theme:
    """The colours and formats in use; rebuilt when the application palette changes."""

    def __init__(self, dark: bool) -> None:
        self.dark = dark
        self.scheme = core_palette.scheme(dark)
        # Formats are shared by every highlight of a kind: thousands in a long article.
        self._formats: dict[tuple[str, FindingKind], QTextCharFormat] = {}

    @classmethod
    def current(cls, palette: QPalette | None = None) -> Theme:
        return cls(is_dark(palette))

    def strong(self, kind: FindingKind) -> QColor:
        return QColor(self.scheme.kinds[kind].strong)

    def tint(self, kind: FindingKind) -> QColor:
        return QColor(self.scheme.kinds[kind].tint)

    def type_colour(self, type_name: str) -> QColor:
        return QColor(core_palette.type_colour(type_name, dark=self.dark))

    def shared(self) -> QColor:
        """Link-map bands and legend rim of the passages both articles reprint."""
        return QColor(SHARED_STRONG[self.dark])

    def shared_band(self) -> QColor:
        """The quiet backdrop of a shared passage in the link map and the overview strips."""
        colour = self.shared()
        colour.setAlpha(SHARED_BAND_ALPHA)
        return colour

    def shared_format(self) -> QTextCharFormat:
        """A shared passage: a quiet wash under the whole stretch, below every finding."""
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(SHARED_WASH[self.dark]))
        return fmt

    def quote_ink(self) -> QColor:
        return QColor(QUOTE_INK[self.dark])

    def quote_format(self) -> QTextCharFormat:
        """Quoted words: their own ink, so every highlight (a background) still shows on them."""
        fmt = QTextCharFormat()
        fmt.setForeground(self.quote_ink())
        return fmt

    def change_format(self, text: QColor) -> QTextCharFormat:
        """A word a misquote changed: the conflict tint and wavy underline, in the normal ink
        (``text``) so it reads inside the solid chip of a selected quote too."""
        fmt = QTextCharFormat(self.finding_format(FindingKind.CONFLICT))
        fmt.setForeground(text)
        return fmt

    def flash(self) -> QColor:
        return QColor(self.scheme.flash)

    def link(self) -> QColor:
        return QColor(self.scheme.link)

    def finding_format(self, kind: FindingKind) -> QTextCharFormat:
        """Entity-level finding: a tint plus an underline whose style differs per kind."""
        cached = self._formats.get(("finding", kind))
        if cached is not None:
            return cached
        colours = self.scheme.kinds[kind]
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colours.tint))
        style, _symbol = core_palette.KIND_CUES[kind]
        fmt.setUnderlineStyle(_UNDERLINES[style])
        fmt.setUnderlineColor(QColor(colours.strong))
        self._formats["finding", kind] = fmt
        return fmt

    def check_format(self, kind: FindingKind) -> QTextCharFormat:
        """A conflict to check: the same wavy underline as a sure conflict, but over the faint
        wash instead of the solid tint, so a sure red mark and one to check differ by fill (a
        lightness cue that survives colour-blindness and greyscale), not by another hue."""
        cached = self._formats.get(("check", kind))
        if cached is None:
            cached = QTextCharFormat(self.finding_format(kind))
            cached.setBackground(QColor(self.scheme.kinds[kind].faint))
            self._formats["check", kind] = cached
        return cached

    def statement_format(self, kind: FindingKind) -> QTextCharFormat:
        """Sentence-level finding: a faint tint only, so the entity findings on top stay
        prominent."""
        cached = self._formats.get(("statement", kind))
        if cached is None:
            cached = QTextCharFormat()
            cached.setBackground(QColor(self.scheme.kinds[kind].faint))
            self._formats["statement", kind] = cached
        return cached

    def detail_format(self, kind: FindingKind) -> QTextCharFormat:
        """A word or phrase the engine compared at sentence level ("details only here"): a faint
        dotted underline, present on hover and in the table but quieter than any entity."""
        cached = self._formats.get(("detail", kind))
        if cached is None:
            colour = QColor(self.scheme.kinds[kind].strong)
            colour.setAlpha(150)
            cached = QTextCharFormat()
            cached.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            cached.setUnderlineColor(colour)
            self._formats["detail", kind] = cached
        return cached

    def faded(self, fmt: QTextCharFormat) -> QTextCharFormat:
        """``fmt`` for a dismissed finding: the same cues, see-through, over greyed text."""
        faded = QTextCharFormat(fmt)
        if fmt.hasProperty(QTextCharFormat.Property.BackgroundBrush):
            background = QColor(fmt.background().color())
            background.setAlpha(DISMISSED_ALPHA)
            faded.setBackground(background)
        if fmt.hasProperty(QTextCharFormat.Property.TextUnderlineColor):
            underline = QColor(fmt.underlineColor())
            underline.setAlpha(DISMISSED_ALPHA)
            faded.setUnderlineColor(underline)
        # Grey, not transparent ink: it must stay readable for the reviewer who reconsiders.
        faded.setForeground(QColor(FADED_TEXT_DARK if self.dark else FADED_TEXT_LIGHT))
        return faded

    def format_for(self, role: str, kind: FindingKind, dismissed: bool) -> QTextCharFormat:
        """The format of a finding painted as ``role`` ("finding", "check", "statement",
        "detail"), faded when the reviewer dismissed it."""
        base = {
            "finding": self.finding_format,
            "check": self.check_format,
            "statement": self.statement_format,
            "detail": self.detail_format,
        }[role](kind)
        if not dismissed:
            return base
        cached = self._formats.get((f"dismissed-{role}", kind))
        if cached is None:
            cached = self.faded(base)
            self._formats[f"dismissed-{role}", kind] = cached
        return cached

    def flash_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self.flash())
        fmt.setForeground(QColor(self.scheme.flash_text))
        return fmt

    def current_format(self, kind: FindingKind) -> QTextCharFormat:
        """The finding selected in the table or reached by next/previous: a solid chip,
        unmissable."""
        fmt = QTextCharFormat()
        fmt.setBackground(self.strong(kind))
        fmt.setForeground(QColor("#000000" if self.dark else "#FFFFFF"))
        return fmt
