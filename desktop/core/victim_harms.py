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

from desktop.core.extract import Analysis, Fact
from desktop.core.facts import Token
from desktop.core.findings.tolls import is_age
from desktop.core.lexicon.conditions import (
    CHANGE_WORDS,
    CONDITION_ADJECTIVES,
    CONDITION_ADVERBS,
    CONDITION_NOUNS,
    CONDITION_PHRASES,
    DEAD,
    NEGATIONS,
    NOT_SURVIVING,
    NOW_WORDS,
    STABLE,
)
from desktop.core.lexicon.wounds import (
    BODY_PARTS,
    PART_QUALIFIERS,
    RESPONDERS,
    SELF_WOUND_WORDS,
    WOUND_DOERS,
    WOUND_VERBS,
    WOUND_WORDS,
)
from desktop.core.model import MentionType

# How far after a wound word its place may be told: "struck his daughter in the mouth".
_REACH = 5
# Words of the one whose body it is, between "in/to" and the part.
_OWNERS = frozenset(["the", "his", "her", "both", "each", "one"])
# Words that make a sentence speak of several people hurt.
_PLURAL = frozenset(
    ["they", "their", "them", "both", "victims", "people", "men", "women", "others", "several",
     "all", "teens", "teenagers", "children", "boys", "girls", "persons", "adults", "students"]
)  # fmt: skip
# Counts that make it several people when they count people ("two men", "three were shot"), not
# "four months" or "shot two times".
_COUNTS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
_COUNT_VERBS = frozenset(["were", "of", "others", "are", "remain", "remained"])
# How far before and after its first harm word a noun says the victim's sex: "a man was shot",
# "struck his daughter" (never "her father had shot her" further on).
_SEX_BEFORE, _SEX_AFTER = 3, 2
# Words that join two grades into one range: "critical but stable", "serious-to-critical".
_LINKS = frozenset(["but", "to", "and", "or", "yet"])
# How many words a grade may stand before its noun: "critical but stable condition".
_GRADE_RUN = 4
# The words that may stand between a condition noun and the grade said of it: "injuries were
# not considered life-threatening", "condition is listed as critical".
_PREDICATE_WORDS = frozenset(
    ["is", "are", "was", "were", "been", "be", "not", "n't", "considered", "believed", "thought",
     "deemed", "described", "listed", "as", "remains", "remained", "appear", "appeared", "to",
     "said", "initially", "also"]
)  # fmt: skip
_PREDICATE_REACH = 5
# How far before the harm's words an officer may stand as the one hurt, and what an officer does
# that makes them the teller or the finder, not the hurt: "officers said", "officers found".
_RESPONDER_REACH = 10
_RESPONDER_ACTS = frozenset(
    ["said", "say", "says", "found", "find", "responded", "arrived", "discovered", "told", "shot",
     "fired", "returned", "were", "believe", "believed"]
)  # fmt: skip
# Words that start the next victim of a list after a comma: "one", "another", "a fourth".
_LIST_STARTS = frozenset(["one", "another"])
_LIST_ORDINALS = frozenset(["second", "third", "fourth", "fifth", "sixth", "other", "last"])
# Things, not people, that "one" may count at the head of a wound sentence: "One bullet struck".
_NOT_PEOPLE = frozenset(["bullet", "round", "shot", "shotgun", "pellet", "gunshot", "time"])
# Words that start a clause of its own, perhaps of another victim.
_CLAUSE_BREAKS = frozenset([";", "though", "although", "whereas", "while"])
# How far before a passive wound word, and after an active one, the one who fired stands as the
# one hit: "the 28-year-old suspect was shot", "police shot the gunman".
_DOER_BEFORE, _DOER_AFTER = 4, 3
_AUXILIARIES = frozenset(["was", "were", "been", "being", "is", "be", "got", "get"])
_HE, _SHE = frozenset(["he", "him", "his"]), frozenset(["she", "her", "hers"])
# Words after which a name is a speaker or an officer, not the one hurt.
_SPEECH = frozenset(["said", "says", "told", "according", "spokesman", "spokeswoman"])
_MALE = frozenset(["man", "boy", "son", "brother", "husband", "male", "father", "grandfather"])
_FEMALE = frozenset(
    ["woman", "girl", "daughter", "sister", "wife", "female", "mother", "grandmother", "girlfriend"]
)


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


def victim_harms(analysis: Analysis) -> list[Harm]:
    """Each sentence's harm of one victim: its wound places and its grade, told apart."""
    return analysis.derived("victim_harms", _read)


