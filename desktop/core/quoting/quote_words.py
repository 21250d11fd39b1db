"""A quote's words as two quotes are compared: lower-cased, punctuation dropped, one spelling,
contractions and spoken forms spelled out, the editor's bracketed words left out, a clock time
or a share one word however it is printed.

A changed comma or capital, "neighbourhood" for "neighborhood", "we've" for "we have" and "gonna"
for "going to" are one outlet's house style, never a change in what was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from desktop.core.model import TextRange
from desktop.core.quoting.quote_forms import clock_times, clock_words
from desktop.core.quoting.quotes import Quote

# British and American spellings of one word ("neighbourhood", "organised", "centre",
# "travelled"): an outlet's house style, not a changed word. Applied to both wordings alike.
_SPELLINGS = (
    (re.compile(r"(?<=\w\w)our(?=\w*$)"), "or"),
    (re.compile(r"(?<=\w\w)is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w)ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w\w)tre(s?)$"), r"ter\1"),
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"fence$"), "fense"),
)
_WORD = re.compile(r"\w+(?:['’]\w+)*|\.\.\.|…")
ELLIPSIS = "…"
# An editor's insertion inside a quote: "(Tara Reid)", "[the mayor]".
_BRACKETED = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
_SENTENCE_END = re.compile(r"[.!?]")
# Contractions whose full form is unambiguous ("he's" may be "he is" or "he has": left as is).
_CONTRACTIONS = (("n't", "not"), ("'ve", "have"), ("'re", "are"), ("'ll", "will"), ("'m", "am"))
# Spoken forms one outlet transcribes and another spells out ("gonna" / "going to"): the same
# words said, never a misquote (common usage, not fitted to a pair).
_SPOKEN_FORMS = {
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "outta": ("out", "of"),
    "lemme": ("let", "me"),
    "gimme": ("give", "me"),
    "cannot": ("can", "not"),
    "cuz": ("because",),
}
# "'s" after a word and a spelled-out "is" ("Mya's" / "Mya is", "that's" / "that is") read as one
# word: a transcriber's choice. A possessive never stands where the other quote has "is", so the
# two cannot be confused in quotes of one utterance.
_IS = "'s"


@dataclass(frozen=True, slots=True)
class QuoteWords:
    norm: tuple[str, ...]
    ranges: tuple[TextRange, ...]
    # For each word, whether a sentence ends right before it (a full stop, "?" or "!" between it
    # and the word before; True for the first word).
    breaks: tuple[bool, ...] = ()
    named: tuple[bool, ...] = ()  # capitalised inside a sentence: part of a name


def quote_words(quote: Quote, text: str) -> QuoteWords:
    """The quote's words as compared: lower-cased, one spelling, contractions spelled out, and
    without the editor's words in brackets ("respect to her (Tara Reid) and her family")."""
    norm: list[str] = []
    ranges: list[TextRange] = []
    breaks: list[bool] = []
    named: list[bool] = []
    pieces = quote.pieces or (TextRange(quote.start, quote.end),)
    for piece in pieces:
        inserted = [m.span() for m in _BRACKETED.finditer(text, piece.start, piece.end)]
        # A clock time is one word however it is printed ("6:41pm", "18:41"): its token.
        clocks = {c.start: c for c in clock_times(text, piece.start, piece.end)}
        for m in _WORD.finditer(text, piece.start, piece.end):
            if any(a <= m.start() < b for a, b in inserted) or _whole_hour(
                text, m.start(), m.end()
            ):
                continue
            clock = clocks.get(m.start())
            if clock is None and any(c.start < m.start() < c.end for c in clocks.values()):
                continue  # the minutes or "pm" of a clock time already taken as one word
            if clock is not None:
                words = clock_words(clock.token)
                norm += words
                ranges += [TextRange(clock.start, clock.end)] * len(words)
                breaks += [bool(_SENTENCE_END.search(_before(text, ranges, len(words))))]
                breaks += [False] * (len(words) - 1)
                named += [False] * len(words)
                continue
            word = _spelled(m.group().lower().replace("’", "'"))
            if word == "cent" and norm and norm[-1] == "per":
                norm[-1] = "percent"  # "5 per cent" is "5 percent" in another house style
                ranges[-1] = TextRange(ranges[-1].start, m.end())
                continue
            if _plural_possessive(text, m.end(), word):
                word = f"{word[:-1]}'s"  # "populations'" sounds as "population's": one utterance
            before = text[ranges[-1].end : m.start()] if ranges else "."
            breaks.append(bool(_SENTENCE_END.search(before)))
            named.append(m.group()[:1].isupper() and not breaks[-1])
            norm.append(ELLIPSIS if word in ("...", ELLIPSIS) else word)
            ranges.append(TextRange(m.start(), m.end()))
            # "we've" is "we have" as another outlet may print it: the same words, not a change.
            for ending, full in (*_CONTRACTIONS, (_IS, _IS)):
                if word.endswith(ending) and len(word) > len(ending):
                    norm[-1:] = [word[: -len(ending)], full]
                    ranges.append(ranges[-1])
                    breaks.append(False)
                    named.append(False)
                    break
            else:
                spelled = _SPOKEN_FORMS.get(word, (_IS,) if word == "is" else (norm[-1],))
                norm[-1:] = list(spelled)
                ranges += [ranges[-1]] * (len(spelled) - 1)
                breaks += [False] * (len(spelled) - 1)
                named += [named[-1]] * (len(spelled) - 1)
            if text[m.end() : m.end() + 1] == "%" and word[-1:].isdigit():
                # "5%" is "5 percent" as another outlet spells it: the sign is a word.
                norm.append("percent")
                ranges.append(TextRange(m.end(), m.end() + 1))
                breaks.append(False)
                named.append(False)
    return QuoteWords(tuple(norm), tuple(ranges), tuple(breaks), tuple(named))


def _before(text: str, ranges: list[TextRange], added: int) -> str:
    """The characters between the word before the ``added`` last ones and the first of them."""
    if len(ranges) <= added:
        return "."
    return text[ranges[-added - 1].end : ranges[-added].start]


def _whole_hour(text: str, start: int, end: int) -> bool:
    """ "6:00 p.m." prints "6 p.m." in another style: the zero minutes of a whole hour say
    nothing another outlet's quote leaves out."""
    return (
        text[start:end] == "00"
        and start >= 2
        and text[start - 1] in ":."
        and text[start - 2].isdigit()
    )


def _plural_possessive(text: str, end: int, word: str) -> bool:
    """ "the populations' anger": an apostrophe after a final s, ending the word."""
    after = text[end : end + 2]
    return (
        word.endswith("s")
        and len(word) > 2
        and after[:1] in ("'", "’")
        and not after[1:2].isalpha()
    )


@lru_cache(maxsize=16384)  # every quoted word, often the same ones: kept (bench.speed)
def _spelled(word: str) -> str:
    """One spelling for a word British and American print differently."""
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, loaded when quotes are first compared (the engine has spaCy
    loaded by then; the window imports this module without needing them)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def is_content_word(word: str) -> bool:
    """Whether a lower-cased word carries content: not a stop word ("there's" is "there")."""
    base = word.split("'", 1)[0]
    return word != ELLIPSIS and base not in _stop_words() and word not in _stop_words()
