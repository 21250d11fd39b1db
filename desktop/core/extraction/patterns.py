"""Regular expressions built from an article's own words ("Smith(?!\\w)"), compiled once.

``re`` keeps the last 512 patterns it compiled. A comparison of two long articles builds some 600
from their names and phrases, so each pattern fell out of that cache before it was asked for
again, and every later comparison (the pair compared again, or one article against a third)
compiled all of them anew, with the fixed patterns they had pushed out: some 60 ms of the
engine's work on two 15,000-word articles. Kept here, they are compiled once per session.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)  # some 600 per comparison of two long articles
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept for the session."""
    return re.compile(pattern, flags)
