"""The words that say what a figure or date is about (its slot): its head, the verb above, the
subject it gives the level of, nearby nouns. Two figures of one slot can agree or clash; two of
different slots say nothing about each other."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from desktop.core.datetimes.attitude_days import with_attitude_complement
from desktop.core.events.taken_away import with_taken_away
from desktop.core.events.verdicts import with_verdict_deeds
from desktop.core.extraction.parse_cache import sentence_bounds, token_rows
from desktop.core.figures.changes.company_measures import with_market_changes
from desktop.core.figures.counted.figure_tolls import with_tolls
from desktop.core.figures.counted.figure_wounds import without_people_tolls
from desktop.core.figures.counted.job_cuts import with_job_cuts
from desktop.core.figures.counted.linked_states import told_state
from desktop.core.figures.facts.having_verbs import having_verb
from desktop.core.figures.numbers.group_counts import counted_by_group
from desktop.core.figures.numbers.set_counts import counted_by_set
from desktop.core.figures.numbers.values import is_unit
from desktop.core.lexicon import (
    CHANGE_VERBS,
    CONTENT_POS,
    ESTIMATING_VERBS,
    GENERIC_SLOT_WORDS,
    LEVEL_VERBS,
    SLOT_SYNONYMS,
)
from desktop.core.lexicon.change_words import RAISING_VERBS, RISING_VERBS
from desktop.core.lexicon.counted_nouns import GROUP_COUNTS, ORDER_WORDS
from desktop.core.lexicon.people import PARENT_OFFSPRING, PLAIN_PEOPLE
from desktop.core.lexicon.spelling import WORD_SPELLINGS


def slot_words(span: Any) -> dict[str, float]:
    """Context that says what a figure or date is about: its head, the verb above, nearby nouns."""
    words: dict[str, float] = {}
    root = span.root
    chain = _predicate_chain(root)  # read once: spaCy makes its Tokens anew on every read
    # "14 remain missing": the state is the head word; the linking verb says nothing.
    for tok in (t for verb in chain for t in told_state(verb)):
        if tok.pos_ in CONTENT_POS and tok.i not in range(span.start, span.end):
            words[slot_word(tok.lemma_)] = 1.0
    having = [slot_word(tok.lemma_) for tok in chain if having_verb(tok)]  # "comes with 4GB"
    with_verdict_deeds(words, chain, slot_word)  # "found guilty": convicted
    with_taken_away(words, chain)  # "made off with $60,000": stole
    with_attitude_complement(words, span, slot_word)  # "felt she needed to be checked in"
    offspring = _offspring(span)
    if offspring:
        words[offspring] = 1.0  # "a mother of 13": her children
    _with_levels(words, span)
    if (grouped := counted_by_group(root) or counted_by_set(root)) is not None:
        words[slot_word(grouped.lemma_)] = 1.0  # "a pair of left hooks" counts hooks, as "two" does
    for tok in root.children:
        if tok.dep_ == "prep":
            for obj in tok.children:
                if obj.pos_ in ("NOUN", "PROPN"):
                    words.setdefault(slot_word(obj.lemma_), 0.8)
    for tok in span:
        if tok.pos_ == "NOUN" and not (tok.like_num or is_unit(tok.lower_) or _order(tok)):
            words.setdefault(slot_word(tok.lemma_), 1.0)
    _with_neighbours(words, span)
    words = with_tolls(span, words)  # "shot dead", "three others with serious injuries"
    words = without_people_tolls(span, words)  # "3 gunshot wounds" counts no one
    for generic in (*GENERIC_SLOT_WORDS, *having):
        words.pop(generic, None)
    words = with_market_changes(words, span)  # "tumbled 8%" / "fell 8.2 percent"
    return with_job_cuts(words, span)  # "cut 1,200 jobs": the layoffs, not the workforce


def _with_neighbours(words: dict[str, float], span: Any) -> None:
    """The content words within four of the figure, at half weight, short of a main clause that
    an opening participle's figure does not belong to."""
    sent_start, sent_end = sentence_bounds(span.doc, span.start)
    lo, hi = max(sent_start, span.start - 4), min(sent_end, span.end + 4)
    if (opening := _opening_participle(span.root)) is not None:
        # "Born in Seville in 1952, Lind moved to London": the year dates the birth, and the
        # main clause after the comma is no context of it.
        words.setdefault(slot_word(opening.lemma_), 1.0)
        hi = min(hi, opening.right_edge.i + 1)
    # The words' rows are read as lists; a Token is made only for a content word's entity type.
    doc, rows = span.doc, token_rows(span.doc)
    dated = span.root.ent_type_ in ("DATE", "TIME")
    for i in range(lo, hi):
        if span.start <= i < span.end:
            continue  # the figure's own words ("June", "metres") say nothing about its slot
        if (
            rows.pos[i] in CONTENT_POS
            and not rows.is_stop[i]
            and not rows.like_num[i]
            and doc[i].ent_type_ not in ("DATE", "TIME")  # nor does a date's or a clock's
            and not (dated and _standing(doc[i]))
        ):
            words.setdefault(slot_word(rows.lemma[i]), 0.5)


