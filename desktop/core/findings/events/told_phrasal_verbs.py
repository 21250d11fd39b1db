"""A happening told in a phrasal verb ("stepped down", "gave himself up"): the verb in any form,
then its particle, so an article tells the happening with no word of its own."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache


def phrasal_verbs(
    phrases: Iterable[tuple[str, str]],
    pasts: Mapping[str, tuple[str, ...]],
    *,
    objects: Iterable[str] = (),
    not_before: Iterable[str] = (),
) -> re.Pattern[str]:
    """Any (lemma, particle) of `phrases`, the lemma in any form ("give" -> gives, giving, given,
    or "gave" from `pasts`), with one of `objects` between the two when given ("gave himself
    up"), and none of `not_before` after the particle ("stepped down the stairs" goes
    somewhere)."""
    between = "|".join(sorted(objects))
    unless = "|".join(sorted(not_before))
    return re.compile(
        "|".join(
            rf"\b(?:{_forms(lemma, pasts)})\s+"
            + (rf"(?:{between})\s+" if between else "")
            + rf"{particle}\b"
            + (rf"(?!\s+(?:{unless})\s)" if unless else "")
            for lemma, particle in sorted(phrases)
        ),
        re.I,
    )


@lru_cache(maxsize=128)
def told_by(pattern: re.Pattern[str], text: str) -> bool:
    """The text tells the happening `pattern` (from ``phrasal_verbs``) reads."""
    return pattern.search(text) is not None


def _forms(lemma: str, pasts: Mapping[str, tuple[str, ...]]) -> str:
    # "give" -> "giv\w*" (give, gives, giving, given) or "gave"; "stand" -> "stand\w*" or "stood".
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return "|".join([rf"{stem}\w*", *pasts.get(lemma, ())])
