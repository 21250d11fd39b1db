"""The key to the colours: verdict chips drawn with the same tint and underline as the text, then
the entity-type bars. Painted by hand because rich-text labels cannot show a wavy underline."""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.model import FindingKind
from desktop.core.results import palette as core_palette
from desktop.qt.palette import Theme

# One chip for "only": the colour is shared and the pane tells the side. A conflict the engine is
# less sure of gets its own chip (the faint wash under the same wavy underline), beside the sure
# one, so the journalist learns which red marks to take at their word.
LEGEND_KINDS = (
    (FindingKind.AGREE, "Corroborated"),
    (FindingKind.CONFLICT, "Conflict"),
    (FindingKind.CONFLICT, "Conflict to check"),
    (FindingKind.LEFT_ONLY, "Only in one article"),
)
CHECK_LABEL = "Conflict to check"
# Issue 12's looks, after the verdicts: quoted words' ink, and the wash of shared agency copy.
QUOTE_LABEL = "“Quote”"
SHARED_LABEL = "Same agency copy"
GAP = 14
PAD = 4
LEGEND_TIP = (
    "Background and underline show the verdict; the thin bar under a name shows its type.\n"
    "A conflict to check has the wavy underline on a pale wash: the engine is less sure\n"
    "of that kind of clash (two figures or dates in matching sentences); read both.\n"
    "Sentences tinted faintly are matched (or unmatched) as a whole.\n"
    "Quoted words have their own ink (hover for the speaker); a green wash marks the\n"
    "same agency copy printed in both articles: its agreements are not independent."
)


def more_label(hidden: int) -> str:
    """The legend's last word when ``hidden`` name types have no room ("+3"); hovering the legend
    names them. Kept to the figure so that on a laptop the three commonest types (person,
    organisation, place) keep their own key beside it."""
    return f"+{hidden}"


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = Theme.current()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hidden_types = 0  # name types the last paint had no room for ("+3")
        self._set_tooltip()

    def _set_tooltip(self) -> None:
        """What the chips mean, then every name type with its bar's colour: on a laptop screen
        the row has room for only the first few types, and the rest are named here."""
        types = " ".join(
            f"<span style='color:{self._theme.type_colour(types[0].value).name()}'>▬</span>"
            f"&nbsp;{html.escape(label)}"
            for label, types in core_palette.TYPE_GROUPS
        )
        self.setToolTip(
            "<p style='white-space:pre'>"
            + html.escape(LEGEND_TIP)
            + "</p><p>Names: "
            + types
            + "</p>"
        )

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._set_tooltip()
        self.update()

    def _items(self) -> list[tuple[str, str]]:
        return (
            [("kind", label) for _k, label in LEGEND_KINDS]
            + [("look", QUOTE_LABEL), ("look", SHARED_LABEL)]
            + [("type", label) for label, _types in core_palette.TYPE_GROUPS]
        )

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        width = sum(fm.horizontalAdvance(label) + 2 * PAD + GAP for _w, label in self._items())
        return QSize(width + 40, fm.height() + 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, QFontMetrics(self.font()).height() + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        x = 0.0
        height = float(self.height())
        baseline = (height + fm.ascent() - fm.descent()) / 2
        for kind, label in LEGEND_KINDS:
            width = fm.horizontalAdvance(label) + 2 * PAD
            chip = QRectF(x, baseline - fm.ascent() - 2, width, fm.height() + 4)
            fill = self._theme.check_format(kind) if label == CHECK_LABEL else None
            painter.fillRect(chip, self._theme.tint(kind) if fill is None else fill.background())
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + PAD, baseline), label)
            self._underline(painter, kind, x + PAD, x + width - PAD, baseline + 3)
            x += width + GAP
        x = self._paint_looks(painter, fm, x, baseline)
        x += GAP
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        caption = "Names:"
        painter.drawText(QPointF(x, baseline), caption)
        x += fm.horizontalAdvance(caption) + 6
        groups = core_palette.TYPE_GROUPS
        self.hidden_types = 0
        for index, (label, types) in enumerate(groups):
            width = fm.horizontalAdvance(label)
            rest = len(groups) - index - 1
            room_for_rest = GAP + fm.horizontalAdvance(more_label(rest)) if rest else 0
            if x + width + room_for_rest > self.width():
                # Narrow window: say how many types have no room (the tooltip names them all)
                # rather than drop them without a word or overlap.
                self.hidden_types = len(groups) - index
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(QPointF(x, baseline), more_label(self.hidden_types))
                break
            painter.setPen(text_colour)
            painter.drawText(QPointF(x, baseline), label)
            pen = QPen(self._theme.type_colour(types[0].value), 2.0)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            y = baseline + fm.descent() + 1.5
            painter.drawLine(QPointF(x, y), QPointF(x + width, y))
            x += width + GAP
        painter.end()

    def _paint_looks(self, painter: QPainter, fm: QFontMetrics, x: float, baseline: float) -> float:
        """The quote ink, then the shared-copy wash with a rim of its link-map colour."""
        painter.setPen(self._theme.quote_ink())
        painter.drawText(QPointF(x, baseline), QUOTE_LABEL)
        x += fm.horizontalAdvance(QUOTE_LABEL) + GAP
        width = fm.horizontalAdvance(SHARED_LABEL) + 2 * PAD + 2  # room for the rim
        chip = QRectF(x, baseline - fm.ascent() - 2, width, fm.height() + 4)
        wash = self._theme.shared_format().background().color()
        painter.fillRect(chip, wash)
        painter.fillRect(QRectF(chip.left(), chip.top(), 3, chip.height()), self._theme.shared())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QPointF(x + PAD + 2, baseline), SHARED_LABEL)
        return x + width + GAP

    def _underline(
        self, painter: QPainter, kind: FindingKind, x1: float, x2: float, y: float
    ) -> None:
        style, _symbol = core_palette.KIND_CUES[kind]
        pen = QPen(self._theme.strong(kind), 1.2)
        if style == "dash":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if style == "wave":
            path = QPainterPath(QPointF(x1, y))
            step, up = 2.0, True
            pos = x1
            while pos < x2:
                path.quadTo(
                    QPointF(pos + step / 2, y - 1.5 if up else y + 1.5), QPointF(pos + step, y)
                )
                pos += step
                up = not up
            painter.drawPath(path)
        else:
            painter.drawLine(QPointF(x1, y), QPointF(x2, y))
