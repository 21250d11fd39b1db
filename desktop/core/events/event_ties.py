"""Which event a date or figure belongs to: the story's own, another one, or a later step.

"An earlier quake of 7.2", "the 2004 tsunami killed 230,000", "412 people shot so far this
year", "he was arrested Monday", "police said Sunday": each value is about something else than
the event both articles report, and is compared only with values about that same thing. The
days of a later step (an arrest, a death days after) are read in ``later_steps``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from desktop.core.datetimes.trailing_attributions import (
    closes_reported_clause,
    opens_reported_clause,
)
from desktop.core.events.attended_incidents import on_an_attended_incident
from desktop.core.events.dated_words import dated_verb
from desktop.core.events.earlier_incidents import set_apart_from_the_story
from desktop.core.events.said_days import a_report_noun, said_before_its_clause
from desktop.core.extraction.parse_cache import sentence_bounds, token_rows
from desktop.core.figures.numbers.values import is_currency, parse_number
from desktop.core.figures.owners.figure_seasons import season_of
from desktop.core.lexicon import (
    INCIDENT_NOUNS,
    OTHER_EVENT_CUES,
    OTHER_INCIDENT_MARKERS,
    OTHER_STORY_OPENERS,
    REPORT_NOUNS,
    STANDING_STATES,
    TALLY_PHRASES,
)
from desktop.core.lexicon.games import EARLIER_MOMENT_WORDS
from desktop.core.lexicon.people import CHARGE_PREPOSITIONS, PAST_TIME_CUES, SUSPECT_HELD_AFTER
from desktop.core.lexicon.ranks import SERIES_ORDINALS
from desktop.core.lexicon.speakers import ANNOUNCING_VERBS
from desktop.core.quoting.attribution import REPORTING_VERBS


def tied_to_other_event(
    span: Any, reference: date | None, unless: frozenset[str] = frozenset()
) -> bool:
    """Is the figure about another event than the story's: "an earlier quake of 7.2", "the 2004
    tsunami killed 230,000", "last season's record of 40"? Looked for in the words that modify the
    figure and the noun or verb it hangs on, not in the whole sentence. Cue words in ``unless``
    tie nothing (an age's "former": see figure_facts.age_fact)."""
    head = span.root.head  # spaCy finds a span's root anew on every read: read once
    heads = [head]
    if head.head.i != head.i:
        heads.append(head.head)
    near = [
        t
        for t in span.doc[
            max(sentence_bounds(span.doc, span.start)[0], span.start - 3) : span.start
        ]
    ]
    near += _telling_modifiers(span)
    for head in heads:
        near.append(head)
        near.extend(
            c
            for c in head.children
            if c.dep_ in _MODIFIERS and c.i not in range(span.start, span.end)
        )
    tally = (
        not _a_sum_or_share(span)
        and any(_a_tally(head, span) for head in heads)
        and not _told_now(heads)
        and not _this_seasons_own(span)
    )
    if tally or _clause_of_other_incident(span):
        return True
    charged = any(_charged_deed(head) for head in heads)
    for tok in near:
        if tok.lower_ in unless or (charged and tok.lower_ in PAST_TIME_CUES):
            continue  # "charged with killing two women 41 years ago": the story's own deed
        if any(c.lower_ == "this" for c in tok.children):
            continue  # "this season" is the story's own season, as "last season" is not
        if tok.lemma_.lower() in OTHER_EVENT_CUES or tok.lower_ in OTHER_EVENT_CUES:
            return True
        if (
            not charged
            and re.fullmatch(r"(1[89]|20)\d\d", tok.text)
            and reference
            and int(tok.text) < reference.year
        ):
            return True
    return False


def _this_seasons_own(span: Any) -> bool:
    """ "11 assists in 30 games this season": a player's or a team's figure of the season of play
    the story is in is the story's own, as the other article's "in 30 games" is, not a tally of
    other happenings; unless the sentence sets it at an earlier moment ("had 2,271 points this
    season before the game")."""
    if season_of(span) != "this":
        return False
    return not any(t.lower_ in EARLIER_MOMENT_WORDS for t in span.sent)


def _told_now(heads: list[Any]) -> bool:
    """ "Bryant now has 2,301 points this season": a running total told as it stands now is the
    total at the story's own moment, which the other article's "now has 2,302 points" gives too,
    not a tally of other events."""
    return any(c.lower_ == "now" and c.dep_ == "advmod" for head in heads for c in head.children)


def _charged_deed(head: Any) -> bool:
    """ "charged with killing two young women", "arrested for stabbing three": the deed a person
    is held for is the one the story is about, however long ago it was done. The time that dates
    it ("41 years ago", "in 1967") says when the story's deed happened, not that another did."""
    prep = head.head
    return (
        head.pos_ == "VERB"
        and head.dep_ == "pcomp"
        and prep.lower_ in CHARGE_PREPOSITIONS
        and prep.head.lemma_.lower() in SUSPECT_HELD_AFTER
    )


def _telling_modifiers(span: Any) -> list[Any]:
    """ "Authorities initially had said that six people were shot": the words that qualify the
    telling a figure is reported in. A figure police "initially" or "originally" said is an
    earlier account, which the story has since set right."""
    clause = _clause_head(span.root)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return []
    return [c for c in clause.head.children if c.dep_ == "advmod"]


def _a_tally(head: Any, span: Any) -> bool:
    """ "412 people shot so far this year", "the city's 30th homicide since January": a running
    tally of many events, qualified by the period it runs over."""
    for child in head.children:
        if child.dep_ in ("npadvmod", "advmod", "prep", "nmod") and child.i not in range(
            span.start, span.end
        ):
            phrase = " ".join(t.lower_ for t in child.subtree)
            if _TALLY.search(phrase) and not _since_a_state(child):
                return True
    return False


def _since_a_state(child: Any) -> bool:
    """ "fined ... over breaches of the law, in force since 2016": "since" after "in force", "in
    office", tells how long a state has held (the parser hangs it on the verb all the same)."""
    doc = child.doc
    return (
        child.lower_ == "since"
        and child.i >= 2
        and doc[child.i - 2].lower_ == "in"
        and doc[child.i - 1].lower_ in STANDING_STATES
    )


_TALLY = re.compile(TALLY_PHRASES)


def _a_sum_or_share(span: Any) -> bool:
    """probebiz: a sum of money or a share "this year" is the year's own figure, the story's
    ("sales rose to $9.2 billion this year"), never a running tally of other happenings."""
    value = parse_number(span.text)
    return value is not None and (is_currency(value.dimension) or value.dimension == "percent")


# An ordinal before an incident noun tells one of several happenings apart: "The first shooting
# happened along 4th Avenue around 10:40 p.m.; the second at a party on East 13th Street". A
# round-up of a night's shootings gives each its own figures and day, and the other article may
# report any one of them: the clause is about one happening of several, not the story's own.
_MARKERS = OTHER_INCIDENT_MARKERS | frozenset(SERIES_ORDINALS)


def _clause_of_other_incident(span: Any) -> bool:
    """ "In a separate shooting Sunday, two men were hurt": the clause names another incident,
    and its days and figures are that incident's; so does "The first shooting happened ...",
    one of several the article tells. Only the clause the value stands in counts:
    "...; police said an earlier incident was unrelated" leaves the first clause's values alone."""
    sent_start, sent_end = sentence_bounds(span.doc, span.start)
    opener = span.doc[sent_start]
    if opener.lower_ in OTHER_STORY_OPENERS and opener.i < span.start:
        return True  # "Elsewhere, a 5-year-old boy was shot": another happening
    if set_apart_from_the_story(span):
        return True  # "The shooting comes two weeks after four people were wounded"
    if on_an_attended_incident(span):
        return True  # "was killed while investigating a June 20 shooting"
    clause = _clause_head(span.root).i
    rows = token_rows(span.doc)
    # Only the sentence's marker words ("separate", "another") become Token objects.
    for tok in (span.doc[i] for i in range(sent_start, sent_end) if rows.lower[i] in _MARKERS):
        if (
            tok.dep_ in ("amod", "det")
            and tok.head.lemma_.lower() in INCIDENT_NOUNS
            and _clause_head(tok).i == clause
        ):
            return True
    return False


def _clause_head(tok: Any) -> Any:
    """The verb of the clause a word stands in (or the sentence root)."""
    # spaCy makes a new Token on every access: compare positions, never identity.
    while tok.head.i != tok.i and not (tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSES):
        tok = tok.head
    return tok


# Dependencies that open a clause of their own.
_CLAUSES = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "parataxis"})


