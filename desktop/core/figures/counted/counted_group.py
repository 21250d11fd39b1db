"""Which group a figure counts, when its sentence says it is not the whole group the other article
may count: a share of a split ("two were taken to Mercy Hospital, one to St. Luke's") or the victims
of a gunman who then killed himself ("killed two people and then himself": three dead), or how often
rather than how many ("arrested four times"). Such a figure counts part of the story's toll and
contradicts no count.
"""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.parse_cache import sentence_bounds
from desktop.core.figures.counted.counted_also import counts_more_of_a_told_harm
from desktop.core.lexicon import CONTAINING_WORDS, COUNT_SLOTS, PERSON_NOUNS, SLOT_SYNONYMS
from desktop.core.lexicon.count_words import (
    COUNT_FRAMES,
    GAP_WORDS,
    KILLING_VERBS,
    REMAINDER_WORDS,
    SELF_KILLING_WORDS,
    SEQUENCE_PICKS,
    SHARE_SUBJECTS,
)
from desktop.core.lexicon.games import MARGIN_NOUNS, MARGIN_VERBS
from desktop.core.lexicon.victims import DOER_NOUNS, LEAVING_OUT_WORDS
from desktop.core.quoting.counted_source import singles_out_a_speaker

_SUBJECTS = ("nsubj", "nsubjpass")


def counts_part_of_group(span: Any) -> bool:
    """Parts of a group, shares of a split, how often, a pick: none is the group's count."""
    return (
        counts_a_share(span)
        or counts_a_killers_victims(span)
        or counts_without_the_doer(span)
        or counts_a_frequency(span)
        or counts_a_remainder(span)
        or counts_beside_one_more(span)
        or counts_a_ranked_pick(span)
        or counts_an_alternative(span)
        or counts_a_gap(span)
        or counts_before_others(span)
        or counts_before_counted_others(span)
        or counts_more_of_a_told_harm(span)
        or singles_out_a_speaker(span)
        or counts_of_which(span)
    )


def counts_of_which(span: Any) -> bool:
    """ "Five bombs were dropped, of which four exploded", "12 were hurt, of whom three
    critically": a figure right after "of which" or "of whom" counts part of the group the clause
    before counted, never the group itself."""
    sent_start = sentence_bounds(span.doc, span.start)[0]
    before = [t.lower_ for t in span.doc[max(sent_start, span.start - 2) : span.start]]
    return before in (["of", "which"], ["of", "whom"])


