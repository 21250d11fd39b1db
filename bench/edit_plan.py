"""Planted edits on one article: one person's surname, one place, one number and one date are
changed, and one body sentence is deleted, each in its own sentence so that one finding cannot be
credited to two edits. Deterministic: every choice is seeded by the article's id."""

from __future__ import annotations

import dataclasses
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import load_pipeline
from bench.edit_pools import (
    CITIES,
    COUNTRIES,
    DATE_PATTERNS,
    KNOWN_PLACES,
    NAME_SUFFIXES,
    NUMBER_RE,
    NUMBER_WORDS,
    PLACE_WORDS,
    SURNAMES,
    US_STATES,
    WEEKDAYS,
)
from desktop.core.model import Document, TextRange

MIN_WORDS = 300
MIN_SENTENCE_WORDS = 6  # shorter "sentences" are headlines, datelines and bylines

CHANGE_KINDS = ("person", "place", "number", "date")
DELETION = "deletion"


@dataclass(frozen=True, slots=True)
class Edit:
    kind: str
    original: TextRange  # in the original text
    before: str
    after: str = ""
    new: TextRange | None = None  # in the edited text; None for the deletion
    entities: tuple[TextRange, ...] = ()  # deletion only: entities in the deleted sentence
    people: tuple[TextRange, ...] = ()  # deletion only: those of them the model calls a person


@dataclass(frozen=True, slots=True)
class Case:
    original: Document
    edited: Document
    edits: tuple[Edit, ...]


# --- choosing replacements --------------------------------------------------------------------


def _pick(pool: Sequence[str], seed: str, text: str, original: str) -> str | None:
    """A deterministic pick from ``pool`` that the text never mentions, so the change is unique."""
    start = zlib.crc32(seed.encode())
    for i in range(len(pool)):
        candidate = pool[(start + i) % len(pool)]
        if candidate.lower() != original.lower() and candidate.lower() not in text.lower():
            return candidate
    return None


def replace_person(ent: Any, text: str, seed: str) -> tuple[int, int, str] | None:
    """Swap the surname (last word) of a person's name: the first name stays plausible."""
    words = ent.text.split()
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    last = words[-1]
    if last in NAME_SUFFIXES or len(last) < 3 or ent.text.isupper():
        return None
    new = _pick(SURNAMES, seed, text, last)
    if new is None:
        return None
    start = ent.end_char - len(last)
    return start, ent.end_char, new


def replace_place(ent: Any, text: str, seed: str) -> tuple[int, int, str] | None:
    """Country for country, state for state, else a well-known city: the sentence stays sensible."""
    name = ent.text
    if not re.fullmatch(r"[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*", name):
        return None
    if text[max(0, ent.start_char - 4) : ent.start_char].lower() == "the ":
        return None  # "the United States" -> "the France" would not read
    pool = COUNTRIES if name in COUNTRIES else US_STATES if name in US_STATES else CITIES
    new = _pick(pool, seed, text, name)
    return None if new is None else (ent.start_char, ent.end_char, new)


def _number_text(value: float, like: str) -> str:
    if "." in like:
        return f"{value:.{len(like.split('.')[1])}f}"
    return f"{int(value):,}" if "," in like else str(int(value))


_FRACTION_TAIL = re.compile(
    r"-(?:half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b", re.I
)


def replace_number(ent: Any, text: str, seed: str) -> tuple[int, int, str] | None:
    """Small counts get +7, larger ones double: clearly different, still believable."""
    match = NUMBER_RE.search(ent.text)
    if match is None:
        return None
    token = match.group()
    if re.fullmatch(r"(19|20)\d\d", token):
        return None  # a year, not a count
    if _FRACTION_TAIL.match(ent.text, match.end()):
        return None  # the numerator of "two-thirds": "nine-thirds" would be no figure at all
    if token.lower() in NUMBER_WORDS:
        n = NUMBER_WORDS.index(token.lower())
        word = NUMBER_WORDS[n + 7 if n + 7 < len(NUMBER_WORDS) else n - 7]
        new = word.capitalize() if token[0].isupper() else word
    else:
        value = float(token.replace(",", ""))
        new = _number_text(value + 7 if value < 10 else value * 2, token)
    start = ent.start_char + match.start()
    return start, start + len(token), new


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _shift_date(match: re.Match[str]) -> str | None:
    """The same written format with another value: days move within the month, years by one."""
    groups = match.groupdict()
    if groups.get("weekday"):
        return WEEKDAYS[(WEEKDAYS.index(groups["weekday"]) + 2) % 7]
    if groups.get("year"):
        return str(int(groups["year"]) - 1)
    day = int(groups["day"])
    if not 1 <= day <= 31:
        return None
    new_day = day + 3 if day <= 25 else day - 3  # never crosses a month, so the month text stays
    old = match.group()
    if groups.get("m"):
        return f"{groups['m']}/{new_day:0{len(groups['day'])}d}/{groups['y']}"
    day_text = str(new_day) + (_ordinal(new_day) if groups.get("sfx") else "")
    return old.replace(groups["day"] + (groups.get("sfx") or ""), day_text, 1)


