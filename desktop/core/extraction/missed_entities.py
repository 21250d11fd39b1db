"""Entities the model did not tag, found again by their shape: a dateline's place ("PINE BLUFF,
Ark. —"), a figure counting a noun ("40 homes"), a 24-hour clock ("06:00 BST"), a sum with its scale
glued on ("30bn euros") or written out before a currency's name ("38 million pounds"); and a
numeral that names a model rather than counting ("AK-47").
``extract`` adds these to the entities the model gave.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.datetimes.clock import (
    clock_12_spans,
    clock_24_spans,
    with_approximators,
    worded_clock_spans,
)
from desktop.core.extraction.facts import RawEntity, entity_at
from desktop.core.extraction.parse_cache import parsed_entities, token_rows
from desktop.core.figures.numbers.group_counts import counted_by_group
from desktop.core.figures.numbers.number_words import a_scale_count, adjective_count, figure_token
from desktop.core.figures.numbers.set_counts import counted_by_set
from desktop.core.figures.numbers.single_units import SINGLE_UNIT
from desktop.core.figures.numbers.word_quantities import counts_what_follows
from desktop.core.figures.ranges.figure_bounds import with_leading_bound
from desktop.core.lexicon.counted_nouns import GROUP_COUNTS, ORDER_WORDS, SET_COUNTS
from desktop.core.lexicon.time_words import TIME_UNITS
from desktop.core.lexicon.votes import VOTE_WORDS
from desktop.core.naming.codes import follows_code, fused_code
from desktop.core.naming.entity_types import Evidence, datelines
from desktop.core.naming.names import fold
from desktop.core.persons.age_shapes import said_age_figure

# Labels of figures: what a code before a numeral ("AK-47") keeps from counting anything.
FIGURE_LABELS = frozenset(["CARDINAL", "QUANTITY"])

# A figure written with its scale glued on, as British and wire copy print sums ("30bn euros",
# "£5m", "$2.5bn"): the model often tags it an ordinal or nothing. A bare "m" is a scale only
# beside a currency ("a 5m wall" is metres).
_CURRENCY_WORD = r"\s+(?:euros?|dollars?|pounds?|yen|yuan|rupees?)\b"
_SCALED = re.compile(
    r"(?<![\w.,])(?:[£$€]\s?\d+(?:\.\d+)?(?:bn|tn|mn|m)\b"
    rf"|\d+(?:\.\d+)?(?:bn|tn|mn)\b(?:{_CURRENCY_WORD})?"
    rf"|\d+(?:\.\d+)?m{_CURRENCY_WORD}"
    # agree45: "worth an estimated 38 million pounds", "raised 24.7 million dollars": the scale
    # written out before a currency's name, which the model may leave untagged after an
    # "an estimated" it tags alone; the other article's "£38 million" must find it.
    rf"|\d+(?:\.\d+)? (?:million|billion|trillion){_CURRENCY_WORD})",
    re.IGNORECASE,
)


# A sum in figures with its currency sign and groups of thousands, as written ("£910,000") or
# with the space a sentence splitter puts after each comma ("£910, 000"): the parser's view of
# the latter ("£0910,000", split_decimals) is often left untagged, and a sign before figures
# makes a sum whatever the tagger made of them.
_SIGNED_THOUSANDS = re.compile(r"(?<![\w.,])[£$€]\d{1,3}(?:, ?\d{3})+(?:\.\d{1,2})?(?![\d,])")


def scaled_figures(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """Sums with a glued scale that no entity already covers: "slice 30bn euros from its
    deficit" must meet the other article's "30 billion euros"; and sums in thousands after
    their currency sign the model left untagged ("stole £910, 000 worth of jewellery")."""
    out = []
    matches = sorted(
        [*_SCALED.finditer(text), *_SIGNED_THOUSANDS.finditer(text)], key=lambda m: m.start()
    )
    for match in matches:
        start, end = match.span()
        if any(r.start < end and start < r.end for r in found):
            continue
        words = text[start:end]
        money = words[0] in "£$€" or re.search(_CURRENCY_WORD, words) is not None
        raw = entity_at(spacy_doc, text, sent_index, (start, end), "MONEY" if money else "CARDINAL")
        if raw is not None:
            out.append(raw)
    return out


def single_units(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """One unit of a measure told with "a" that no entity covers: "a foot of snow"."""
    out = []
    for match in SINGLE_UNIT.finditer(text):
        start, end = match.span()
        if any(r.start < end and start < r.end for r in found):
            continue
        raw = entity_at(spacy_doc, text, sent_index, (start, end), "QUANTITY")
        if raw is not None:
            out.append(raw)
    return out


def missed_clocks(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """24-hour clocks the model did not tag ("called at 06:00 BST"): British and wire copy give
    the time of an event so, and the other article's "6am" must find it. So too a 12-hour clock
    in figures the model left untagged ("at 8. 40am", its point broken by a sentence splitter):
    a clock by its shape, whatever the tagger made of the digits."""
    out = []
    # A 12-hour clock the model tagged in any way is read from that entity as before.
    untagged = [
        (start, end)
        for start, end in clock_12_spans(text)
        if not any(r.start < end and start < r.end for r in found)
    ]
    # "about 3 in the morning", of which the model tagged "about 3" a figure: the clock, the
    # longer, replaces it, as "1100" of "at 1100 hrs" is.
    worded = [
        (start, end)
        for start, end in worded_clock_spans(text)
        if not any(r.start < end and start < r.end and r.label == "TIME" for r in found)
    ]
    spans = sorted({*clock_24_spans(text), *untagged, *worded})
    for start, end in with_approximators(text, spans, {r.start for r in found}):
        # "1100" tagged a figure inside "at 1100 hrs": the clock, the longer, replaces it.
        if any(
            r.start < end and start < r.end and not start <= r.start < r.end <= end for r in found
        ):
            continue
        raw = entity_at(spacy_doc, text, sent_index, (start, end), "TIME")
        if raw is not None:
            out.append(raw)
    return out


def dateline_entities(
    spacy_doc: Any, text: str, sent_index: dict[int, int], evidence: Evidence
) -> list[RawEntity]:
    """The dateline's place names ("PINE BLUFF, Ark. —"), which the model rarely tags."""
    out = []
    for start, end in datelines(text):
        raw = entity_at(spacy_doc, text, sent_index, (start, end), "GPE")
        if raw is None:
            continue
        evidence.datelined.add(fold(raw.text))
        out.append(raw)
    return out


