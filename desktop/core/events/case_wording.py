"""A step of the case (handed to prosecutors, a wound the victim will survive) or a quarrel read
as one word, whichever wording the article chose, so that two retellings of one statement pair
("presented to the grand jury" / "turned over to the district attorney for review"). The
wordings and why are in lexicon/case_steps.py."""

from __future__ import annotations

from desktop.core.extraction.parse_cache import TokenRows
from desktop.core.lexicon.case_steps import (
    ARGUMENT_NOT_QUARREL,
    CASE_WORDS,
    CONFLICT_PARTIES_AFTER,
    CONFLICT_PARTIES_BEFORE,
    CRITICAL_WORD,
    FIGHT_FOR_LIFE,
    FIGHT_FOR_LIFE_REACH,
    LIFE_NEGATION_REACH,
    LIFE_NEGATIONS,
    PROSECUTING_ATTORNEY,
    REFERRAL_PARTICLE_VERBS,
    REFERRAL_REACH,
    REFERRAL_TARGETS,
    REFERRAL_VERBS,
    REFERRAL_WORD,
    STABLE_NOT_SURVIVAL,
    STABLE_REACH,
    SURVIVAL_EXPECTED,
    SURVIVAL_WORD,
)

_WORD: dict[str, str] = {word: step for step, words in CASE_WORDS.items() for word in words}
_TRIGGERS = frozenset(
    [
        *_WORD,
        *REFERRAL_VERBS,
        *SURVIVAL_EXPECTED,
        "stable",
        "threaten",
        "threatening",
        "fight",
        "conflict",
    ]
)


def case_word(rows: TokenRows, i: int, start: int, end: int) -> str | None:
    """The step or thing token ``i`` of the sentence ``start``..``end`` tells, if it tells one."""
    lemma = rows.lemma[i].lower()
    if lemma not in _TRIGGERS:
        return None  # most words: read on every content token of both articles
    if lemma in REFERRAL_VERBS and rows.pos[i] == "VERB" and _referred(rows, i, end, lemma):
        return REFERRAL_WORD
    if _survived(rows, i, start, lemma):
        return SURVIVAL_WORD
    if lemma == "fight":
        return CRITICAL_WORD if _for_life(rows, i, end) else None  # else news_verbs' "fight"
    if lemma == "conflict":
        return "feud" if _between_parties(rows, i, start, end) else None
    if lemma == "argument" and i > start and rows.lower[i - 1] in ARGUMENT_NOT_QUARREL:
        return None
    return _WORD.get(lemma)


def _for_life(rows: TokenRows, i: int, end: int) -> bool:
    """ "fighting for his life", "fighting for her life"."""
    after = rows.lower[i + 1 : min(end, i + 1 + FIGHT_FOR_LIFE_REACH)]
    return after[:1] == [FIGHT_FOR_LIFE[0]] and FIGHT_FOR_LIFE[1] in after


def _referred(rows: TokenRows, i: int, end: int, lemma: str) -> bool:
    """ "presented to the grand jury", "turned over to the district attorney for review"."""
    after = range(i + 1, min(end, i + 1 + REFERRAL_REACH))
    words = [rows.lower[k] for k in after]
    if lemma in REFERRAL_PARTICLE_VERBS and "over" not in words[:4]:
        return False
    if "to" not in words and "for" not in words:
        return False
    for k in after:
        word = rows.lower[k]
        if word in REFERRAL_TARGETS:
            return True
        if word == "attorney" and rows.lower[k - 1] in PROSECUTING_ATTORNEY:
            return True
    return False


def _survived(rows: TokenRows, i: int, start: int, lemma: str) -> bool:
    """ "expected to survive", "not life-threatening", "in stable condition"."""
    if lemma == "survive":
        return True
    if lemma == "stable":
        near = rows.lower[max(start, i - STABLE_REACH) : i + 1 + STABLE_REACH]
        return not STABLE_NOT_SURVIVAL.intersection(near)
    if lemma in SURVIVAL_EXPECTED:
        return i - 2 >= start and rows.lower[i - 1] == "to" and rows.lemma[i - 2] == "expect"
    if lemma in ("threaten", "threatening"):
        life = next((k for k in (i - 1, i - 2) if k >= start and rows.lower[k] == "life"), None)
        if life is None:
            return False
        before = range(max(start, life - LIFE_NEGATION_REACH), life)
        return any(rows.lower[k] in LIFE_NEGATIONS for k in before)
    return False


def _between_parties(rows: TokenRows, i: int, start: int, end: int) -> bool:
    """ "a conflict between rival cliques", "a gang conflict"; not "conflicts of interest"."""
    after = i + 1 < end and rows.lower[i + 1] in CONFLICT_PARTIES_AFTER
    return after or (i > start and rows.lower[i - 1] in CONFLICT_PARTIES_BEFORE)