def _read(analysis: Analysis) -> list[Harm]:
    harms: list[Harm] = []
    for index, tokens in enumerate(analysis.sentence_tokens):
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
    cuts = [i for i, w in enumerate(words) if w in _CLAUSE_BREAKS or _next_in_list(words, i)]
    bounds = [0, *cuts, len(words)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _next_in_list(words: list[str], i: int) -> bool:
    """A comma that starts the next victim of a list: "..., one in the left leg, another in
    the ankle, a fourth in both legs"."""
    if words[i] not in (",", "and") or i + 1 >= len(words):
        return False
    after = words[i + 1 : i + 3]
    return after[0] in _LIST_STARTS or (
        after[0] in ("a", "the") and len(after) > 1 and after[1] in _LIST_ORDINALS
    )


def _clause_harms(
    analysis: Analysis,
    index: int,
    tokens: list[Token],
    runs: list[tuple[str, int, int]],
    gapped: bool,
) -> list[Harm]:
    words = [w for w, _, _ in runs]
    parts = _parts(words) or (_gapped_parts(words) if gapped else None)
    grades = _grades(words)
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
        doer = bool(set(words[: grades[1][0]]) & WOUND_DOERS)  # "the suspect is in ... condition"
        harms.append(_harm(analysis, index, tokens, at, who, doer, one_of, grades=grades[0]))
    return harms


def _responder(before: list[str]) -> bool:
    """An officer stands before the harm's words as the one hurt: "one of the officers ...
    sustained injuries", "a deputy was grazed" (never "officers said", "officers found him")."""
    for i, word in enumerate(before[-_RESPONDER_REACH:]):
        rest = before[-_RESPONDER_REACH:][i + 1 : i + 2]
        if word in RESPONDERS and not (rest and rest[0] in _RESPONDER_ACTS):
            return True
    return False


def _one_of(words: list[str]) -> bool:
    """The clause speaks of one of several victims: "One was shot in the back", "another, 28,
    in the ankle", "the second victim", "one of the men" (never "One bullet struck her")."""
    rest = [w for w in words if w not in _CLAUSE_BREAKS and w not in (",", "and")]
    if not rest:
        return False
    first, after = rest[0], rest[1] if len(rest) > 1 else ""
    if first == "another" or (first in ("a", "the") and after in _LIST_ORDINALS):
        return True
    return first == "one" and after not in _NOT_PEOPLE


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
    return False


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
    )


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
        if word in _PLURAL and (not after or after[0] not in BODY_PARTS):
            return True  # "both legs" is one person's
        if word in _COUNTS and (set(after) & _PLURAL or (after and after[0] in _COUNT_VERBS)):
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
    passive = (at > 0 and words[at - 1] in _AUXILIARIES) or words[at] not in WOUND_VERBS
    near = set(words[max(0, at - _SEX_BEFORE) if passive else at : at + _SEX_AFTER + 1])
    sex = _sex(near & _MALE, near & _FEMALE) or _sex(
        set(words) & _HE, set(words) & _SHE
    )  # "shot in her chest", "where he was pronounced dead": the clause's one pronoun
    return name, key, int(next(iter(ages))) if ages else None, sex


def _sex(male: set[str], female: set[str]) -> str:
    return "m" if male and not female else "f" if female and not male else ""


def _speaker(fact: Fact, tokens: list[Token]) -> bool:
    """ "..., Sgt. Lee said", "according to Lee", "Lee told reporters": a name that speaks."""
    near = [t.lower for t in tokens if fact.start - 20 <= t.start and t.end <= fact.end + 12]
    return bool(set(near) & _SPEECH)


def _parts(words: list[str]) -> tuple[frozenset[str], tuple[int, int]] | None:
    """The body parts the sentence says its victim was hit in, with the word span that says it:
    "shot in the back and the leg", "a wound to the back of the head" (the head)."""
    parts: set[str] = set()
    first, last = -1, -1
    for i, word in enumerate(words):
        if word not in WOUND_WORDS:
            continue
        for j in range(i + 1, min(i + 1 + _REACH, len(words) - 1)):
            if words[j] not in ("in", "to"):
                continue
            k, found = _part_list(words, j + 1)
            if found:
                parts |= found
                first = i if first < 0 else first
                last = max(last, k - 1)
            break
    return (frozenset(parts), (first, last)) if parts else None


def _gapped_parts(words: list[str]) -> tuple[frozenset[str], tuple[int, int]] | None:
    """The parts of a clause whose wound verb an earlier clause gave: "another, age 28, in the
    left ankle"."""
    for j, word in enumerate(words):
        if word in ("in", "to"):
            end, found = _part_list(words, j + 1)
            if found:
                return frozenset(found), (j, end - 1)
    return None


