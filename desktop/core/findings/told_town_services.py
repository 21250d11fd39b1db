"""A town's own service named with the town, told by its kind alone in an article set in that town:
"the Phoenix Fire Department" / "said fire department spokesman Carlos Ruiz" in a story of
Phoenix. A local paper names its town's fire department, police department or water department
without the town; in an article whose story is in one town (the town it names most), that
department is the town's. An article set in another town, or naming no such department, keeps
the mark.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.core.extract import Analysis, Fact
from desktop.core.lexicon.name_heads import TOWN_SERVICES
from desktop.core.model import MentionType
from desktop.core.names import fold


def service_told_in_its_town(fact: Fact, theirs: Analysis) -> bool:
    """This body is a town's service ("Phoenix Fire Department"); the other article is set in
    that town and names the service ("fire department") with no town before it."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    words = re.sub(r"^(the|a|an)\s+", "", fact.text.strip(), flags=re.I).split()
    service = next(
        (n for n in range(len(words) - 1, 0, -1) if " ".join(words[n:]).lower() in TOWN_SERVICES),
        None,
    )
    town = fold(" ".join(words[:service]))
    if service is None or town != _story_town(theirs):
        return False
    kind = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words[service:]) + r"\b", re.I)
    text = theirs.document.text
    return any(_owner_before(text, m.start()) in ("", town) for m in kind.finditer(text))


def _story_town(analysis: Analysis) -> str | None:
    """The place the article names most often, if no other is named as often."""
    counts = Counter(fold(f.text) for f in analysis.facts if f.type is MentionType.PLACE)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _owner_before(text: str, start: int) -> str:
    """ "Mesa fire department", "the Mesa Fire Department": the capitalised word before the kind
    (other than an article) names whose service it is; "" when none does."""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    if before is None or not before.group(1)[:1].isupper() or before.group(1) in ("The", "A"):
        return ""
    return fold(before.group(1))
