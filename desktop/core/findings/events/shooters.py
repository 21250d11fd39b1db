"""Two counts of shots fired by two different shooters: "The man fired two shots at the
officers" / "Officers fired 12 rounds", "the suspect fired three shots" / "an officer fired five
times". A shooting with return fire has a count of shots for each side, so two such counts
contradict nothing; only a count of one shooter (or of no one named) is set against another.

The shooter is the last person word before the firing verb, in the clause that tells the count
("Police said the suspect fired three shots": the suspect), or the one after "by" ("12 rounds were
fired by officers"); a name alone says no kind. Three kinds are told apart: the police, one who
fires back at an attacker (a homeowner, a clerk, a guard), and anyone else (the gunman, a man,
"he").
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.shooters import (
    DEFENDER_SHOOTERS,
    FIRING_VERBS,
    OTHER_SHOOTERS,
    POLICE_SHOOTERS,
    SHOT_UNITS,
)

_WORD = re.compile(r"[a-z]+|[,;:]")
# How far from the figure its verb of firing may stand: "fired three shots", "fired at the car
# five times", "three shots were fired".
_VERB_BEFORE, _VERB_AFTER = 6, 3
_POLICE, _DEFENDER, _OTHER = "police", "defender", "other"
_BE_FORMS = frozenset({"was", "were", "been", "being", "is", "are", "got", "get"})


def mark_shooters(analysis: Analysis) -> None:
    """Give each count of shots the kind of its shooter (``Fact.fired_by``), which
    ``claims.relation`` reads: two kinds never make one count."""
    for fact in analysis.facts:
        if fact.number is not None and not fact.fired_by:
            fact.fired_by = shooter(analysis, fact)


def shooter(analysis: Analysis, fact: Fact) -> str:
    """The kind of shooter whose shots the figure counts; "" when it counts no shots or the
    sentence does not say who fired."""
    if fact.number is None or not 0 <= fact.sentence < len(analysis.sentences):
        return ""
    text = analysis.document.text
    sentence = analysis.sentences[fact.sentence]
    before = _WORD.findall(text[sentence.start : fact.start].lower())
    after = _WORD.findall(text[fact.end : sentence.end].lower())
    unit = [w for w in _WORD.findall(fact.text.lower())[1:] if w in SHOT_UNITS] or after[:1]
    if not unit or unit[0] not in SHOT_UNITS:
        return ""
    verb = _verb_before(before)
    if verb is not None and not (verb > 0 and before[verb - 1] in _BE_FORMS):
        return _kind_before(before[:verb])
    if verb is not None:
        return _kind_after_by(after)  # "was shot three times by police": the one hit is not it
    if any(w in FIRING_VERBS for w in after[:_VERB_AFTER]):
        return _kind_after_by(after)  # "three shots were fired by officers"
    return ""


def _verb_before(before: list[str]) -> int | None:
    near = range(len(before) - 1, max(-1, len(before) - 1 - _VERB_BEFORE), -1)
    return next((i for i in near if before[i] in FIRING_VERBS), None)


def _kind_before(words: list[str]) -> str:
    """The last shooter word of the clause before the verb: "Police said the suspect fired"."""
    for word in reversed(words):
        if word in (";", ":"):
            break
        kind = _kind(word)
        if kind:
            return kind
    return ""


def _kind_after_by(after: list[str]) -> str:
    if "by" not in after:
        return ""
    following = after[after.index("by") + 1 :][:3]
    return next((k for k in map(_kind, following) if k), "")


def _kind(word: str) -> str:
    if word in POLICE_SHOOTERS:
        return _POLICE
    if word in DEFENDER_SHOOTERS:
        return _DEFENDER
    return _OTHER if word in OTHER_SHOOTERS else ""
