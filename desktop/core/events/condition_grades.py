"""The grade of a victim's harm as a clause words it, on the scale of ``lexicon/conditions.py``:
"in critical condition", "critically injured", "critical but stable condition" (both),
"serious-to-critical", "non-life-threatening injuries", "his injuries were not considered
life-threatening", "treated and released", "pronounced dead", "is expected to survive".
Read by ``victim_harms``; the words are lowercase, hyphened runs joined."""

from __future__ import annotations

from desktop.core.lexicon.conditions import (
    CONDITION_ADJECTIVES,
    CONDITION_ADVERBS,
    CONDITION_NOUNS,
    CONDITION_PHRASES,
    DEAD,
    GRADE_LINKS,
    NEGATIONS,
    NOT_SURVIVING,
    PREDICATE_WORDS,
    STABLE,
)

# How many words a grade may stand before its noun ("critical but stable condition"), and after
# the condition noun it is said of ("injuries were not considered life-threatening").
_GRADE_RUN = 4
_PREDICATE_REACH = 5

# The phrases by their first word: every word of every sentence is looked up, few start one.
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], frozenset[int]]]] = {}
for _phrase, _told in CONDITION_PHRASES.items():
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, frozenset(_told)))


# Every piece (between hyphens) of a word that may open a grade: a phrase's first word, an
# adverb, an adjective, "life" of "life threatening". A run of words holding none of them, and no
# word opening in "non", tells no grade (``may_open_grade``).
_GRADE_PIECES = frozenset(
    piece
    for word in (*_PHRASES_BY_FIRST, *CONDITION_ADVERBS, *CONDITION_ADJECTIVES, "life", "non-life")
    for piece in word.split("-")
    if piece
)


def may_open_grade(token: str) -> bool:
    """False when no run of words holding this lowercase token can tell a grade: a look that
    spares reading every clause of a sentence with no word of harm."""
    return (
        token in _GRADE_PIECES
        or token.startswith("non")
        or ("-" in token and any(p in _GRADE_PIECES for p in token.split("-")))
    )


def grades_told(words: list[str]) -> tuple[frozenset[int], tuple[int, int]] | None:
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
    for phrase, told in _PHRASES_BY_FIRST.get(word, ()):
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
        if words[k] not in PREDICATE_WORDS:
            return None
        between.append(words[k])
    return None


def _adjective_grades(word: str) -> set[int]:
    """ "critical" and the grades of a hyphened run of them, "serious-to-critical"."""
    if word in CONDITION_ADJECTIVES:
        return {CONDITION_ADJECTIVES[word]}
    if "-" not in word and not word.startswith("non"):
        return set()  # most words: no grade, and no run of grades to split
    if word.startswith("non-") or word.startswith("non"):
        rest = word.removeprefix("non").removeprefix("-")
        return {STABLE} if rest in CONDITION_ADJECTIVES else set()
    pieces = [p for p in word.split("-") if p not in GRADE_LINKS]
    if len(pieces) > 1 and all(p in CONDITION_ADJECTIVES for p in pieces):
        return {CONDITION_ADJECTIVES[p] for p in pieces}
    return set()


def _noun_after(words: list[str], k: int) -> int:
    """The index of the condition noun that follows, perhaps after more grade words ("critical
    but stable condition", "serious to critical condition"); -1 when none does."""
    for j in range(k, min(k + _GRADE_RUN, len(words))):
        if words[j] in CONDITION_NOUNS:
            return j
        if words[j] not in GRADE_LINKS and not _adjective_grades(words[j]):
            return -1
    return -1
