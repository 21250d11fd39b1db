"""What each clause asserts or denies of whom, read off the dependency parse: "The court has not
overturned the ruling" is ``overturn`` denied, with ``court`` as its subject and ``ruling`` as
what it acts on; "Smith was acquitted" is ``acquit`` asserted of ``smith`` as its patient.

Only a plain report counts. A clause is left out when a modal or a condition makes it a
possibility ("may not have fired", "if he is convicted"), when it is put as a question, when it
hangs from a verb of wanting, planning or trying ("plans to appeal"), when its "not" denies a
moment or a manner ("not yet charged", "not immediately confirmed", "not only won"), when an
adverb of time places it ("still closed", "no longer open" is read as a "not"), and when its
subject leaves room for someone else ("no one", "others"). "Denied that he fired" and "denied
firing" deny the firing, as the denier's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.lexicon.polarity import (
    BEARING_PREPOSITIONS,
    CONDITIONS,
    DENYING_VERBS,
    DISTANCING_ADVERBS,
    DISTANCING_LEMMAS,
    LOOSE_PARTICIPANTS,
    MODALS,
    MOMENT_WORDS,
    PARTICLES,
    PERSON_PRONOUNS,
    SPEAKER_PRONOUNS,
    SPEAKING_LEMMAS,
    TIME_ADVERBS,
    UNASSERTING_HEADS,
)
from desktop.core.model import MentionType

# Dependency labels (spaCy's English, ClearNLP) of a verb that states something of its own: the
# main verb, a verb joined by "and", a clause said or thought, an adverbial or relative clause,
# a gerund after a preposition ("after overturning the ruling").
_PREDICATE_LABELS = frozenset(
    ["ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "pcomp", "xcomp"]
)  # fmt: skip
# Verbs of being that carry an adjective's "not" and subject: "the bridge is not open".
_COPULAS = frozenset(["be", "remain", "stay"])
_NEGATIONS = frozenset(["not", "n't", "never", "nt"])
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_MODIFIERS = ("det", "compound", "amod", "poss")
_HELPERS = ("aux", "auxpass")


@dataclass(frozen=True, slots=True)
class Predication:
    """One clause's predicate, asserted or denied of its participants.

    ``subject`` is the doer (or the one an adjective is said of), ``patient`` the one acted on:
    the object of an active verb, the subject of a passive one; "" when the clause names none
    or names it by a pronoun. ``start``/``end`` cover the predicate's own words (its "not" and
    auxiliaries with it), ``said_from``/``said_to`` the clause as quoted in a reason."""

    sentence: int
    lemma: str
    denied: bool
    subject: str
    patient: str
    start: int
    end: int
    said_from: int
    said_to: int
    speaker: str  # the subject of the verb of saying or denying it hangs from, if any
    # Where or to what the act went, by preposition: "checked into Morningside" is
    # (("into", "morningside"),); two acts into two places are two acts.
    bearings: tuple[tuple[str, str], ...] = ()


def predications(analysis: Analysis) -> list[Predication]:
    """Every plain predication of the article, sentence by sentence (kept once built)."""
    return analysis.derived("predications", _read)


def _read(analysis: Analysis) -> list[Predication]:
    parse = analysis.clause_parse
    if parse is None:
        return []
    text = analysis.document.text
    people = _people(analysis)
    found: list[Predication] = []
    for n, (first, last) in enumerate(parse.bounds):
        sentence = analysis.sentences[n] if n < len(analysis.sentences) else None
        if sentence is None or "?" in text[sentence.start : sentence.end]:
            continue  # a question puts a claim, it does not make it
        children: dict[int, list[int]] = {}
        for k in range(first, last):
            if parse.heads[k] != k:
                children.setdefault(parse.heads[k], []).append(k)
        reader = _Sentence(parse, text, children, n, people)
        for k in range(first, last):
            read = reader.predication(k)
            if read is not None:
                found.append(read)
    return found


def _people(analysis: Analysis) -> dict[int | str, str]:
    """Each person named in the article by the surname its facts give, found by the offset of
    any word of a mention ("Lindsay Lohan", "Lohan") and by the first name alone ("Lindsay"
    said by a friend): one participant however the article names her."""
    people: dict[int | str, str] = {}
    text = analysis.document.text
    for fact in analysis.facts:
        if fact.type is not MentionType.PERSON or not fact.key.startswith("person:"):
            continue
        surname = fact.key.split(":", 1)[1].split()[-1]
        for word in re.finditer(r"\S+", text[fact.start : fact.end]):
            people[fact.start + word.start()] = surname
        if fact.first:
            people.setdefault(fact.first.lower(), surname)
    return people


@dataclass(frozen=True, slots=True)
class _Sentence:
    parse: ClauseParse
    text: str
    children: dict[int, list[int]]
    number: int
    people: dict[int | str, str]

    def lower(self, k: int) -> str:
        return self.text[self.parse.starts[k] : self.parse.ends[k]].lower()

    def kids(self, k: int, *labels: str) -> list[int]:
        """The words hung from ``k`` with one of these labels, and those hung from its
        auxiliaries: the parser at times hangs a subject or a "not" on the "was" of "was
        closed" rather than on the verb."""
        helpers = [c for c in self.children.get(k, []) if self.parse.labels[c] in _HELPERS]
        return [
            c
            for h in (k, *helpers)
            for c in self.children.get(h, [])
            if self.parse.labels[c] in labels
        ]

    def predication(self, k: int) -> Predication | None:
        parse = self.parse
        tag, label = parse.tags[k], parse.labels[k]
        if tag == "VERB" and label in _PREDICATE_LABELS:
            verb = k
        elif tag == "ADJ" and label == "acomp" and parse.lemmas[parse.heads[k]] in _COPULAS:
            verb = parse.heads[k]  # "is not open": the copula holds the "not" and the subject
        else:
            return None
        lemma = parse.lemmas[k].lower()
        if not lemma.isalpha() or lemma in _COPULAS:
            return None
        # A verb's particle is part of it: "checked out of the clinic" is no "checked into". The
        # parser reads one as a particle, or as a preposition with no object of its own ("out"
        # of "out of the clinic").
        particles = [
            *self.kids(k, "prt"),
            *(
                p
                for p in self.kids(k, "prep")
                if self.lower(p) in PARTICLES and not self.kids(p, "pobj")
            ),
        ]
        lemma = " ".join([lemma, *(self.lower(p) for p in sorted(particles))])
        denied = self._negation(verb)
        if denied is None or self._hedged(verb):
            return None
        subject_word, passive = self._subject(verb)
        if subject_word is None:
            return None  # "no one", "others": room for someone else
        agent = self._agent(k)
        objects = self.kids(k, "dobj")
        obj = self._word(objects[0]) if objects else ""
        if obj is None:
            return None
        subject, patient = (agent or "", subject_word) if passive else (subject_word, obj)
        if self._no_before(verb):
            denied = not denied  # "No officers were hurt": the determiner denies it
        chain = self._above(verb)
        if chain is None:
            return None
        reported_denial, speaker, speaker_token = chain
        if reported_denial:
            denied = not denied
        stand_in = self._speaker_stand_in(verb, speaker_token)
        if stand_in:
            subject, patient = (
                (subject, stand_in) if passive and not patient else (subject, patient)
            )
            if not passive and not subject:
                subject = stand_in
        words = [verb, k, *self.kids(verb, "neg", "aux", "auxpass")]
        start = min(parse.starts[w] for w in words)
        bound = [w for prep in self.kids(k, "prep") for w in (prep, *self.kids(prep, "pobj"))]
        named = [*self.kids(verb, *_SUBJECTS), *objects, *bound]
        # The participants' own modifiers quoted with them: "the appeals court", not "court".
        quoted = [*words, *named, *(m for w in named for m in self.kids(w, *_MODIFIERS))]
        return Predication(
            self.number,
            lemma,
            denied,
            subject,
            patient,
            start,
            parse.ends[k],
            min(parse.starts[w] for w in quoted),
            max(parse.ends[w] for w in quoted),
            speaker,
            self.bearings(k),
        )

    def _negation(self, verb: int) -> bool | None:
        """Whether the verb's own words deny it; None when the "not" denies a moment or a
        manner ("not yet", "not immediately", "not only") or an adverb of time places it."""
        denied = False
        for c in self.kids(verb, "neg", "advmod", "npadvmod"):
            word = self.lower(c)
            if word in TIME_ADVERBS or word in DISTANCING_ADVERBS:
                return None  # "previously required", "allegedly pointed": another time, or
                # what someone else says
            if self.parse.labels[c] == "neg" and word in _NEGATIONS:
                following = c + 1 if c + 1 < len(self.parse.starts) else c
                if self.lower(following) in MOMENT_WORDS or self.parse.tags[following] == "ADV":
                    return None  # "not seriously injured", "not formally overturned": the
                    # adverb is what is denied, not the predicate
                denied = True
            elif word == "longer" and any(self.lower(d) == "no" for d in self.children.get(c, [])):
                denied = True  # "is no longer open"
        return denied

    def _hedged(self, verb: int) -> bool:
        """A modal, a "to" or a condition makes the clause no plain report."""
        for c in self.kids(verb, "aux", "auxpass", "mark"):
            word = self.lower(c)
            if word in MODALS or word == "to" or word in CONDITIONS:
                return True
        return False

    def _subject(self, verb: int) -> tuple[str | None, bool]:
        """The subject's word ("" for a pronoun or none; None for a loose one) and whether the
        verb is passive. A verb joined by "and" with no subject of its own shares its head's."""
        parse = self.parse
        passive = bool(self.kids(verb, "nsubjpass", "auxpass"))
        at = verb
        while True:
            subjects = self.kids(at, *_SUBJECTS)
            if subjects:
                return self._word(subjects[0]), passive
            if parse.labels[at] == "relcl":
                return self._word(parse.heads[at]), passive  # "the man who was acquitted"
            if parse.labels[at] != "conj" or parse.heads[at] == at:
                return "", passive
            at = parse.heads[at]

    def _agent(self, verb: int) -> str | None:
        """The doer of a passive verb, from its "by" phrase."""
        for by in self.kids(verb, "agent"):
            for c in self.kids(by, "pobj"):
                return self._word(c)
        return ""

    def _word(self, k: int) -> str | None:
        """A participant's head word: a noun's lemma, a name's last word; "" for a pronoun (it
        may be anyone), None for a word that leaves room for someone else."""
        parse = self.parse
        word = self._name(k) if parse.tags[k] == "PROPN" else parse.lemmas[k].lower()
        if word in LOOSE_PARTICIPANTS:
            return None
        if parse.tags[k] == "PRON":
            return ""
        if any(
            self.lower(d) in ("no", "other", "another") and parse.labels[d] in ("det", "amod")
            for d in self.children.get(k, [])
        ):
            return None if self._other(k) else word
        return word

    def _name(self, k: int) -> str:
        """A name's word: a person's surname ("Lindsay" and "Lohan" are both "lohan"), else the
        first word of the name ("Morningside" of "Morningside Recovery Center")."""
        known = self.people.get(self.parse.starts[k]) or self.people.get(self.lower(k))
        if known:
            return known
        first = min(
            (c for c in self.kids(k, "compound") if self.parse.tags[c] == "PROPN"), default=k
        )
        return self.lower(first)

    def bearings(self, k: int) -> tuple[tuple[str, str], ...]:
        """The prepositions of the act and the word each one leads to: "into Morningside"."""
        found = []
        for prep in self.kids(k, "prep"):
            if self.lower(prep) not in BEARING_PREPOSITIONS:
                continue  # "on Thursday", "at the scene": where or when, not what
            for obj in self.kids(prep, "pobj"):
                word = self._word(obj)
                if word:
                    found.append((self.lower(prep), word))
        return tuple(found)

    def _other(self, k: int) -> bool:
        return any(self.lower(d) in ("other", "another") for d in self.children.get(k, []))

    def _no_before(self, verb: int) -> bool:
        return any(
            self.lower(d) == "no" and self.parse.labels[d] == "det"
            for s in self.kids(verb, *_SUBJECTS)
            for d in self.children.get(s, [])
        )

    def _speaker_stand_in(self, verb: int, speaker: int) -> str:
        """The speaker a pronoun subject of the reported clause stands for: "the administration
        said it was overturning the rule" is the administration's own act."""
        subjects = self.kids(verb, *_SUBJECTS)
        if speaker < 0 or not subjects or self.parse.tags[subjects[0]] != "PRON":
            return ""
        pronoun = self.lower(subjects[0])
        named = self.parse.tags[speaker] == "PROPN"
        if pronoun in SPEAKER_PRONOUNS or (pronoun in PERSON_PRONOUNS and named):
            return self._word(speaker) or ""
        return ""

    def _above(self, verb: int) -> tuple[bool, str, int] | None:
        """Walk up from the clause: None when a clause above makes it no plain report (a modal,
        a condition, a "not", a verb of wanting or planning); else whether a verb of denying
        holds it ("denied firing") and the subject of the nearest verb of saying or denying."""
        parse = self.parse
        at, denial, speaker, token = verb, False, "", -1
        while parse.heads[at] != at:
            label, at = parse.labels[at], parse.heads[at]
            lemma = parse.lemmas[at].lower()
            if self._hedged(at) or lemma in UNASSERTING_HEADS or lemma in DISTANCING_LEMMAS:
                return None
            if label in ("conj", "relcl", "acl", "appos"):
                continue  # a clause joined to this one, or one naming a participant of it
            negated = any(self.lower(c) in _NEGATIONS for c in self.kids(at, "neg"))
            if lemma in DENYING_VERBS and not speaker:
                denial = not negated
                speaker, token = self._speaker(at), self._speaker_token(at)
            elif negated:
                return None  # "did not say he was killed": nothing asserted either way
            elif lemma in SPEAKING_LEMMAS and self._unnamed_speaker(at):
                return None
            elif lemma in SPEAKING_LEMMAS and not speaker:
                speaker, token = self._speaker(at), self._speaker_token(at)
        return denial, speaker, token

    def _speaker_token(self, verb: int) -> int:
        subjects = self.kids(verb, *_SUBJECTS)
        return subjects[0] if subjects else -1

    def _speaker(self, verb: int) -> str:
        subjects = self.kids(verb, *_SUBJECTS)
        word = self._word(subjects[0]) if subjects else ""
        return word or "someone"

    def _unnamed_speaker(self, verb: int) -> bool:
        """ "Some said", "others said": unnamed people's account, not the article's."""
        subjects = self.kids(verb, *_SUBJECTS)
        return bool(subjects) and self._word(subjects[0]) is None
