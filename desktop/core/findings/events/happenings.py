"""The happening a verb or its noun names: "shooting" and "shot", "struck" and "hit".

A gerund names its verb's happening ("the shooting" / "shot ... on Friday"); the verbs a reporter
uses for one happening fold to one word (``lexicon.happenings``); the words that name a count's
toll fold as everywhere else (``SLOT_SYNONYMS``: "killing" and "dead" both speak of deaths).
"""

from __future__ import annotations

from desktop.core.lexicon import SLOT_SYNONYMS
from desktop.core.lexicon.happenings import HAPPENING_VERBS

_GERUND = "ing"
# A stem shorter than this is a word of its own: "sing", "ring" are no gerunds of "s", "r".
_STEM_MIN = 3


def happening(word: str) -> str:
    """One word for the happening a slot word (a lemma) names."""
    if word.endswith(_GERUND) and len(word) - len(_GERUND) >= _STEM_MIN:
        word = word[: -len(_GERUND)]
    word = HAPPENING_VERBS.get(word, word)
    return SLOT_SYNONYMS.get(word, word)
