"""Two streets where the story happened: "a car hit a crowd on Main Street" / "drove into a crowd
on Elm Street". A street is where something happened "on", as a town is where it happened "in":
two different streets after "on" in two matching sentences are two answers to one question.
Only names that end in a street word count ("Main Street", "Elm Ave."), since "on" also opens
a day, an island or a screen."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.findings.locations.locative import a_street


def both_streets_on(fa: Fact, fb: Fact, before: tuple[str | None, str | None]) -> bool:
    """Both names are streets, each after "on"."""
    return before == ("on", "on") and a_street(fa) and a_street(fb)
