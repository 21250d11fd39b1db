"""Which facts can make a claim at all: not the page's furniture (a copyright year, a telephone
number), not a question, not a running tally of many events, not an amount restated in brackets."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import ascii_lowered
from desktop.core.findings.bookkeeping.datelines import dateline_dates
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.counts.named_numbers import dialled_numbers
from desktop.core.findings.counts.numbered import numbered_labels
from desktop.core.findings.sentences.asked import asked_spans
from desktop.core.lexicon import INCIDENT_NOUNS, ROUNDUP_PHRASES
from desktop.core.model import MentionType


def claimable(analysis: Analysis) -> list[Fact]:
    """The facts that can make a claim: not the page's furniture, not a question, not a label.

    "Copyright 2016 The Associated Press", "call Crime Stoppers at 713-222-TIPS": a copyright
    year dates the page and the digits of a telephone number dial; neither says anything about
    the event, however alike the two articles' boilerplate reads. "Should the Yankees go higher
    than $25 million a season?" asks; it asserts no figure. "Precinct 5", "Apartment 204": the
    numeral says which one and counts nothing (the place "Route 30" stays a place).
    """
    spans = furniture(analysis) + asked_spans(analysis)  # a quoted question asks, not its teller
    labels = numbered_labels(analysis)
    if not spans and not labels:
        return analysis.facts
    # Asked some sixty times per article: where each fact stands is read once. Its number is
    # read on each call (a pass may re-read a figure).
    rows = analysis.derived("claims.standing", _standing)
    return [f for f, labelled in rows if not (labelled and f.number is not None)]


def _standing(analysis: Analysis) -> list[tuple[Fact, bool]]:
    """The facts that overlap no furniture and no question, in order, each with whether it
    overlaps a label. Facts' places never change after analyse, nor does the list of them."""
    spans = furniture(analysis) + asked_spans(analysis)
    labels = numbered_labels(analysis)
    rows = []
    for fact in analysis.facts:
        out, labelled = _stands(fact, spans, labels)
        if not out:
            rows.append((fact, labelled))
    return rows


def _stands(
    fact: Fact, spans: list[tuple[int, int]], labels: tuple[tuple[int, int], ...]
) -> tuple[bool, bool]:
    return (
        any(a < fact.end and fact.start < b for a, b in spans),
        any(a < fact.end and fact.start < b for a, b in labels),
    )


def questions(analysis: Analysis) -> frozenset[int]:
    """The sentences that end in a question mark, inside closing quotes or brackets too."""
    return analysis.derived("claims.questions", _questions)


def _questions(analysis: Analysis) -> frozenset[int]:
    text = analysis.document.text
    return frozenset(
        i
        for i, s in enumerate(analysis.sentences)
        if text[s.start : s.end].rstrip(" \n\"'\u201d\u2019)").endswith("?")
    )


def furniture(analysis: Analysis) -> list[tuple[int, int]]:
    """Where the page's copyright years, telephone numbers and datelines' dates stand."""
    return analysis.derived("claims.furniture", _furniture)


def _furniture(analysis: Analysis) -> list[tuple[int, int]]:
    text = analysis.document.text
    found = _copyrights(text) + [m.span() for m in _DIALLED.finditer(text)]
    found += dateline_dates(text)  # "WASHINGTON, DC, April 28, 2009": the day of the filing
    return found + dialled_numbers(text)  # "1-800-SPEAK-UP", "called 911"


def on_the_page(fact: Fact, analysis: Analysis) -> bool:
    """The fact is a telephone number or a copyright year: the page's furniture, which no
    reader takes for a fact of the story the other article could lack."""
    return any(a < fact.end and fact.start < b for a, b in furniture(analysis))


_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}\s*[-–]\s*)?\d{4}", re.I)


def _copyrights(text: str) -> list[tuple[int, int]]:
    """Where ``_COPYRIGHT`` matches. The case-blind pattern is tried at every character, so a text
    whose lower-cased letters hold none of its openings is not searched at all."""
    lowered = ascii_lowered(text)
    if lowered is not None and not any(mark in lowered for mark in ("©", "(c)", "copyright")):
        return []
    return [m.span() for m in _COPYRIGHT.finditer(text)]


