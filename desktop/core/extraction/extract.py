"""From spaCy's parse to facts: typed, normalised mentions with the context that says what they
count.

The small English pipeline slips in predictable ways: the same string gets different labels in one
article, headlines in Title Case are read as names, "Nagorno-Karabakh" becomes an organisation.
Labels are therefore voted across both articles, names the parser missed are found again by
string, and headline guesses are kept only when the body confirms them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar, cast

from desktop.core.datetimes.counted_days import date_counted_days
from desktop.core.datetimes.told_decades import whole_decades
from desktop.core.extraction.facts import (
    LABEL_TYPES,
    NAME_LABELS,
    VALUE_TYPES,
    Fact,
    RawEntity,
    Token,
    make_fact,
)
from desktop.core.extraction.mentions import (
    attach_ages,
    cluster_organisations,
    cluster_people,
    drop_overlaps,
    inherit_slots,
    nlp_view,
    own_ages,
    rescan_known_names,
)
from desktop.core.extraction.parse_cache import (
    parsed_text,
)
from desktop.core.extraction.parse_clauses import ClauseParse, read_clauses
from desktop.core.extraction.raw_entities import raw_entities
from desktop.core.extraction.sentence_words import sentence_record, sentence_words
from desktop.core.figures.changes.partitive_wholes import mark_partitive_wholes
from desktop.core.figures.counted.first_groups import whole_added_groups
from desktop.core.figures.numbers.values import parse_iso_date
from desktop.core.lexicon.demonyms import DEMONYMS
from desktop.core.locations.place_parts import mark_place_parts
from desktop.core.model import Document, Sentence
from desktop.core.naming.common_nouns import without_common_nouns
from desktop.core.naming.descriptions import Description, descriptions
from desktop.core.naming.entity_types import (
    NO_NAME,
    VEHICLE_MAKE,
    WORK_TITLE,
    Evidence,
    only_titles,
)
from desktop.core.naming.headline_names import confirmed_by_surname
from desktop.core.naming.initials_words import spell_out_initials
from desktop.core.naming.label_votes import vote_labels
from desktop.core.naming.names import fold
from desktop.core.persons.borrowed_surnames import surnames_written_alone
from desktop.core.persons.event_age_owners import own_event_ages
from desktop.core.persons.first_person_speakers import first_person_speakers
from desktop.core.quoting.speaking_surnames import speaking_surnames

__all__ = [
    "LABEL_TYPES",
    "NAME_LABELS",
    "VALUE_TYPES",
    "Analysis",
    "Fact",
    "Token",
    "analyse",
    "nlp_view",
]


T = TypeVar("T")


@dataclass(slots=True)
class Analysis:
    """One article as the engine sees it."""

    document: Document
    sentences: list[Sentence]
    sentence_words: list[list[str]]  # content lemmas per sentence, for alignment
    sentence_tokens: list[list[Token]]
    facts: list[Fact]
    reference_date: date | None
    # What later passes read off the text, the sentences and the facts' places, types and words,
    # kept once built (``derived``): these never change after ``analyse``. A fact's key and
    # number may (a pass re-reads a figure), so nothing built from those is kept here.
    _derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    descriptions: list[Description] = field(default_factory=list)  # "Smith, a former dentist"
    clause_parse: ClauseParse | None = None  # each sentence's clauses, read off the parse

    def derived(self, name: str, build: Callable[[Analysis], T]) -> T:
        """``build(self)``, built on the first call for ``name`` and kept for the next ones."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return cast(T, self._derived[name])

    def derived_with(self, name: str, others: tuple[object, ...], build: Callable[[], T]) -> T:
        """``build()``, kept for ``name`` and these other objects (a table, the other article):
        found again by their identity, never by ``id()``, which an object made later may reuse."""
        kept = cast(list[tuple[tuple[object, ...], T]], self._derived.setdefault(name, []))
        for owners, value in kept:
            if len(owners) == len(others) and all(
                a is b for a, b in zip(owners, others, strict=True)
            ):
                return value
        value = build()
        kept.append((others, value))
        return value


