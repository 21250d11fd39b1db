"""Paraphrased value changes: a fact both articles of one event state, each in its own wording, is
changed in the right article only, inside that article's own sentence ("sank off the coast on
Sunday" -> "on Monday"; "killing one man" -> "killing four men"; "coach Sean Miller" -> "coach Sean
Brennan"; a place; a year). The engine should then show a conflict between the left article's
wording and the changed one.

Rules, all deterministic (seeded by the pair id and the kind):
* weekday: a weekday both articles name; every mention of it in the right article becomes another
  weekday neither article names.
* count: a number (1-999, in figures or words) next to a counted noun or verb (``COUNT_WORDS``)
  whose value the left article also gives beside such a word; that one mention changes (+3 when
  under 10, else doubled), keeping figures or words, and "one man" becomes "four men".
* person: a person (two or more words) whose surname the left article also uses in a person's
  name; every mention of the surname in the right article becomes a surname neither article uses.
* place: a place both articles name (tagged GPE on both sides, and well known or tagged GPE at
  every mention in the right article); every mention in the right article becomes another
  of the same rank (country, US state, else city) neither article names.
* year: a year both articles give; its one best-placed mention in the right article moves back one.
Where a kind offers several candidates, the one in the right sentence sharing most words with a left
sentence giving the same value wins: the fact both articles tell in closely related sentences.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bench.edit_plan import rank_place, replace_place, sentence_ranges
from bench.edit_pools import COUNT_WORDS, NUMBER_WORDS, PLURALS, SURNAMES
from desktop.core.model import Document, TextRange

PARAPHRASE_KINDS = ("weekday", "count", "person", "place", "year")
WEEKDAYS = tuple(calendar.day_name)
WEEKDAY_RE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# A figure's digits after its decimal point or separator ("the 5 of 2.5", "the 30 of 10:30") are
# no count of their own: the lookbehind keeps them out, as the lookahead keeps out the digits
# before one.
COUNT_RE = re.compile(
    rf"(?<!\d[.,:/])\b(?:[1-9]\d{{0,2}}|(?i:{'|'.join(NUMBER_WORDS[1:])}))\b(?![.,:/]\d)"
)
WORD_RE = re.compile(r"[A-Za-z]+")
COUNT_WINDOW = 3  # words either side of a number in which a counted word makes it a count


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    before: str
    after: str
    anchors: tuple[TextRange, ...]  # where the left article gives the original value
    new: tuple[TextRange, ...]  # where the edited right article gives the new value


@dataclass(frozen=True, slots=True)
class ParaphraseCase:
    pair_id: str
    half: str
    left: Document
    right: Document  # the right article as written
    edited: Document  # the right article with the change
    change: Change


# --- sentences and how closely they match ---------------------------------------------------


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD_RE.findall(text) if len(w) > 3}


def _closeness(sentence: str, others: Sequence[str]) -> float:
    """Share of words in common with the closest of ``others`` (Jaccard on words of 4+ letters)."""
    mine = _words(sentence)
    best = 0.0
    for other in others:
        theirs = _words(other)
        if mine and theirs:
            best = max(best, len(mine & theirs) / len(mine | theirs))
    return best


def _sentence_of(offset: int, text: str, sentences: Sequence[TextRange]) -> str:
    found = next((s for s in sentences if s.start <= offset < s.end), None)
    return text[found.start : found.end] if found else ""


def _left_sentences_with(
    pattern: re.Pattern[str], text: str, sents: Sequence[TextRange]
) -> list[str]:
    return [text[s.start : s.end] for s in sents if pattern.search(text[s.start : s.end])]


def _seed(pair_id: str, kind: str) -> int:
    return zlib.crc32(f"{pair_id}:{kind}".encode())


def _absent(candidate: str, *texts: str) -> bool:
    pattern = re.compile(rf"\b{re.escape(candidate)}\b", re.IGNORECASE)
    return not any(pattern.search(t) for t in texts)


def _ranges(pattern: re.Pattern[str], text: str) -> tuple[TextRange, ...]:
    return tuple(TextRange(m.start(), m.end()) for m in pattern.finditer(text))


def _word(value: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\d[.,:/])\b{re.escape(value)}\b(?![.,:/]\d)")


# --- rewriting ------------------------------------------------------------------------------


def rewrite(text: str, spots: Sequence[tuple[int, int, str]]) -> tuple[str, tuple[TextRange, ...]]:
    """Replace each (start, end, new) and return the new text with where each new value sits."""
    pieces, news, cursor, shift = [], [], 0, 0
    for start, end, new in sorted(spots):
        pieces += [text[cursor:start], new]
        news.append(TextRange(start + shift, start + shift + len(new)))
        shift += len(new) - (end - start)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), tuple(news)


def recount(token: str, following: str) -> tuple[str, str]:
    """A different count in the same form (figures stay figures, words stay words, capitals stay),
    with the counted noun made plural when 'one' grows: ('one', 'man') -> ('four', 'men')."""
    if token.isdigit():
        value = int(token)
        new = str(value + 3 if value < 10 else value * 2)
    else:
        value = NUMBER_WORDS.index(token.lower())
        new = NUMBER_WORDS[value + 3] if value + 3 < len(NUMBER_WORDS) else str(value * 2)
        new = new.upper() if token.isupper() and len(token) > 1 else new
        new = new.capitalize() if token[0].isupper() and not new.isupper() else new
    noun = PLURALS.get(following, following) if value == 1 else following
    return new, noun


# --- one finder per kind --------------------------------------------------------------------

Finder = Callable[[str, Any, Any, list[TextRange], list[TextRange]], "tuple[Change, str] | None"]


def _best(
    candidates: Sequence[tuple[int, Any]],
    right: str,
    rsents: Sequence[TextRange],
    others: Callable[[Any], list[str]],
) -> Any | None:
    """The candidate whose right sentence is closest to a left sentence giving the same value."""
    scored = [
        (_closeness(_sentence_of(offset, right, rsents), others(item)), -offset, item)
        for offset, item in candidates
    ]
    scored = [s for s in scored if s[0] > 0]
    return max(scored, key=lambda s: s[:2])[2] if scored else None


def find_weekday(
    pair_id: str, ldoc: Any, rdoc: Any, lsents: list[TextRange], rsents: list[TextRange]
) -> tuple[Change, str] | None:
    left, right = ldoc.text, rdoc.text
    shared = [
        (m.start(), m.group()) for m in WEEKDAY_RE.finditer(right) if _word(m.group()).search(left)
    ]
    day = _best(shared, right, rsents, lambda d: _left_sentences_with(_word(d), left, lsents))
    if day is None:
        return None
    seed = _seed(pair_id, "weekday")
    for step in range(6):
        new = WEEKDAYS[(WEEKDAYS.index(day) + 1 + (seed + step) % 6) % 7]
        if _absent(new, left, right):
            spots = [(r.start, r.end, new) for r in _ranges(_word(day), right)]
            text, news = rewrite(right, spots)
            return Change("weekday", day, new, _ranges(_word(day), left), news), text
    return None


def _counts(text: str) -> list[re.Match[str]]:
    """Numbers with a counted word within ``COUNT_WINDOW`` words on either side."""
    found = []
    for m in COUNT_RE.finditer(text):
        before = WORD_RE.findall(text[max(0, m.start() - 40) : m.start()])[-COUNT_WINDOW:]
        after = WORD_RE.findall(text[m.end() : m.end() + 40])[:COUNT_WINDOW]
        if (
            {w.lower() for w in (*before, *after)} & COUNT_WORDS
            and not (after and after[0] == "of")
            and not _pronoun_one(m.group(), before, after)
        ):
            found.append(m)
    return found


def _pronoun_one(token: str, before: Sequence[str], after: Sequence[str]) -> bool:
    """ "no one else was injured", "anyone": "one" after "no", "any", "every" or "some", or
    before "else" or "another", stands for a person and counts nothing ("no four else" is no
    count changed, only broken English)."""
    return token.lower() == "one" and (
        (bool(before) and before[-1].lower() in _ONE_PRONOUN_BEFORE)
        or (bool(after) and after[0].lower() in _ONE_PRONOUN_AFTER)
    )


_ONE_PRONOUN_BEFORE = frozenset(["no", "any", "every", "some", "each"])
_ONE_PRONOUN_AFTER = frozenset(["else", "another"])


def _count_value(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS.index(token.lower())


def find_count(
    pair_id: str, ldoc: Any, rdoc: Any, lsents: list[TextRange], rsents: list[TextRange]
) -> tuple[Change, str] | None:
    left, right = ldoc.text, rdoc.text
    left_counts: dict[int, list[re.Match[str]]] = {}
    for m in _counts(left):
        left_counts.setdefault(_count_value(m.group()), []).append(m)
    shared = [(m.start(), m) for m in _counts(right) if _count_value(m.group()) in left_counts]

    def left_sentences(m: re.Match[str]) -> list[str]:
        return [_sentence_of(a.start(), left, lsents) for a in left_counts[_count_value(m.group())]]

    match = _best(shared, right, rsents, left_sentences)
    if match is None:
        return None
    following = re.match(r"\s+([A-Za-z]+)", right[match.end() :])
    noun = following.group(1) if following else ""
    new, new_noun = recount(match.group(), noun)
    if not _absent(new, left, right):  # the new count must be one neither article gives
        return None
    spots = [(match.start(), match.end(), new)]
    if following and new_noun != noun:
        start = match.end() + following.start(1)
        spots.append((start, start + len(noun), new_noun))
    text, news = rewrite(right, spots)
    anchors = tuple(TextRange(a.start(), a.end()) for a in left_counts[_count_value(match.group())])
    before = f"{match.group()} {noun}".strip()
    return Change("count", before, f"{new} {new_noun}".strip(), anchors, news[:1]), text


def find_person(
    pair_id: str, ldoc: Any, rdoc: Any, lsents: list[TextRange], rsents: list[TextRange]
) -> tuple[Change, str] | None:
    left, right = ldoc.text, rdoc.text
    shared = []
    for ent in rdoc.ents:
        words = ent.text.split()
        surname = words[-1] if len(words) >= 2 else ""
        if (
            ent.label_ == "PERSON"
            and surname.isalpha()
            and surname[0].isupper()
            and len(surname) > 2
            and any(e.label_ == "PERSON" and _word(surname).search(e.text) for e in ldoc.ents)
        ):
            shared.append((ent.start_char, surname))
    surname = _best(shared, right, rsents, lambda s: _left_sentences_with(_word(s), left, lsents))
    if surname is None:
        return None
    start = _seed(pair_id, "person")
    for i in range(len(SURNAMES)):
        new = SURNAMES[(start + i) % len(SURNAMES)]
        if _absent(new, left, right):
            text, news = rewrite(
                right, [(r.start, r.end, new) for r in _ranges(_word(surname), right)]
            )
            return Change("person", surname, new, _ranges(_word(surname), left), news), text
    return None


def find_place(
    pair_id: str, ldoc: Any, rdoc: Any, lsents: list[TextRange], rsents: list[TextRange]
) -> tuple[Change, str] | None:
    left, right = ldoc.text, rdoc.text
    shared = [
        (e.start_char, e)
        for e in rdoc.ents
        if e.label_ == "GPE"
        and rank_place(e, rdoc) is not None  # a well-known place, or one always tagged a place
        and any(o.label_ == "GPE" and o.text == e.text for o in ldoc.ents)
    ]
    ent = _best(shared, right, rsents, lambda e: _left_sentences_with(_word(e.text), left, lsents))
    if ent is None:
        return None
    picked = replace_place(ent, left + "\n" + right, f"{pair_id}:place")
    if picked is None:
        return None
    new = picked[2]
    text, news = rewrite(right, [(r.start, r.end, new) for r in _ranges(_word(ent.text), right)])
    return Change("place", ent.text, new, _ranges(_word(ent.text), left), news), text


def find_year(
    pair_id: str, ldoc: Any, rdoc: Any, lsents: list[TextRange], rsents: list[TextRange]
) -> tuple[Change, str] | None:
    left, right = ldoc.text, rdoc.text
    shared = [(m.start(), m) for m in YEAR_RE.finditer(right) if _word(m.group()).search(left)]
    match = _best(
        shared, right, rsents, lambda m: _left_sentences_with(_word(m.group()), left, lsents)
    )
    if match is None:
        return None
    year = int(match.group())
    new = next(
        (str(y) for y in (year - 1, year + 1, year - 2) if _absent(str(y), left, right)), None
    )
    if new is None:
        return None
    text, news = rewrite(right, [(match.start(), match.end(), new)])
    return Change("year", match.group(), new, _ranges(_word(match.group()), left), news), text


FINDERS: dict[str, Finder] = {
    "weekday": find_weekday,
    "count": find_count,
    "person": find_person,
    "place": find_place,
    "year": find_year,
}


def plan_pair(
    pair_id: str, half: str, left: Document, right: Document, nlp: Any
) -> list[ParaphraseCase]:
    """One case per kind the pair offers, each a separate edited copy of the right article."""
    ldoc, rdoc = nlp(left.text), nlp(right.text)
    lsents, rsents = sentence_ranges(ldoc), sentence_ranges(rdoc)
    cases = []
    for kind, finder in FINDERS.items():
        found = finder(pair_id, ldoc, rdoc, lsents, rsents)
        if found is None:
            continue
        change, text = found
        edited = dataclasses.replace(
            right, source=f"{right.source} ({kind} changed)", text=text, sha256=None
        )
        cases.append(ParaphraseCase(pair_id, half, left, right, edited, change))
    return cases
