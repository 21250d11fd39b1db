"""A count of things a hyphened measure describes: "46 9-mm bullets", "20 5-foot poles",
"13 .38-caliber rounds".

The hyphen of "9-mm" joins the figure to its unit and makes one adjective of them (as "a 12-gauge
shotgun" does); it is no range dash between 46 and 9. Read as a range, "46 9-mm" was 9 mm to
46 mm, a length, and the 46 bullets never met the other article's "more than 30 bullets". The
words before the compound are the count; the compound says what kind of thing is counted.
"""

from __future__ import annotations

import re

from desktop.core.lexicon.compounds import MEASURE_COMPOUND_NOUNS

# The count, then a figure joined by a hyphen to a measure noun (and perhaps more hyphened words:
# "two 17-year-old boys"). The count may carry its hedge: "more than 30 9-mm rounds".
_COUNT_THEN_COMPOUND = re.compile(r"(?P<count>.*\S)\s+\.?\d[\d,.]*-(?P<noun>[a-z]+)(?:-[a-z]+)*")


def count_before_compound(raw: str) -> str | None:
    """The words of the count in "46 9-mm" ("46"), or None when no measure compound follows a
    count. ``raw`` is lowercase with single spaces."""
    match = _COUNT_THEN_COMPOUND.fullmatch(raw)
    if match is None:
        return None
    noun = match.group("noun")
    if noun not in MEASURE_COMPOUND_NOUNS and noun.removesuffix("s") not in MEASURE_COMPOUND_NOUNS:
        return None
    # The caller keeps it only when it reads as a plain count ("46", "two", "more than 30"),
    # never a measure of its own ("5 ft 9-inch").
    return match.group("count")
