"""The pronouns and descriptions that stand for a person the article names, kept apart from the
names so they never show as one:

* "he" / "she" as the subject of a clause, outside quotation marks, when exactly one person is
  named before it in its sentence, or none is and exactly one is named in the sentence before
  ("Police found Ann Lee on the floor. She was pronounced dead at the scene.");
* "the N-year-old" when exactly one person of the article is given that age ("The 19-year-old
  was charged with murder");
* a description the article ties to exactly one person it names ("the suspect, Earnest Fells"
  ... "the suspect").
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence
from typing import Any, TypeVar

import numpy as np

from desktop.core.extraction.facts import Fact
from desktop.core.extraction.mentions import sentence_at
from desktop.core.extraction.parse_cache import parsed_text
from desktop.core.extraction.text_search import WORD_BOUNDARY, iter_after
from desktop.core.lexicon.people import (
    DEFINITE_DETERMINERS,
    DESCRIPTION_NOUNS,
    FATE_NOUNS,
    GENDERED_WORDS,
    GROUP_FATE_STATUSES,
    INDEFINITE_ARTICLES,
    OTHER_ONE_WORDS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    SALIENT_DESCRIPTIONS,
)
from desktop.core.model import PersonAttribute
from desktop.core.naming.names import fold
from desktop.core.persons.age_doers import VICTIM_NOUN, tells_doer
from desktop.core.persons.person_anchor import restated_anchor
from desktop.core.persons.person_antecedents import sexed
from desktop.core.persons.person_groups import both, quoted, they
from desktop.core.persons.person_status import identified_nouns, statuses

P = TypeVar("P", bound=Hashable)

# Sentences naming only people of the other sex that "he" / "she" reaches back over: one ("Ann
# Vold was shot. Her husband, Bo Ray, was arrested. She died"); a reader loses the thread after.
SKIPPED_SENTENCES = 1
# The words ``references`` reads: "both", "his", "her", "he", "she" and victims' descriptions.
_REFERRING = frozenset(
    {"both", "two", "they"} | set(POSSESSIVE_PRONOUNS) | set(PERSON_PRONOUNS) | SALIENT_DESCRIPTIONS
)

_DESCRIPTION = re.compile(r"\b([Tt]he|[Aa]n?) (\d{1,3})[- ]year[- ]old\b(?!\s+[A-Z])")
# Any age written as an epithet ("an 8-year-old boy", "his 8-year-old brother"), after a word
# boundary checked where a digit stands.
_ANY_AGE = re.compile(r"(\d{1,3})[- ]year[- ]old\b")


def references(
    named: Sequence[tuple[Fact, P]],
    doc: Any,
    starts: list[int],
    doers: frozenset[P] = frozenset(),
) -> list[tuple[P, Any]]:
    """(person, token) for each "he" / "she" that stands for one named person, "his" / "her"
    owning a fate ("her death", "his killer") likewise, and for each of the two a "both" stands
    for; ``named`` are the name mentions with their person, in text order. A description of the
    one harmed (``tells_harm``) passes over the ``doers`` (``person_doers``): "Police arrested Bo
    Ray. The victim died" is not Bo Ray's death."""
    found = []
    by_sentence = _by_sentence(named)
    subjects = _subjects(named, doc)
    genders, tied = name_genders(named, doc)
    pronouns: dict[P, str] = {}  # the sex of the pronoun that first stood for each person
    for token in tokens_of(doc, _REFERRING):
        lower = token.lower_
        if lower == "both" or (lower == "two" and _definite(token)):
            found += both(token, by_sentence, starts)  # "Both died", "The two are charged"
            continue
        if lower in PLURAL_PRONOUNS:
            found += they(token, by_sentence, starts)
            continue
        owner = lower in POSSESSIVE_PRONOUNS and token.dep_ == "poss"
        passed_over: frozenset[P] = frozenset()
        if owner and token.head.lemma_.lower() in FATE_NOUNS:
            sex, parallel = POSSESSIVE_PRONOUNS[lower], None  # "investigating her death"
        elif _described_subject(token, tied):
            # "Mya Vance was shot in the back. The student was rushed to a hospital": a definite
            # description as a main clause's subject picks up the one person just named, as "she"
            # would, unless the article ties that noun to someone.
            sex, parallel = GENDERED_WORDS.get(token.lower_, "") or sexed(token), None
            passed_over = doers if tells_harm(token) else frozenset()
        elif token.lower_ in PERSON_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
            sex = PERSON_PRONOUNS[token.lower_]
            # Subject for subject: a main clause's "he" prefers the subject before it.
            parallel = subjects if token.head.dep_ == "ROOT" else None
        else:
            continue
        # "She" is none of the people the article calls a husband, a son or "Mr.", nor "the
        # female victim" the man a "he" stood for before.
        unfit = frozenset(p for p, g in (pronouns | genders).items() if sex and g != sex)
        unfit |= passed_over
        fit = frozenset(p for p, g in (genders | pronouns).items() if sex and g == sex)
        person = (
            None
            if quoted(token)
            else _salient(by_sentence, token.idx, starts, parallel, unfit, fit)
        )
        if person is None:
            continue
        found.append((person, token))
        if token.lower_ in PERSON_PRONOUNS:
            # "She" goes on standing for the one it stood for: "Ann Lee dated Bo Ray. She said she
            # was afraid. She was killed on Friday" (each "she" a mention of Ann for the next).
            sentence = sentence_at(starts, token.idx)
            by_sentence.setdefault(sentence, []).append((token.idx, person))
            pronouns.setdefault(person, PERSON_PRONOUNS[token.lower_])
            if parallel is not None:
                subjects.setdefault(sentence, set()).add(person)
    return found


