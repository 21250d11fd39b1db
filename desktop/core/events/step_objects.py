"""A day set right after a verb's object dates that verb's deed: "Police identified the victim on
Thursday", "charged the man on Friday". English sets a day beside a verb with an object just
after the object, however many words the object takes, so such a day dates the later step
(``later_steps.later_step``), not the event the story is about."""

from __future__ import annotations

from typing import Any


def after_its_object(verb: Any, span: Any) -> bool:
    """ "Police identified the victim on Thursday", "charged the man on Friday": the day's
    preposition hangs on the step's verb right after the verb's object, as near the verb as
    English sets a day beside a verb with an object, however many words the object takes.
    ``later_steps.LATER_STEP_REACH`` is for days hung further off ("arrested ... at a home in
    Cedar Rapids on March 18", where the day hangs on a noun), which stay the event's."""
    preposition = span.root.head
    if preposition.i == verb.i or preposition.head.i != verb.i or preposition.pos_ != "ADP":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        len(objects) == 1
        and objects[0].left_edge.i == verb.i + 1
        and objects[0].right_edge.i + 1 == preposition.i
    )