def _standing(tok: Any) -> bool:
    """A participle standing as a noun's adjective: "a convicted rapist recaptured last month"
    dates the recapture; "convicted" says what the man is, a deed of another time, and a date
    beside it never dates it ("was convicted last month" does, as the verb above the date)."""
    return tok.dep_ == "amod" and tok.tag_ == "VBN"


def _opening_participle(root: Any) -> Any | None:
    """The participle of the clause that opens the sentence and holds the figure ("Born in
    Seville in 1952, ..."), set before the main verb it leans on; None elsewhere."""
    for tok in root.ancestors:
        if tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBG"):
            fronted = tok.right_edge.i < tok.head.i and tok.left_edge.i == tok.sent.start
            return tok if fronted else None
        if tok.pos_ in ("VERB", "AUX"):
            return None
    return None


def _offspring(span: Any) -> str:
    """ "a mother of 13", "the father of four": a bare figure after a parent's "of" counts the
    parent's children, as "a mother of 12 children" does; "" for any other figure."""
    root = span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or any(t.pos_ == "NOUN" for t in span):
        return ""
    return PARENT_OFFSPRING.get(of.head.lemma_.lower(), "")


def _predicate_chain(root: Any) -> list[Any]:
    """The figure's head and the verb above it."""
    head = root.head
    if root.dep_ == "conj":
        # "Ten were killed and at least 50 injured": the figure opens its own conjunct, whose
        # predicate is the participle it governs, not the verb of the first conjunct.
        return [t for t in root.children if t.dep_ in ("acl", "amod") and t.pos_ == "VERB"]
    frame = head.head
    if head.dep_ == "pobj" and frame.lower_ == "of" and frame.head.lemma_.lower() in _TALLIES:
        # "a total of 16 people were involved": the tally is a frame around the count; the
        # count is of what the verb above the tally says, not of a neighbour's slot.
        return [head, frame.head.head]
    if _hyphened(root):
        # "a six-game loss": the figure counts games; the loss is what the phrase describes.
        return [head]
    if head.head.i != head.i and head.dep_ != "conj":
        # Climb to the verb above, but not across "and": in "killing 10 and injuring 80" the
        # word above "injuring" is the other conjunct's verb.
        return [head, head.head]
    return [head]


def _hyphened(root: Any) -> bool:
    """The figure is written into its noun with a hyphen: "six-game", "three-year"."""
    doc, i = root.doc, root.i
    return (
        i + 2 < len(doc)
        and root.head.i == i + 2
        and doc[i + 1].text == "-"
        and not root.whitespace_
        and not doc[i + 1].whitespace_
    )


# Nouns that only frame a count: "a total of 16 people".
_TALLIES = frozenset({"total"})


# The weight of a slot word that is the subject a figure gives the level of ("turnout reached
# 93.87 percent"): above a head word's 1.0, so comparison can tell it from the other words.
MEASURED = 1.5


def _measured_subject(span: Any) -> Any:
    """The subject whose level the figure gives: "turnout" in "turnout reached 93.87 percent",
    "turnout was almost 90%", "the toll stood at 50", "profit fell to $412 million", and the object
    an estimate puts at the figure: "estimated the crowd at 35,000". It names what is measured as
    surely as the verb does, however far from the figure it stands."""
    root = span.root
    verb = root.head
    reached = root.dep_ == "pobj" and verb.lower_ == "to"
    if root.dep_ == "pobj" and verb.lower_ in ("at", "to"):
        verb = verb.head
    elif root.dep_ not in ("dobj", "attr", "npadvmod"):
        return None
    lemma = verb.lemma_.lower()
    if root.dep_ == "pobj" and not reached and lemma in ESTIMATING_VERBS:
        # "Police estimated the crowd at 35,000": the level is the object's, as a subject's.
        return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    # "profit fell to $412 million": the figure after "to" is the level a change ends at, while
    # "fell 3 percent" is the change itself.
    if lemma not in LEVEL_VERBS and not (reached and lemma in CHANGE_VERBS):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return _counted_by(subject) if subject is not None else None


