"""Sentences paired only by who they name: "Before the fifth, Steward urged Wladimir to throw more
jabs" and '"Tony Thompson is very hard to hit," Steward said' share a trainer's name and nothing
he is said to have done. Shared names and a verb of saying raise their alignment score, but one
does not tell what the other says: the first is a sentence only its article tells. So do the
title of who speaks and the verb: "A police spokeswoman said other premises suffered smashed
windows" / 'A Surrey Police spokeswoman said: "The fire has progressed rapidly"'.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Token
from desktop.core.findings import tuning
from desktop.core.lexicon import ORDINAL_WORDS, WEAK_NUMBER_WORDS
from desktop.core.lexicon.speakers import OFFICIAL_WORDS
from desktop.core.model import MentionType
from desktop.core.naming.link import NAME_TYPES
from desktop.core.quoting.attribution import REPORTING_VERBS


def said_words(analysis: Analysis) -> list[frozenset[str]]:
    """Per sentence, its content words outside names and verbs of saying: what it says."""
    return analysis.derived("named_alike.said_words", _said_words)


def _said_words(analysis: Analysis) -> list[frozenset[str]]:
    inside = bytearray(len(analysis.document.text) + 1)
    for fact in analysis.facts:
        if fact.type in NAME_TYPES and not fact.weak:
            inside[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)
    text = analysis.document.text
    return [
        frozenset(
            t.content
            for t in tokens
            if t.content
            and not inside[t.start]
            and t.content not in REPORTING_VERBS
            and t.content not in OFFICIAL_WORDS  # who speaks, not what: "a spokeswoman said"
        )
        # A figure is something said, however written: "110 billion" and "110bn-euro".
        | {"#" + n for n in _FIGURE.findall(text[sentence.start : sentence.end])}
        | _ordinals(tokens)
        for tokens, sentence in zip(analysis.sentence_tokens, analysis.sentences, strict=True)
    ]


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _ordinals(tokens: list[Token]) -> set[str]:
    """Ordinals spelled out, as the figures they are: "early in the seventh" and "at the opening
    of the seventh" (or "the 7th") speak of one round. The parser reads them as numbers, so they
    are no content word; "first" is left out, as everywhere a small count is ("for the first
    time")."""
    return {
        f"#{ORDINAL_WORDS[t.lower]}"
        for t in tokens
        if t.lower in ORDINAL_WORDS and t.lower not in WEAK_NUMBER_WORDS
    }


def named_alike_only(mine: Analysis, i: int, theirs: Analysis, j: int) -> bool:
    """The two sentences share no word of what they say, only names (and "said"); a verb and
    the -ion noun made from it are one word here ("persecuted" / "persecution")."""
    ours, others = _with_verbs(mine)[i], _with_verbs(theirs)[j]
    return ours.isdisjoint(others) and not (
        told_in_a_name(mine, i, theirs, j) or told_in_a_name(theirs, j, mine, i)
    )


def what_is_said(analysis: Analysis) -> list[frozenset[str]]:
    """Per sentence, the words ``named_alike_only`` compares: what it says and its -ion verbs."""
    return _with_verbs(analysis)


def _with_verbs(analysis: Analysis) -> list[frozenset[str]]:
    """Per sentence, what it says (said_words) and the verbs of its -ion nouns, read once."""
    return analysis.derived(
        "named_alike.with_verbs", lambda a: [words | _verbs_of(words) for words in said_words(a)]
    )


def _verbs_of(words: frozenset[str]) -> set[str]:
    """The verbs the words' -ion nouns are made from: "persecution" says what "persecuted" says,
    "evacuation" what "evacuated" does, so two sentences holding them share what they say. A
    short noun is seldom made so and its stem meets unrelated words ("station" / "state"),
    so only nouns of NOMINAL_MIN_LETTERS letters count."""
    stems = (w[:-3] for w in words if w.endswith("ion") and len(w) >= tuning.NOMINAL_MIN_LETTERS)
    return {verb for stem in stems for verb in (stem, stem + "e")}


def told_in_a_name(mine: Analysis, i: int, theirs: Analysis, j: int) -> bool:
    """What one sentence says in common words the other says as a name made of
    them: "runs a rural health clinic in the bay" / "founded the Bay Rural Health Clinic". One
    shared word is a coincidence of naming ("a patrol car" / "the Highway Patrol"); a phrase of
    NAMED_PHRASE_WORDS is the thing named."""
    shared = _lower_case_words(mine)[i] & _name_words(theirs)[j]
    return len(shared) >= tuning.NAMED_PHRASE_WORDS


def _lower_case_words(analysis: Analysis) -> list[frozenset[str]]:
    """Per sentence, what it says in words written in lower case: a capital marks part of a
    name the tagger cut short ("the Texas Attorney General's office" names the office)."""
    return analysis.derived("named_alike.lower_case_words", _lower_case)


def _lower_case(analysis: Analysis) -> list[frozenset[str]]:
    text = analysis.document.text
    return [
        said & {t.content for t in tokens if t.content and text[t.start].islower()}
        for said, tokens in zip(said_words(analysis), analysis.sentence_tokens, strict=True)
    ]


def _name_words(analysis: Analysis) -> list[frozenset[str]]:
    """Per sentence, the content words inside the names of anything but people
    (a surname may be a common word: "Baker")."""
    return analysis.derived("named_alike.name_words", _names)


def _names(analysis: Analysis) -> list[frozenset[str]]:
    inside = bytearray(len(analysis.document.text) + 1)
    for fact in analysis.facts:
        if fact.type in NAME_TYPES and fact.type is not MentionType.PERSON and not fact.weak:
            inside[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)
    return [
        frozenset(t.content for t in tokens if t.content and inside[t.start])
        for tokens in analysis.sentence_tokens
    ]
