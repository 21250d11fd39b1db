"""The shape of a figure around the words the model marked: the unit it left outside ("200" +
"ft"), the period that makes it a rate ("$4 million a year"), the telephone number it is part of
and the emergency line it dials ("called 911")."""

from __future__ import annotations

import re
from typing import Any

from desktop.core.extraction.parse_cache import parsed_text, sentence_bounds
from desktop.core.figures.changes.point_changes import points_after
from desktop.core.figures.numbers.feet_and_inches import inches_after_feet
from desktop.core.figures.numbers.values import is_currency_word, is_unit
from desktop.core.lexicon.count_words import (
    DIAL_VERBS,
    DIALLED_LINE_NOUNS,
    RATE_ADVERBS,
    RATE_PERIODS,
)
from desktop.core.lexicon.games import STRETCH_NOUNS


def rate_period(span: Any) -> str:
    """ "a year", "per season", "an hour", "annually" right after a figure: the period it is paid
    or counted in, or ""."""
    after = [t.lower_ for t in span.doc[span.end : span.end + 3]]
    if after[2:] and after[2] in _POINT_IN_TIME:
        return ""  # "from $2.1 billion a year earlier", "$5 million a year ago": when, not a rate
    after = after[:2]
    if after[:1] and after[0] in RATE_ADVERBS and not _attributive(span.doc[span.end]):
        return RATE_ADVERBS[after[0]]
    if after[:1] == ["/"] and not span.doc[span.end - 1].whitespace_ and after[1:] in _HOURS:
        return "hour"  # "packed 320 km/h winds": the model took the slash and hour outside
    if (
        len(after) == 2
        and after[0] in ("a", "an", "per", "each", "every")
        and after[1] in RATE_PERIODS
    ):
        # "€15m per season" is "15 million euros a year": a season of play comes once a year
        return "year" if after[1] == "season" else after[1]
    if _per_share(span):
        return PER_SHARE  # "$38.50 a share", "96 cents per share": a price of one share
    return ""


def _attributive(word: Any) -> bool:
    """ "450m monthly users", "two billion monthly active devices": a word of a rate set before
    a noun makes a kind of what is counted (the users who come each month), not the figure a
    rate; "paid $4,000 monthly" is one."""
    head = word.head
    return word.dep_ == "amod" and head.i > word.i and head.pos_ in ("NOUN", "PROPN")


def _per_share(span: Any) -> bool:
    """ "$38.50 a share", "96 cents per share", "the $25-per-share price"."""
    after = [t.lower_ for t in span.doc[span.end : span.end + 4] if t.text != "-"][:2]
    return len(after) == 2 and after[0] in ("a", "per", "each") and after[1] == PER_SHARE


# The unit a company's price, earnings or dividend is told per: "$38.50 a share" is no sum of
# $38.50 in all, and never meets the deal's total ("$4.2 billion").
PER_SHARE = "share"


def per_unit(span: Any) -> str:
    """The noun "per" makes a rate of after the noun the figure counts: "inch" for "220 pixels
    per inch", "contest" for "14.9 points per contest"; "" for a figure told as no rate."""
    root, doc = span.root, span.doc
    at = span.end
    if at < len(doc) and root.head.i == at and doc[at].pos_ == "NOUN":
        at += 1  # past the noun counted
    words = doc[at : at + 2]
    if len(words) < 2 or words[1].pos_ != "NOUN":
        return ""
    unit = words[1].lemma_.lower()
    if words[0].lower_ in _STRETCH_RATE_WORDS and unit in STRETCH_NOUNS:
        return unit  # "16.2 points a game", "eight rebounds each outing": per game
    if words[0].lower_ != "per":
        return ""
    return "" if unit in _NOT_PER_UNITS else unit


# Words after "a year", "a week" that make it a point in time, not the period of a rate: "from
# $2.1 billion a year earlier", "$5 million a month ago", "a week before".
_POINT_IN_TIME = frozenset(["earlier", "ago", "before", "later", "after", "previously", "prior"])
# The hour written after a slash: "km/h", "km/hr".
_HOURS = (["h"], ["hr"], ["hour"])
# Words that make a rate of a stretch of play as "per" does: "16.2 points a game".
_STRETCH_RATE_WORDS = frozenset(["a", "an", "each", "every"])
# "per cent" is a share, read as a percentage elsewhere, not a rate per anything.
_NOT_PER_UNITS = frozenset(["cent", "centum"])


