"""Words that set a person apart from another of the story's people: "the other victim, 31", "a
second man, 24", "another 17-year-old". Lowercase."""

from __future__ import annotations

OTHER_PERSON_WORDS = frozenset(
    ["other", "another", "second", "third", "fourth", "fifth", "sixth", "latter", "former"]
)  # fmt: skip
