"""What one sentence says befell one victim: where they were hit ("shot in the back of the head",
"a gunshot wound to the left leg") and how badly ("in critical condition", "non-life-threatening
injuries", "pronounced dead"), with the person it is said of.

The person is who the sentence speaks of, read as a reporter would write it: the one name the
sentence gives a victim (a speaker's or an officer's name set aside), else the one age it gives,
else nobody in particular ("the girl", "one"): a harm ``lone`` in its sentence. A sentence
speaking of several people ("Both were shot in the legs", "two men in critical condition") tells
no one's harm. A wound of the one who fired ("a self-inflicted wound", "the gunman was shot in the
leg") is no victim's.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from desktop.core.events.condition_grades import grades_told, may_open_grade
from desktop.core.events.wound_places import gapped_places, may_name_part, wound_places
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.facts import Token
from desktop.core.findings.events.tolls import is_age
from desktop.core.lexicon.conditions import (
    CHANGE_WORDS,
    CONDITION_NOUNS,
    NOW_WORDS,
)
from desktop.core.lexicon.victims import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    COUNTED_VERBS,
    FEMALE_NOUNS,
    HE_WORDS,
    LIST_ORDINALS,
    LIST_STARTS,
    MALE_NOUNS,
    NOT_PEOPLE,
    PEOPLE_COUNTS,
    RESPONDER_ACTS,
    SEVERAL_WORDS,
    SHE_WORDS,
    SPEECH_WORDS,
)
from desktop.core.lexicon.wounds import (
    BODY_PARTS,
    ONCE_WORDS,
    ONE_WORDS,
    RESPONDERS,
    SELF_WOUND_WORDS,
    SHOT_NOUNS,
    WOUND_DOERS,
    WOUND_VERBS,
    WOUND_WORDS,
)
from desktop.core.model import MentionType

# How far before and after its first harm word a noun says the victim's sex: "a man was shot",
# "struck his daughter" (never "her father had shot her" further on).
_SEX_BEFORE, _SEX_AFTER = 3, 2
# How far before the harm's words an officer may stand as the one hurt.
_RESPONDER_REACH = 10
# How far after a passive wound word "by" and the police stand: "was fatally shot by a police
# officer" (the police's words: "by", an article, "police", "officer").
_POLICE_REACH = 4
_BE_FORMS = frozenset({"was", "were", "been", "is", "being"})
# How far before a passive wound word, and after an active one, the one who fired stands as the
# one hit: "the 28-year-old suspect was shot", "police shot the gunman".
_DOER_BEFORE, _DOER_AFTER = 4, 3


@dataclass(frozen=True, slots=True)
class Harm:
    """One victim's wound places or grade in one sentence, with the words that say it."""

    sentence: int
    words: Fact  # a stand-in fact over the words that tell the harm
    parts: frozenset[str] = frozenset()
    grades: frozenset[int] = frozenset()
    name: str = ""  # the victim's surname, folded, when the sentence names them
    name_key: str = ""
    age: int | None = None
    sex: str = ""  # "m", "f", or "" when the sentence does not say
    one_of: bool = False  # said of one of several ("One was shot in the back", "another")
    responder: bool = False  # said of an officer who answered the call ("an officer was hurt")
    doer: bool = False  # said of the one who fired ("the suspect is treated for injuries")
    unnamed_there: bool = False  # the other article never writes the victim's name (per pair)
    changed: bool = False  # the sentence tells the grade changed ("upgraded", "later died")
    now: bool = False  # the sentence dates the grade to the writing ("remains", "now")
    once: bool = False  # the sentence says the victim was hit once ("one bullet struck her")


def victim_harms(analysis: Analysis) -> list[Harm]:
    """Each sentence's harm of one victim: its wound places and its grade, told apart."""
    return analysis.derived("victim_harms", _read)


def _read(analysis: Analysis) -> list[Harm]:
    harms: list[Harm] = []
    for index, tokens in enumerate(analysis.sentence_tokens):
        if not any(may_name_part(t.lower) or may_open_grade(t.lower) for t in tokens):
            continue  # no word of a body part nor of a grade: no clause of it tells a harm
        runs = _runs(tokens)
        wounded = False  # "one was wounded in the leg, another in the ankle": the verb is shared
        for first, last in _clauses([w for w, _, _ in runs]):
            harms += _clause_harms(analysis, index, tokens, runs[first:last], wounded)
            wounded = wounded or any(w in WOUND_WORDS for w, _, _ in runs[first:last])
    return harms


