"""A day on a verb in the progressive: "Staff were mourning Sunday the death of their manager",
"Firefighters were still battling the blaze on Tuesday".

The progressive tells a state or an activity going on at that time, not a happening that took
place then: the staff mourned on Sunday a death that came before it, and a blaze fought on
Tuesday may have broken out on Monday. Such a day dates the going-on, so it never stands for the
day of the story's event in a lead (``findings.datetimes.days.lead_days.lead_dates``).
"""

from __future__ import annotations

from typing import Any


def on_an_ongoing_verb(span: Any) -> bool:
    """The day hangs on a verb in the progressive ("were mourning", "is battling")."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBG":
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