def replace_date(ent: Any, text: str, seed: str) -> tuple[int, int, str] | None:
    for pattern in DATE_PATTERNS:
        match = pattern.search(ent.text)
        if match is None:
            continue
        new = _shift_date(match)
        if new is not None and new != match.group():
            start = ent.start_char + match.start()
            return start, ent.start_char + match.end(), new
    return None


Replacer = Callable[[Any, str, str], "tuple[int, int, str] | None"]
Ranker = Callable[[Any, Any], "tuple[int, int] | None"]


def _inside_other_label(ent: Any, doc: Any, labels: set[str]) -> bool:
    return any(ent.text in other.text for other in doc.ents if other.label_ in labels)


def rank_person(ent: Any, doc: Any) -> tuple[int, int] | None:
    """Full names of people the article keeps mentioning first; spaCy's other PERSONs misfire
    (ship prefixes like "INS", place names like "Anderson Springs")."""
    words = ent.text.split()
    if _inside_other_label(ent, doc, {"GPE", "LOC", "ORG", "FAC"}) or words[-1] in PLACE_WORDS:
        return None
    if any(len(w) > 1 and w.isupper() for w in words):
        return None
    persons = [e.text.split() for e in doc.ents if e.label_ == "PERSON"]
    mentions = sum(p[-1] == words[-1] for p in persons)
    if 2 <= len(words) <= 3:
        return 0, -mentions
    surnames = {p[-1] for p in persons if len(p) > 1}
    return (1, -mentions) if len(words) == 1 and ent.text in surnames else None


def rank_place(ent: Any, doc: Any) -> tuple[int, int] | None:
    """Trust well-known names first, then names spaCy tags GPE every time it sees them."""
    if ent.text in KNOWN_PLACES:
        return 0, 0
    if _inside_other_label(ent, doc, {"PERSON", "ORG"}):
        return None
    labels = [e.label_ for e in doc.ents if e.text == ent.text]
    return (1, -len(labels)) if len(labels) >= 2 and set(labels) == {"GPE"} else None


def rank_any(ent: Any, doc: Any) -> tuple[int, int] | None:
    return 0, 0


REPLACERS: dict[str, tuple[set[str], Replacer, Ranker]] = {
    "person": ({"PERSON"}, replace_person, rank_person),
    "place": ({"GPE"}, replace_place, rank_place),
    "number": ({"CARDINAL", "QUANTITY", "MONEY"}, replace_number, rank_any),
    "date": ({"DATE"}, replace_date, rank_any),
}


# --- planning and applying the edits ----------------------------------------------------------


def sentence_ranges(doc: Any) -> list[TextRange]:
    """spaCy's sentences, split again at line breaks (corpus texts put one sentence per line)."""
    ranges = []
    for sent in doc.sents:
        offset = sent.start_char
        for piece in re.split(r"(\n+)", sent.text_with_ws):
            stripped = piece.strip()
            if stripped:
                start = offset + piece.index(stripped)
                ranges.append(TextRange(start, start + len(stripped)))
            offset += len(piece)
    return ranges


def _eligible(sentences: list[TextRange], text: str) -> list[int]:
    """Body sentences: not the headline line, long enough to be prose."""
    first_line_end = text.find("\n") if "\n" in text.strip() else -1
    return [
        i
        for i, s in enumerate(sentences)
        if s.start > first_line_end and len(text[s.start : s.end].split()) >= MIN_SENTENCE_WORDS
    ]


