"""The parser's entities as raw entities, trimmed and joined, with the ones it missed added.

Each entity keeps the shown text's own wording; ranks, articles and trailing punctuation are cut
(``_trim``), a range's or a ratio's first figure is joined back (``_joined``), page credits and
clock zones are dropped, and the figures, days and places the parser missed are found again.
What each name's occurrences say about its kind is noted for the label vote. Called by
``extract.analyse``.
"""

from __future__ import annotations

from typing import Any

from desktop.core.datetimes.missed_days import missed_month_days, missed_relative_days
from desktop.core.datetimes.weekday_parts import joined_day_parts
from desktop.core.extraction.credits import credits, picture_takers
from desktop.core.extraction.facts import (
    LABEL_TYPES,
    NAME_LABELS,
    RawEntity,
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
    parsed_entities,
    sentence_bounds,
)
from desktop.core.figures.changes.multiples import multiple_figures
from desktop.core.figures.changes.share_ratios import with_ratio_part
from desktop.core.figures.facts.product_sums import product_sums
from desktop.core.figures.numbers.fraction_scales import fraction_of_scale_figures
from desktop.core.figures.numbers.percent_labels import percent_label
from desktop.core.figures.numbers.storm_categories import category_figures
from desktop.core.figures.ranges.figure_bounds import with_leading_bound
from desktop.core.figures.ranges.range_starts import outside_ranges, with_range_start
from desktop.core.figures.ranges.stretch_overs import without_stretch_over
from desktop.core.lexicon import CLOCK_ZONES, PLACE_CUES
from desktop.core.locations.cut_places import whole_places
from desktop.core.locations.joined_places import joined_places
from desktop.core.naming.club_names import as_club
from desktop.core.naming.entity_types import (
    Evidence,
    gather,
    no_name,
    note_title,
    only_titles,
    person_label,
)
from desktop.core.naming.name_numerals import without_name_numeral
from desktop.core.naming.name_tail_figures import tail_count, without_tail_figure
from desktop.core.naming.names import fold, name_words
from desktop.core.naming.nicknamed_names import joined_nicknames
from desktop.core.naming.publication_names import joined_publication_names
from desktop.core.naming.rank_tokens import without_false_titles, without_ranks
from desktop.core.sport.missed_scores import missed_scores
from desktop.core.sport.streak_ordinals import streak_ordinals


def raw_entities(spacy_doc: Any, text: str, evidence: Evidence, kept: list[Any]) -> list[RawEntity]:
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
