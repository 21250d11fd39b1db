"""A paragraph's opening words set in capitals: "FIRE crews from Tiverton were called", "POLICE are
hunting", "INITIAL results from the post-mortem".

British papers set the first word or two of a story in capitals, a typographic kicker. The small
model reads a word in capitals as a name ("FIRE" a person or an organisation); it is an ordinary
word. ``truecase`` gives back the case of whole shouted paragraphs only; this gives back the case
of a kicker, before the parser reads the text. An acronym opens a paragraph too ("ABC will
broadcast", "NATO forces"): a capitalised word is a kicker only when the article writes it in
lowercase elsewhere ("fire", "police") and never in capitals elsewhere ("the WHO said", "US
troops"). Only the case of letters changes, so every offset stays valid.
"""

from __future__ import annotations

import re

from desktop.core.extraction.truecase import run_cased

# The opening run of words in capitals ("A LARGE", "FIRE") and the lowercase word after it.
_KICKER = re.compile(r"^[\"'“‘]?((?:[A-Z][A-Z'\-]*[ \t]+)+)(?=[a-z])", re.M)
_WORD = re.compile(r"[A-Z][A-Z'\-]+")
# A run of this many words is a shouted phrase ("THREE PEOPLE HAVE DIED IN A BLAZE that ...",
# "WHEN PLANNING TO widen"), cased word by word as a shouted paragraph is (``truecase``); the
# same count makes a shouted paragraph there.
_PHRASE_WORDS = 3
# Shorter words in capitals are too often acronyms an article also writes as words ("US", "IT",
# "WHO" and "us", "it", "who"): only longer kicker words are given back their case.
_MIN_LETTERS = 4


def kickers_cased(text: str) -> str:
    """The text with each paragraph's kicker words in ordinary case (the first word keeps a
    capital, as a sentence's first word does)."""
    if _KICKER.search(text) is None:
        return text
    out = list(text)
    for match in _KICKER.finditer(text):
        if len(match.group(1).split()) >= _PHRASE_WORDS:
            out[match.start(1) : match.end(1)] = run_cased(text, *match.span(1))
            continue
        for word in _WORD.finditer(text, match.start(1), match.end(1)):
            if _ordinary(word.group(), text, word.start()):
                lower = word.group().lower()
                cased = lower.capitalize() if word.start() == match.start(1) else lower
                out[word.start() : word.end()] = cased
    return "".join(out)


def _ordinary(word: str, text: str, at: int) -> bool:
    if len(word) < _MIN_LETTERS:
        return False
    if re.search(rf"\b{re.escape(word.lower())}\b", text) is None:
        return False  # never written as an ordinary word: a name ("NATO") or an acronym
    return all(m.start() == at for m in re.finditer(rf"\b{re.escape(word)}\b", text))
