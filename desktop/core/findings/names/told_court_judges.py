"""A court told by the title of its judge: "the U.S. District Court" / "U.S. District Judge Ellen
Porter", "Cook County Circuit Court" / "Cook County Circuit Judge". A judge's title names the
court he sits on, with "Judge" for "Court" ("District Judge", "Superior Court Judge"); the
article that gives it names the court. A judge of another court ("Superior Court Judge" beside
"the U.S. District Court") keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.model import MentionType


def court_told_by_its_judge(fact: Fact, theirs: Analysis) -> bool:
    """This body is a court ("... Court") and the other article titles a judge of it."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    words = re.sub(r"^(the|a|an)\s+", "", fact.text.strip(), flags=re.I).split()
    if len(words) < 2 or words[-1] != "Court":
        return False
    court = r"\s+".join(re.escape(w) for w in words[:-1])
    # Case kept: "District Judge" is a title, "the district judge" may sit anywhere.
    pattern = re.compile(rf"(?<![\w.]){court}\s+(?:Court\s+)?Judge\b")
    return pattern.search(theirs.document.text) is not None
