"""What happened to a person, read from the dependency parse around their name.

A linguist's rules, one per construction:

* passive subject of kill / wound / arrest / charge: "Smith was arrested", "Smith was shot dead",
  "Smith was fatally gunned down", "Smith was taken into custody", "Smith was found murdered";
* subject of die / succumb / surrender / say / tell, or of any verb with a status complement or a
  condition: "Smith died", "Smith told reporters", "Smith is missing", "Smith remains
  hospitalized", "Smith was flown to a hospital in critical condition", "Smith suffered a gunshot
  wound", "Smith was taken to a hospital with a gunshot wound", "Smith was treated and
  released", "Smith was shot but survived" (injured), "Smith remains in custody", "Smith is
  being held without bond" (arrested), "Smith is expected to survive", "Smith is recovering"
  (injured), "Smith committed suicide", "Smith killed himself", "Smith
  took his own life", "Smith turned the gun on himself", "Smith gave himself up";
* object of kill / arrest / charge / book / capture, or taken into custody, fatally shot, left
  dead: "police arrested Smith", "killing Smith", "officers took Smith into custody", "officers
  fatally shot Smith", "the shooting left Smith dead"; "filed charges against Smith": charged;
* possessor or "of" object of a fate noun: "Smith's death", "Smith's killer", "the murder of Ann
  Lee", "Smith's arrest" (never "the attempted murder of Smith");
* what is said of a noun the name restates or is identified with, as of the name: a participle
  ("the girl killed in the shooting, Ann Lee"), a relative clause ("Smith, who was charged",
  "Smith, one of the men who died"), "the dead" ("Smith was among the dead"), and the copula
  ("one of the people killed was Smith", "Smith was one of those killed");
* "according to Smith": quoted.

Coordinated names share their verb ("arrested Quincy and Marsha Lynch"); coordinated verbs share
their subject ("was arrested and charged", "was shot and died": the passive only with a
participle), and so does a subjectless "-ing" clause ("before turning the gun on himself"). A
wound or custody said of a verb with an object is the object's ("Dr. Lee treated Ann for
wounds"). "shot by Smith" makes Smith the shooter.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.people import (
    COMPLEMENT_STATUS,
    DEATH_OFFICIALS,
    GROUP_FATES,
    IDENTIFIED_PRONOUNS,
    PART_OF_WORDS,
)
from desktop.core.persons.person_anchor import restated_anchor
from desktop.core.persons.person_antecedents import (
    counted_before,
    described_before,
    introduced_before,
)
from desktop.core.persons.person_fates import (
    Found,
    fronted,
    listed_after_fate,
    noun_fate,
    status_at,
    victim_of,
)
from desktop.core.persons.person_states import denied, is_passive, prep_objects, small_clause
from desktop.core.persons.person_verbs import has_subject, object_status, verb_status
from desktop.core.persons.person_victims import told_fate

_AS = frozenset({"as"})


def statuses(root: Any) -> Found:
    """(status, start, end) for each status the parse gives the name whose head token is ``root``;
    the span is the word that says it."""
    anchor = restated_anchor(root)
    found = _noun_status(root, own=True)
    if anchor.i != root.i:
        found += _noun_status(anchor)
    for noun in root.children:
        if noun.dep_ == "appos" and noun.pos_ in ("NOUN", "NUM", "PRON"):
            found += _noun_status(noun)  # "Ann Lee, the girl killed in the shooting"
    return found + _clause_status(anchor)


def _clause_status(anchor: Any) -> Found:
    """What the clause the name (or the noun it restates) sits in says of it."""
    verb, dep = anchor.head, anchor.dep_
    if verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head  # "Oehme remains hospitalized" parsed with the subject on "remains"
    if dep == "poss":
        return noun_fate(verb)
    if dep == "pobj":
        return _prep_object_status(anchor, verb)
    if dep in ("dobj", "obj", "npadvmod", "dep"):
        return _as_object(anchor, verb)
    if dep == "attr" and verb.tag_ == "VBN" and is_passive(verb):
        # "Also transported to a hospital was Ann Lee": the passive's subject put after it.
        return [s for s in _verbs_status(verb, True) if s[0] != "quoted"]
    if dep == "attr" and verb.lemma_.lower() == "be":
        # "One of the people killed was Ann Lee": the subject's status is the name's.
        subjects = [s for noun in _subjects(verb) for s in _noun_status(noun)]
        return subjects + fronted(verb) + _reduced_relative(verb)
    if dep == "ROOT":
        # "Ann Lee, 45, and her son, Bo Lee, 12, were killed" parsed with the name as the root
        # and the verb hung on it: the name is one of the verb's subjects.
        return [
            s
            for v in anchor.children
            if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") and has_subject(v)
            for s in _verbs_status(v, is_passive(v))
            if s[0] != "quoted"
        ]
    if dep not in ("nsubj", "nsubjpass"):
        return []
    if small_clause(verb):
        # "found Smith dead", "found Ann Vold shot in the chest": what was found is said of the
        # name as a passive, whatever the parser made of the small clause.
        if verb.lower_ in COMPLEMENT_STATUS:
            return [status_at(COMPLEMENT_STATUS[verb.lower_], verb)]
        status = verb_status(verb, passive=True)
        return [status_at(status, verb)] if status and status != "quoted" else []
    found: Found = []
    if verb.lemma_.lower() == "be":
        # "Smith was one of those killed", "Smith was among the dead"; "Dead are Smith, 24, and
        # Ann Lee", the fate parsed as a second subject.
        found += fronted(verb)
        for child in verb.children:
            if child.dep_ == "attr":
                found += _noun_status(child)
            if child.dep_ == "prep" and child.lower_ == "among":
                found += [s for g in child.children if g.dep_ == "pobj" for s in _noun_status(g)]
    return found + _verbs_status(verb, dep == "nsubjpass") + _identified_as(verb)


def _reduced_relative(copula: Any) -> Found:
    """ "Police said the man killed was Ann Lee": a participle right before a copula that has no
    subject is a reduced relative on the subject the parser gave the participle."""
    before = copula.doc[copula.i - 1] if copula.i > 0 else None
    if (
        before is None
        or before.tag_ != "VBN"
        or _subjects(copula)
        or any(c.dep_ == "dobj" for c in before.children)
    ):
        return []
    status = verb_status(before, passive=True)
    return [status_at(status, before)] if status and status != "quoted" else []


def _as_object(name: Any, verb: Any) -> Found:
    if is_passive(verb) or name.dep_ in ("npadvmod", "dep"):
        # A passive verb takes no object, and a person is no adverb: "are charged in the
        # killings of Bo Ray, 20, and Ann Lee" misparsed; the name continues the list of the
        # fate noun before it.
        return listed_after_fate(name, verb)
    status = None if denied(verb) else object_status(verb)  # "police did not arrest Smith"
    return ([status_at(status, verb)] if status else []) + _identified_as(verb)


def _identified_as(verb: Any) -> Found:
    """ "Smith was identified as the man who died", "Police identified Smith as the gunman": what
    is said of the noun the name is identified as."""
    if verb.lemma_.lower() != "identify":
        return []
    return [s for g in prep_objects(verb, _AS) for s in _noun_status(g)]


def _prep_object_status(anchor: Any, prep: Any) -> Found:
    """A name as the object of a preposition: "according to Smith", "identified as Smith", "the
    death of Smith", "along with Smith", "charges against Smith"."""
    head = prep.head
    if prep.lower_ == "to" and head.lower_ == "according":
        return [status_at("quoted", head)]
    if prep.lower_ == "as":
        nouns = identified_nouns(anchor)
        nouns += [g for noun in nouns for g in counted_before(noun)]
        said = [s for noun in nouns for s in _noun_status(noun) + _clause_status(noun)]
        return said + _by_coroner(prep)
    if prep.lower_ == "of":
        return noun_fate(head)
    if prep.lower_ == "with" and head.lower_ == "along" and head.head.i != head.i:
        # "Along with Ann Vold, those killed were ...": what the clause says of its subject.
        clause = head.head
        subjects = _subjects(clause)
        passive = any(s.dep_ == "nsubjpass" for s in subjects)
        said = [s for noun in subjects for s in _noun_status(noun)]
        return said + [s for s in _verbs_status(clause, passive) if s[0] != "quoted"]
    if prep.lower_ == "against" and head.lemma_.lower() == "charge":
        return [status_at("charged", head)]  # "filed charges against Smith"
    return []


