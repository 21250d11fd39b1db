"""A line holding nothing but a place and a date is a dateline: "WASHINGTON, DC, April 28, 2009",
"WASHINGTON-April 27 -". It says where and on which day the report was filed, as a page's stamp
does, so two outlets' datelines a day apart are no two dates of the story."""

from __future__ import annotations

import re

from desktop.core.lexicon.time_words import MONTHS

# Month names whole, or cut to three letters and a point ("Jan.", "Sept." too) when longer.
_SHORT_MONTHS = [m[:3].capitalize() for m in MONTHS if len(m) > 4] + ["Sept"]
_MONTH = "|".join(m.capitalize() for m in MONTHS) + rf"|(?:{'|'.join(_SHORT_MONTHS)})\."
# The place opening in capitals as a dateline's does ("WASHINGTON, DC", "NEW YORK"; a headline's
# "Quake Hits Iran, April 27" does not), a comma or a dash, the month and day with or without the
# year, and a closing dash at most: nothing else on the line.
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][\w.'-]*){0,3}[ \t]*[,\-–—]+[ \t]*"
    rf"((?:{_MONTH})[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)[ \t]*[-–—]?[ \t]*$",
    re.M,
)


def dateline_dates(text: str) -> list[tuple[int, int]]:
    """Where the dates of the text's datelines stand."""
    return [m.span(1) for m in _DATELINE.finditer(text)]
