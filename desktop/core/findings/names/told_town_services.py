"""A town's own service named with the town, told by its kind alone in an article set in that town:
"the Phoenix Fire Department" / "said fire department spokesman Carlos Ruiz" in a story of
Phoenix. A local paper names its town's fire department, police department or water department
without the town, and its police as "police" ("Police said the victim was Gale Hall"); in an
article whose story is in one town (the town of its dateline, else the town it names most), that
department is the town's. An article set in another town, or naming no such department, keeps
the mark.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.name_heads import TOWN_SERVICE_SHORT_NAMES, TOWN_SERVICES
from desktop.core.model import MentionType
from desktop.core.naming.entity_types import datelines
from desktop.core.naming.names import fold


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
    name = " ".join(words[service:]).lower()
    kinds = [name, *([TOWN_SERVICE_SHORT_NAMES[name]] if name in TOWN_SERVICE_SHORT_NAMES else [])]
    kind = re.compile(
        r"\b(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in kinds) + r")\b", re.I
    )
    text = theirs.document.text
    return any(_owner_before(text, m.start()) in ("", town) for m in kind.finditer(text))


def _story_town(analysis: Analysis) -> str | None:
    """The town of the article's dateline ("HORN LAKE, Miss. --"), else the place the article
    names most often, if no other is named as often."""
    text = analysis.document.text
    dateline = datelines(text)
    if dateline:
        return fold(text[dateline[0][0] : dateline[0][1]])
    counts = Counter(fold(f.text) for f in analysis.facts if f.type is MentionType.PLACE)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_SENTENCE_ENDS = frozenset('.!?:;"”')


def _owner_before(text: str, start: int) -> str:
    """ "Mesa fire department", "the Mesa Fire Department": the capitalised word before the kind
    (other than an article) names whose service it is; "" when none does."""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    if before is None or not before.group(1)[:1].isupper() or before.group(1) in ("The", "A"):
        return ""
    if before.group(1)[-1] in _SENTENCE_ENDS:
        return ""  # "... on Sunday. Police said": the word ends the sentence before
    return fold(before.group(1))
