"""A name the other article writes with its words cut to their heads, or in full where this
one cuts them: "Mat-Maid" / "Matanuska Maid", "LiLo" / "Lindsay Lohan" (the forms:
``naming.word_heads``). One thing named two ways, so no yellow mark says the other article never
names it."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import NO_WORD_BEFORE, iter_after
from desktop.core.naming.names import bare_name
from desktop.core.naming.word_heads import BLEND_WORD, ShortForm, cut_from, short_form

_WORDS_AFTER = re.compile(r"(?:[ ][A-Z][a-z'’]+){1,2}(?![\w'’-])")
_WORD_END = r"(?![\w'’-])"


def word_heads_told(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The other article writes this name in full where this one cuts it ("Mat-Maid" /
    "Matanuska Maid"), or cuts it where this one writes it in full."""
    short = short_form(fact.text)
    if short is not None and _long_form_written(short, theirs.document.text):
        return True
    longs = {tuple(bare_name(fact.text).split()), _with_words_after(fact, mine.document.text)}
    longs = {words for words in longs if len(words) >= 2}
    return bool(longs) and any(cut_from(s, w) for s in _short_forms(theirs) for w in longs)


def _with_words_after(fact: Fact, text: str) -> tuple[str, ...]:
    """The name with the capitalised words that follow it: the tagger may cut a name short
    ("Belmont" of "Belmont Dairy")."""
    after = _WORDS_AFTER.match(text, fact.end)
    return tuple(bare_name(fact.text + (after.group(0) if after else "")).split())


def _long_form_written(short: ShortForm, text: str) -> bool:
    """A run of capitalised words in ``text`` whose words the pieces open, in order."""
    parts = [re.escape(p) + r"[a-z'’]*" for p in short.pieces]
    if not short.blend:
        parts[-1] = re.escape(short.pieces[-1])
    pattern = compiled(r"\s+".join(parts) + _WORD_END)
    return any(cut_from(short, tuple(m.split())) for m in _matches(pattern, text))


def _matches(pattern: re.Pattern[str], text: str) -> list[str]:
    return [m.group(0) for m in iter_after(NO_WORD_BEFORE, pattern, text)]


def _short_forms(analysis: Analysis) -> list[ShortForm]:
    """The article's names that may be short forms, read once: its facts' texts, and its blends
    wherever they stand (the tagger may leave "LiLo" untyped)."""

    def read(a: Analysis) -> list[ShortForm]:
        texts = {f.text for f in a.facts} | set(BLEND_WORD.findall(a.document.text))
        forms = {short_form(t) for t in texts}
        return [f for f in forms if f is not None]

    return analysis.derived("told_word_heads.short_forms", read)
