"""Synchronised scrolling: keep the passage matched to what one pane shows opposite it in the other.

``anchor_points`` and ``map_offset`` are pure: the alignment becomes a monotonic piecewise-linear
map between the two texts (Meld interpolates inside the enclosing chunk or gap the same way).
``ScrollSync`` applies it, with a re-entrancy guard so the follower's scroll does not echo back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QObject

from desktop.core.model import AlignedPair, Side
from desktop.qt.article_pane import ArticleText

Anchor = tuple[int, int]  # (left offset, right offset) known to correspond


def anchor_points(
    pairs: Sequence[AlignedPair], left_length: int, right_length: int
) -> list[Anchor]:
    """Monotonic (left, right) correspondences: the best-scoring pairs that do not cross, plus
    the ends of both texts. Crossing pairs (a sentence moved elsewhere) cannot be followed by
    scrolling."""
    # One pass in left order (O(n log n) for thousands of pairs): a pair that crosses the last
    # one kept replaces it only if it scores higher.
    chosen: list[AlignedPair] = []
    for pair in sorted(pairs, key=lambda p: (p.left.start, p.right.start)):
        while chosen and not (
            pair.left.start >= chosen[-1].left.end and pair.right.start >= chosen[-1].right.end
        ):
            if pair.score > chosen[-1].score:
                chosen.pop()
            else:
                break
        else:
            chosen.append(pair)
    points: list[Anchor] = [(0, 0)]
    for pair in sorted(chosen, key=lambda p: p.left.start):
        points.append((pair.left.start, pair.right.start))
        points.append((pair.left.end, pair.right.end))
    points.append((max(left_length, points[-1][0]), max(right_length, points[-1][1])))
    return points


def map_offset(offset: float, anchors: Sequence[Anchor], source: Side) -> float:
    """Map an offset on ``source`` to the other side by interpolating between anchors."""
    src = 0 if source is Side.LEFT else 1
    dst = 1 - src
    keys = [a[src] for a in anchors]
    index = bisect_right(keys, offset) - 1
    if index < 0:
        return float(anchors[0][dst])
    if index >= len(anchors) - 1:
        return float(anchors[-1][dst])
    a, b = anchors[index], anchors[index + 1]
    span = b[src] - a[src]
    t = 0.0 if span == 0 else (offset - a[src]) / span
    return a[dst] + t * (b[dst] - a[dst])


class ScrollSync(QObject):
    def __init__(
        self, left: ArticleText, right: ArticleText, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._texts = {Side.LEFT: left, Side.RIGHT: right}
        self._anchors: list[Anchor] = [(0, 0)]
        self._busy = False
        self.enabled = True
        left.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(Side.LEFT))
        right.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(Side.RIGHT))

    def set_pairs(self, pairs: Sequence[AlignedPair]) -> None:
        left, right = self._texts[Side.LEFT], self._texts[Side.RIGHT]
        self._anchors = anchor_points(pairs, left.text_length(), right.text_length())

    def counterpart(self, side: Side, offset: int) -> int:
        """The offset on the other side that matches ``offset`` on ``side``."""
        return round(map_offset(offset, self._anchors, side))

    def suspend(self) -> _Suspended:
        """Context manager: move both panes independently (e.g. to show a finding in each)."""
        return _Suspended(self)

    def _follow(self, leader_side: Side) -> None:
        if self._busy or not self.enabled:
            return
        leader = self._texts[leader_side]
        follower = self._texts[leader_side.other]
        bar = leader.verticalScrollBar()
        # The sync line slides from the top to the bottom of the viewport as the leader scrolls,
        # so both documents can reach their first and last lines.
        fraction = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        sync_y = fraction * leader.viewport().height()
        offset = leader.offset_at(sync_y)
        within = sync_y - leader.offset_top(offset)  # keep sub-line position for smooth motion
        target = round(map_offset(offset, self._anchors, leader_side))
        follower_bar = follower.verticalScrollBar()
        doc_y = follower.offset_top(target) + follower_bar.value() + within
        self._busy = True
        try:
            follower_bar.setValue(round(doc_y - fraction * follower.viewport().height()))
        finally:
            self._busy = False


class _Suspended:
    def __init__(self, sync: ScrollSync) -> None:
        self._sync = sync

    def __enter__(self) -> None:
        self._sync._busy = True

    def __exit__(self, *exc: object) -> None:
        self._sync._busy = False
