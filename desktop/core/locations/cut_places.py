"""A place the tagger cut short of the name the gazetteer knows: "Merthyr" of "Merthyr Tydfil",
"Ashton" of "Ashton-under-Lyne".

The small model knows a town's first word and reads the rest as another name or as none; read so,
"flooding hit Merthyr Tydfil" names a "Merthyr" that "south Wales" does not hold. When the
capitalised words (and the hyphens of a compound town's name) that run on from a name spell,
with it, a place the gazetteer knows, the whole is that one place, in place of whatever the
tagger read inside it. A name that is a known place by its first word alone stays one only when
the words after it make no longer known place ("Stoke" before "City" stays Stoke).
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.extraction.facts import RawEntity, entity_at
from desktop.core.locations.places import is_known_place

# Entity labels a cut-short town arrives under: the model's place labels and its slips.
_NAME_LABELS = frozenset(["GPE", "LOC", "ORG", "PERSON", "FAC", "NORP"])
# Words the run of a name may take beyond its last capitalised word: the lower-case links of a
# compound town's name ("Ashton-under-Lyne", "Stoke-on-Trent", "Bury St Edmunds").
_LINKS = frozenset(["-", "under", "upon", "on", "in", "le", "la", "en", "sur", "am", "St", "St."])
# A lower-case link opening what follows a name.
_LINK_WORD = re.compile(r"(?:under|upon|on|in|le|la|en|sur|am)\b")
# The most words a name runs on by: "Newcastle upon Tyne" adds three, "-under-Lyne" four.
_REACH = 5


def whole_places(
    spacy_doc: Any, text: str, raws: list[RawEntity], sent_index: dict[int, int]
) -> list[RawEntity]:
    """``raws`` with each name that runs on into a longer known place widened to that place, the
    entities it covered dropped."""
    widened: list[RawEntity] = []
    for raw in raws:
        if raw.label not in _NAME_LABELS or any(w.start <= raw.start < w.end for w in widened):
            continue
        end = _longest_place_end(spacy_doc, text, raw)
        if end is not None:
            place = entity_at(spacy_doc, text, sent_index, (raw.start, end), "GPE")
            if place is not None:
                widened.append(place)
    if not widened:
        return raws
    kept = [r for r in raws if not any(r.start < w.end and w.start < r.end for w in widened)]
    return sorted(kept + widened, key=lambda r: r.start)


def _longest_place_end(spacy_doc: Any, text: str, raw: RawEntity) -> int | None:
    """Where the longest known place that starts with ``raw`` and runs past it ends, or None."""
    if not _runs_on(text, raw.end):
        return None  # read from the text before spaCy finds the name's sentence: most names end
    span = spacy_doc.char_span(raw.start, raw.end, alignment_mode="expand")
    if span is None:
        return None
    best = None
    sentence_end = span.sent.end
    for i in range(span.end, min(span.end + _REACH, sentence_end)):
        token = spacy_doc[i]
        if token.text not in _LINKS and not token.text[:1].isupper():
            break
        if token.i > span.end and spacy_doc[i - 1].whitespace_ and token.text == "-":
            break  # a dash set apart by spaces opens an aside, it joins no name
        end = token.idx + len(token.text)
        if token.text[:1].isupper() and is_known_place(text[raw.start : end]):
            best = end
    return best


def _runs_on(text: str, end: int) -> bool:
    """Whether what follows a name may go on with it: a hyphen, or after spaces a capitalised
    word, a hyphen or a link (what the loop of ``_longest_place_end`` reads first)."""
    if text.startswith("-", end):
        return True
    rest = text[end : end + 12]
    word = rest.lstrip(" \t")
    if not word or len(word) == len(rest):
        return False
    return word[0].isupper() or word[0] == "-" or _LINK_WORD.match(word) is not None
