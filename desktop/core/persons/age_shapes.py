"""Figures that give a person's age by their place in the sentence: set off after a name
("Hardmon, 24, of Chicago"), or said of someone with "to be" ("She was 91.")."""

from __future__ import annotations

import re
from typing import Any

from desktop.core.figures.numbers.values import parse_number
from desktop.core.lexicon import PERSON_NOUNS
from desktop.core.lexicon.titles import OFFICE_NOUNS
from desktop.core.persons.age_doers import added_part, nominal_age, suspect_part
from desktop.core.persons.pronoun_parts import pronoun_part

# The oldest age a bare figure after a name is read as ("Smith, 104,"); beyond it, a count.
MAX_AGE = 110


def apposed_age(span: Any) -> bool:
    """A bare figure set off by a comma after a name or a noun for people is an age: "Hardmon,
    24, of Chicago", "a woman, 24, was shot", "two men, 25 and 30, were shot"."""
    doc = span.doc
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.like_num:
        first = first.head  # "30" in "25 and 30" takes the place of "25"
    i = min(first.i, span.start)
    if aged_now(span):
        i -= 1  # "Reed, now 18, was charged": the age at the time of writing
    if not re.fullmatch(r"\d{1,3}", span.text.strip()) or int(span.text.strip()) > MAX_AGE:
        return False
    if i < 2 or doc[i - 1].text != "," or span.end >= len(doc):
        return False
    if doc[span.end].text not in (",", ".", ";", ")", "and", "or"):
        return False  # "24 people, 3 of them women": a count
    before = doc[i - 2]
    # "Riva, 47, of Sterling Heights": a name the tagger left untyped, the figure its apposition.
    named = before.pos_ == "PROPN" and first.dep_ == "appos" and first.head.i == before.i
    return (
        named
        or before.ent_type_ == "PERSON"
        or before.lower_ in PERSON_NOUNS
        or before.lower_ in OFFICE_NOUNS  # "The former president, 77,"
        or _opening_name(before, first)
    )


def _opening_name(word: Any, figure: Any) -> bool:
    """ "Mendes, 24, netted 22 times": a surname opening the sentence, which the parser took for
    a common noun (its capital says nothing there), with the figure set off as its apposition.
    A word of another case ("US", "mendes") is no surname."""
    return (
        word.is_sent_start
        and word.pos_ == "NOUN"
        and word.is_title
        and figure.dep_ == "appos"
        and figure.head.i == word.i
    )


def apposed_noun(span: Any) -> str:
    """The noun for people an apposed age follows ("The gunman, 25, was arrested" -> gunman), so
    that it is the age of the same description as "the 31-year-old gunman"; "" after a name."""
    if span.root.dep_ == "conj" or not apposed_age(span):
        return ""  # "two men, 25 and 30": ages of several, listed
    i = min(span.root.i, span.start) - (1 if aged_now(span) else 0)
    before = span.doc[i - 2]
    # A singular noun: "the victims, 17 and 19" ages a group, never one of them.
    people = before.lower_ in PERSON_NOUNS or before.lower_ in OFFICE_NOUNS
    return before.lemma_.lower() if people and before.tag_ == "NN" else ""


def aged_now(span: Any) -> bool:
    """ "Reed, now 18,": an age said as of the writing, which a later birthday may have moved
    past the age the person had at the event ("Reed, who was 17 at the time")."""
    return span.start >= 1 and span.doc[span.start - 1].lower_ == "now"


def described_as(noun: Any) -> str:
    """The part a person plays that the aged noun describes: "The suspect, a 40-year-old man",
    "The gunman, identified as a 40-year-old man", "identified the shooter as a 40-year-old man"
    -> "suspect", "gunman", "shooter". An age of "the gunman, a 40-year-old man" is not the age of
    "a 38-year-old man was shot": two men, of whom one shot."""
    role = None
    if noun.dep_ == "appos":
        role = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as":
        verb = noun.head.head  # "identified"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        role = objects[0] if objects else verb.head if verb.dep_ == "acl" else None
    if role is None or role.lemma_.lower() not in PERSON_NOUNS or role.i == noun.i:
        return ""
    return str(role.lemma_.lower())