def plan_edits(document: Document, nlp: Any) -> list[tuple[str, TextRange, str]] | None:
    """One (kind, original range, replacement) per change plus the deletion, each in its own
    sentence so one finding cannot be credited to two edits; None if the article lacks one."""
    text = document.text
    doc = nlp(text)
    sentences = sentence_ranges(doc)
    eligible = _eligible(sentences, text)
    used: set[int] = set()
    plan: list[tuple[str, TextRange, str]] = []
    for kind in CHANGE_KINDS:
        change = _choose_change(kind, doc, sentences, eligible, used, document.source)
        if change is None:
            return None
        used.add(change[0])
        plan.append((kind, change[1], change[2]))
    deletion = _pick_deletion(doc, sentences, eligible, used, len(text))
    if deletion is None:
        return None
    plan.append((DELETION, deletion, ""))
    return plan


def _choose_change(
    kind: str, doc: Any, sentences: list[TextRange], eligible: list[int], used: set[int], seed: str
) -> tuple[int, TextRange, str] | None:
    """The best-ranked entity of the kind (earliest on ties) in a sentence no other edit uses."""
    labels, replacer, ranker = REPLACERS[kind]
    best: tuple[tuple[int, int], int, TextRange, str] | None = None
    for ent in doc.ents:
        index = next((k for k in eligible if sentences[k].contains(ent.start_char)), None)
        if ent.label_ not in labels or index is None or index in used:
            continue
        tier = ranker(ent, doc)
        change = replacer(ent, doc.text, f"{seed}:{kind}") if tier is not None else None
        if change is None or change[1] > sentences[index].end:
            continue
        if tier is not None and (best is None or tier < best[0]):
            best = (tier, index, TextRange(change[0], change[1]), change[2])
    return None if best is None else best[1:]


def _pick_deletion(
    doc: Any, sentences: list[TextRange], eligible: list[int], used: set[int], length: int
) -> TextRange | None:
    """The unused body sentence with an entity that sits nearest the middle of the article."""
    with_entities = [
        sentences[i]
        for i in eligible
        if i not in used and any(sentences[i].contains(e.start_char) for e in doc.ents)
    ]
    if not with_entities:
        return None
    return min(with_entities, key=lambda s: abs((s.start + s.end) / 2 - length / 2))


def _deletion_extent(text: str, sentence: TextRange) -> TextRange:
    """The sentence plus the whitespace after it, so no blank gap is left behind."""
    end = sentence.end
    while end < len(text) and text[end].isspace():
        end += 1
    return TextRange(sentence.start, end)


def apply_edits(
    document: Document, plan: list[tuple[str, TextRange, str]], nlp: Any
) -> tuple[Document, tuple[Edit, ...]]:
    """Rewrite left to right, tracking how far each later offset moves."""
    text = document.text
    pieces: list[str] = []
    edits: list[Edit] = []
    cursor = shift = 0
    for kind, rng, new in sorted(plan, key=lambda p: p[1].start):
        pieces.append(text[cursor : rng.start])
        before = text[rng.start : rng.end]
        if kind == DELETION:
            extent = _deletion_extent(text, rng)
            found = nlp(before).ents
            moved = tuple(
                TextRange(e.start_char + rng.start, e.end_char + rng.start) for e in found
            )
            people = tuple(r for r, e in zip(moved, found, strict=True) if e.label_ == "PERSON")
            edits.append(Edit(kind, rng, before, entities=moved, people=people))
            cursor, shift = extent.end, shift - (extent.end - extent.start)
            continue
        start = rng.start + shift
        pieces.append(new)
        edits.append(Edit(kind, rng, before, new, TextRange(start, start + len(new))))
        cursor, shift = rng.end, shift + len(new) - len(before)
    pieces.append(text[cursor:])
    edited = dataclasses.replace(
        document, source=f"{document.source} (edited)", text="".join(pieces), sha256=None
    )
    return edited, tuple(edits)


def build_cases(documents: Sequence[Document], count: int) -> list[Case]:
    nlp = load_pipeline()
    cases = []
    for document in documents:
        plan = plan_edits(document, nlp)
        if plan is None:
            continue
        edited, edits = apply_edits(document, plan, nlp)
        cases.append(Case(document, edited, edits))
        if len(cases) == count:
            break
    return cases
