"""Values the page carries rather than the story: a telephone number's digits, the date of an
embedded post, a value on the line that stamps the page, digits inside a code. Two outlets print
their own, so a swap between two of them is no conflict about the event (``swaps``)."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon import PAGE_WORDS
from desktop.core.model import MentionType


def dialled(analysis: Analysis, fact: Fact) -> bool:
    """ "call Crimestoppers on 0800 555 111": digits inside a telephone number, however its
    groups are spaced, are no figure of the story."""
    text = analysis.document.text
    start, end = fact.start, fact.end
    while start > 0 and text[start - 1] in _DIAL_CHARS:
        start -= 1
    while end < len(text) and text[end] in _DIAL_CHARS:
        end += 1
    run = text[start:end]
    groups = re.findall(r"\d+", run)
    return len(groups) >= 2 and sum(len(g) for g in groups) >= _PHONE_DIGITS


# What a telephone number is written with between its digits: "0800 555 111", "(317) 262-8477".
_DIAL_CHARS = frozenset("0123456789 -.()")
# Digits a telephone number has at the least (a local number without its area code).
_PHONE_DIGITS = 7


def posted(analysis: Analysis, fact: Fact) -> bool:
    """ "— Kevin Clark (@kclark) February 5, 2017": the date an embedded post carries after its
    author's handle dates the post; outlets embed different posts in the same frame of words."""
    if fact.date is None and fact.type not in (MentionType.DATE, MentionType.TIME):
        return False
    text = analysis.document.text
    return _HANDLE.search(text, max(0, fact.start - _HANDLE_REACH), fact.start) is not None


# An embedded post's byline ends with its author's handle in brackets, right before its date.
_HANDLE = re.compile(r"\(@\w+\)\s*$")
# How far before a date its byline's handle is looked for: "(@" and a handle of at most 15
# characters (the service's limit), brackets and spaces, with room to spare. Not fitted.
_HANDLE_REACH = 40


def stamped(analysis: Analysis, fact: Fact) -> bool:
    """ "Posted: Tue 10:21 PM, Sep 15, 2015", "Friday, Sep 10, 2010 | Updated 9:28 AM EDT": a
    value on the line that stamps the page, which two outlets print on their own days."""
    text = analysis.document.text
    start = text.rfind("\n", 0, fact.start) + 1
    end = text.find("\n", fact.end)
    line = text[start : len(text) if end < 0 else end].lower()
    words = re.findall(r"[a-z]+", line)
    return bool(words) and (words[0] in PAGE_WORDS or _STAMP.search(line) is not None)


# "| Updated", "| Posted": a stamp set after the page's date.
_STAMP = re.compile(r"\|\s*(?:updated|posted|published)\b")


def page_stamp_line(analysis: Analysis, sentence: int) -> bool:
    """ "Published time: March 12, 2013 02:03", "Updated Friday": a line that dates the page,
    which two outlets print on their own days."""
    tokens = analysis.sentence_tokens[sentence]
    return bool(tokens) and tokens[0].lower in PAGE_WORDS


# Digits inside a clock time, a link, a handle, a road or station code ("10:40", "I-75",
# "WSB-TV2", "@news4"): a swap there is not a figure of the story changed.
_NOT_A_FIGURE = re.compile(r"\d:\d|[/@#]|[A-Za-z]-?\d|\d[A-Za-z]{3,}")


def digits_in_a_code(text: str) -> bool:
    """ "10:40", "I-75", "pic.twitter.com/x5", "@news4": the digits belong to a code."""
    return _NOT_A_FIGURE.search(text) is not None