def _verbs_status(verb: Any, passive_subject: bool) -> Found:
    """A subject's statuses from its verb and the verbs coordinated with it."""
    found = []
    verbs = [verb] + [c for c in verb.conjuncts if not has_subject(c)]
    # "fled before turning the gun on himself", "shot and killed his wife before killing
    # himself": a gerund clause without a subject of its own has its verb's.
    clauses = [
        g
        for v in verbs
        for c in v.children
        for g in ([c] if c.dep_ == "advcl" else c.children if c.dep_ == "prep" else [])
        if g.dep_ in ("advcl", "pcomp") and g.tag_ == "VBG"
    ]
    for v in verbs + clauses:
        if v.i != verb.i and v.dep_ in ("advcl", "pcomp") and has_subject(v):
            continue
        # "was arrested and charged" shares the passive; "was shot and died" does not.
        shared = passive_subject and (v.i == verb.i or v.tag_ == "VBN")
        status = verb_status(v, passive=shared or is_passive(v))
        if status:
            found.append(status_at(status, v))
    return found


def set_off_participle(span: Any) -> Found:
    """ "Willie Lee, also found murdered, ...", "Ann Vold, shot in the chest, ...": a participle
    set off by a comma right after the name is said of it, whatever the parser hung it on. A
    clause with a subject or an object of its own is no participle of the name."""
    doc = span.doc
    at = span.end
    if at >= len(doc) or doc[at].text != ",":
        return []
    at += 1
    if at + 1 < len(doc) and doc[at].like_num and doc[at + 1].text == ",":
        at += 2  # "Ann Vold, 23, was arrested"
    # "the suspect, Ann Vold, was arrested" with the name cut off from its verb by the parser.
    while at < len(doc) and (doc[at].tag_ == "RB" or doc[at].dep_ in ("aux", "auxpass")):
        at += 1  # "also", "later", "fatally", "was", "has been"
    if at >= len(doc) or doc[at].tag_ not in ("VBN", "VBD"):
        return []
    verb = doc[at]
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return []
    status = verb_status(verb, passive=True)
    return [status_at(status, verb)] if status and status != "quoted" else []


