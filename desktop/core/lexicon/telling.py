"""Nouns of a telling that happens at a time of its own (events/said_days.py): a time hung on one
("said at a briefing at 6 p.m.") dates the telling, never the happening told."""

from __future__ import annotations

# The report nouns (lexicon.REPORT_NOUNS) that are themselves a telling held at a time. Not
# "release" ("a November 2012 release" of a film), "story", "post" or "update", which also name
# what is told of.
TELLING_NOUNS = frozenset(["briefing", "conference", "interview", "statement", "broadcast",
                           "bulletin"])  # fmt: skip
