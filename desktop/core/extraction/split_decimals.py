"""Decimals a sentence splitter broke apart: "$2. 6 million", "22. 4bn", "By 6. 30am". Copy that
went through such a tool (wire archives, the ECB+ corpus) puts a space after every full stop, so
"$2.6 million" reads as two dollars and six million; the same tools put one after every comma,
so "$1, 799" reads as one dollar and a count of 799. The shown text keeps its bytes; what is
mended is the parser's view (same length) and the text of a figure or a time being read."""

from __future__ import annotations

import re

# Units of measure a figure with decimals takes, written on or after a space: "up to 2. 7GHz",
# "a 4. 5 mile stretch". A sentence that ends on a number does not go on with a figure in one.
_UNITS = (
    "ghz|mhz|gb|mb|tb|km|kg|cm|mm|mph|kph|ft|lbs?|miles?|metres?|meters?|kilometres?|"
    "kilometers?|feet|inches|tonnes?|hectares?|acres?|litres?|liters?|gallons?"
)
# A broken decimal in running text: one to three digits (perhaps after a currency code written
# on, "Dh472. 72bn", "Rs45. 5 million"), ". ", one or two digits, then what such a figure takes (a
# scale, a unit, "am"/"pm"); without that, "in 1922. 4 people" stays two sentences.
_IN_TEXT = re.compile(
    r"(?<![\w.,])((?:[A-Z][A-Za-z]{0,2})?\d{1,3})\. (\d{1,2})(?=\s?(?:million|billion|bn|mn|m|am|pm|a\.m\.|p\.m\.|%|"
    rf"percent|per cent|{_UNITS})\b|-(?:million|billion)\b)",
    re.I,
)
# A decimal without its leading zero that a splitter broke after a word: "a blood alcohol content
# of. 09 percent". The leading zero marks it: no one writes nine percent as "09 percent".
_BARE_IN_TEXT = re.compile(r"(?<=[a-z])\. (0\d{1,2})(?=\s?(?:%|percent\b|per cent\b))", re.I)
# A sum's thousands a splitter broke after the comma: a currency sign (or a code written on,
# "Dh4, 275") and one to three digits, ", ", then groups of exactly three digits. Only after a
# sign: "in 1, 000 or so" may be a list, but no list of figures opens with a currency.
_THOUSANDS_IN_TEXT = re.compile(
    r"(?<![\w.,])((?:[£$€¥]|[A-Z][A-Za-z]{0,2}\$?)(?=\d))(\d{1,3})((?:, \d{3})+)(?![\d,])"
)
# Inside a figure's or a time's own words, ". " between digits can only be a broken decimal.
_IN_FIGURE = re.compile(r"(?<![\d.])(\d{1,3})\. (\d{1,2})(?!\d)")


def mended_for_parser(text: str) -> str:
    """The text with each broken decimal whole, the same length so that every offset the parser
    gives still points at the same words: the freed space becomes a zero that changes no value,
    after the decimals of a figure ("$2. 6 million" -> "$2.60 million"), before the hour of a
    time ("6. 30am" -> "06.30am") or before a sum's first digits ("$1, 799" -> "$01,799")."""

    def whole(match: re.Match[str]) -> str:
        after = text[match.end() : match.end() + 5].lstrip().lower()
        if after.startswith(("am", "pm", "a.m", "p.m")) and match.group(1)[0].isdigit():
            return f"0{match.group(1)}.{match.group(2)}"
        return f"{match.group(1)}.{match.group(2)}0"

    def thousands(match: re.Match[str]) -> str:
        groups = match.group(3).replace(" ", "")
        zeros = "0" * (len(match.group(3)) - len(groups))
        return f"{match.group(1)}{zeros}{match.group(2)}{groups}"

    text = _THOUSANDS_IN_TEXT.sub(thousands, text)
    return _BARE_IN_TEXT.sub(r" .\1", _IN_TEXT.sub(whole, text))


def joined(text: str) -> str:
    """A figure's or a time's words with a broken decimal joined: "2. 6 million" -> "2.6
    million"."""
    return _IN_FIGURE.sub(r"\1.\2", text)
