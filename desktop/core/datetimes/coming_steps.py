"""Days of what is still to come, or of one night in a series: never the day of the event.

A news report tells an event that has happened. A day in a clause that looks ahead ("is due
to appear before magistrates on Tuesday", "a vote will be held Thursday", "must act by May 9")
dates a step still to come; a day on a clause that counts nights ("poured into the streets for a
third straight night Wednesday") dates one step of a series; the day a person turns an age
("would have turned 25 on Friday") is a birthday. Each may agree with a day the other article
gives, but never clashes with the day it gives the event.
"""

from __future__ import annotations

from typing import Any

from desktop.core.events.event_ties import a_birthday
from desktop.core.lexicon import (
    DEADLINE_MODALS,
    DEADLINE_PREPOSITIONS,
    FUTURE_AUXILIARIES,
    PROSPECT_VERBS,
    SCHEDULE_WORDS,
    SERIES_UNITS,
    TIME_CLAUSE_WORDS,
)


def coming_or_serial_day(span: Any) -> bool:
    """The day dates a step still to come or one step of a series (see the module)."""
    clause = _clause_of(span.root)
    return (
        day_ahead(span) or _one_of_a_series(clause) or _of_a_further_one(span) or a_birthday(span)
    )


def day_ahead(span: Any) -> bool:
    """The day dates a step still to come ("a vote will be held Thursday"): a day after the
    page's own, where a bare weekday elsewhere names one before it."""
    clause = _clause_of(span.root)
    if _untensed_qualifier(clause):
        # "is due to vote on a bill mandating the deployment ... on Thursday": a participle
        # qualifying a noun has no tense of its own; its day takes the time of the clause the
        # noun stands in.
        clause = _clause_of(clause.head)
    return _looks_ahead(clause, span) and not _inside_an_argument(span.root)


def count_told_as(span: Any) -> str:
    """ "plan" when the figure counts what a step still to come will take ("the club will
    release nine players", "is to cut 300 jobs"), "deed" when it counts what a step told as
    done took ("released three players", "three players have already reported back"), else "".

    A plan and a deed are two happenings: the count of one may differ from the other's without
    contradicting it. Only a count its verb takes directly (its subject, object, or a
    preposition's object on the verb) is read so; a count inside a noun phrase ("with a price of
    $1,199", "with the loss of 800 jobs") tells no step of its own, and a count in the subject
    of an active plan ("Three officers will testify") says who acts, which may be known already.
    """
    verb, role = _taking_verb(span.root)
    if verb is None:
        return ""
    if role != "nsubj" and _looks_ahead(_clause_of(verb), span):
        return "plan"
    return "deed" if _told_as_done(verb) else ""


def _taking_verb(number: Any) -> tuple[Any, str]:
    """The verb that takes the counted noun directly, and the noun's role on it."""
    counted = number.head if number.dep_ == "nummod" else number
    if counted.dep_ in _TAKEN and counted.head.pos_ in ("VERB", "AUX"):
        return counted.head, counted.dep_
    preposition = counted.head
    if (
        counted.dep_ == "pobj"
        and preposition.dep_ == "prep"
        and preposition.head.pos_ in ("VERB", "AUX")
    ):
        return preposition.head, "pobj"
    return None, ""


_TAKEN = frozenset({"dobj", "nsubj", "nsubjpass"})


def _told_as_done(verb: Any) -> bool:
    """ "released", "were released", "have already reported back": a simple past, or a
    participle with a tensed "have" or "be" (a perfect or a past passive)."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("have", "be") and c.tag_ != "VB"
        for c in verb.children
    )


def _untensed_qualifier(clause: Any) -> bool:
    """An "-ing" participle after a noun ("a bill mandating ..."), which only says what the noun
    is; not a past participle ("a bill passed on Monday"), which tells a step already taken."""
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.i != clause.i


def _inside_an_argument(token: Any) -> bool:
    """ "Oscar nominations for the performances of 2008 will be announced": the year qualifies
    the subject (which performances), it does not date the step that will come. A day of the
    step hangs on the verb itself ("will be held Thursday", "is due to appear before
    magistrates on Tuesday")."""
    for _ in range(_CLAUSE_REACH):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
        if token.dep_ in _ARGUMENTS:
            return True
        token = token.head
    return False


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj"})


def _looks_ahead(clause: Any, span: Any) -> bool:
    # Verbs joined by "and" share their auxiliary: "will debate and vote on the bill Thursday",
    # "is due to debate and vote on Thursday".
    first = clause
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verbs = [clause, first]
    if clause.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in TIME_CLAUSE_WORDS for c in clause.children
    ):
        # A time clause puts the future in the present tense: "When he returns to court on
        # May 3, his lawyers will argue ..." looks ahead with the clause it hangs on.
        verbs.append(clause.head)
    auxiliaries = {
        c.lower_ for verb in verbs for c in verb.children if c.dep_ in ("aux", "auxpass")
    }
    if auxiliaries & FUTURE_AUXILIARIES or _headline_future(clause) or _arranged(first):
        return True  # "will be held Thursday", "'ll appear in court Monday"
    # The parser may read "due to debate" as "due to" a noun: the verb after it all the same.
    if first.dep_ in ("xcomp", "pobj", "pcomp") and first.head.lemma_.lower() in SCHEDULE_WORDS:
        return True  # "is due to appear ... on Tuesday", "is scheduled to be sentenced May 3"
    if _in_prospect(first):
        return True  # "was preparing for the measures to be voted on Friday"
    if any(c.dep_ == "acomp" and c.lower_ in SCHEDULE_WORDS for v in verbs for c in v.children):
        return True  # "is due in court on Friday": a step the schedule sets, not one taken
    # "must act by May 9": a deadline, not the day anything was done.
    preposition = span.root.head
    return (
        preposition.lower_ in DEADLINE_PREPOSITIONS
        and span.root.dep_ == "pobj"
        and bool(auxiliaries & DEADLINE_MODALS)
    )