def part_played(span: Any) -> dict[str, float]:
    """The part the aged person plays, as slot words: {"gunman": 1.0} for "The gunman,
    identified as a 40-year-old man", {"suspect": 1.0} for "a 22-year-old man was arrested";
    {} when the age describes no noun tied to a part."""
    head = span.root.head
    if _aged_after(head):
        # "A man aged 36 was charged": the age follows its noun, whose clause tells the part as
        # it does for "a 36-year-old man was charged".
        role = suspect_part(head.head) or added_part(head.head)
        return {role: 1.0} if role else {}
    if span.root.dep_ == "appos" and head.pos_ == "PROPN":
        # "Daniel Roe, 39, was charged": an age set off after a name takes the part the
        # name's clause gives, as an age before it does; so does each name joined to it ("Sharron
        # Smith, 61, and Mary Jones, 58, were arrested": two suspects).
        while head.dep_ == "conj" and head.head.pos_ == "PROPN" and head.head.i < head.i:
            head = head.head
        # "identified the suspect as Carl Boyd, 22": the name the part is identified as.
        role = described_as(head) or suspect_part(head)
        return {role: 1.0} if role else {}
    if predicate_age(span):
        # "Police arrested Carl Boyd. He is 22.": the pronoun's person, told before.
        role = pronoun_part(span.root)
        return {role: 1.0} if role else {}
    if nominal_age(span.root):
        # "Police charged a 19-year-old": the age is the noun its clause speaks of.
        role = suspect_part(span.root) or added_part(span.root)
        return {role: 1.0} if role else {}
    if head.i < span.end or span.root.dep_ not in ("amod", "compound"):
        return {}
    if head.pos_ == "PROPN":
        # "61-year-old Sharron Diane Crawford Smith was arrested": the clause speaks of the
        # name's last word; only the clause tells a named person's part here.
        while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
            head = head.head
        role = suspect_part(head)
        return {role: 1.0} if role else {}
    if head.pos_ != "NOUN":
        return {}
    role = described_as(head) or suspect_part(head) or added_part(head)
    return {role: 1.0} if role else {}


def _aged_after(word: Any) -> bool:
    """The word is "aged" said of the noun before it: "a man aged 36"."""
    noun = word.head
    return word.lower_ == "aged" and word.dep_ == "acl" and noun.pos_ == "NOUN" and noun.i < word.i


def after_person(span: Any) -> bool:
    i = span.start
    return i >= 2 and span.doc[i - 1].text == "," and span.doc[i - 2].ent_type_ == "PERSON"


# Pronouns a sentence of someone's age opens with: "She was 91."
# "Reed, who was 17 at the time": a relative clause says it of the person it follows.
_PERSONAL = frozenset({"he", "she", "who"})


def _age_in_words(text: str) -> bool:
    """ "eighty-one", "seventy": a whole age written out, never a count of tens ("dozens")."""
    if not re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)?", text):
        return False
    value = parse_number(text)
    return value is not None and value.exact and 0 < value.low <= MAX_AGE


def predicate_age(span: Any) -> bool:
    """ "She was 91.", "Kovgan is 47 and lives in Baku": a bare figure said of a person with
    "to be", and nothing counted after it, is that person's age. A figure in words says it
    alike ("He was eighty-one."), the last word carrying it."""
    if len(span) == 1 and re.fullmatch(r"\d{1,3}", span.text):
        tok = span[0]
    elif _age_in_words(span.text):
        tok = span[-1]
    else:
        return False
    if tok.dep_ not in ("attr", "acomp") or tok.head.lemma_ != "be":
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.text not in (".", ",", ";", "and", "when", "at"):
        return False  # "He was 91 points clear": a count
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lower_ in _PERSONAL or c.ent_type_ == "PERSON" or c.lower_ in PERSON_NOUNS)
        for c in tok.head.children
    )


def said_age_figure(token: Any) -> Any | None:
    """The figure of a predicate age that ``token`` ends, with the words before it that make one
    number with it ("eighty-one"), or None: how an age the model left untagged is found ("He
    was seventy.")."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and doc[start - 2].like_num:
        start -= 2
    figure = doc[start : token.i + 1]
    return figure if predicate_age(figure) else None
