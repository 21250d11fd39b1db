"""Nouns the entertainment and health pages use for one counted thing
(findings/counts/kindred_counts.py). Lowercase lemmas.

A touring band's "149 shows" are its "149 concerts"; a film's "six nods" are its "six
nominations"; a hospital's "30 medics" are its "30 doctors". The sentence model's table sets these
far apart (show/concert 0.16), as it sets any word of a trade's jargon from the plain word, so the
trade's own words are listed here, each with the thing it counts.
"""

from __future__ import annotations

COUNTED_THING: dict[str, str] = {
    **dict.fromkeys(["show", "concert", "gig", "performance"], "performance"),
    **dict.fromkeys(["nomination", "nod"], "nomination"),
    **dict.fromkeys(["episode", "installment", "instalment"], "episode"),
    **dict.fromkeys(["theater", "theatre", "cinema", "screen"], "cinema"),
    **dict.fromkeys(["doctor", "physician", "medic", "surgeon"], "doctor"),
}