def _with_levels(words: dict[str, float], span: Any) -> None:
    """The subject whose level the figure gives, and whether it is the level a change starts
    at ("rose to $9.2 billion from $8.7 billion": the level before)."""
    measured = _measured_subject(span)
    if measured is not None:
        words[slot_word(measured.lemma_)] = MEASURED
    raising = _raising_verb(span)
    if raising is not None:
        # "bringing the death toll to 27": the level of the toll, as "the toll rose to 27" is
        raised = next((c for c in raising.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if raised is not None:
            words[slot_word(_counted_by(raised).lemma_)] = MEASURED
    if raising is not None or _risen_to(span):
        words[RISEN_LEVEL] = 1.0
    if _change_start(span):
        words[START_LEVEL] = 1.0


def _raising_verb(span: Any) -> Any:
    """The verb that brings its object up to the figure: "bringing the death toll to 27",
    "raised the toll to 13"; None for any other figure."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return None
    return prep.head if prep.head.lemma_.lower() in RAISING_VERBS else None


def _risen_to(span: Any) -> bool:
    """ "the toll rose to 13", "climbed to 27": the level a rise reached."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() in RISING_VERBS


def _change_start(span: Any) -> bool:
    """ "rose to $9.2 billion from $8.7 billion", "down from $2.1 billion": the figure after
    "from" is the level a change starts at, never the level it reaches."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "from":
        return False
    above = prep.head
    return above.lemma_.lower() in CHANGE_VERBS or above.lower_ in ("up", "down")


# The slot word of a change's starting level: two such levels may meet, not a level reached.
START_LEVEL = "from"
# The slot word of a level a rise reached ("the toll rose to 13"): the count was lower before
# (findings/events/risen_counts.py).
RISEN_LEVEL = "risen"


def _counted_by(noun: Any) -> Any:
    """ "the number of dead had climbed to 21": a noun that only frames a count gives the level
    of what its "of" names, the dead; any other noun is measured itself."""
    if noun.lemma_.lower() not in _COUNT_FRAMES:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            counted = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if counted is not None:
                return _harmed_by(counted)
    return noun


def _harmed_by(counted: Any) -> Any:
    """ "the number of people killed rose to 13": people are counted by what befell them, so
    the participle after a plain noun for people says what the count is of (the dead), where
    "people" alone says nothing a slot can hold."""
    if counted.lemma_.lower() not in PLAIN_PEOPLE:
        return counted
    told = next((c for c in counted.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    return told if told is not None else counted


# Nouns that frame a count of what follows their "of": "the number of dead", "the total of".
_COUNT_FRAMES = frozenset({"number", "total", "count", "tally"})


# Every content word of both articles is read through it, most of them many times over (15,000
# calls on two 15,000-word articles): the answer depends on the word alone, so it is kept.
@lru_cache(maxsize=16384)
def slot_word(lemma: str) -> str:
    lemma = lemma.lower()
    lemma = WORD_SPELLINGS.get(lemma, lemma)  # "protestor" is "protester", "centre" "center"
    if lemma in SLOT_SYNONYMS:
        return SLOT_SYNONYMS[lemma]
    # Title Case headlines defeat the lemmatiser ("Kills" stays "kills"): strip the suffix.
    for suffix in ("ing", "ed", "es", "s"):
        stem = lemma[: -len(suffix)]
        if lemma.endswith(suffix) and len(stem) >= 3:
            for candidate in (stem, stem + "e"):
                if candidate in SLOT_SYNONYMS:
                    return SLOT_SYNONYMS[candidate]
    if len(lemma) > 4 and lemma.endswith("s") and not lemma.endswith(("ss", "us", "is", "ws")):
        return lemma[:-1]  # "Villages" in a headline, which the lemmatiser leaves plural
    return lemma


def _order(token: Any) -> bool:
    """ "tens", "thousands" in "tens of thousands", "pair" in "a pair of left hooks": how many,
    never what is counted."""
    return token.lower_ in ORDER_WORDS or token.lower_ in GROUP_COUNTS