def tells_harm(noun: Any) -> bool:
    """Whether a description names the one harmed: "the victim", or a description whose clause
    says they were killed or hurt ("the teen was shot in the head", "the boy, 14, was hit"),
    unless it tells the doer's part itself. Only such a description passes over the people the
    article tells as the doer: "the 37-year-old will serve his time" still stands for the killer
    just named."""
    if noun.lemma_.lower() == VICTIM_NOUN:
        return True
    if tells_doer(noun):
        return False
    return any(value in GROUP_FATE_STATUSES for value, _start, _end in statuses(noun))


def _definite(token: Any) -> bool:
    """ "the two": a figure standing alone for people named before, not "two men" or "two of"."""
    return [c.lower_ for c in token.children] == ["the"]


def tokens_of(doc: Any, words: frozenset[str]) -> list[Any]:
    """The tokens of ``doc`` that are one of ``words`` (lowercase), in text order, found on the
    parse's array of lowercase ids: a long article's tokens are not each made a Python object
    (bench.speed)."""
    from spacy.attrs import LOWER  # spaCy loads with the pipeline, not with this module
    from spacy.strings import get_string_id

    if not words:
        return []
    wanted = np.array([get_string_id(w) for w in words], dtype=np.uint64)
    found = np.nonzero(np.isin(doc.to_array(LOWER), wanted))[0]
    return [doc[int(i)] for i in found]


def name_genders(named: Sequence[tuple[Fact, P]], doc: Any) -> tuple[dict[P, str], set[str]]:
    """The people whose sex the article gives, by a noun restating the name ("her husband, Bo
    Lee", "the girl has been identified as Ann Lee") or a title ("Mr. Lee"): "m" or "f"; a
    person given both is left out. And the nouns the article restates names with."""
    said: dict[P, set[str]] = {}
    tied: set[str] = set()
    for mention, person in named:
        words = {fold(w) for w in mention.title.split()}
        nouns = _restating_lemmas(mention, doc)
        words |= nouns
        tied |= nouns
        for word in words:
            if word in GENDERED_WORDS:
                said.setdefault(person, set()).add(GENDERED_WORDS[word])
    return {p: next(iter(g)) for p, g in said.items() if len(g) == 1}, tied


