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
    if not longs:
        return False
    by_opening = _short_forms_by_opening(theirs)
    return any(cut_from(s, w) for w in longs for s in by_opening.get(_opening(w), ()))


Opening = tuple[int, str]  # how many words, and the first word's first letter (lower case)


def _opening(long: tuple[str, ...]) -> Opening:
    return len(long), long[0].lower()[:1]


def _short_forms_by_opening(analysis: Analysis) -> dict[Opening, list[ShortForm]]:
    """The article's short forms by the only long names they can be cut from: ``cut_from`` wants
    one piece a word and the first piece opening the first word, so a short form of another word
    count or another first letter never passes. Each name used to be tried against every short
    form of the other article (40,000 tries on bench.speed's long pair for some 300 names)."""

    def read(a: Analysis) -> dict[Opening, list[ShortForm]]:
        out: dict[Opening, list[ShortForm]] = {}
        for form in _short_forms(a):
            out.setdefault((len(form.pieces), form.pieces[0].lower()[:1]), []).append(form)
        return out

    return analysis.derived("told_word_heads.short_forms_by_opening", read)


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
