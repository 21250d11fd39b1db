"""Words that count a plural without a figure: "suitors were numerous", "several bidders".

"more than one interested bidder" and "at least two bidders" say no more than these do: there
were several. Only words that always count; "some" and "few" also weigh ("some say") or deny
("few expected"), so they are left out.
"""

from __future__ import annotations

PLURAL_COUNT_WORDS = frozenset({"numerous", "several", "many", "multiple", "various", "myriad"})