def _part_list(words: list[str], k: int) -> tuple[int, set[str]]:
    """The parts named from ``k`` on, joined by "and" or commas: "the right leg and back"."""
    found: set[str] = set()
    end = k
    while k < len(words):
        if words[k] in _OWNERS:
            k += 1
        while k < len(words) and words[k] in PART_QUALIFIERS:
            k += 1
        if k >= len(words) or words[k] not in BODY_PARTS:
            break
        part, k = _part_at(words, k)
        found.add(part)
        end = k
        if k < len(words) and words[k] in ("and", ","):
            k += 1
            continue
        break
    return end, found


def _part_at(words: list[str], k: int) -> tuple[str, int]:
    """The part at ``k`` and the index after it; "the back of the head" is the head."""
    if k + 2 < len(words) and words[k + 1] == "of":
        after = k + 2 + (words[k + 2] in _OWNERS)
        if after < len(words) and words[after] in BODY_PARTS:
            return BODY_PARTS[words[after]], after + 1
    return BODY_PARTS[words[k]], k + 1


def _grades(words: list[str]) -> tuple[frozenset[int], tuple[int, int]] | None:
    """The grades the sentence gives its victim's harm ("critical but stable": both), with the
    span from the first grade word to the last."""
    grades: set[int] = set()
    first, last = -1, -1
    for i in range(len(words)):
        found = _grade_at(words, i)
        if found is None or i <= last:
            continue
        found_grades, end = found
        sequence = DEAD in found_grades | grades  # "was taken in critical condition and died"
        if grades and not grades & found_grades and not sequence:
            return None  # "one in critical and the other in stable condition": two people
        grades |= found_grades
        first = i if first < 0 else first
        last = max(last, end)
    return (frozenset(grades), (first, last)) if grades else None


def _grade_at(words: list[str], i: int) -> tuple[set[int], int] | None:
    """The grades a phrase starting at ``i`` gives, and the index of its last word."""
    word = words[i]
    before = words[i - 1] if i > 0 else ""
    for phrase, told in CONDITION_PHRASES.items():
        if tuple(words[i : i + len(phrase)]) == phrase:
            if STABLE in told and before in NEGATIONS:
                return set(NOT_SURVIVING), i + len(phrase) - 1  # "not expected to survive"
            return set(told), i + len(phrase) - 1
    if word in CONDITION_ADVERBS and _noun_after(words, i + 1) == i + 1:
        return {CONDITION_ADVERBS[word]}, i + 1
    j = i
    if word in ("life", "non-life") and i + 1 < len(words) and words[i + 1] == "threatening":
        word, j = word + "-threatening", i + 1  # "life threatening", "non-life threatening"
    grades = _adjective_grades(word)
    if not grades:
        return None
    noun = _noun_after(words, j + 1)
    if noun < 0:
        return _predicated(words, i, j, grades)
    for k in range(j + 1, noun):
        grades |= _adjective_grades(words[k])  # "critical but stable condition"
    if before in NEGATIONS:
        return {STABLE}, noun  # "not life-threatening"
    return grades, noun


def _predicated(words: list[str], i: int, j: int, grades: set[int]) -> tuple[set[int], int] | None:
    """A grade said of a condition noun before it: "his injuries are not considered
    life-threatening", "her condition was critical"."""
    between: list[str] = []
    for k in range(i - 1, max(-1, i - 1 - _PREDICATE_REACH), -1):
        if words[k] in CONDITION_NOUNS and between:
            negated = bool(set(between) & NEGATIONS)
            return ({STABLE} if negated else grades), j
        if words[k] not in _PREDICATE_WORDS:
            return None
        between.append(words[k])
    return None


def _adjective_grades(word: str) -> set[int]:
    """ "critical" and the grades of a hyphened run of them, "serious-to-critical"."""
    if word in CONDITION_ADJECTIVES:
        return {CONDITION_ADJECTIVES[word]}
    if word.startswith("non-") or word.startswith("non"):
        rest = word.removeprefix("non").removeprefix("-")
        return {STABLE} if rest in CONDITION_ADJECTIVES else set()
    pieces = [p for p in word.split("-") if p not in _LINKS]
    if len(pieces) > 1 and all(p in CONDITION_ADJECTIVES for p in pieces):
        return {CONDITION_ADJECTIVES[p] for p in pieces}
    return set()


def _noun_after(words: list[str], k: int) -> int:
    """The index of the condition noun that follows, perhaps after more grade words ("critical
    but stable condition", "serious to critical condition"); -1 when none does."""
    for j in range(k, min(k + _GRADE_RUN, len(words))):
        if words[j] in CONDITION_NOUNS:
            return j
        if words[j] not in _LINKS and not _adjective_grades(words[j]):
            return -1
    return -1