# A telephone number as North American and most other news print them: "319-286-5491",
# "(501) 555-0142", "1-800-555-0199", "+44 20 7946 0958".
_PHONE = re.compile(
    r"(?:\+\d{1,3}[ .-]?)?(?:1[ .-])?(?:\(\d{2,4}\) ?|\d{2,4}[ .-])\d{3,4}[ .-]\d{4}(?!\d)"
)


def in_phone_number(span: Any) -> bool:
    sent = span.sent
    offset = sent.start_char
    text = parsed_text(span.doc)[offset : sent.end_char]
    return any(
        m.start() + offset <= span.start_char and span.end_char <= m.end() + offset
        for m in _PHONE.finditer(text)
    )


def clock_reading(span: Any) -> bool:
    """ "a layup with 4:12 left in the third quarter", "won the set 6:4": digits split by a colon
    read a clock (a game clock, a stopwatch) or a ratio, never a count; the count their first
    digits would make ("4") is no fact of the story."""
    return _CLOCK_READING.fullmatch(span.text.strip()) is not None


_CLOCK_READING = re.compile(r"\d{1,3}:\d{2}(?::\d{2})?")


def dialled_code(span: Any) -> bool:
    """ "called 911", "dial 999", "a 911 call": a short code of digits (an emergency line) as the
    object of a dialling verb or naming the call, not a count of anything."""
    if not re.fullmatch(r"\d{2,4}", span.text):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is not None and before.lemma_.lower() in DIAL_VERBS) or (
        after is not None and after.lemma_.lower() in DIALLED_LINE_NOUNS
    )


def with_unit(span: Any) -> Any:
    """Take in what the model left outside: "200" + "ft", "2" + ", 000ft" (a stray space), and a
    currency sign written onto the figure ("$" + "1.5" + "m": a sum, not a length)."""
    doc, end = span.doc, span.end
    start = span.start
    sent_end = sentence_bounds(doc, start)[1]
    if start > 0 and doc[start - 1].text in _CURRENCY_SIGNS and not doc[start - 1].whitespace_:
        start -= 1
    if (
        end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end].whitespace_
        and re.fullmatch(r"\d{3}\w*", doc[end + 1].text)
    ):
        end += 2
    if _hyphened_unit(doc, end) and doc[end + 1].i < sent_end:
        end += 1  # "86-yard": the hyphen that glues the unit on, then the unit below
    if (points := points_after(doc, end, sent_end)) != end:
        end = points  # "50" + "basis points", "half" + "a percentage point"
    elif _per_cent_at(doc, end, sent_end):
        end += 2  # "Sixty-five per cent": the two words of the unit the model left outside
    elif _described_unit(doc, end, sent_end):
        end += 2  # "1,450 receiving yards", "2,400 passing yards": a kind of the unit between
    elif (
        end < len(doc)
        and (_unit_token(doc[end]) or _glued_short_unit(doc, end))
        and doc[end].i < sent_end
    ):
        end += 1
        # "85m euros' worth": the scale glued on, then the currency named after it.
        if (
            doc[end - 1].lower_ in _SCALE_WORDS
            and end < len(doc)
            and is_currency_word(doc[end].lower_)
            and doc[end].i < sent_end
        ):
            end += 1
    end = inches_after_feet(doc, end, sent_end)  # "5ft 7in": one height
    if (
        doc[end - 1].lower_ in ("degree", "degrees")
        and end < len(doc)
        and doc[end].lower_ in _TEMPERATURE_SCALES
    ):
        end += 1  # "104 degrees Fahrenheit": the scale names the heat; the model tags it a body
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _per_cent_at(doc: Any, i: int, sent_end: int) -> bool:
    """ "per cent" in two words, the British spelling of "percent": one unit, not "per" + a coin."""
    return i + 1 < sent_end and doc[i].lower_ == "per" and doc[i + 1].lower_ == "cent"


_CURRENCY_SIGNS = frozenset(["$", "£", "€", "US$", "A$", "C$", "HK$"])
_TEMPERATURE_SCALES = frozenset(["fahrenheit", "celsius", "centigrade"])
_SCALE_WORDS = frozenset(["m", "mn", "bn", "tn", "million", "billion", "trillion"])


