"""Words that make a count of the injured a count of some of them only: a step of care that only
some take ("treated and released", "remain hospitalized"), ``findings/counts/care_parts.py``. Each
pattern is matched, lowercased, in the count's own clause after it, and names the group it
picks out."""

from __future__ import annotations

# The group each wording picks out of the injured. "hospitalized" or "taken to a hospital"
# alone may tell the whole toll ("Five people were hospitalized after a drive-by shooting"),
# and so may a grade of harm ("left one victim fatally wounded and three others with serious
# injuries"), so only a step that parts the injured is one: released while others stay, or a
# stay that outlasts others'.
CARE_PARTS: dict[str, str] = {
    r"\b(?:released|discharged)\b": "released",
    r"\bremain(?:s|ed)?\s+(?:hospitali[sz]ed|in\s+(?:the\s+)?hospital)\b": "still in hospital",
}