def missed_figures(spacy_doc: Any, text: str, sent_index: dict[int, int]) -> list[RawEntity]:
    """Figures the model did not tag: "magnitude at 5.9", "40 homes", "an additional six engines"
    (core/figures/numbers/number_words.py); only a decimal or a figure counting a noun, never a
    year."""
    covered = {i for ent in parsed_entities(spacy_doc) for i in range(ent.start, ent.end)}
    out = []
    from spacy.attrs import LIKE_NUM

    # Only the tokens that look like numbers are visited: one Token object per word is slow.
    for i in spacy_doc.to_array(LIKE_NUM).nonzero()[0]:
        tok = spacy_doc[int(i)]
        scale = a_scale_count(tok)  # "over a thousand homes"
        # "He was seventy.": an age in words said of a person, which the model may leave bare.
        aged = None if tok.i in covered else said_age_figure(tok)
        if tok.i in covered or not tok.like_num or not (figure_token(tok) or scale or aged):
            continue
        decimal = re.fullmatch(r"\d+\.\d+", tok.text) is not None
        counted = (tok.dep_ == "nummod" and tok.head.pos_ == "NOUN") or adjective_count(tok)
        if not (decimal or counted or aged) or re.fullmatch(r"(1[89]|20)\d\d", tok.text):
            continue
        if scale and tok.i - 1 in covered:
            continue
        span = aged if aged is not None else spacy_doc[tok.i - scale : tok.i + 1]
        if designation(span, text):
            continue
        # "less than 25 km", where the model tagged "less than" alone a figure
        span = with_leading_bound(span, "CARDINAL")
        label = "CARDINAL"
        if counted and tok.head.i == tok.i + 1 and tok.head.lemma_.lower() in TIME_UNITS:
            # "as many as 20 years behind bars": a span of time, read as the model reads "20 years"
            span, label = spacy_doc[span.start : tok.head.i + 1], "DATE"
        start, end = span.start_char, span.end_char
        sentence = sent_index.get(span.sent.start, 0)
        out.append(RawEntity(start, end, text[start:end], label, sentence, span))
    return out


