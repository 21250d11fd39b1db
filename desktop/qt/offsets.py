"""Python string offsets to Qt text positions and back.

The core counts characters (code points); Qt counts UTF-16 code units, so every character outside
the Basic Multilingual Plane (an emoji, some CJK) takes two Qt positions. Panes convert at their
edge, so everything else in the window speaks the report's offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# A character outside the Basic Multilingual Plane: two UTF-16 units in Qt. Found by the regex
# engine, not a Python loop over every character (stop 57: 15 ms a side on an 89,000-character
# article with curly quotes, inside the one block that shows a comparison; 0.2 ms now).
_WIDE = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts between code-point offsets in ``text`` and UTF-16 positions in a QTextDocument."""

    def __init__(self, text: str = "") -> None:
        # Offsets of the characters that take two UTF-16 units; empty for almost every article.
        self._wide = [m.start() for m in _WIDE.finditer(text)] if not text.isascii() else []
        self._wide_qt = [i + n for n, i in enumerate(self._wide)]

    def to_qt(self, offset: int) -> int:
        if not self._wide:
            return offset
        return offset + bisect_left(self._wide, offset)

    def to_py(self, position: int) -> int:
        if not self._wide:
            return position
        # Each wide character before the position took one extra unit.
        return position - bisect_right(self._wide_qt, position - 1)