def _restating_lemmas(mention: Fact, doc: Any) -> frozenset[str]:
    """The lemmas of the nouns that restate the name, read once per mention and Doc: the cards,
    the pronouns and the surnames each ask for the sexes of the same mentions."""
    kept = doc.user_data.setdefault("crosscheck.restating_lemmas", {})
    key = (mention.start, mention.end)
    lemmas = kept.get(key)
    if lemmas is None:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        lemmas = kept[key] = (
            frozenset(n.lemma_.lower() for n in restating_nouns(span.root))
            if span is not None and len(span) > 0
            else frozenset()
        )
    return frozenset(lemmas)


def _described_subject(token: Any, tied: set[str]) -> bool:
    """ "The student", "the teen": a definite singular description of a victim as the subject of
    a main clause, outside quotation marks, of a noun no name is restated by."""
    lemma = token.lower_  # a singular noun is its own lemma
    return (
        lemma in SALIENT_DESCRIPTIONS
        and token.tag_ == "NN"
        and lemma not in tied
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.head.dep_ == "ROOT"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def restated_by_noun(named: Sequence[tuple[Fact, P]], doc: Any) -> list[tuple[P, Any]]:
    """(person, token) for each description that stands for one named person: "the suspect",
    "his wife", "the 16-year-old victim", when the article ties that noun to exactly one person
    it names ("the suspect, Earnest Fells", "suspect Ann Lee", "The girl has been identified as
    Akira Waters"). A definite description picks up a referent the article has given; so does
    the first "a girl" before the tie, the indefinite that introduced her ("A teenage girl was
    shot ... The girl has been identified as Akira Waters"). Plurals are groups, not one person.
    The token is the description's head noun."""
    ties: dict[str, set[P]] = {}
    tied_at: dict[str, int] = {}
    for mention, person in named:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        for noun in restating_nouns(span.root):
            lemma = noun.lemma_.lower()
            if noun.tag_ == "NN" and lemma in DESCRIPTION_NOUNS:
                ties.setdefault(lemma, set()).add(person)
                tied_at[lemma] = min(tied_at.get(lemma, noun.i), noun.i)
    one = {lemma: next(iter(people)) for lemma, people in ties.items() if len(people) == 1}
    found: list[tuple[P, Any]] = []
    introduced: set[str] = set()
    others: set[str] = set()
    for token in tokens_of(doc, frozenset(one)):
        lemma = token.lower_  # a singular noun is its own lemma
        if token.tag_ != "NN":
            continue
        if lemma in others or _another_one(token):
            # "a second deputy was injured ... That deputy was hospitalized": once the article
            # tells of another of that noun, the noun no longer stands for the named one alone.
            others.add(lemma)
            continue
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
        first = lemma not in introduced
        introduced.add(lemma)
        if determiners & DEFINITE_DETERMINERS or (
            first and determiners & INDEFINITE_ARTICLES and token.i < tied_at[lemma]
        ):
            found.append((one[lemma], token))
    return found


def _another_one(noun: Any) -> bool:
    """ "a second deputy", "the other victim", "another man": a description of someone else
    than the person already named."""
    return any(c.lower_ in OTHER_ONE_WORDS for c in noun.children if c.dep_ in ("amod", "det"))


def restating_nouns(root: Any) -> list[Any]:
    """The common nouns a name is restated by: in apposition ("the suspect, Ann Lee"; "Ann Lee,
    the suspect"), before it ("suspect Ann Lee") or identified with it."""
    nouns = [c for c in root.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    return nouns + identified_nouns(root)


def described(
    ages: Mapping[P, set[str]],
    named: Sequence[tuple[Fact, P]],
    doc: Any,
    starts: list[int],
    doers: frozenset[P] = frozenset(),
) -> list[tuple[P, Any, list[PersonAttribute]]]:
    """(person, token, age) for each "the N-year-old" or "a N-year-old": the one person of the
    article given that age ("Dakota Lee, 28 ... a 28-year-old man was also killed"), or, where
    nobody is, the subject "the N-year-old" stands for one named person as "he" would, and tells
    their age (unless the article gives them another). The token is the description's head
    ("old", or "man" in "the 19-year-old man"). "The N-year-old victim" is never one of the
    ``doers``, nor is a description standing in as "he" would that names the one harmed
    (``tells_harm``: "the 22-year-old died at the scene")."""
    found: list[tuple[P, Any, list[PersonAttribute]]] = []
    by_sentence = _by_sentence(named)
    text = parsed_text(doc)
    aged = [(m.start(), m.group(1)) for m in iter_after(WORD_BOUNDARY, _ANY_AGE, text)]
    for match in _DESCRIPTION.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        token = span[-1]  # "old"
        if token.dep_ == "amod" and token.head.i > token.i:
            token = token.head
        people = [p for p, said in ages.items() if match.group(2) in said]
        if len(people) == 1:
            if not (people[0] in doers and token.lemma_.lower() == VICTIM_NOUN):
                found.append((people[0], token, []))
            continue
        definite = match.group(1).lower() == "the"
        if people or not definite or token.dep_ not in ("nsubj", "nsubjpass") or quoted(token):
            continue
        passed_over = doers if tells_harm(token) else frozenset()
        person = _salient(by_sentence, match.start(), starts, unfit=passed_over)
        # A person given another age is someone else: "Serenity, 5 ... the 8-year-old found it";
        # so is the one an earlier N-year-old introduced ("an 8-year-old boy found a gun ... how
        # the 8-year-old got it"): a definite description takes up its antecedent.
        introduced = any(at < match.start() and age == match.group(2) for at, age in aged)
        if person is not None and not ages.get(person) and not introduced:
            age = PersonAttribute("age", match.group(2), match.start(2), match.end(2))
            found.append((person, token, [age]))
    return found


def _by_sentence(named: Sequence[tuple[Fact, P]]) -> dict[int, list[tuple[int, P]]]:
    groups: dict[int, list[tuple[int, P]]] = {}
    for mention, person in named:
        groups.setdefault(mention.sentence, []).append((mention.start, person))
    return groups


def _salient(
    by_sentence: Mapping[int, list[tuple[int, P]]],
    at: int,
    starts: list[int],
    subjects: Mapping[int, set[P]] | None = None,
    unfit: frozenset[P] = frozenset(),
    fit: frozenset[P] = frozenset(),
) -> P | None:
    """The one person named before ``at`` in its sentence, or, when none is, the one person
    named in the sentence before. Where two are, the one that is the subject of that sentence
    (or owns it: "Lee's spray of bullets killed Ann Vold. He then turned the gun on himself"),
    the reader's first choice for "he"; None when that does not settle it (no guessing)."""
    sentence = sentence_at(starts, at)
    before = {p for start, p in by_sentence.get(sentence, ()) if start < at} - unfit
    skipped = 0
    while not before and skipped <= SKIPPED_SENTENCES and sentence > 0:
        # "Ann Vold was shot. Her husband, Bo Ray, was arrested. She died Monday": a sentence
        # naming only people of the other sex is passed over, as a reader passes it.
        sentence -= 1
        named = {p for _, p in by_sentence.get(sentence, ())}
        before = named - unfit
        if not named or before:
            break
        skipped += 1
    if len(before) > 1 and subjects is not None:
        before &= subjects.get(sentence, set())
    if len(before) > 1 and len(before & fit) == 1:
        before &= fit  # "she" of the two is the one the article has called "she" or a woman
    return next(iter(before)) if len(before) == 1 else None


def _subjects(named: Sequence[tuple[Fact, P]], doc: Any) -> dict[int, set[P]]:
    """The people each sentence names as the subject of its main verb, or as the owner of that
    subject ("Lee's spray of bullets"), by sentence."""
    found: dict[int, set[P]] = {}
    for mention, person in named:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        anchor = restated_anchor(span.root)
        if anchor.dep_ == "poss":
            anchor = anchor.head
        if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.dep_ == "ROOT":
            found.setdefault(mention.sentence, set()).add(person)
    return found
