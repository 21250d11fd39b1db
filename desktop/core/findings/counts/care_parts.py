"""Counts of the injured that count some of them only: "Two victims remain hospitalized", "Three
were treated and released".

A step of care that only some of the injured take picks a group out of them, so its count is no
toll: "Two victims remain hospitalized" says nothing against "five people were wounded", nor
"Three were treated and released" against "Two people were hospitalized with serious injuries".
Two such counts clash only when they pick out the same group ("Three were treated and released"
/ "Two others were treated and released"). A grade of harm is no such step: "three others with
serious injuries" may be the whole toll. The group is read from the count's own clause, after
it and up to the next comma, semicolon or "and" before another subject ("Two were killed and
three were wounded").
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.events.tolls import is_age
from desktop.core.lexicon.care_parts import CARE_PARTS

_PARTS = [(re.compile(pattern, re.I), group) for pattern, group in CARE_PARTS.items()]
# Where the count's clause ends: what follows tells of someone else or something else.
_CLAUSE_END = re.compile(
    r"[,;.!?:\u2014]|\s(?:but|while|after|when)\s"
    r"|\sand\s+(?=(?:the|a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|his|her"
    r"|their|\d)\b)",
    re.I,
)
# How far a clause is read after its count.
_REACH = 90


def groups_apart(a: Fact, a_at: Analysis, b: Fact, b_at: Analysis) -> bool:
    """Two counts of people that pick out different groups of the injured, or a group against
    the toll: never one count told twice."""
    if a.number is None or b.number is None or is_age(a) or is_age(b):
        return False
    if a.number.dimension or b.number.dimension:
        return False
    return care_groups(a, a_at) != care_groups(b, b_at)


def care_groups(fact: Fact, analysis: Analysis) -> frozenset[str]:
    """The groups of the injured the count's own clause picks out ("remain hospitalized": still
    in hospital), none when it counts them all."""
    text = analysis.document.text
    sentence = analysis.sentences[fact.sentence]
    clause = text[fact.end : min(sentence.end, fact.end + _REACH)]
    end = _CLAUSE_END.search(clause)
    if end is not None:
        clause = clause[: end.start()]
    return frozenset(group for pattern, group in _PARTS if pattern.search(clause))
