"""A police report's step read as one word, whichever wording the article chose, so that two
retellings of one statement pair ("was transported to Regional Medical Center" / "was taken to
the hospital", "turned the gun on himself" / "committed suicide"). The wordings and why are in
lexicon/police_report.py."""

from __future__ import annotations

from desktop.core.extraction.parse_cache import TokenRows
from desktop.core.lexicon.police_report import (
    CONDITION_ADVERBS,
    FIRED_AT,
    FIRED_PREPOSITIONS,
    FIRED_REACH,
    HOSPITAL_KINDS,
    NOT_TARGETS,
    OWN_LIFE,
    POLICE_STEP_WORDS,
    REFLEXIVES,
    SUICIDE_REACH,
    SURRENDER_PHRASES,
    TRANSPORT_REACH,
    TRANSPORT_VERBS,
    TRANSPORT_WORD,
)

_STEP: dict[str, str] = {word: step for step, words in POLICE_STEP_WORDS.items() for word in words}


# The lemmas any reading below starts from, and how far after one it looks.
_TRIGGERS = frozenset(
    [*_STEP, *HOSPITAL_KINDS, *TRANSPORT_VERBS, "kill", "turn", "take", "give", "inflict", "fire",
     "lock", "pronounce"]
)  # fmt: skip
_LOOKAHEAD = SUICIDE_REACH + 2


def condition_adverb(rows: TokenRows, i: int) -> bool:
    """An adverb that tells a victim's condition ("critically injured"): a content word here."""
    return rows.lower[i] in CONDITION_ADVERBS


def police_word(rows: TokenRows, i: int, start: int, end: int) -> str | None:
    """The step token ``i`` of the sentence ``start``..``end`` tells, if it tells one."""
    lemma = rows.lemma[i].lower()
    if lemma not in _TRIGGERS:
        return None  # most words: read on every content token of both articles
    after = rows.lower[i + 1 : min(end, i + 1 + _LOOKAHEAD)]
    phrase = _reflexive_step(lemma, after) or _self_inflicted(rows, i, start)
    if phrase:
        return phrase
    if lemma in _STEP:
        return _STEP[lemma]
    if _hospital(rows, i, start):
        return "hospital"
    if lemma in TRANSPORT_VERBS and rows.pos[i] == "VERB" and _to_hospital(rows, i, end):
        return TRANSPORT_WORD
    if lemma == "fire" and rows.pos[i] == "VERB" and _fired_at(rows, i, end):
        return "shoot"
    if lemma == "fire" and i > start and rows.lemma[i - 1].lower() == "open":
        return "shoot"  # "opened fire"
    if lemma == "lock" and after[:1] == ["down"]:
        return "lockdown"
    if lemma == "pronounce" and after[:1] == ["dead"]:
        return "death"
    return None


def _fired_at(rows: TokenRows, i: int, end: int) -> bool:
    """ "fired on deputies", "fired a shotgun"; never "fired on Monday"."""
    for k in range(i + 1, min(end, i + 1 + FIRED_REACH)):
        word = rows.lower[k]
        if word not in FIRED_AT:
            continue
        if word not in FIRED_PREPOSITIONS:
            return True
        target = k + 1
        return target < end and not rows.like_num[target] and rows.lower[target] not in NOT_TARGETS
    return False


def _reflexive_step(lemma: str, after: list[str]) -> str | None:
    """ "killed himself", "turned the gun on himself", "took his own life": suicide; "gave
    himself up", "turned himself in": surrender."""
    near = after[:SUICIDE_REACH]
    if after[:1] and after[0] in REFLEXIVES:
        if (lemma, after[1] if len(after) > 1 else "") in SURRENDER_PHRASES:
            return "surrender"
        if lemma == "kill":
            return "suicide"
    if lemma == "turn" and "on" in near:
        k = near.index("on")
        if k + 1 < len(after) and after[k + 1] in REFLEXIVES:
            return "suicide"
    if lemma == "take" and len(after) >= 3 and tuple(after[1:3]) == OWN_LIFE:
        return "suicide"
    return None


def _self_inflicted(rows: TokenRows, i: int, start: int) -> str | None:
    """ "a self-inflicted gunshot wound": suicide."""
    if rows.lemma[i].lower() == "inflict" and i - 2 >= start and rows.lower[i - 2] == "self":
        return "suicide"
    return None


def _hospital(rows: TokenRows, i: int, start: int) -> bool:
    """ "Regional Medical Center", "a trauma center", "the emergency room": a hospital."""
    kinds = HOSPITAL_KINDS.get(rows.lemma[i].lower())
    return kinds is not None and i > start and rows.lower[i - 1] in kinds


def _to_hospital(rows: TokenRows, i: int, end: int) -> bool:
    """A hospital after "to" within TRANSPORT_REACH tokens of the verb at ``i``."""
    stop = min(end, i + 1 + TRANSPORT_REACH)
    if "to" not in rows.lower[i + 1 : stop]:
        return False
    return any(
        _STEP.get(rows.lemma[k].lower()) == "hospital" or _hospital(rows, k, i + 1)
        for k in range(i + 1, stop)
    )
