"""Names the parser typed as nothing: "at a branch of the Marfin bank". A capitalised word inside
a sentence is a name whether or not the model tagged it, and one the other article never writes
is a fact only this article gives, like any named person or place.

Not a name: a headline's or a title-cased line's capitals, the first word of a sentence or of a
quote, a title or honorific before a name ("Gov."), a pronoun or other function word after a
colon ("He", "The"), and any run the parser already made a fact of.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from desktop.core.alignment.embed import default_table
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import iter_after
from desktop.core.findings.bookkeeping.assembly import Draft, only_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.names.told_bracketed_initials import initials_told_by_full_name
from desktop.core.findings.names.told_names import name_told_otherwise
from desktop.core.findings.untold.told import told_elsewhere
from desktop.core.lexicon.initialisms import COMMON_NOUN_INITIALISMS
from desktop.core.lexicon.titles import PERSON_TITLES
from desktop.core.model import MentionType, Side
from desktop.core.naming.eponyms import names_a_thing

# A run of capitalised words after a word and a space, joined by the small words names take.
# What stands before it is checked where a run is found (``iter_after``): a pattern opening with
# a lookbehind is tried at every character.
_AFTER_A_WORD = re.compile(r"(?<=[\w,] )")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|de|la)\s+)*[A-Z][\w'’-]*)*")
_CAPITAL = re.compile(r"\b[A-Z]")
_WORD = re.compile(r"\b[a-zA-Z]")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")


def untyped_names(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    drafts = []
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        their_text = theirs.document.text.lower()
        for fact in _names(mine):
            if (
                fact.text.lower() in their_text
                or ledger.judged(side, fact)
                or _told_as_a_name(fact, mine, theirs)
            ):
                continue
            ledger.judge("untyped name", **{side.value: [fact]})
            drafts.append(
                only_draft(
                    side,
                    [fact],
                    MentionType.OTHER,
                    f"Only the {side.value} article names {fact.text!r}; "
                    f"the {side.other.value} does not.",
                    0.6,
                )
            )
    return drafts


def _told_as_a_name(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The other article writes this name in another form, as it may any name the parser did
    type: by its initials or in full ("IRTC" / "Internationally Recognised Transit Corridor"),
    with a slip of the pen, in its plural. Read as the name of a body, the commonest kind the
    parser leaves untyped ("the Marfin bank")."""
    body = replace(fact, type=MentionType.ORGANISATION)
    return (
        told_elsewhere(body, theirs)
        or name_told_otherwise(body, mine, theirs)
        or initials_told_by_full_name(body, mine, theirs)  # "FDLS" misprints a defined "FLDS"
    )


def _names(analysis: Analysis) -> list[Fact]:
    table = default_table()
    if table is None:
        return []
    common = table.index
    text = analysis.document.text
    inside = bytearray(len(text) + 1)
    for fact in analysis.facts:
        inside[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)
    found = []
    for i, (sentence, tokens) in enumerate(
        zip(analysis.sentences, analysis.sentence_tokens, strict=True)
    ):
        line = text[sentence.start : sentence.end]
        if 2 * len(_CAPITAL.findall(line)) > len(_WORD.findall(line)):
            continue  # a headline or a title-cased line: capitals name nothing there
        for m in iter_after(_AFTER_A_WORD, _NAME_RUN, line):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            if inside.find(1, start, end) != -1:
                continue
            words = [t for t in tokens if start <= t.start < end]
            if not words or not any(t.content for t in words):
                continue  # "He", "The" after a colon
            if all(t.lower.rstrip(".") in PERSON_TITLES for t in words):
                continue
            if all(_common(w, common) for w in re.findall(r"[A-Za-z]+", m.group(0))):
                continue  # "Hall of Fame", "Birthday", "GPUs": common words, capitalised
            following = _WORD_AFTER.match(text, end)
            if names_a_thing(m.group(0), following.group(1) if following else None):
                continue  # "Molotov cocktails", "a Taser": a thing's name, not anyone's
            fact = Fact(start, end, m.group(0), MentionType.OTHER, "", i)
            fact.key, fact.value = f"name:{m.group(0).lower()}", m.group(0)
            found.append(fact)
    return found


def _common(word: str, common: Container[str]) -> bool:
    """A common word, or the initialism of a common noun in capitals, with a plural's small "s"
    or not ("GB", "HDDs", "TDs"; "IRS" is no plural of "IR")."""
    letters = word.removesuffix("s")
    return word.lower() in common or (
        letters.isupper() and letters.lower() in COMMON_NOUN_INITIALISMS
    )