# Dependents that qualify a noun or verb: "earlier" quake, "last" season, the "2004" tsunami.
_MODIFIERS = frozenset({"amod", "advmod", "npadvmod", "compound", "nummod", "poss", "nmod", "det"})


def said_on(span: Any) -> bool:
    """The day hangs on a verb of saying: "police said Sunday", "announced on Monday", "said
    Saturday night" (the day hangs on "night", which hangs on "said"), or on a verb whose
    object is a report: "issued a statement on Wednesday", "a statement the district issued
    on Wednesday", "held a news conference Monday"; and the day the news stood at ("as of
    Monday")."""
    if [t.lower_ for t in span.doc[max(0, span.start - 2) : span.start]] == ["as", "of"]:
        return True  # "As of Monday afternoon, police had made no arrests": the news so far
    verb = dated_verb(span)
    if said_before_its_clause(span, verb):
        return True  # "said on Monday it would buy ...": the day of the saying, not the deal
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if (
        announces_a_thing(verb, objects)
        or closes_reported_clause(span, verb)
        or opens_reported_clause(span, verb)
    ):
        return False
    if verb.dep_ in ("relcl", "acl"):
        objects.append(verb.head)
    return (
        verb.lemma_.lower() in REPORTING_VERBS
        or any(o.lemma_.lower() in REPORT_NOUNS for o in objects)
        or a_report_noun(verb)  # "said at a briefing at 6 p.m.": the time of the briefing
        or _inside_a_report(verb)
    )


