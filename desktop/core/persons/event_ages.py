"""A person's age told with the event it was reached at, as the subject of the clause.

A linguist's rules, one per construction; each gives the age of the clause's subject:

* "died at 86", "passed away at 86", "retired at 70": a bare figure after "at" on a verb of a
  person's life (a clock hour, "at 8", is no age; "at 86 mph", "at 86th Street" are no figures);
* "at the age of 87", on any verb;
* "aged 87": "died Sunday, aged 87", "Harlow, aged 87,";
* "the 86-year-old actor John Harlow", "Harlow, the 86-year-old actor": the age on the name, or
  on the title noun the name stands with.

An age at death, or an age said plainly, is the person's age in the story. An age at an earlier
step of a life ("retired at 70", "began acting at the age of 9") is a past age: it only meets the
other article's age at that same step, never the age in the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.core.extraction.parse_cache import sentence_bounds, token_rows
from desktop.core.figures.numbers.values import parse_number
from desktop.core.lexicon import PERSON_NOUNS
from desktop.core.lexicon.life_events import DEATH_VERBS, LIFE_STEP_VERBS, PERSON_PRONOUNS

# A human age as reporters give it: a larger figure after "at" is a speed, a score or a price.
MAX_AGE = 120
# "died at 8" reads as a clock hour as often as an age: a figure after "at" is an age only
# past the hours of a clock face. Not fitted (the clock's own figure), so not in findings.tuning,
# which this module, read while facts are made, cannot import.
CLOCK_HOURS = 12
# The clauses whose subject an "aged" or "at" phrase leans on when it has none of its own:
# "He drove home and died at 86", "Harlow died Sunday, aged 87".
_LEANING = frozenset({"conj", "advcl", "xcomp"})


@dataclass(frozen=True)
class EventAge:
    """Whose age a figure gives and at which step of the life."""

    subject: int  # where the subject's name starts in the text; -1 for "he" or "the actor"
    step: str  # "" for the age in the story; "retire" for "retired at 70"
    # Where the clause's subject word starts, named or not ("He" in "He died at 86"), so that a
    # pronoun's age goes to the person the pronoun stands for; -1 when the clause has none.
    said_of: int = -1


def event_age(span: Any) -> EventAge | None:
    """The age a figure gives by its construction, or None when it gives none."""
    number = next((t for t in span if t.like_num), None)
    if number is None or not _plain_figure(number.text):
        return None
    first = number
    while (
        number.head.i != number.i
        and number.head.like_num
        and number.head.i in range(span.start, span.end)
    ):
        number = number.head  # "eighty-four": the last word of the figure carries it
    head = number.head
    # A headline's last figure takes the blank line after it as a child: no word of its own.
    own_words = [c for c in number.children if not (c.is_space or c.is_punct)]
    if number.dep_ == "pobj" and head.lower_ == "at" and not own_words:
        return _at_event(number, head.head)
    if head.lower_ == "of" and head.head.lower_ == "age" and head.head.head.lower_ == "at":
        return _of_verb(head.head.head.head, death_only=False)  # "at the age of 87"
    if _aged_beside(first, number):
        return _of_verb(head, death_only=False)  # "has died aged 86", the figure on "died"
    if head.lower_ == "aged":
        if head.dep_ == "acl" and _named(head.head):
            return EventAge(head.head.idx, "")  # "Harlow, aged 87,"
        return _of_verb(head, death_only=False)  # "died Sunday, aged 87"
    if head.lower_ == "year" and head.head.lower_ == "old" and head.head.dep_ == "amod":
        return _aged_name(head.head.head)  # "the 86-year-old actor John Harlow"
    return None


def _aged_beside(first: Any, number: Any) -> bool:
    """ "died aged 86" parsed with the figure on the verb and "aged" just before it, its sibling
    or a word on it: "aged" and a figure after it say an age whatever the parser hangs them on."""
    if first.i == 0:
        return False
    before = number.doc[first.i - 1]
    head = number.head
    return (
        before.lower_ == "aged"
        and before.head.i in (head.i, number.i)  # its sibling, or a word on the figure
        and head.i != number.i
        and head.pos_ in ("VERB", "AUX")
    )


def _plain_figure(text: str) -> bool:
    """ "86", "eighty-six": a whole figure a life can reach; never "86th", "8.5"."""
    if not re.fullmatch(r"\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?", text):
        return False
    value = parse_number(text)
    return value is not None and value.exact and 0 < value.low <= MAX_AGE


def _at_event(number: Any, verb: Any) -> EventAge | None:
    """ "died at 86": only on a verb of a life, and never a clock hour ("died at 8")."""
    value = parse_number(number.text)
    if value is None or value.low <= CLOCK_HOURS:
        return None
    if _step(verb) is None:
        return None
    return _of_verb(verb, death_only=True)


def _step(verb: Any) -> str | None:
    """ "" for a death, the verb for a step of a life, None for any other verb."""
    lemma = verb.lemma_.lower()
    if lemma in DEATH_VERBS or (lemma == "pass" and any(c.lower_ == "away" for c in verb.children)):
        return ""
    return lemma if lemma in LIFE_STEP_VERBS else None


def _of_verb(verb: Any, death_only: bool) -> EventAge | None:
    """The age of the verb's subject, at the step the verb tells."""
    step = _step(verb)
    if step is None:
        if death_only:
            return None
        step = verb.lemma_.lower() if verb.pos_ in ("VERB", "AUX") else ""
        step = "" if step in ("be", "age") else step  # "was aged 87": the age now
    subject = _subject(verb)
    if subject is None:
        return None if death_only else EventAge(-1, step)
    named = subject if _named(subject) or _lives(subject) else _titled_name(subject)
    return EventAge(named.idx if named is not None else -1, step, subject.idx)