def analyse(docs: Sequence[Document], spacy_docs: Sequence[Any]) -> list[Analysis]:
    """Turn parsed documents into analyses; labels are voted across all of them together."""
    evidence = Evidence()
    spans_per_doc = [kept_sentences(sd) for sd in spacy_docs]
    raw_per_doc = [
        raw_entities(sd, d.text, evidence, spans)
        for sd, d, spans in zip(spacy_docs, docs, spans_per_doc, strict=True)
    ]
    votes = vote_labels((raw for raws in raw_per_doc for raw in raws), evidence)
    known = _known_names(raw_per_doc, votes)
    known.update(dict.fromkeys(evidence.datelined, "GPE"))
    per_doc = []
    for document, spacy_doc, raws, spans in zip(
        docs, spacy_docs, raw_per_doc, spans_per_doc, strict=True
    ):
        reference = parse_iso_date(document.date)
        sentences = [sentence_record(sent, document.text) for sent in spans]
        headline_end = _headline_end(spacy_doc)
        starts = [s.start for s in sentences]
        facts: list[Fact] = []
        for raw in raws:
            label = votes.get(fold(raw.text), raw.label)
            if label in (WORK_TITLE, VEHICLE_MAKE, NO_NAME):
                continue  # a film's title or a car's make, read as a name elsewhere
            if label == "PERSON" and only_titles(raw.text):
                continue  # "the Fire Marshal's office", voted a person: an office names no one
            in_headline = raw.start < headline_end
            if (
                in_headline
                and label in NAME_LABELS
                and fold(raw.text) not in known
                and not confirmed_by_surname(raw.text, label, known)
            ):
                continue  # a Title Case headline word the body never confirms
            fact = make_fact(raw, label, reference, starts)
            if fact is not None:
                fact.in_headline = in_headline
                facts.append(fact)
        per_doc.append((document, spans, sentences, headline_end, facts, reference))
    analyses = []
    for n, (document, spans, sentences, headline_end, facts, reference) in enumerate(per_doc):
        # A full name the other article names is found here too, wherever the model missed it.
        borrowed = [
            f
            for m, other in enumerate(per_doc)
            if m != n
            for f in surnames_written_alone(other[4], other[0].text) + _full_names(other[4])
        ]
        sentence_starts = [s.start for s in sentences]
        facts.extend(
            rescan_known_names(document.text, facts, known, sentence_starts, headline_end, borrowed)
        )
        # "Wolfe said ...": a lone surname that speaks, borne by a person of the other article.
        others = [f for m, other in enumerate(per_doc) if m != n for f in other[4]]
        facts.extend(
            speaking_surnames(spacy_docs[n], document.text, facts, others, sentence_starts)
        )
        # "Heffner told the AP, "I think ...": a lone "body" that says "I" is a person.
        swapped = first_person_speakers(
            spacy_docs[n], document.text, facts, others, sentence_starts
        )
        dropped = {id(body) for body, _ in swapped}
        facts[:] = [f for f in facts if id(f) not in dropped] + [p for _, p in swapped]
        facts.sort(key=lambda f: (f.start, -f.end))
        facts = drop_overlaps(facts)
        whole_decades(facts, document.text)  # "the mid 1930's": a decade, not the year 1930
        for fact in facts:
            # Quote the shown text, not the parser's truecased copy of it.
            fact.text = document.text[fact.start : fact.end]
        facts = without_common_nouns(facts, document.text)
        inherit_slots(facts)
        date_counted_days(facts, document.text)  # "on Friday ... two days later"
        whole_added_groups(facts, document.text)  # "killed two ... Another 12 were hurt"
        mark_partitive_wholes(facts, document.text)  # "Two of the five suspects"
        mark_place_parts(facts)  # "22 houses ... in the district", "10 houses ... in Takengon"
        attach_ages(facts, document.text)
        cluster_people(facts)
        cluster_organisations(facts)
        own_ages(facts)
        own_event_ages(facts)
        words, tokens = sentence_words(spans)
        spell_out_initials(words, facts, others)  # "HP" shares "Hewlett" and "Packard"
        said = descriptions(spans)
        analysis = Analysis(
            document,
            sentences,
            words,
            tokens,
            facts,
            reference,
            descriptions=said,
            clause_parse=read_clauses(spacy_docs[n], spans),
        )
        analyses.append(analysis)
    return analyses


def _full_names(facts: list[Fact]) -> list[Fact]:
    """Names of two or more capitalised words ("Alexya Mailea", "Fort Riley"), and the surname
    alone of a person so named ("Whitlow" after "Dana Whitlow"): specific enough to be the same
    name wherever the very words recur."""
    full = [
        f
        for f in facts
        if f.label in NAME_LABELS
        and len(f.text.split()) > 1
        and all(w[:1].isupper() for w in f.text.split())
    ]
    surnames = {f.last for f in full if f.label == "PERSON"}
    alone = [f for f in facts if f.label == "PERSON" and " " not in f.text and f.last in surnames]
    return full + alone


def kept_sentences(spacy_doc: Any) -> list[Any]:
    """spaCy's sentences less the whitespace-only ones; sentence numbers count these only."""
    text = parsed_text(spacy_doc)  # a sentence's text sliced from the Doc's, not joined anew
    return [sent for sent in spacy_doc.sents if text[sent.start_char : sent.end_char].strip()]


def _known_names(raw_per_doc: list[list[RawEntity]], votes: dict[str, str]) -> dict[str, str]:
    """Names seen outside any headline in either article, with their voted label."""
    known: dict[str, str] = {}
    for raws in raw_per_doc:
        headline_end = _headline_end(raws[0].span.doc) if raws else 0
        for raw in raws:
            if raw.label in NAME_LABELS and raw.start >= headline_end:
                folded = fold(raw.text)
                if raw.text[:1].isupper() and len(folded) > 2:
                    known[folded] = votes.get(folded, raw.label)
                    if votes.get(folded) == "PERSON" and " " in folded:
                        # "Aliyev" alone in a headline is the "Ilham Aliyev" of the body.
                        known.setdefault(folded.split()[-1], "PERSON")
    for demonym in DEMONYMS:
        known.setdefault(demonym, "NORP")
    return known


def _headline_end(spacy_doc: Any) -> int:
    """End offset of a Title Case first line without a full stop; 0 when there is none."""
    first = next(iter(spacy_doc.sents), None)
    if first is None:
        return 0
    text = first.text.strip()
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text)]
    if not words or (text.endswith((".", "?", '"')) and len(words) > 12):
        return 0
    capitalised = sum(1 for w in words if w[0].isupper())
    if len(words) >= 3 and capitalised / len(words) >= 0.6:
        return first.end_char
    return 0
