"""Words of the note at the foot of a news page that says who wrote it (``author_notes.py``)."""

from __future__ import annotations

# "Brian Bowling is a Tribune-Review staff writer", "Jane Doe is a reporter for the Sun".
AUTHOR_ROLES = (
    "staff writer", "staff reporter", "staff photographer", "freelance writer", "reporter",
    "writer", "correspondent", "columnist", "editor", "photographer", "contributor", "intern",
    "photojournalist", "producer",
)  # fmt: skip
# "Reach Jane Doe at", "Email Jane Doe at": how to write to the author. Not "Contact" or "Call":
# "Contact Crime Stoppers at ..." asks readers to reach a body the story names.
REACH_VERBS = ("Reach", "Email", "E-mail", "Write to")
# "Jane Doe contributed to this report".
REPORT_WORDS = ("report", "story", "article")
