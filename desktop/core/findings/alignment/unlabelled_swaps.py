"""Swapped values the language model saw no entity in: digits or a day changed in a sentence
otherwise the same ("the 2008-09 season" / "2007-09", "posted Monday afternoon" / "posted
Wednesday afternoon"). ``swaps.inline_conflicts`` reads them as facts of their own.
"""

from __future__ import annotations

from desktop.core.alignment.align import Replacement, SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_date, parse_number
from desktop.core.findings.bookkeeping.claims import furniture
from desktop.core.findings.bookkeeping.page_values import digits_in_a_code, page_stamp_line
from desktop.core.findings.counts.named_numbers import gauges
from desktop.core.findings.counts.numbered import label_run, two_kinds_labelled
from desktop.core.model import MentionType


def _gauge_run(analysis: Analysis, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in gauges(analysis.document.text))


def figures_swapped(
    left: Analysis, right: Analysis, pair: SentencePair, rep: Replacement
) -> tuple[list[Fact], list[Fact]]:
    """Digits changed where the model saw no entity ("the 2008-09 season" / "2007-09")."""
    texts = (
        left.document.text[rep.left_start : rep.left_end],
        right.document.text[rep.right_start : rep.right_end],
    )
    if not all(any(c.isdigit() for c in t) and len(t.split()) <= 3 for t in texts):
        return [], []
    places = ((left, rep.left_start, rep.left_end), (right, rep.right_start, rep.right_end))
    if any(digits_in_a_code(t) for t in texts) or len({label_run(*p) for p in places}) > 1:
        return [], []  # "No. 23" / "No. 32" is a changed label; a label against a count is not
    if two_kinds_labelled(places):
        return [], []  # "apartment 3" / "building 8": which apartment, which building
    if any(a < end and start < b for side, start, end in places for a, b in furniture(side)):
        return [], []  # "Copyright 2016" / "Copyright 2017": the page, not the story
    if len({_gauge_run(*p) for p in places}) > 1:
        return [], []  # "a 12-gauge shotgun" / "a .45-caliber handgun": two measures of a bore
    a = Fact(rep.left_start, rep.left_end, texts[0], MentionType.NUMBER, "", pair.left)
    b = Fact(rep.right_start, rep.right_end, texts[1], MentionType.NUMBER, "", pair.right)
    a.number, b.number = parse_number(texts[0]), parse_number(texts[1])
    if a.number is None or b.number is None:
        return [], []
    a.key, b.key = f"unlabelled:{texts[0]}", f"unlabelled:{texts[1]}"
    a.value, b.value = a.number.display(), b.number.display()
    return [a], [b]


def days_swapped(
    left: Analysis, right: Analysis, pair: SentencePair, rep: Replacement
) -> tuple[list[Fact], list[Fact]]:
    """A day changed where the model saw no date ("posted Monday afternoon" / "posted Wednesday
    afternoon"): a weekday or a month's day, written alike on both sides."""
    texts = (
        left.document.text[rep.left_start : rep.left_end],
        right.document.text[rep.right_start : rep.right_end],
    )
    if not all(len(t.split()) <= 3 for t in texts) or any(
        page_stamp_line(side, sentence)
        for side, sentence in ((left, pair.left), (right, pair.right))
    ):
        return [], []
    days = parse_date(texts[0], None), parse_date(texts[1], None)
    if not all(d is not None and (d.weekday is not None or d.day is not None) for d in days):
        return [], []  # a bare year or month ("Copyright 2016") is no day of the story
    facts = []
    for (start, end, sentence), text, day in zip(
        ((rep.left_start, rep.left_end, pair.left), (rep.right_start, rep.right_end, pair.right)),
        texts,
        days,
        strict=True,
    ):
        fact = Fact(start, end, text, MentionType.DATE, "", sentence, key=f"unlabelled:{text}")
        fact.date, fact.value = day, text
        facts.append(fact)
    return [facts[0]], [facts[1]]