# Telephone numbers the extractor may read as figures: with a word for digits ("222-TIPS"),
# or a local number of three and four digits. Every match opens with a bracket or a digit: the
# lookahead says so, and the rest is tried only there (not at every letter of the article).
# probetech39: the word for digits is joined by a hyphen or a dot; after a space, capitals are
# what a figure counts ("packs 2,944 CUDA cores", "300 NATO troops"), never digits dialled.
_DIALLED = re.compile(
    r"(?=[(\d])(?:\(\d{3}\)\s*|\b\d{3}[-. ])?\b\d{3}(?:[-. ]\d{4}|[-.][A-Z]{4})\b"
)


def tally_sentences(analysis: Analysis) -> frozenset[int]:
    """Sentences whose counts add up several events: "at least six were killed in shootings
    across the city", "twelve people have been killed so far this year". Their figures are
    tallies, never the toll of the one shooting the other article tells."""
    return analysis.derived("claims.tally_sentences", _tally_sentences)


def _tally_sentences(analysis: Analysis) -> frozenset[int]:
    found = set()
    for i, tokens in enumerate(analysis.sentence_tokens):
        words = [t.lower for t in tokens]
        present = set(words)
        if (
            not _INCIDENT_PLURALS.isdisjoint(present)
            or any(
                _has_run(words, phrase)
                for first in _ROUNDUP_FIRST_WORDS & present
                for phrase in _ROUNDUPS_BY_FIRST_WORD[first]
            )
            or _several_periods(words)
        ):
            found.add(i)
    return frozenset(found)


_INCIDENT_PLURALS = frozenset(noun + "s" for noun in INCIDENT_NOUNS)
# No round-up phrase is empty: each is looked for only where its first word stands.
_ROUNDUPS_BY_FIRST_WORD = {
    first: [phrase for phrase in ROUNDUP_PHRASES if phrase[0] == first]
    for first in dict.fromkeys(phrase[0] for phrase in ROUNDUP_PHRASES)
}
_ROUNDUP_FIRST_WORDS = frozenset(_ROUNDUPS_BY_FIRST_WORD)
_PERIOD_PLURALS = ("days", "nights", "weeks", "months")


def _several_periods(words: list[str]) -> bool:
    joined = " ".join(words)
    # Every match ends in one of the plurals: a sentence without them is not searched.
    return any(p in joined for p in _PERIOD_PLURALS) and _SEVERAL_PERIODS.search(joined) is not None


# "over 50 arrests have been made over four nights of protest", "in recent days": a count run up
# over several days or nights adds up more than the one night the other article counts.
_SEVERAL_PERIODS = re.compile(
    r"\b(?:over|across|during) (?:the )?(?:past |last |first )?(?:\w+ )?(?:days|nights|weeks|months)\b"
    r"|\bin (?:recent|the past|the last) (?:\w+ )?(?:days|nights|weeks|months)\b"
)


def _has_run(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(
        tuple(words[i : i + n]) == phrase
        for i in range(len(words) - n + 1)
        if not n or words[i] == phrase[0]
    )


def restated(fact: Fact, analysis: Analysis) -> bool:
    """ "110 billion euros ($158 billion)", "32 km (20 miles)": an amount in brackets right after
    another restates it in another currency or unit, at the rate or rounding each writer chose;
    the amounts before the brackets carry the claim. So does a clock in another time zone, as
    wire copy gives it: "at 10:30 a.m. local time (0230 GMT)"."""
    clock = fact.type is MentionType.TIME
    if fact.number is None and not clock:
        return False
    text = analysis.document.text
    opening = text.rfind("(", max(0, fact.start - 2), fact.start + 1)
    if opening < 0 or text[opening + 1 : fact.start].strip() not in ("", "$", "£", "€"):
        return False
    between = ("", "local time") if clock else ("",)
    return any(
        (f.type is MentionType.TIME if clock else f.number is not None)
        and f.end <= opening
        and text[f.end : opening].strip().lower() in between
        for f in facts_of(analysis, fact.sentence)
    )
