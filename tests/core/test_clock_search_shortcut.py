"""A 24-hour clock is found in the same places however quickly the text is searched."""

from __future__ import annotations

import re

from desktop.core.datetimes.clock import _24H_RES, clock_24_spans

_TEXT = (
    "The quake struck at 06:00 BST (0500 GMT). Troops moved at 1800 hrs and again AT 0700 hours; "
    "a 0600 hours curfew began. The round's clock read 2:56, the race time 1:02:33, with 3.50 "
    "hours left and 1500 hours of community service. Police came until 23:00, and 9:25 hours "
    "later x0700 hours; 18:30 alone; at 7:45 pm; 12:00 UTC; 0930 GMT."
)


def test_the_lookahead_shortcut_changes_no_clock_found() -> None:
    for pattern in _24H_RES:
        # The same pattern without its leading lookahead: what was searched before.
        plain = re.compile(re.sub(r"^\(\?=(\\d|\[a0\])\)", "", pattern.pattern), re.I)
        assert plain.pattern != pattern.pattern
        assert [m.span() for m in pattern.finditer(_TEXT)] == [
            m.span() for m in plain.finditer(_TEXT)
        ]
    assert len(clock_24_spans(_TEXT)) >= 5
