"""Whether what one article says of a victim's wounds tells that the victim lived.

"Reed was shot and hospitalized" in the first report and "Reed died" in the next one are a
story moving on, not two versions of it: being shot, or taken to a hospital, says nothing of how
it ended. Words of survival ("treated and released", "in stable condition", "non-life-threatening
wounds") or a plain "wounded" or "hurt" set the victim among the living, and only those
contradict a death (the same day's "wounded ... in critical condition" against "killed" stays a
conflict a reporter must check).
"""

from __future__ import annotations

import re

from desktop.core.lexicon.people import CARE_WORDS, SURVIVAL_PATTERN
from desktop.core.model import PersonAttribute


def outcome_untold(attribute: PersonAttribute, text: str) -> bool:
    """The wound the attribute quotes leaves open whether the victim lived."""
    words = text[attribute.start : attribute.end].lower().split()
    sentence = _sentence(text, attribute.start, attribute.end).lower()
    if _SURVIVAL.search(sentence):
        return False
    return bool(words) and words[-1] in CARE_WORDS  # "was taken to a hospital", "hospitalized"


def _sentence(text: str, start: int, end: int) -> str:
    """The plain sentence around a span: from the last full stop or line break before it to the
    next one after it."""
    before = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    return text[before : min(stops) if stops else len(text)]


_SURVIVAL = re.compile(SURVIVAL_PATTERN)