def _arranged(verb: Any) -> bool:
    """ "Orozco is to be formally sentenced May 3", "the two leaders are to meet on Friday": "be"
    with a to-infinitive tells an arrangement, a step set for later, as "will" does. Its day is
    the planned step's, never the day of what has already happened ("A jury recommended on
    April 3 that Orozco be executed"); a plan may also be moved, so its day clashes with none."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.i != verb.i
        and head.lemma_.lower() == "be"
        and head.tag_ in _FINITE_BE
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


# "is", "are", "was", "were", "am": a tensed "be" above the infinitive. A bare or participle
# "be" ("seems to be", "having been") carries no arrangement.
_FINITE_BE = frozenset({"VBZ", "VBP", "VBD"})


def _in_prospect(verb: Any) -> bool:
    """A to-infinitive under a verb of intent or preparation ("preparing for the measures to be
    voted on Friday", "hopes to sign on Monday") tells a step not yet taken at the time told:
    the infinitive's own day is that step's. The verb above is found through the nouns
    and prepositions between ("for the measures")."""
    if verb.head.i == verb.i or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    governor = _clause_of(verb.head)
    # Present or progressive ("hopes to", "was preparing for"): the step lies after the time
    # told. A simple past ("wanted to host the show in 2007") tells a wish of then, which may
    # have come true since.
    return (
        governor.pos_ == "VERB"
        and governor.lemma_.lower() in PROSPECT_VERBS
        and governor.tag_ in _PRESENT_OR_PROGRESSIVE
    )


_PRESENT_OR_PROGRESSIVE = frozenset({"VBZ", "VBP", "VBG"})


def _headline_future(verb: Any) -> bool:
    """Headline grammar puts the future as a bare "to": "DeGeneres to host Oscars in 2014",
    "Obama to visit Berlin on Friday" is what will happen, with no finite verb above it."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    root = verb.sent.root
    if verb.i == root.i:
        return any(c.dep_ == "nsubj" for c in verb.children)
    return (
        verb.head.i == root.i and root.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("relcl", "acl")
    )


def _one_of_a_series(clause: Any) -> bool:
    """ "for a third straight night", "for the second day": the clause tells one of several
    nights or days, and its day is that one's."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for unit in prep.children:
            if (
                unit.dep_ == "pobj"
                and unit.lemma_.lower() in SERIES_UNITS
                and any(m.dep_ == "amod" and _ordinal(m) for m in unit.children)
            ):
                return True
    return False


def _of_a_further_one(span: Any) -> bool:
    """ "a second protest the next night; and another on Wednesday night": the day qualifies a
    further happening ("another", "a second protest") before any verb tells what happened."""
    token = span.root.head
    for _ in range(_CLAUSE_REACH):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
        if token.lower_ == "another" or (
            token.pos_ == "NOUN"
            and any(
                m.dep_ == "amod" and _ordinal(m) and m.lower_ != "first" for m in token.children
            )
        ):
            return True
        token = token.head
    return False


def _ordinal(token: Any) -> bool:
    word = token.lower_
    return word.endswith(("nd", "rd", "th")) or word in ("first", "second", "third")


def _clause_of(token: Any) -> Any:
    """The verb of the clause a word stands in, through the nouns and prepositions around it
    ("on Tuesday" hangs on "magistrates", which hangs on "before", which hangs on "appear")."""
    for _ in range(_CLAUSE_REACH):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        token = token.head
    return token


# How many steps up the parse a day's clause is looked for: "on" / "magistrates" / "before" /
# "appear" is four. Further up, the day belongs to a clause the parser attached it to by guess.
_CLAUSE_REACH = 5
