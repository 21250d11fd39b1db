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

from desktop.core.alignment.news_verbs import news_verb
from desktop.core.datetimes.counted_days import date_counted_days
from desktop.core.datetimes.missed_days import missed_month_days, missed_relative_days
from desktop.core.datetimes.told_decades import whole_decades
from desktop.core.datetimes.weekday_parts import joined_day_parts
from desktop.core.events.case_wording import case_word
from desktop.core.events.phrasal_deeds import phrasal_deed
from desktop.core.events.police_wording import condition_adverb, police_word
from desktop.core.extraction.credits import credits, picture_takers
from desktop.core.extraction.facts import (
    LABEL_TYPES,
    NAME_LABELS,
    VALUE_TYPES,
    Fact,
    RawEntity,
    Token,
    make_fact,
    slot_word,
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
from desktop.core.extraction.missed_entities import (
    FIGURE_LABELS,
    dateline_entities,
    designation,
    missed_clocks,
    missed_figures,
    missed_groups,
    missed_orders,
    missed_sets,
    missed_tallies,
    party_tags,
    scaled_figures,
    single_units,
)
from desktop.core.extraction.parse_cache import (
    TokenRows,
    parsed_entities,
    parsed_text,
    sentence_bounds,
    token_rows,
)
from desktop.core.extraction.parse_clauses import ClauseParse, read_clauses
from desktop.core.figures.changes.multiples import multiple_figures
from desktop.core.figures.changes.partitive_wholes import mark_partitive_wholes
from desktop.core.figures.changes.share_ratios import with_ratio_part
from desktop.core.figures.counted.first_groups import whole_added_groups
from desktop.core.figures.facts.product_sums import product_sums
from desktop.core.figures.numbers.fraction_scales import fraction_of_scale_figures
from desktop.core.figures.numbers.percent_labels import percent_label
from desktop.core.figures.numbers.storm_categories import category_figures
from desktop.core.figures.numbers.values import parse_iso_date
from desktop.core.figures.ranges.figure_bounds import with_leading_bound
from desktop.core.figures.ranges.range_starts import outside_ranges, with_range_start
from desktop.core.figures.ranges.stretch_overs import without_stretch_over
from desktop.core.lexicon import CLOCK_ZONES, CONTENT_POS, PLACE_CUES
from desktop.core.lexicon.demonyms import DEMONYMS
from desktop.core.locations.cut_places import whole_places
from desktop.core.locations.joined_places import joined_places
from desktop.core.locations.place_parts import mark_place_parts
from desktop.core.model import Document, Sentence
from desktop.core.naming.club_names import as_club
from desktop.core.naming.common_nouns import without_common_nouns
from desktop.core.naming.descriptions import Description, descriptions
from desktop.core.naming.entity_types import (
    NO_NAME,
    VEHICLE_MAKE,
    WORK_TITLE,
    Evidence,
    gather,
    no_name,
    note_title,
    only_titles,
    person_label,
)
from desktop.core.naming.headline_names import confirmed_by_surname
from desktop.core.naming.initials_words import spell_out_initials
from desktop.core.naming.label_votes import vote_labels
from desktop.core.naming.name_numerals import without_name_numeral
from desktop.core.naming.name_tail_figures import tail_count, without_tail_figure
from desktop.core.naming.names import fold, name_words
from desktop.core.naming.nicknamed_names import joined_nicknames
from desktop.core.naming.publication_names import joined_publication_names
from desktop.core.naming.rank_tokens import without_false_titles, without_ranks
from desktop.core.persons.borrowed_surnames import surnames_written_alone
from desktop.core.persons.event_age_owners import own_event_ages
from desktop.core.persons.first_person_speakers import first_person_speakers
from desktop.core.quoting.attribution import sentence_attribution
from desktop.core.quoting.speaking_surnames import speaking_surnames
from desktop.core.sport.missed_scores import missed_scores
from desktop.core.sport.streak_ordinals import streak_ordinals

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
        _raw_entities(sd, d.text, evidence, spans)
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
        sentences = [_sentence_record(sent, document.text) for sent in spans]
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
        words, tokens = _sentence_words(spans)
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


def _raw_entities(
    spacy_doc: Any, text: str, evidence: Evidence, kept: list[Any]
) -> list[RawEntity]:
    """Entities with the shown text's own wording (the parser may have read a truecased copy).

    What each name's occurrences say about its kind is noted in ``evidence`` for the vote.
    """
    out = []
    # Numbered over the kept sentences: counting the blank ones too sent every later fact one
    # sentence too far (and past the last sentence: an IndexError).
    sent_index = {s.start: i for i, s in enumerate(kept)}
    dateline = dateline_entities(spacy_doc, text, sent_index, evidence)
    taken = [(d.start, d.end) for d in dateline]
    credited = credits(text) + picture_takers(text)
    ranges = [
        (w.start_char, w.end_char) for e in parsed_entities(spacy_doc) if (w := _joined(e)) != e
    ]
    for ent in parsed_entities(spacy_doc):
        note_title(ent, evidence, text)
        if ent.label_ == "PRODUCT":
            evidence.product.add(fold(ent.text))  # "Lightning" read as a product here
        if ent.label_ not in LABEL_TYPES:
            continue
        span = _trim(ent)
        if span is not None:
            span = with_leading_bound(_joined(span, ent.label_), ent.label_)
        if span is None or not outside_ranges(ranges, span.start_char, span.end_char):
            continue  # "Between 5" of "Between 5 and 7 inches": the range's own first figure
        if any(span.start_char < e and s < span.end_char for s, e in taken):
            continue
        if ent.label_ in ("PERSON", "ORG") and any(
            s <= span.start_char and span.end_char <= e for s, e in credited
        ):
            continue  # "By Dana Reed", "AP Photo/Dana Reed": the page's credit, not the story
        if ent.label_ in FIGURE_LABELS and designation(span, text):
            continue
        if ent.label_ in NAME_LABELS and span.text.lower() in CLOCK_ZONES:
            continue  # "06:00 BST": the zone of a clock, named by no one
        sentence = sent_index.get(sentence_bounds(span.doc, span.start)[0], 0)
        label = ent.label_
        if label == "PERSON" and span.start > 0 and spacy_doc[span.start - 1].lower_ in PLACE_CUES:
            label = "GPE"  # "the hospital in Bandar Abbas": people are rarely "in" someone
        span, label = as_club(span, label)  # "Real Madrid", "Leeds United": no town, no one
        label = percent_label(span, label)  # "between 40 and 80 percent" read as a date
        if label in NAME_LABELS and no_name(span, label):
            continue
        if label in NAME_LABELS:
            label = person_label(span, label)
            if label == "PERSON" and only_titles(span.text):
                continue  # "Sgt said": a rank names no one
            gather(span, label, evidence)
        start, end = span.start_char, span.end_char
        out.append(RawEntity(start, end, text[start:end], label, sentence, span))
        count = tail_count(ent) if ent.label_ in NAME_LABELS else None
        if count is not None:
            start, end = count.start_char, count.end_char
            out.append(RawEntity(start, end, text[start:end], "CARDINAL", sentence, count))
    out.extend(dateline)
    out.sort(key=lambda r: r.start)
    out = joined_day_parts(spacy_doc, text, out)
    out = joined_nicknames(spacy_doc, text, out, sent_index)  # "Earnest (Scoop) Fells"
    out = joined_publication_names(spacy_doc, text, out)  # "the Press Democrat newspaper"
    out = joined_places(spacy_doc, text, out, sent_index)  # "U.S. 61", "2100 N. Broadway"
    out = whole_places(spacy_doc, text, out, sent_index)  # "Merthyr" of "Merthyr Tydfil"
    out.extend(missed_figures(spacy_doc, text, sent_index))
    out.extend(missed_clocks(spacy_doc, text, sent_index, out))
    out.extend(missed_relative_days(spacy_doc, text, sent_index, out))  # "clashed last night"
    out.extend(missed_month_days(spacy_doc, text, sent_index, out))  # "on or around June 30"
    out.extend(scaled_figures(spacy_doc, text, sent_index, out))
    out.extend(product_sums(spacy_doc, text, sent_index))  # "PlayStation 4 to $299"
    out.extend(single_units(spacy_doc, text, sent_index, out))  # "a foot of snow"
    out = fraction_of_scale_figures(spacy_doc, text, sent_index, out)  # "a quarter of a million"
    out.extend(missed_orders(spacy_doc, text, sent_index, out))
    out.extend(missed_groups(spacy_doc, text, sent_index, out))  # "a pair of left hooks"
    out.extend(missed_sets(spacy_doc, text, sent_index, out))  # "twin blasts"
    out.extend(missed_scores(spacy_doc, text, sent_index, out))  # "beat Liverpool 3-1"
    out.extend(streak_ordinals(spacy_doc, text, sent_index, out))  # "his 16th straight fight"
    out.extend(multiple_figures(spacy_doc, text, sent_index))  # "sales doubled"
    out = missed_tallies(spacy_doc, text, sent_index, out)  # "ruled 5-4", "passed 68-32"
    out = party_tags(spacy_doc, text, sent_index, out)  # "Reed, D-Ohio": the Democrats
    return category_figures(spacy_doc, text, sent_index, out)  # "a Category 4 storm"


def _joined(span: Any, label: str | None = None) -> Any:
    """The figure with the range's first figure or the ratio's part the parser cut off."""
    label = label or span.label_
    return with_ratio_part(with_range_start(span, label), label)


def _trim(ent: Any) -> Any | None:
    """Cut an entity at a line break and drop leading ranks, articles and trailing punctuation."""
    tokens = without_ranks(list(ent))  # "Sgt. Whitlow" is Whitlow; "Det." alone names no one
    for i, tok in enumerate(tokens):
        if "\n" in tok.text or (i < len(tokens) - 1 and "\n" in tok.whitespace_):
            tokens = tokens[: i + (0 if "\n" in tok.text else 1)]
            break
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        if ent.label_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT") and (
            tokens[0].lower_ in ("a", "an")
        ):
            break
        tokens = tokens[1:]
    if ent.label_ == "PERSON":
        tokens = name_words(without_false_titles(tokens))  # "Striker Leo Marsh" is Leo Marsh
    if ent.label_ in NAME_LABELS:
        tokens = without_tail_figure(tokens)
    else:
        tokens = without_stretch_over(without_name_numeral(tokens))  # "Xbox One last month"
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].text in ("'s",)):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return ent.doc[tokens[0].i : tokens[-1].i + 1]


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