def announces_a_thing(verb: Any, objects: list[Any]) -> bool:
    """ "announced major changes Wednesday", "on Monday unveiled a new rule": a decision made
    public is the news, and its day the news's day; "announced on Monday that ..." and
    "announced the report" stay a statement's day."""
    return (
        verb.lemma_.lower() in ANNOUNCING_VERBS
        and any(o.pos_ == "NOUN" and o.lemma_.lower() not in REPORT_NOUNS for o in objects)
        and not any(c.dep_ == "ccomp" for c in verb.children)
    )


def _inside_a_report(word: Any) -> bool:
    """ "posted an update about his son's condition on Sunday night": the day hangs on a noun
    of what a report tells, and the phrase of that noun hangs on the report; the day is the
    report's (or the state it tells of), not the event's. Only nouns and prepositions are
    climbed: a verb on the way ("a statement about the man who shot ... on Sunday") opens a
    clause that dates a happening of its own."""
    for _ in range(_REPORT_REACH):
        if word.pos_ not in ("NOUN", "PROPN", "ADP") or word.head.i == word.i:
            return False
        word = word.head
        if word.pos_ == "NOUN" and word.lemma_.lower() in REPORT_NOUNS:
            return True
    return False


# How many nouns and prepositions a day's word may stand below a report noun: "an update (1)
# about (2) his son's condition (3) on Sunday" (GVC tune: a father's update dated a shooting).
_REPORT_REACH = 4


def a_birthday(span: Any) -> bool:
    """ "Reed would have turned 25 on Friday", "was to celebrate his 25th birthday Friday": the
    day a person turns an age is a birthday, no happening of the story."""
    verb = dated_verb(span)
    if verb.lemma_.lower() == "birthday":
        return True
    children = list(verb.children)
    if verb.lemma_.lower() == "turn" and any(c.like_num for c in children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "birthday" for c in children)
