"""Verbs a reporter uses for one and the same happening, folded to one word (findings/happenings.py).

A quake or a storm "struck", "hit", "jolted", "rocked" or "shook" a place: verbs of a blow, each
the news idiom for a disaster arriving. They are folded only where a weekday or a count hangs on
them, so "hit 13 home runs" never meets a quake: the other article must date or count the same
happening by one of them too.
"""

from __future__ import annotations

HAPPENING_VERBS: dict[str, str] = {
    **dict.fromkeys(["strike", "hit", "jolt", "rock", "shake", "slam"], "strike"),
}  # fmt: skip