def missed_orders(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """Words of an order of magnitude the model did not tag ("in scores of languages",
    "Millions of computers"): each counts what its "of" opens, as the "Dozens" it does tag, and
    the other article's "around 50 languages" or "2m users" must find it. Not a part taken from
    a whole ("hundreds of them")."""
    taken = {i for r in found for i in range(r.span.start, r.span.end) if r.span is not None}
    out = []
    # The words' lower-case forms read off the Doc's rows: a Token is made for an order word only.
    for i, lower in enumerate(token_rows(spacy_doc).lower):
        if i in taken or lower not in ORDER_WORDS:
            continue
        span = spacy_doc[i : i + 1]
        if counts_what_follows(span):
            start, end = span.start_char, span.end_char
            out.append(
                RawEntity(
                    start,
                    end,
                    text[start:end],
                    "CARDINAL",
                    sent_index.get(span.sent.start, 0),
                    span,
                )
            )
    return out


def designation(span: Any, text: str) -> bool:
    """A numeral right after a code in capitals ("AK-47 rifles", "an F-16") names a model or a
    flight, and one with a capital written onto it ("3G networks") a standard: it counts
    nothing, so "six AK-47 rifles" is six, never 47."""
    # The shown text, not ``span.doc.text``: a Doc rebuilds its text from every token on each call.
    if any(fused_code(text, tok.idx) for tok in span if tok.text[:1].isdigit()):
        return True  # "the growing 3G network", tagged "growing 3"
    return span[0].text[:1].isdigit() and follows_code(text, span.start_char)


# "ruled 5-4", "passed the Senate 68-32": two whole figures joined by a dash, the larger first,
# standing alone (not inside a date, a code or a decimal), in a sentence of a vote or a ruling
# (lexicon/votes.py); a game's score is left to the model and to the score passes.
# "68-32", "5–4", and "68 to 32" (a tally runs down; "5 to 7" runs up and is a range); probewar:
# "by 325 votes to 184", the noun of the tally between its figures, as British copy writes it.
_TALLY = re.compile(
    r"(?<![\w.,/:–-])(\d{1,3})(?:\s?[-–]\s?|\s+(?:votes?\s+)?to\s+)(\d{1,3})(?![\w/:–-]|[.,]\d)"
)


def missed_tallies(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """A vote or a ruling the model tagged by its first figure alone ("5" of "ruled 5-4"),
    as a date or a product ("68-32"), or not at all: the whole tally replaces that entity, so
    "5-4" meets "6-3" as one count of the vote and not as a lone "5"."""
    out = list(found)
    for match in _TALLY.finditer(text):
        if int(match.group(2)) >= int(match.group(1)):
            continue  # "18-24": a range, read as one elsewhere
        if text[max(0, match.start() - 5) : match.start()].lower() == "from ":
            continue  # "fell from 68 to 32": a change, not a tally
        start, end = match.span()
        inside = [r for r in out if r.start < end and start < r.end]
        if any(
            r.start < start or r.end > end or (r.label not in FIGURE_LABELS and r.start > start)
            for r in inside
        ):
            continue  # "Sept. 9-11", "AK-47": part of a longer name or date
        raw = entity_at(spacy_doc, text, sent_index, (start, end), "CARDINAL")
        if raw is not None and any(t.lemma_.lower() in VOTE_WORDS for t in raw.span.sent):
            out = [r for r in out if r not in inside] + [raw]
    return out


# "Reed, D-Ohio,", "(R-Texas)", "D-Calif.": a party's letter, a hyphen and a state's name.
_PARTY_TAG = re.compile(r"(?<=[(,] )([DRI])-(?=[A-Z][a-z]+\.?[,)])|(?<=\()([DRI])-(?=[A-Z][a-z]+)")


def party_tags(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """The party letter of a lawmaker's tag ("D" of "Reed, D-Ohio") names the party, as "a
    Democrat from Ohio" does: it replaces whatever the model made of the letter (a place "D")."""
    out = list(found)
    for match in _PARTY_TAG.finditer(text):
        start = match.start(1) if match.group(1) else match.start(2)
        inside = [r for r in out if r.start < start + 1 and start < r.end]
        if any(r.end > start + 1 for r in inside):
            continue  # the letter is part of a longer name the model found
        raw = entity_at(spacy_doc, text, sent_index, (start, start + 1), "NORP")
        if raw is not None:
            out = [r for r in out if r not in inside] + [raw]
    return out


def missed_groups(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """Small counts told by a noun of a group ("a pair", "a handful") the model did not tag,
    where the group counts the noun its "of" opens (group_counts.py)."""
    taken = {i for r in found for i in range(r.span.start, r.span.end) if r.span is not None}
    out = []
    for i, lower in enumerate(token_rows(spacy_doc).lower):
        if lower not in GROUP_COUNTS or i in taken or i - 1 in taken:
            continue
        if counted_by_group(spacy_doc[i]) is None:
            continue
        span = spacy_doc[i - 1 : i + 1]
        start, end = span.start_char, span.end_char
        sentence = sent_index.get(span.sent.start, 0)
        out.append(RawEntity(start, end, text[start:end], "CARDINAL", sentence, span))
    return out


def missed_sets(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """Counts told by a set word on its plural noun ("twin blasts") the model did not tag
    (set_counts.py)."""
    taken = {i for r in found for i in range(r.span.start, r.span.end) if r.span is not None}
    out = []
    for i, lower in enumerate(token_rows(spacy_doc).lower):
        if lower not in SET_COUNTS or i in taken or counted_by_set(spacy_doc[i]) is None:
            continue
        span = spacy_doc[i : i + 1]
        sentence = sent_index.get(span.sent.start, 0)
        out.append(RawEntity(span.start_char, span.end_char, span.text, "CARDINAL", sentence, span))
    return out
