"""Which event a date or figure belongs to: the story's own, another one, or a later step.

"An earlier quake of 7.2", "the 2004 tsunami killed 230,000", "412 people shot so far this
year", "he was arrested Monday", "police said Sunday": each value is about something else than
the event both articles report, and is compared only with values about that same thing.
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
from desktop.core.events.earlier_incidents import set_apart_from_the_story
from desktop.core.events.said_days import a_report_noun, said_before_its_clause
from desktop.core.events.step_objects import after_its_object
from desktop.core.extraction.parse_cache import sentence_bounds, token_rows
from desktop.core.figures.numbers.values import is_currency, parse_number
from desktop.core.figures.owners.figure_seasons import season_of
from desktop.core.lexicon import (
    INCIDENT_NOUNS,
    LATER_DEATH_CAUSES,
    LATER_STEP_NOUNS,
    LATER_STEP_VERBS,
    OTHER_EVENT_CUES,
    OTHER_INCIDENT_MARKERS,
    OTHER_STORY_OPENERS,
    REPORT_NOUNS,
    STANDING_STATES,
    TAKEN_TO_NOUNS,
    TALLY_PHRASES,
)
from desktop.core.lexicon.games import EARLIER_MOMENT_WORDS
from desktop.core.lexicon.people import CHARGE_PREPOSITIONS, PAST_TIME_CUES, SUSPECT_HELD_AFTER
from desktop.core.lexicon.ranks import SERIES_ORDINALS
from desktop.core.lexicon.speakers import ANNOUNCING_VERBS
from desktop.core.lexicon.steps import (
    CUSTODY_PLACES,
    CUSTODY_STEPS,
    HELD_HAPPENINGS,
    QUAKE_STEPS,
    TOLL_STEPS,
)
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


# How many words may stand between a later step's verb and its day: "was arrested on Monday" (2),
# "arrested Monday at the county jail" (1). GVC tune: a day five or more words off was the
# parser's attachment of the shooting's own day ("... at a home in Cedar Rapids on March 18").
LATER_STEP_REACH = 3


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
    verb = _dated_verb(span)
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


def _dated_verb(span: Any) -> Any:
    """The word a date or time hangs on, past the parts of the day and the prepositions around
    it: "arrested on Monday", "said Saturday night", "pronounced dead at 5:24 p.m. Saturday"."""
    return _dated_path(span)[0]


def _dated_path(span: Any) -> tuple[Any, bool]:
    """The word a date hangs on, and whether a preposition stands between ("on Monday")."""
    head = span.root.head
    through_preposition = False
    for _ in range(3):
        if head.dep_ == "prep" or head.pos_ == "ADP":
            through_preposition = True
            head = head.head
        elif head.ent_type_ in ("DATE", "TIME") and head.head.i != head.i:
            head = head.head
        elif head.lemma_.lower() == "time" and head.dep_ == "pobj":
            # "faced a judge for the first time Wednesday": "time" is no happening; the day the
            # parser hung on it dates the verb the phrase qualifies, as if next to it.
            head = head.head.head
        elif through_preposition and head.dep_ in _SUBJECTS and head.head.i != head.i:
            # "A jury on Thursday convicted ...": the parser hangs the day on the subject, but
            # a day set after the subject dates what the subject did.
            head = head.head
        else:
            break
    return head, through_preposition


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def later_step(span: Any) -> bool:
    """The day dates a later step of the story ("arrested Monday", "sentenced to life in prison
    Thursday", "charged on Friday"), not the event itself: a day of the shooting never clashes
    with a day of the arrest. A day the parser hangs on the verb through a preposition counts
    only next to it: "arrested ... in the shooting death of a boy at a home on March 18" is the
    parser's guess at where the day belongs, and the day is the shooting's."""
    verb, through_preposition = _dated_path(span)
    subjects = {c.lemma_.lower() for c in verb.children if c.dep_ in _SUBJECTS}
    # A passive's agent is its doer: "followed by several aftershocks on Monday".
    agents = _objects_of(verb, ("by",), ("agent",))
    subjects |= {o.lemma_.lower() for o in agents}
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    # "gathered for a vigil Saturday night": what the people came for is the step.
    objects |= {o.lemma_.lower() for o in _objects_of(verb, ("for",))}
    # "was taken into custody Wednesday": where the verb takes someone is the step
    objects |= {o.lemma_.lower() for o in _objects_of(verb, ("into",))} & CUSTODY_PLACES
    if verb.dep_ == "acl":
        objects.add(verb.head.lemma_.lower())  # "according to charges filed Friday"
    if _turned_in(verb) or _death_after_harm(verb) or _stated_time_after(verb, span):
        return True
    if _discharged_from_care(verb):
        return True
    if _holds_a_happening(verb):
        return False  # "a vote will be held Thursday": the vote's own day
    if subjects & TOLL_STEPS:
        return True  # "The death toll rose to 15 on Monday": the whole clause counts the dead
    if (
        verb.lemma_.lower() not in _STEP_WORDS
        and not subjects & _STEP_WORDS
        and not objects & (LATER_STEP_NOUNS | CUSTODY_PLACES)
    ):
        # ... or the step is the verb's subject or object: "the trial starts Monday", "a vigil
        # is Friday", "filed charges Friday against the man"
        return False
    # The day stands next to the step, be it the verb or the agent that names it.
    steps = [verb.i, *(o.i for o in agents if o.lemma_.lower() in _STEP_WORDS)]
    distance = min(min(abs(i - span.start), abs(i - (span.end - 1))) for i in steps)
    return not through_preposition or distance <= LATER_STEP_REACH or after_its_object(verb, span)


def _stated_time_after(verb: Any, span: Any) -> bool:
    """ "remained closed Wednesday, two days after a gunman killed two people", "on Friday, a
    week after the shooting": the sentence itself says its day comes a stretch of time after the
    harm, so the day is a later step's, never the harm's. A day set after something else ("shot
    Saturday, a day after a fight") is left alone."""
    for word in (verb, span.root):
        for child in word.children:
            if child.lower_ == "after":  # "a week after the shooting"
                after, harm = child, [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ == "advcl" and any(m.lower_ == "after" for m in child.children):
                after, harm = child, [child]  # "two days after a gunman killed two people"
            else:
                continue
            stretched = any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in _STRETCHES for g in after.children
            )
            if stretched and any(_a_harm(h) for h in harm):
                return True
    return False


def _a_harm(word: Any) -> bool:
    lemma = word.lemma_.lower()
    return lemma in _HARM_VERBS or lemma == "kill" or lemma in INCIDENT_NOUNS


# Stretches of time a sentence counts from another happening: "two days after", "a week after".
_STRETCHES = frozenset({"minute", "hour", "day", "week", "month", "year", "night"})


def _objects_of(
    verb: Any, prepositions: tuple[str, ...], relations: tuple[str, ...] = ("prep",)
) -> list[Any]:
    return [
        o
        for c in verb.children
        if c.dep_ in relations and c.lower_ in prepositions
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _discharged_from_care(verb: Any) -> bool:
    """ "was discharged from the hospital Tuesday", "she was discharged Tuesday": a patient let
    go is the release of "released from the hospital", a step after the event. Not a weapon
    discharged ("the officer discharged his firearm Tuesday"): that is the shooting itself."""
    if verb.lemma_.lower() != "discharge" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if _objects_of(verb, ("from",)):
        return True
    return any(c.dep_ == "nsubjpass" and c.pos_ in ("PRON", "PROPN") for c in verb.children)


def _turned_in(verb: Any) -> bool:
    """ "turned himself in on Sunday": to turn oneself in is to surrender, a step after the
    event."""
    return verb.lemma_.lower() == "turn" and any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children
    )


def _death_after_harm(verb: Any) -> bool:
    """A death told as the end of a victim's course: "later died", "died of his injuries", "a
    girl who was shot ... died Sunday", and in a story of a shooting "a hospital where she died
    Sunday", "died Sunday at a hospital". The wounded may die days after the shots, so the day
    of such a death is not the day of the shooting. A death told plainly ("died Sunday in Los
    Angeles"), or at a hospital in a story that tells of no harm before (an actress "died
    Thursday night at a Los Angeles hospital"), is left to the event it may be."""
    if verb.lemma_.lower() not in ("die", "succumb"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "later" for c in verb.children):
        return True
    places = _objects_of(verb, ("at", "in"))
    if verb.dep_ in ("relcl", "advcl") and verb.head.lemma_.lower() in TAKEN_TO_NOUNS:
        places.append(verb.head)  # "a hospital where she died Sunday"
    if any(p.lemma_.lower() in TAKEN_TO_NOUNS for p in places) and _harm_told_before(verb):
        return True
    causes = _objects_of(verb, ("of", "from", "to")) + [
        c for c in verb.children if c.dep_ == "dobj"
    ]
    if any(c.lemma_.lower() in LATER_DEATH_CAUSES for c in causes):
        return True
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return any(
        r.dep_ == "relcl" and r.lemma_.lower() in _HARM_VERBS for s in subjects for r in s.children
    )


def _holds_a_happening(verb: Any) -> bool:
    """ "A vote on the measures will be held Thursday", "unions will hold a rally Friday": "hold"
    is a light verb here, and the day is that of the happening it holds, not of custody ("he
    was held Monday") nor of a later step ("a vigil was held Friday")."""
    if verb.lemma_.lower() != "hold":
        return False
    held = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(held) and all(c.lemma_.lower() in HELD_HAPPENINGS for c in held)


# The words of a later step: the lexicon's steps of justice and a suspect's questioning.
_STEP_WORDS = LATER_STEP_VERBS | CUSTODY_STEPS | QUAKE_STEPS


# Verbs of the harm a victim dies of later: "a girl who was shot ... died Sunday".
_HARM_VERBS = frozenset({"shoot", "wound", "injure", "stab", "hit", "strike"})


def a_birthday(span: Any) -> bool:
    """ "Reed would have turned 25 on Friday", "was to celebrate his 25th birthday Friday": the
    day a person turns an age is a birthday, no happening of the story."""
    verb = _dated_verb(span)
    if verb.lemma_.lower() == "birthday":
        return True
    children = list(verb.children)
    if verb.lemma_.lower() == "turn" and any(c.like_num for c in children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "birthday" for c in children)


def _harm_told_before(verb: Any) -> bool:
    """The article tells of a shooting or a wound before this sentence or in it, by a verb
    ("was shot") or by the harm's own noun ("dies after accidental shooting")."""
    return any(
        (t.lemma_.lower() in _HARM_VERBS and t.pos_ == "VERB")
        or (t.lower_ in _HARM_NOUNS and t.pos_ == "NOUN")
        for t in verb.doc[: verb.sent.end]
    )


# Nouns of the harm a victim may die of later: "dies after accidental shooting".
_HARM_NOUNS = frozenset({"shooting", "shootings", "stabbing", "stabbings", "gunshot"})


def later_death(span: Any) -> bool:
    """The day dates a victim's death at the end of a course of harm ("who was shot on Elm
    Street, died June 5 at a hospital"), whichever way the day is written: a death days after
    the shots is a later step of the story, never the shooting's day."""
    return _death_after_harm(_dated_verb(span))