def _sentence_record(sent: Any, text: str) -> Sentence:
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    attribution, hedged = sentence_attribution(sent)
    return Sentence(start, end, attribution, hedged)


def _sentence_words(spans: list[Any]) -> tuple[list[list[str]], list[list[Token]]]:
    """Content lemmas per sentence (for scoring) and all tokens (for the inline diff)."""
    words: list[list[str]] = [[] for _ in spans]
    tokens: list[list[Token]] = [[] for _ in spans]
    if spans:
        rows = token_rows(spans[0].doc)
        for i, sent in enumerate(spans):
            _sentence_tokens(rows, sent.start, sent.end, words[i], tokens[i])
    return words, tokens


_NOUNS = frozenset({"NOUN", "PROPN"})


def _sentence_tokens(
    rows: TokenRows, start: int, end: int, words: list[str], tokens: list[Token]
) -> None:
    """Tokens ``start``..``end`` of the Doc, read from its rows (no Token object each)."""
    # Every token of both articles passes here: the rows' columns are looked up once.
    is_space, like_nums, pos, is_stop, is_punct = (
        rows.is_space,
        rows.like_num,
        rows.pos,
        rows.is_stop,
        rows.is_punct,
    )
    for i in range(start, end):
        if is_space[i]:
            continue
        content = ""
        like_num = like_nums[i]
        if (
            (pos[i] in CONTENT_POS or like_num or condition_adverb(rows, i))
            and not is_stop[i]
            and not is_punct[i]
        ):
            content = (
                phrasal_deed(rows, i, end)
                or case_word(rows, i, start, end)
                or news_verb(rows, i, start, end)
                or police_word(rows, i, start, end)
                or slot_word(rows.lemma[i])
            )
            words.append(content)
        tokens.append(
            Token(
                rows.idx[i],
                rows.end[i],
                rows.lower[i],
                "" if like_num else content,
                pos[i] in _NOUNS,
            )
        )