def _hyphened_unit(doc: Any, end: int) -> bool:
    """ "86" + "-" + "yard": a unit hyphened onto the figure as a compound modifier ("an
    86-yard run", "a 47-yd field goal") measures as "86 yards" does."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and is_unit(doc[end + 1].lower_)
    )


def ends_on_full_stop(span: Any) -> bool:
    """The figure's last token is a unit that took in the sentence's full stop ("$10m."): the
    stop is no part of the figure."""
    last = span[-1]
    return last.lower_.endswith(".") and not is_unit(last.lower_) and _unit_token(last)


def _glued_short_unit(doc: Any, end: int) -> bool:
    """ "a 6.7in display", "a 200g bar": the unit written on to its figure with no space is the
    unit, though "in" and "g" alone are mostly a word or a letter."""
    return (
        end > 0
        and not doc[end - 1].whitespace_
        and doc[end - 1].like_num
        and doc[end].lower_ in ("in", "g")
    )


def _described_unit(doc: Any, end: int, sent_end: int) -> bool:
    """A word of what kind right after the figure and a unit after it: "1,450 receiving yards",
    "612 rushing yards". The unit is the figure's, whatever word stands between."""
    word = doc[end] if end + 1 < sent_end else None
    if word is None or not word.is_lower:
        return False
    if word.tag_ not in ("VBG", "JJ") and not word.lower_.endswith("ing"):
        return False  # "receiving" may be tagged a noun
    return is_unit(doc[end + 1].lower_)


def _unit_token(token: Any) -> bool:
    """A unit, or a unit ending the sentence that took in its full stop ("cost $10m."): the
    tokenizer reads "m." as an abbreviation."""
    if is_unit(token.lower_):
        return True
    doc = token.doc
    last = all(t.is_space for t in doc[token.i + 1 : sentence_bounds(doc, token.i)[1]])
    # "for €60m. The 22-year-old": the tokenizer kept the full stop on "m." and ran the two
    # sentences together; a capital after it opens the next sentence all the same.
    opens_next = token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()
    return token.lower_.endswith(".") and (last or opens_next) and is_unit(token.lower_[:-1])


def names_a_model(span: Any) -> bool:
    """The year stands inside a noun phrase before a product's name: "a 2013 Toyota Camry", "his
    2010 Ford" (but "In 2013 Toyota recalled ...": a date, then the maker)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before is not None
        and before.pos_ in ("DET", "PRON")
        and after is not None
        and after.pos_ == "PROPN"
        and after.ent_type_ in ("ORG", "PRODUCT")
    )


_YEAR_MARKERS = frozenset({"AD", "BC", "BCE", "CE", "FY", "CY", "AH"})
_PRODUCT_CODE = re.compile(r"[A-Z]{2,5}")
_FOUR_DIGITS = re.compile(r"\d{4}")


def product_number(span: Any) -> bool:
    if not _FOUR_DIGITS.fullmatch(span.text.strip()) or span.start == span.sent.start:
        return False
    code = span.doc[span.start - 1].text
    return _PRODUCT_CODE.fullmatch(code) is not None and code not in _YEAR_MARKERS


def in_a_descriptive_compound(span: Any) -> bool:
    """ "a two-handed assault", "a three-pronged attack", "one-sided": the numeral is glued by a
    hyphen to a participle-like adjective and describes a shape or manner; it counts nothing
    the story tells ("a three-year deal", a hyphened noun, stays a figure)."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "-":
        return False
    if doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    after = doc[end + 1]
    return after.lower_.endswith("ed") and after.pos_ in ("ADJ", "VERB")


def a_word_of_a_name(span: Any) -> bool:
    """ "the Elite Eight", "the Final Four", "the Big Ten": English writes a number in letters
    with a capital only to open a sentence or inside a name, and a name counts nothing. Not in a
    headline, where every word has its capital ("Gunman Kills Three")."""
    if len(span) != 1 or not span[0].is_title or span[0].text[:1].isdigit():
        return False
    token = span[0]
    if token.is_sent_start or token.i == span.sent.start:
        return False
    before = span.doc[token.i - 1]
    if not (before.is_title and before.is_alpha) or before.i == span.sent.start:
        return False  # after a quote mark or a sentence's first word: an opening "Three"
    words = [t for t in span.sent if t.is_alpha]
    lower = sum(t.is_lower for t in words)
    return lower >= _PROSE_LOWER_SHARE * len(words)


# Share of a sentence's words in lower case from which it is prose, not a title-case headline.
_PROSE_LOWER_SHARE = 0.5
