"""The note at the foot of a news page that says who wrote the article and how to reach them.

"Brian Bowling is a Tribune-Review staff writer. Reach him at 412-325-4301." names the article's
author, not a person in the story: two articles by two writers of one paper end on two such
notes, and their names are never one person named two ways. Like a byline ("By Dana Reed"), the
note's name is the page's credit (``entity_types.credits``).
"""

from __future__ import annotations

import re

from desktop.core.extraction.text_search import iter_in_cued_lines
from desktop.core.lexicon.bylines import AUTHOR_ROLES, REACH_VERBS, REPORT_WORDS

_NAME = r"[A-Z][\w.'\u2019-]+(?:[ \t][A-Z][\w.'\u2019-]+){0,3}"
_OPENS = r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"\u201d][ \t]))"
_ROLES = "|".join(re.escape(r) for r in AUTHOR_ROLES)
_NOTES = re.compile(
    # "Brian Bowling is a Tribune-Review staff writer", "Jane Doe is a reporter for the Sun"
    rf"{_OPENS}{_NAME}[ \t]+is[ \t]+an?[ \t]+(?:[A-Z][\w.&'\u2019-]*[ \t]+){{0,4}}"
    rf"(?:senior[ \t]+|freelance[ \t]+|staff[ \t]+)?(?:{_ROLES})\b"
    # "Reach Jane Doe at", "Contact Jane Doe at 412-..."
    rf"|{_OPENS}(?:{'|'.join(re.escape(v) for v in REACH_VERBS)})[ \t]+{_NAME}[ \t]+at\b"
    # "Jane Doe can be reached at", "Jane Doe contributed to this report"
    rf"|{_OPENS}{_NAME}[ \t]+(?:can[ \t]+be[ \t]+reached|contributed[ \t]+to[ \t]+this[ \t]+"
    rf"(?:{'|'.join(REPORT_WORDS)}))\b",
    re.MULTILINE,
)


# What each note holds, found far faster than the note (whose opening is tried at every
# character): "is a(n)", a verb of reaching, "can be reached", "contributed to". A note lies
# inside one line, so only the lines holding one of these are read.
_CUES = re.compile(
    r"[ \t]is[ \t]+an?[ \t]|[ \t]can[ \t]+be[ \t]+reached|[ \t]contributed[ \t]+to[ \t]|"
    rf"(?:{'|'.join(re.escape(v) for v in REACH_VERBS)})[ \t]"
)


def author_notes(text: str) -> list[tuple[int, int]]:
    """Offsets of the notes that name the article's author: names there are not in the story."""
    return [m.span() for m in iter_in_cued_lines(_NOTES, _CUES, text)]
