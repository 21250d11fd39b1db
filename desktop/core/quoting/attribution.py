"""Who a sentence relies on ("according to X", "X said") and whether it hedges ("unconfirmed")."""

from __future__ import annotations

import re
from typing import Any

from desktop.core.extraction.parse_cache import parsed_text, token_rows
from desktop.core.extraction.text_search import ascii_lowered
from desktop.core.naming.rank_tokens import is_rank

REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "report",
        "claim",
        "confirm",
        "announce",
        "state",
        "add",
        "note",
        "insist",
        "allege",
        "assert",
        "declare",
        "explain",
        "write",
        "quote",
        "warn",
        "estimate",
        "acknowledge",
        "admit",
        "deny",
        "suggest",
        "testify",
        "speak",
        # Speech acts: "the mayor promised on Monday that ...", "vowed", "urged": the day of
        # the promise is the day of a telling, never of the event promised or told.
        "promise",
        "vow",
        "pledge",
        "urge",
        "argue",  # "the family spoke to reporters on Wednesday"
    ]
)
_HEDGES = re.compile(
    r"\b(unconfirmed|unverified|reportedly|allegedly|purportedly|apparently|rumou?r(?:s|ed)?|"
    r"claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|could not be (?:independently )?(?:verified|confirmed)|"
    r"it is (?:believed|thought|understood)|is said to|are said to|sources say|may have|"
    r"might have|possibly|unclear)\b",
    re.IGNORECASE,
)
_LOWER_HEDGES = re.compile(_HEDGES.pattern)  # its words are in lower case: for lower-cased text
# Words that are no source: "attributes it to he", "to Five people".
NOT_SOURCES = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "one", "some",
     "many", "others", "people", "everyone", "someone"]
)  # fmt: skip
_NUMBER_START = re.compile(
    r"^(\d|(one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|"
    r"many|some|few|a few)\b)",
    re.I,
)


_ACCORDING = re.compile(r"\baccording to\s+(.+?)(?:[,.;:]|$)", re.IGNORECASE)
_MAX_SOURCE_WORDS = 8


def sentence_attribution(sent: Any) -> tuple[str | None, bool]:
    """(source, hedged) for a spaCy sentence span."""
    whole = parsed_text(sent.doc)
    text = whole[sent.start_char : sent.end_char]  # sent.text, not joined anew
    lowered = ascii_lowered(whole)
    if lowered is None:
        hedged, match = bool(_HEDGES.search(text)), _ACCORDING.search(text)
    else:
        # Looked for in the lower-cased text, where the engine jumps between letters a
        # case-blind pattern would try at every character: the same sentences, some three times
        # faster.
        low = lowered[sent.start_char : sent.end_char]
        hedged = _LOWER_HEDGES.search(low) is not None
        match = _ACCORDING.search(text) if "according to" in low else None
    if match:
        source = " ".join(match.group(1).split()[:_MAX_SOURCE_WORDS])
        return (source if is_source(source) else None), hedged
    rows = token_rows(sent.doc)  # the sentence's words read from lists, not a Token each
    for i in range(sent.start, sent.end):
        if rows.pos[i] == "VERB" and rows.lemma[i].lower() in REPORTING_VERBS:
            tok = sent.doc[i]
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                subject = subjects[0]
                end = subject.right_edge.i
                # "Police Const. Tim Fanning said": the parser may take the rank for a subject of
                # its own; a rank is never the whole subject when the name after it also is one.
                while is_rank(sent.doc[end].text) and any(
                    s.left_edge.i == end + 1 for s in subjects
                ):
                    end = next(s for s in subjects if s.left_edge.i == end + 1).right_edge.i
                # The words as the article wrote them ("a pro-war channel", not "pro - war").
                phrase = sent.doc[subject.left_edge.i : end + 1]
                words = phrase.text.split()
                if (
                    words
                    and words[0].lower() not in ("it", "there")
                    and len(phrase) <= _MAX_SOURCE_WORDS
                ):
                    source = _mid_sentence(phrase.text)
                    return (source if is_source(source) else None), hedged
    return None, hedged


def _mid_sentence(source: str) -> str:
    """ "The Kremlin" as a sentence's subject reads "the Kremlin" inside a reason."""
    source = source.rstrip(" ,;:")  # "Anthony LaCalamita III, 38, said": no comma in a reason
    first, _, rest = source.partition(" ")
    return f"the {rest}" if first == "The" and rest else source


def is_source(text: str) -> bool:
    """A named or described source ("police", "the USGS"), not a pronoun or a counted group."""
    words = text.split()
    if not words or words[0].lower() in NOT_SOURCES:
        return False
    return not _NUMBER_START.match(text.strip())