def headline_passive(root: Any) -> Found:
    """ "Gerald Moss killed in Elm Street shooting", "Moss charged with murder": a headline
    drops the "was", so its subject's past participle without an object is a passive."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.tag_ not in ("VBD", "VBN") or _objects(verb):
        return []
    status = verb_status(verb, passive=True)
    return [status_at(status, verb)] if status and status != "quoted" else []


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _objects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]


def identified_nouns(root: Any) -> list[Any]:
    """The nouns a name is identified with (``_identified``) and the descriptions set beside
    them: "The victim, a 25-year-old man, was identified as Smith"."""
    nouns = _identified(root)
    return nouns + [c for n in nouns for c in n.children if c.dep_ == "appos" and c.pos_ == "NOUN"]


def _identified(root: Any) -> list[Any]:
    """The nouns a name is identified with: "The man killed was identified as Smith", "Police
    identified the 25-year-old victim as Smith": the name is what its noun is. "He was identified
    as Smith", "Police identified him as Smith": the pronoun stands for the subject of the sentence
    before ("A 20-year-old man was arrested. He was identified as Smith"), when that subject is
    not a name (a name would make two names of one man)."""
    anchor = restated_anchor(root)
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "as":
        return []
    noun = prep.head
    while noun.dep_ in ("relcl", "acl") and noun.head.pos_ == "NOUN":
        noun = noun.head  # "identified the man who was killed as Smith", "as" hung on "killed"
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() == "identify":
        # "identified the victim as Smith" with "as" hung on "victim"
        return [noun, *introduced_before(noun)]
    if prep.head.lemma_.lower() != "identify":
        return []
    if prep.head.dep_ == "acl" and prep.head.head.pos_ == "NOUN":
        # "The suspect, identified by police as Fells, ..."
        return [prep.head.head, *introduced_before(prep.head.head)]
    nouns = []
    for noun in _objects(prep.head):
        if noun.lower_ not in IDENTIFIED_PRONOUNS:
            nouns += [noun, *introduced_before(noun)]
        elif described := described_before(noun):
            nouns.append(described)  # "Relatives of the 25-year-old victim identified her as"
        elif noun.sent.start > 0:
            before = noun.doc[noun.sent.start - 1].sent
            nouns += [s for s in _subjects(before.root) if s.pos_ != "PROPN"]
    return nouns


def _by_coroner(prep: Any) -> Found:
    """ "The coroner identified the victim as Smith": whom a coroner or a medical examiner
    identifies is dead."""
    verb = prep.head if prep.head.lemma_.lower() == "identify" else prep.head.head
    if verb.lemma_.lower() != "identify":
        return []
    agents = _subjects(verb) + [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    for agent in agents:
        if any(t.lemma_.lower() in DEATH_OFFICIALS for t in agent.subtree):
            return [status_at("killed", verb)]
    return []


def _noun_status(noun: Any, own: bool = False, depth: int = 0) -> Found:
    """What a noun phrase says of the person it stands for: a participle ("the girl killed in the
    shooting"), a relative clause ("who died"), "the dead"; "one of the men who died" passes
    through "one of". ``own`` marks the name itself, whose relative clause may quote them
    ("Smith, who said ..."); a group's does not quote each member."""
    found = _participles(noun) + victim_of(noun)  # "the victim of a homicide"
    fate = GROUP_FATES.get(noun.lower_) or GROUP_FATES.get(noun.lemma_.lower())
    if not own and fate:
        found.append(status_at(fate, noun))  # "the deceased", "among the dead", "the injured"
    for c in noun.children:
        if not own and c.dep_ == "amod" and c.lower_ in COMPLEMENT_STATUS:
            # "the dead man", "a missing girl"
            found.append(status_at(COMPLEMENT_STATUS[c.lower_], c))
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        found += [s for s in _relative(clause) if own or s[0] != "quoted"]
    if depth == 0 and (noun.lower_ in PART_OF_WORDS or noun.like_num):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for group in (g for g in prep.children if g.dep_ == "pobj"):
                found += _noun_status(group, depth=1)
    if not own and not found:
        # "one of the victims", "among the victims": what the article tells of its victims
        found = told_fate(noun, group_said)
    return found


def group_said(noun: Any) -> Found:
    """What a group's noun phrase and clause say of it: "four women were killed"."""
    return _noun_status(noun, depth=1) + _clause_status(noun)


def _relative(clause: Any) -> Found:
    """ "who was arrested" gives its subject's status; "whom police arrested" its object's."""
    subjects = _subjects(clause)
    if any(s.tag_ in ("WP", "WDT") or s.lower_ == "that" for s in subjects) or not subjects:
        return _verbs_status(clause, any(s.dep_ == "nsubjpass" for s in subjects))
    status = object_status(clause)
    return [status_at(status, clause)] if status else []


def _participles(noun: Any) -> Found:
    """ "the girl killed in today's shooting": a past participle modifying the noun."""
    found = []
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            status = verb_status(child, passive=True)
            if status and status != "quoted":
                found.append(status_at(status, child))
    return found
