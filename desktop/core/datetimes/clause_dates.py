"""A figure in a clause dated to another time: "600 were killed in February in an earthquake with
a magnitude of 6.4", in an article dated November.

A news report dates its own event by weekday, by "yesterday" or by day of the month. A clause in the
past tense whose verb is dated by a month alone ("in February") that is not the page's month, or by
an earlier year ("in 2003"), tells what happened then, and every figure that clause gives (the toll,
the magnitude of "an earthquake" it names) belongs to that other event: it is compared only with
figures about that same event. ``time_frames`` reads the same dating when it opens the sentence ("In
March, a quake measuring 6.6 hit Varna"); this reads it on the clause's own verb, wherever it
stands. Without the page's date a bare month could be the story's own, unless the article's opening
dates its event by a weekday ("hit the island on Sunday"): a report of this week's event never dates
it by a month or a year alone, so such a clause tells an earlier one. A clause not in the past tense
("It will cost $1,299 and ship in March") tells a plan of the story.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from desktop.core.figures.numbers.values import parse_date
from desktop.core.lexicon.time_words import AT_THE_TIME_WORDS, NEWS_DAY_WORDS

# Dependencies that open a clause of their own (as in ``event_ties``).
_CLAUSES = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "parataxis"})


def dated_apart(span: Any, reference: date | None) -> bool:
    """The verb of the clause the figure stands in is in the past tense and dated to a month other
    than the page's (with no day), or to an earlier year than the page's."""
    if reference is None and not _lead_names_a_weekday(span.doc):
        return False
    verb = _first_conjunct(_clause_verb(span.root))
    if _trailing_participle(verb):
        verb = verb.head  # "hit Zarand in February, killing hundreds": killed then too
    dates = _dates_of(verb)
    if verb.dep_ == "relcl" and (above := _verb_above(verb.head)) is not None:
        # "In 2003, Bam was razed by a quake that left 31,000 dead": the relative clause tells
        # of the quake the dated clause is about.
        dates += _dates_of(above)
    for clause in _time_clauses(verb):
        dates += _dates_of(clause)
    return _past(verb) and any(_another_time(when, reference) for when in dates)


def _time_clauses(verb: Any) -> list[Any]:
    """ "In 2008, last time the pair met, the bout went 11 rounds", "when they met in 2008":
    a clause on the verb that says at which time its happening came sets it at the time that
    clause is dated to. Not "after" or "before", which set it apart from that time."""
    return [
        clause
        for clause in verb.children
        if clause.dep_ in ("advcl", "ccomp")
        and clause.pos_ in ("VERB", "AUX")
        and any(
            (c.dep_ in ("advmod", "mark") and c.lower_ in AT_THE_TIME_WORDS)
            or (c.dep_ == "npadvmod" and c.lower_ == "time")
            for c in clause.children
        )
    ]


def _lead_names_a_weekday(doc: Any) -> bool:
    """The article's opening dates its event by a weekday or "yesterday" ("hit the island on
    Sunday"): news of the week, whose own happening a month or a year alone never dates. Read
    once per article."""
    if _LEAD_KEY not in doc.user_data:
        lead = _lead(doc)
        doc.user_data[_LEAD_KEY] = any(
            t.ent_type_ in ("DATE", "TIME") and t.lower_ in NEWS_DAY_WORDS
            for sent in lead
            for t in sent
        )
    return bool(doc.user_data[_LEAD_KEY])


def _lead(doc: Any) -> list[Any]:
    """The headline and the first two sentences of the body. A piece the parser ends at a colon
    ("New scoring queen: Kowalczyk tops Marlowe") is not a sentence of its own: the headline or
    sentence goes on after it."""
    lead, told = [], 0
    for sent in doc.sents:
        if told == _LEAD_SENTENCES:
            break
        lead.append(sent)
        told += not sent.text.rstrip().endswith(":")
    return lead


_LEAD_KEY = "crosscheck.lead_weekday"
# The headline and the first two sentences of the body: where a report dates its event.
_LEAD_SENTENCES = 3


def _verb_above(tok: Any) -> Any:
    """The verb a noun hangs on, through "by" or another preposition ("razed by a quake")."""
    for _ in range(3):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _first_conjunct(verb: Any) -> Any:
    """ "struck in September, killing seven people and injuring 40", "struck in September and
    injured 40": a verb joined by "and" to another, with no subject of its own, tells what the
    first verb's happening did, and takes its tense and its dates."""
    while (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        verb = verb.head
    return verb


def _trailing_participle(verb: Any) -> bool:
    """ "A quake hit Zarand in February, killing hundreds of people": a present participle
    hanging on a verb, with no subject of its own, tells what that verb's happening did, at the
    same time; its tense and its dates are that verb's."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.i != verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    )


def _clause_verb(tok: Any) -> Any:
    # spaCy makes a new Token on every access: compare positions, never identity.
    while tok.head.i != tok.i and not (tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSES):
        tok = tok.head
    return tok


def _past(verb: Any) -> bool:
    """ "struck", "were killed", "had hit": told as past; not "will ship", "has killed"."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in _AUXES and c.tag_ == "VBD" for c in verb.children)


_AUXES = frozenset({"aux", "auxpass"})


def _dates_of(verb: Any) -> list[Any]:
    """The dates hung on the verb: "killed in February", "struck last March" is left to the
    words of another event (``event_ties``)."""
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            found += [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"]
        if child.dep_ in ("nsubj", "nsubjpass"):
            # "The 2003 quake in Bam left more than 31,000 dead": the year dates the subject,
            # the happening whose toll the figure is.
            found += [c for c in child.children if c.dep_ in _NAMING and c.ent_type_ == "DATE"]
    return found


_NAMING = frozenset({"nummod", "compound", "amod"})


def _another_time(word: Any, reference: date | None) -> bool:
    when = parse_date(_date_words(word), None)
    if when is None or when.day is not None or when.weekday is not None:
        return False
    if reference is None:
        # "struck in September": a time the deed took place in; "the November quake" may still
        # name the story's own quake when the page's month is not known.
        return word.dep_ == "pobj" and (when.month is not None or when.year is not None)
    if when.year is not None:
        if when.month is None:
            return when.year < reference.year
        return (when.year, when.month) < (reference.year, reference.month)
    return when.month is not None and when.month != reference.month


def _date_words(word: Any) -> str:
    """A date's own words, without a clause hung on it: "December 2003" of "in December 2003,
    in which more than 31,000 people were killed", where the parser made the date the clause's
    antecedent."""
    clauses = [c for c in word.children if c.dep_ in _CLAUSES]
    inside = {i for c in clauses for i in range(c.left_edge.i, c.right_edge.i + 1)}
    return " ".join(t.text for t in word.subtree if t.i not in inside).strip(" ,")


def dated_over_years(span: Any) -> bool:
    """ "some 2 million died in the latest war, from 1983-2005": a past clause whose verb is dated
    by a span of several years counts over a period (a war, an era), never the one day's happening
    a news report tells, whatever the page's date; so its figures belong to that other time."""
    verb = _clause_verb(span.root)
    if not _past(verb):
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ in _SPAN_PREPOSITIONS
        and _spans_years(" ".join(t.text for t in child.subtree))
        for child in verb.children
    )


def _spans_years(words: str) -> bool:
    match = _YEAR_SPAN.search(words)
    return match is not None and int(match.group(1)) < int(match.group(2))


_SPAN_PREPOSITIONS = frozenset({"from", "between", "during", "in", "over"})
# Two years, the second later than the first: "1983-2005", "1983 to 2005", "1983 and 2005".
_YEAR_SPAN = re.compile(r"\b(1[89]\d\d|20\d\d)\s*(?:-|–|to|and|until)\s*(1[89]\d\d|20\d\d)\b")
