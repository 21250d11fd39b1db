"""The suspect an aged noun names by what the clause says of it: "A 22-year-old man was arrested",
"police are looking for a 22-year-old man", "a 22-year-old man opened fire".

A shooting story ages its victims and its suspect alike ("a 34-year-old man was killed" / "a
22-year-old man was arrested"), often with the same noun. The verb tells them apart: whoever is
held, charged or hunted, or did the shooting, is the suspect, and the suspect's age is never the
victim's. The part goes into the age's slot, as an apposed role does ("The gunman, a 40-year-old
man"), so that only ages of the same part are set against each other.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import ADDING_WORDS
from desktop.core.lexicon.people import (
    ANOTHER_WORDS,
    PLAIN_PERSON_NOUNS,
    REFLEXIVES,
    STANDING_PERSON_NOUNS,
    SUSPECT_CHARGES,
    SUSPECT_HELD_AFTER,
    SUSPECT_HELD_VERBS,
    SUSPECT_HUNT_VERBS,
    SUSPECT_SUBJECT_VERBS,
)
from desktop.core.lexicon.victims import DOER_NOUNS

SUSPECT = "suspect"

# The noun that names the one harmed: it never tells the doer's part, whatever its clause says.
VICTIM_NOUN = "victim"


def suspect_part(noun: Any) -> str:
    """ "suspect" when the clause holds, charges or hunts the person the noun stands for, or
    says that person did the harm; "" otherwise."""
    verb = noun.head
    lemma = noun.lemma_.lower()
    plain = lemma in PLAIN_PERSON_NOUNS | STANDING_PERSON_NOUNS
    if not plain and not _a_name(noun) and not nominal_age(noun):
        return ""  # "the 31-year-old gunman" names the part already
    if _charged_after(noun):
        return SUSPECT  # "A 60-year-old woman charged with killing two ... was released"
    if verb.i == noun.i:
        return ""
    if (
        noun.dep_ == "pobj"
        and verb.lower_ == "for"
        and verb.head.lemma_.lower() in SUSPECT_HUNT_VERBS
    ):
        return SUSPECT  # "police are looking for a 22-year-old man"
    lemma = verb.lemma_.lower()
    if noun.dep_ in ("nsubjpass", "dobj") and lemma in SUSPECT_HELD_VERBS:
        return SUSPECT  # "A 22-year-old man was arrested", "police detained a 22-year-old man"
    if noun.dep_ == "nsubjpass" and lemma == "take" and _into_custody(verb):
        return SUSPECT  # "A 22-year-old man was taken into custody"
    if noun.dep_ != "nsubj":
        return ""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in SUSPECT_SUBJECT_VERBS and _only_self(objects) and not _harmed_another(verb):
        return ""  # "A 4-year-old boy accidentally shot himself": the one hurt, no suspect
    if (
        lemma in SUSPECT_SUBJECT_VERBS
        or (lemma == "open" and any(o.lower_ == "fire" for o in objects))
        or (lemma == "turn" and any(o.lower_.endswith(("self", "selves")) for o in objects))
        or (lemma == "face" and any(o.lemma_.lower() in SUSPECT_CHARGES for o in objects))
    ):
        return SUSPECT  # "a 22-year-old man opened fire", "... turned himself in"
    return ""


def tells_doer(noun: Any) -> bool:
    """Whether a description tells the doer's part itself, by its noun ("the gunman") or by its
    clause ("the 17-year-old was charged as an adult"): only then may it stand for a person the
    article tells as the doer (``person_doers``). "The victim" never does."""
    lemma = noun.lemma_.lower()
    if lemma == VICTIM_NOUN:
        return False
    return lemma in DOER_NOUNS or suspect_part(noun) == SUSPECT


def _only_self(objects: list[Any]) -> bool:
    """The harm's one object is its doer ("shot himself"), with no one else joined to it ("shot
    his wife and then himself" has the wife as its object)."""
    return len(objects) == 1 and objects[0].lower_ in REFLEXIVES and not objects[0].conjuncts


def _harmed_another(verb: Any) -> bool:
    """ "shot himself after killing his wife", "killed his wife and shot himself": another harm
    said of the same subject, with someone else its object."""
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "conj")]
    clauses += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
    ]
    clauses += [verb.head] if verb.dep_ == "conj" else []
    return any(
        c.lemma_.lower() in SUSPECT_SUBJECT_VERBS
        and any(o.dep_ == "dobj" and o.lower_ not in REFLEXIVES for o in c.children)
        for c in clauses
    )


def nominal_age(word: Any) -> bool:
    """ "a 19-year-old was booked": the age stands for the person with no noun after it, its
    "old" the clause's subject or object, and says no more of the part played than "a 19-year-old
    man" does."""
    return bool(
        word.lower_ == "old"
        and word.dep_ in _NOMINAL_DEPS
        and any(c.lower_ in ("year", "years") for c in word.children)
    )


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _a_name(noun: Any) -> bool:
    """ "61-year-old Sharron Smith was arrested": a person's name holds the part as "a man" does."""
    return bool(noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON")


def _charged_after(noun: Any) -> bool:
    """ "a woman charged with killing", "a man arrested Friday": a past participle after the noun
    is a clause said of it (a reduced relative), as "a woman who was charged" is."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SUSPECT_HELD_AFTER
        for c in noun.children
    )


def _into_custody(verb: Any) -> bool:
    return any(
        c.lower_ == "into" and any(o.lower_ == "custody" for o in c.children) for c in verb.children
    )


# The part of a person the clause adds to those told before: "a 17-year-old was also shot",
# "another 17-year-old man was hurt". Set against the other article's age of the person told
# first, it is a second person's age, never a clash; two such ages still meet each other.
ANOTHER = "another"


def added_part(noun: Any) -> str:
    """ "another" when the clause adds the person to those told before ("also", "too",
    "another"); "" otherwise."""
    verb = noun.head
    added = any(c.dep_ == "det" and c.lower_ in ANOTHER_WORDS for c in noun.children)
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.i != noun.i:
        added = added or any(c.dep_ == "advmod" and c.lower_ in ADDING_WORDS for c in verb.children)
    return ANOTHER if added else ""
