"""What something held against what happened: "the gun was loaded with four bullets" / "he was
hit by seven bullets".

A figure of what a gun or a box was loaded with counts its contents; the same noun counted elsewhere
counts what was fired, found or taken. Two such figures are two things counted, never one count told
twice. Two contents ("loaded with four bullets" / "loaded with six bullets") are one claim and are
compared as usual. (Which figures count contents: core/figures/counted/counted_group.py.)
"""

from __future__ import annotations

from desktop.core.extraction.facts import Fact


def held_against_happened(a: Fact, b: Fact) -> bool:
    """One figure counts what something held, the other does not; or one counts the bullets that
    hit someone ("hit by seven bullets") and the other does not ("fired 11 shots"): the hits are
    a part of the shots fired (figures/counted/bullets_hit.py)."""
    return a.held != b.held or a.hits != b.hits