def counts_a_share(span: Any) -> bool:
    """The figure opens one share of a split its sentence goes on to tell: the verb it counts
    the subject of recurs in the sentence with another share as subject ("Two victims were taken
    to Mercy Hospital, one was taken to St. Luke's")."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if noun.dep_ not in _SUBJECTS:
        return False
    verb = noun.head
    for tok in span.sent:
        if tok.i == verb.i or tok.lemma_ != verb.lemma_ or tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in _SUBJECTS and c.lower_ in SHARE_SUBJECTS for c in tok.children):
            return True
    return False


def counts_a_killers_victims(span: Any) -> bool:
    """The figure counts whom a gunman killed in a sentence that tells he then killed himself
    ("a gunman killed two people and then himself", "four people were killed before the gunman
    killed himself"): the dead are one more, so it is not the toll another article gives."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    killed = noun.dep_ in ("dobj", "nsubjpass")
    if not killed or noun.head.lemma_.lower() not in KILLING_VERBS:
        return False
    after = span.doc[span.end : sentence_bounds(span.doc, span.start)[1]]
    return any(tok.lower_ in SELF_KILLING_WORDS for tok in after)


def counts_without_the_doer(span: Any) -> bool:
    """ "Three people were killed, not including the shooter": the figure leaves out the one who
    killed, so it counts his victims, one short of a toll that counts him among the dead ("Four
    people died, including the shooter"), and it contradicts no such count."""
    sent_end = sentence_bounds(span.doc, span.start)[1]
    after = " ".join(t.lower_ for t in span.doc[span.end : sent_end])
    for words in LEAVING_OUT_WORDS:
        _, found, rest = after.partition(f"{words} ")
        left_out = rest.split()[:3]
        if found and any(w in DOER_NOUNS for w in left_out):
            return True
    return False


def counts_a_remainder(span: Any) -> bool:
    """ "Five other victims showed up at the hospital", "two more bodies were found": the figure
    counts those left once the story has counted some, not the whole group. Unless a verb of a
    toll takes the counted noun ("killed one and wounded two other people"): then "other" sets
    this toll apart from the one before it, and the figure is the whole of its own toll; but not
    the whole of the hurt when the people shot before it were hurt too ("Four people were shot,
    and three others were hurt")."""
    doc = span.doc
    word = doc[span.end].lower_ if span.end < len(doc) else ""
    if word not in REMAINDER_WORDS and word != "others":
        return False
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    verb = noun.head
    if verb.lower_ == "of" and verb.head.lemma_.lower() in COUNT_FRAMES:
        verb = verb.head.head  # "A total of five other people were injured": the frame's verb
    toll = SLOT_SYNONYMS.get(verb.lemma_.lower())
    if toll == "injury" and _after_people_shot(span):
        return True
    return word != "others" and toll not in COUNT_SLOTS


def _after_people_shot(span: Any) -> bool:
    """ "Four people were shot, and three more were hurt in the stampede": the people shot
    before the figure are hurt too, so those "more" hurt are some of the hurt, not all of them.
    "One man was killed and three others were wounded" counts all the wounded: the dead are not
    among them."""
    for tok in span.sent:
        if tok.i >= span.start:
            return False
        if tok.pos_ != "NUM" or tok.ent_type_ in ("DATE", "TIME"):
            continue
        counted = tok.head if tok.dep_ == "nummod" else tok
        verb = counted.head
        if counted.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() == "shoot":
            return not _shot_to_death(verb)
    return False


def _shot_to_death(verb: Any) -> bool:
    """ "shot and killed", "fatally shot", "shot dead", "shot to death": the people shot are
    the dead, none of the hurt."""
    return any(
        SLOT_SYNONYMS.get(word) == "death" or word == "fatally"
        for child in verb.children
        for word in (child.lemma_.lower(), child.lower_, *(g.lower_ for g in child.children))
    )


def counts_a_frequency(span: Any) -> bool:
    """ "arrested four times", "shot twice": how often, not how many."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in ("time", "times")


def counts_beside_one_more(span: Any) -> bool:
    """ "killed two women and a man", "three children and an adult", "she and 7 family
    members": the figure's people are joined by "and" to one more person, so the group is
    larger than the figure."""
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if noun is not None and noun.dep_ == "conj" and noun.head.tag_ in ("PRP", "NNP"):
        return True  # "she and 7 family members", "Smith and two friends": the others
    if noun is None or (
        noun.lemma_.lower() not in PERSON_NOUNS and noun.lower_ not in PERSON_NOUNS
    ):
        return False
    joined = [c for c in noun.children if c.dep_ == "conj"]
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.children):
        return False
    return any(
        j.lower_ in PERSON_NOUNS
        and any(d.dep_ == "det" and d.lower_ in ("a", "an", "one") for d in j.children)
        for j in joined
    )


def counts_a_ranked_pick(span: Any) -> bool:
    """ "the 12 worst-hit villages", "the four hardest-hit villages", "the three biggest banks":
    a superlative picks the group, and where the writer draws the line is the writer's; the
    figure counts no fixed group of the story. So does a stretch of a sequence: "the first two
    games", "their next 23 games"."""
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if noun is None:
        return False
    return any(
        tok.tag_ in ("JJS", "RBS") or tok.lower_ in SEQUENCE_PICKS
        for child in noun.children
        if child.dep_ in ("amod", "advmod", "compound")
        and child.i not in range(span.start, span.end)
        for tok in child.subtree
    )


def counts_contents(span: Any) -> bool:
    """ "the gun was loaded with four bullets", "a magazine that contained 15 rounds": the figure
    counts what something was loaded with, its contents, not what was fired or found."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    holder = noun.head
    if noun.dep_ == "pobj" and holder.lower_ in ("with", "of"):
        holder = holder.head
    elif noun.dep_ != "dobj":
        return False
    return holder.lemma_.lower() in CONTAINING_WORDS or holder.lower_ in CONTAINING_WORDS


def counts_an_alternative(span: Any) -> bool:
    """ "stopped in a round or two", "for a day or two": one figure offered as the other of two
    (here "one or two"), an estimate too loose to set against a count."""
    doc, i = span.doc, span.start
    if i < 3 or doc[i - 1].lower_ != "or":
        return False
    noun = doc[i - 2]
    return noun.pos_ == "NOUN" and doc[i - 3].lower_ in ("a", "an")


def counts_a_gap(span: Any) -> bool:
    """ "two games behind the eighth seed", "three points clear", "ten votes short of a
    majority", "lead Rangers by 14 points": the figure measures how far one thing is from
    another, not how many there are, so it contradicts no count of games, points or votes."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if noun.dep_ == "npadvmod" and noun.head.lower_ in GAP_WORDS:
        return True
    if noun.dep_ == "npadvmod" and _compared_with_than(noun.head):
        return True  # "five rounds sooner than", "three years older than": a difference
    if noun.dep_ == "npadvmod" and noun.head.lower_ == "up" and noun.lemma_ in MARGIN_NOUNS:
        return True  # "five games up in the division"; not "up 5 percent", a change
    if noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.dep_ != "agent":
        held = noun.head.head  # not a passive's doer: "a search led by 14 officers"
        if held.lemma_.lower() in MARGIN_VERBS or held.lower_ in GAP_WORDS:
            return True
    return any(c.dep_ in ("prep", "advmod") and c.lower_ in GAP_WORDS for c in noun.children)


def _compared_with_than(word: Any) -> bool:
    """A comparative with its "than" ("sooner than when he knocked him out", "older than his
    brother"): the figure measuring it tells by how much two things differ, not either one."""
    return word.tag_ in ("RBR", "JJR") and any(c.lower_ == "than" for c in word.children)


def counts_before_others(span: Any) -> bool:
    """ "seven AK-47 rifles, two other rifles, a grenade launcher": the list goes on to count
    more of the same noun, so the figure counts a part of what was seized, not the whole."""
    noun = span.root
    while noun.dep_ in ("nummod", "compound") and noun.head.i != noun.i:
        noun = noun.head  # "seven" / "AK-47" / "rifles"
    if noun.i == span.root.i or noun.pos_ != "NOUN":
        return False
    return any(
        tok.lower_ in REMAINDER_WORDS
        and tok.head.i != noun.i
        and tok.head.lemma_ == noun.lemma_
        and any(c.dep_ == "nummod" for c in tok.head.children)
        for tok in span.doc[noun.i + 1 : sentence_bounds(span.doc, span.start)[1]]
    )


def counts_before_counted_others(span: Any) -> bool:
    """ "leaving one dead, two police officers wounded and three others injured": a count of
    people that the sentence follows with a count of "others" is one share of those harmed, not
    the whole of them. Not "killed two and wounded three": no "others" there."""
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if noun is None or noun.lemma_.lower() not in PERSON_NOUNS | _PEOPLE:
        return False
    harm = _harm_of(noun)
    return (
        bool(harm)
        and any(
            tok.lower_ == "others"
            and any(c.dep_ == "nummod" for c in tok.children)
            and _harm_of(tok) == harm  # "killed two people and wounded five others": two tolls
            for tok in span.doc[noun.i + 1 : sentence_bounds(span.doc, span.start)[1]]
        )
    )


_PEOPLE = frozenset({"people", "person"})


def _harm_of(noun: Any) -> frozenset[str]:
    """The harm the verb over a counted noun tells: {"injury"} for "two officers wounded"."""
    lemma = noun.head.lemma_.lower()
    return frozenset({SLOT_SYNONYMS.get(lemma, lemma)}) & _HARMS


_HARMS = frozenset({"death", "injury"})