def _subject(verb: Any) -> Any | None:
    """The person the clause is about: its subject, the subject of the clause it leans on, or
    the name a "who" stands for; None when the subject is no person ("the index")."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "Former world champion boxer Eddie Kray has died at 70": the parser may hang the title
        # and the name on the verb as two subjects; the name is whom the clause is about.
        subject = next((c for c in subjects if _named(c)), subjects[0] if subjects else None)
        if subject is not None or verb.dep_ not in _LEANING or verb.head.i == verb.i:
            break
        verb = verb.head
    if subject is None:
        return None
    if subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    person = (
        _named(subject)
        or _lives(subject)
        or subject.lower_ in PERSON_PRONOUNS
        or subject.lower_ in PERSON_NOUNS
        or _titled_name(subject) is not None
    )
    return subject if person else None


def _lives(subject: Any) -> bool:
    """ "Vera Holt, the actress, died Monday, aged 85": a proper name that dies or retires is a
    person's (``life_subjects``), whatever kind of name the tagger took it for."""
    return (
        subject.pos_ == "PROPN"
        and subject.dep_ in ("nsubj", "nsubjpass")
        and _step(subject.head) is not None
    )


def _titled_name(noun: Any) -> Any | None:
    """ "The actress Maria Vell died at 85": a noun with a person's name set beside it is that
    named person; the parser may make the noun the subject and the name its apposition."""
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and _named(c)), None)


def _aged_name(noun: Any) -> EventAge | None:
    """ "the 86-year-old John Harlow", "the 86-year-old actor John Harlow", "Harlow, the
    86-year-old actor": the name the aged noun is, or stands with."""
    if _named(noun):
        return EventAge(noun.idx, "")
    if noun.dep_ in ("compound", "appos") and _named(noun.head):
        return EventAge(noun.head.idx, "")
    return None


def _named(token: Any) -> bool:
    return bool(token.ent_type_ == "PERSON")


def subject_ages(name: Any) -> list[tuple[str, int, int]]:
    """The ages in the story the sentence gives a name by an event ("Harlow died at 86",
    "Harlow died Sunday, aged 87", "Harlow, who died at the age of 87"), as (years, start, end),
    for the person's card. An age at an earlier step of a life is left off: the card gives the
    age now."""
    return [
        (years, start, end)
        for told, years, start, end in _story_ages(name.doc, name.i)
        if told.subject == name.idx
    ]


def referred_ages(word: Any) -> list[tuple[str, int, int]]:
    """The ages in the story a sentence gives by an event to the pronoun or description ``word``
    that stands for a named person ("She died at 86 after a long illness"), as (years, start,
    end), for that person's card; whom the word stands for is person_references' rule."""
    return [
        (years, start, end)
        for told, years, start, end in _story_ages(word.doc, word.i)
        if told.said_of == word.idx
    ]


_STORY_AGES_KEY = "crosscheck.story_ages"


def _story_ages(doc: Any, at: int) -> list[tuple[EventAge, str, int, int]]:
    """(whose, years, start, end) of each figure of the sentence of token ``at`` that gives an age
    in the story by an event. Read once per sentence and kept on the Doc (never changed after the
    parse): every name and pronoun in the sentence asks."""
    kept = doc.user_data.setdefault(_STORY_AGES_KEY, {})
    sent_start, sent_end = sentence_bounds(doc, at)
    found = kept.get(sent_start)
    if found is None:
        found = []
        like_num = token_rows(doc).like_num  # a Token made only for a figure
        for token in (doc[i] for i in range(sent_start, sent_end) if like_num[i]):
            if token.head.lower_ == "year":
                continue  # "the 86-year-old actor": read with the name already
            if like_num[token.head.i] and token.head.i > token.i:
                continue  # "eighty" of "eighty-six": read with the word that ends the figure
            figure = _whole_figure(doc, token)
            told = event_age(figure)
            value = parse_number(figure.text)
            if told is not None and told.step == "" and value:
                found.append((told, str(int(value.low)), figure.start_char, figure.end_char))
        kept[sent_start] = found
    return found


def _whole_figure(doc: Any, token: Any) -> Any:
    """The figure a token ends, with the words before it that make one number with it:
    "eighty-six" for "six"."""
    start = token.i
    while start >= 2 and doc[start - 1].text == "-" and doc[start - 2].like_num:
        start -= 2
    return doc[start : token.i + 1]


def at_an_earlier_step(verb: Any) -> bool:
    """ "Harlow was 17 when he joined the army": the age at another step of the life the
    "when" clause tells, a past age; "She was 91 when she died" is the age at death."""
    return any(
        clause.dep_ == "advcl"
        and any(c.lower_ == "when" for c in clause.children)
        and _step(clause) != ""
        for clause in verb.children
    )
