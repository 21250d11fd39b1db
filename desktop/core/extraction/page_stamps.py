"""Dates a page prints about itself rather than the story: a stamp after "Updated" or "Posted",
and the date an embedded post carries after its author's handle."""

from __future__ import annotations

import re
from typing import Any

from desktop.core.datetimes.led_zones import led_zones
from desktop.core.lexicon import PAGE_WORDS


def page_stamp(span: Any) -> bool:
    before = span.doc[max(0, span.start - 2) : span.start]
    stamps = {t.lower_.rstrip(":") for t in before} & PAGE_WORDS
    # "at about 2045 GMT on Friday": the zone times the event, and the day is the event's.
    return bool(stamps and stamps - led_zones([t.lower_ for t in span.sent]))


def posted_on(span: Any) -> bool:
    """The date an embedded post carries after its author's handle ("— Kevin Clark (@kclark)
    February 5, 2017"): the day something was said, like "police said Sunday"."""
    # A few tokens, not Doc.text: that property rebuilds the whole article's text on each call.
    lead = span.doc[max(0, span.start - _HANDLE_REACH) : span.start].text
    return _POST_HANDLE.search(lead) is not None


# An embedded post's byline ends with its author's handle in brackets, right before its date.
_POST_HANDLE = re.compile(r"\(@\w+\)\s*$")
_HANDLE_REACH = 6  # tokens: "(", "@handle", ")" and a dash or two