def _clauses(words: list[str]) -> list[tuple[int, int]]:
    """The sentence cut where a clause of another victim may start: "Most suffered minor wounds,
    though one was struck in the back"; "One is treated for life-threatening injuries; a second
    for serious injuries"."""
    cuts = [i for i, w in enumerate(words) if w in CLAUSE_BREAKS or _next_in_list(words, i)]
    bounds = [0, *cuts, len(words)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _next_in_list(words: list[str], i: int) -> bool:
    """A comma that starts the next victim of a list: "..., one in the left leg, another in
    the ankle, a fourth in both legs"."""
    if words[i] not in (",", "and") or i + 1 >= len(words):
        return False
    after = words[i + 1 : i + 3]
    return after[0] in LIST_STARTS or (
        after[0] in ("a", "the") and len(after) > 1 and after[1] in LIST_ORDINALS
    )


def _clause_harms(
    analysis: Analysis,
    index: int,
    tokens: list[Token],
    runs: list[tuple[str, int, int]],
    gapped: bool,
) -> list[Harm]:
    words = [w for w, _, _ in runs]
    parts = wound_places(words) or (gapped_places(words) if gapped else None)
    grades = grades_told(words)
    if not parts and not grades:
        return []
    if any(w in SELF_WOUND_WORDS for w in words) or _plural(words):
        return []
    span = (tokens[runs[0][1]].start, tokens[runs[-1][2]].end)
    who = _who(analysis, index, tokens, words, span)
    if who is None:
        return []
    harms = []
    one_of = _one_of(words)
    if parts:
        at = (runs[parts[1][0]][1], runs[parts[1][1]][2])
        doer = _doer_hit(words)
        harms.append(_harm(analysis, index, tokens, at, who, doer, one_of, parts=parts[0]))
    if grades:
        at = (runs[grades[1][0]][1], runs[grades[1][1]][2])
        # "the suspect is in ... condition", "was fatally shot by a police officer"
        doer = bool(set(words[: grades[1][0]]) & WOUND_DOERS) or _doer_hit(words)
        harms.append(_harm(analysis, index, tokens, at, who, doer, one_of, grades=grades[0]))
    return harms


def _responder(before: list[str]) -> bool:
    """An officer stands before the harm's words as the one hurt: "one of the officers ...
    sustained injuries", "a deputy was grazed" (never "officers said", "officers found him")."""
    for i, word in enumerate(before[-_RESPONDER_REACH:]):
        rest = before[-_RESPONDER_REACH:][i + 1 : i + 2]
        if word in RESPONDERS and not (rest and rest[0] in RESPONDER_ACTS):
            return True
    return False


def _one_of(words: list[str]) -> bool:
    """The clause speaks of one of several victims: "One was shot in the back", "another, 28,
    in the ankle", "the second victim", "one of the men" (never "One bullet struck her")."""
    rest = [w for w in words if w not in CLAUSE_BREAKS and w not in (",", "and")]
    if not rest:
        return False
    first, after = rest[0], rest[1] if len(rest) > 1 else ""
    if first == "another" or (first in ("a", "the") and after in LIST_ORDINALS):
        return True
    return first == "one" and after not in NOT_PEOPLE


def _doer_hit(words: list[str]) -> bool:
    """The one who fired is the one hit: "the gunman was shot", "officers shot the suspect"."""
    for i, word in enumerate(words):
        if word not in WOUND_WORDS:
            continue
        before = words[max(0, i - _DOER_BEFORE) : i]
        passive = bool(before) and before[-1] in ("was", "were", "been", "is", "being")
        if passive and set(before) & WOUND_DOERS:
            return True
        if set(words[i + 1 : i + 1 + _DOER_AFTER]) & WOUND_DOERS:
            return True
        # "was (fatally) shot by a police officer": an adverb may stand before the participle
        told_by = bool(set(before[-2:]) & _BE_FORMS)
        if told_by and _by_police(words[i + 1 : i + 1 + _POLICE_REACH]):
            return True  # "was fatally shot by a police officer": police fire at the gunman
    return False


def _by_police(after: list[str]) -> bool:
    """ "by a police officer", "by deputies", "by police": the shot came from those who answered
    the call."""
    if not after or after[0] != "by":
        return False
    return bool(set(after[1:]) & (RESPONDERS | {"police"}))


def _runs(tokens: list[Token]) -> list[tuple[str, int, int]]:
    """The sentence's words with hyphened runs joined ("non-life-threatening",
    "serious-to-critical", "self-inflicted"), each with its first and last token index."""
    runs: list[tuple[str, int, int]] = []
    for i, token in enumerate(tokens):
        if runs and i > 0 and tokens[i - 1].end == token.start:
            prev = runs[-1][0]
            if token.lower == "-" or prev.endswith("-"):
                runs[-1] = (prev + token.lower, runs[-1][1], i)
                continue
        runs.append((token.lower, i, i))
    return runs


Who = tuple[str, str, int | None, str]  # surname, name key, age, sex


def _harm(
    analysis: Analysis,
    index: int,
    tokens: list[Token],
    at: tuple[int, int],
    who: Who,
    doer: bool,
    one_of: bool,
    parts: frozenset[str] = frozenset(),
    grades: frozenset[int] = frozenset(),
) -> Harm:
    first = _past_facts(analysis, index, tokens, at)
    start, end = tokens[first].start, tokens[at[1]].end
    text = analysis.document.text[start:end]
    words = [t.lower for t in tokens[: at[0]]]
    told = {t.lower for t in tokens}
    return Harm(
        index,
        Fact(start, end, text, MentionType.OTHER, "", index),
        parts,
        grades,
        who[0],
        who[1],
        who[2],
        who[3],
        one_of=one_of,
        responder=_responder(words),
        doer=doer,
        changed=bool(told & CHANGE_WORDS),
        now=bool(told & NOW_WORDS),
        once=_hit_once([t.lower for t in tokens]),
    )


def _hit_once(words: list[str]) -> bool:
    """ "shot once", "a single gunshot wound", "One bullet struck her": one shot hit the victim."""
    if set(words) & ONCE_WORDS:
        return True
    return any(w in SHOT_NOUNS and i > 0 and words[i - 1] in ONE_WORDS for i, w in enumerate(words))


def _past_facts(analysis: Analysis, index: int, tokens: list[Token], at: tuple[int, int]) -> int:
    """The first token of the harm's words past any fact inside them ("struck his 16-year-old
    daughter in the mouth" from "in"): the harm's verdict must not judge an age or a name of
    its own."""
    inside = [
        f.end
        for f in analysis.facts
        if f.sentence == index and tokens[at[0]].start <= f.start < tokens[at[1]].end
    ]
    if not inside:
        return at[0]
    after = [i for i in range(at[0], at[1] + 1) if tokens[i].start >= max(inside)]
    to = [i for i in after if tokens[i].lower in ("in", "to")]
    return to[0] if to else after[0] if after else at[0]


def _plural(words: list[str]) -> bool:
    for i, word in enumerate(words):
        after = words[i + 1 : i + 3]
        if word in SEVERAL_WORDS and (not after or after[0] not in BODY_PARTS):
            return True  # "both legs" is one person's
        if word in PEOPLE_COUNTS and (
            set(after) & SEVERAL_WORDS or (after and after[0] in COUNTED_VERBS)
        ):
            return True
    return False


def _who(
    analysis: Analysis, index: int, tokens: list[Token], words: list[str], span: tuple[int, int]
) -> Who | None:
    """The clause's victim: its one name (else its one age), and the sex the nouns beside its
    first harm word give; None when it names or ages two people."""
    facts = [
        f for f in analysis.facts if f.sentence == index and span[0] <= f.start and f.end <= span[1]
    ]
    names = {
        (f.last or f.text).lower(): f.key
        for f in facts
        if f.type is MentionType.PERSON and not f.title and not _speaker(f, tokens)
    }
    ages = {f.number.centre for f in facts if f.number is not None and f.number.exact and is_age(f)}
    if len(names) > 1 or len(ages) > 1:
        return None
    name, key = next(iter(names.items()), ("", ""))
    at = next((i for i, w in enumerate(words) if w in WOUND_WORDS or w in CONDITION_NOUNS), 0)
    # The noun before an active verb is the one who fired: "A man shot her in the back".
    passive = (at > 0 and words[at - 1] in AUXILIARIES) or words[at] not in WOUND_VERBS
    near = set(words[max(0, at - _SEX_BEFORE) if passive else at : at + _SEX_AFTER + 1])
    sex = _sex(near & MALE_NOUNS, near & FEMALE_NOUNS) or _sex(
        set(words) & HE_WORDS, set(words) & SHE_WORDS
    )  # "shot in her chest", "where he was pronounced dead": the clause's one pronoun
    return name, key, int(next(iter(ages))) if ages else None, sex


def _sex(male: set[str], female: set[str]) -> str:
    return "m" if male and not female else "f" if female and not male else ""


def _speaker(fact: Fact, tokens: list[Token]) -> bool:
    """ "..., Sgt. Lee said", "according to Lee", "Lee told reporters": a name that speaks."""
    near = [t.lower for t in tokens if fact.start - 20 <= t.start and t.end <= fact.end + 12]
    return bool(set(near) & SPEECH_WORDS)
