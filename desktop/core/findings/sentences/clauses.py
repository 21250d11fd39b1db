"""The clauses of a sentence that joins two statements, and which of them the other article tells.

"Morgan was wrestled down to the canvas twice in the second, and his superior strength was
evident" makes two statements. When the other article tells the first ("the champion twice
wrestled his man to the canvas") and not the second, a yellow mark over the whole sentence says
"the other article does not report this" of the wrestling it did report: only the second clause
is one-sided. Clauses are cut where English joins two independent clauses: a comma before "and",
"but", "while", "whereas", "yet", "although" or "though", a semicolon, and "but" before a
determiner or a pronoun.

The parse's clauses (``extraction/parse_clauses.py``, read by lone_clauses and lone_circumstances)
are another cut, kept apart on purpose: they split a said clause from its speaker and a relative
clause from the clause around it, and run in pieces, where these cuts give whole runs of text
between two joints. On 40 tune ECB+ pairs these cuts split 102 sentences, the parse 660; only 34 of
the 102 in as many parts, and in 22 a part here cuts through a parse clause. Marking the parse's
clauses here instead changed 43 lines of those pairs' findings, so each pass keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning

# The joint between two clauses: ", and the ...", "; ...". A comma with "and" between list items
# ("hit, and killed, ...") is rare; a list of nouns before "and" has no comma in most styles.
# A concession after a comma is a statement of its own too (", though monetary details were kept
# quiet", ", although no gun was used"), and so is what follows "but" with no comma before it when
# a determiner or a pronoun opens it ("ferried the injured to hospital but the authorities say the
# rescue effort is winding down"): "but" before a bare word joins words ("small but loud"), and
# after "all" or "nothing" it means "except" ("all but the last").
_JOINT = re.compile(
    r",\s+(?:and|but|while|whereas|yet|although|though)\s+|;\s+"
    r"|(?<=[a-z])(?<!\ball)(?<!\bnothing)(?<!\banything)\s+but\s+"
    r"(?=(?:the|a|an|his|her|their|its|he|she|they|it|we|I|no)\s)"
)


def clauses(analysis: Analysis, i: int) -> list[tuple[int, int]]:
    """The sentence's clauses as (start, end) offsets in the article; one when it joins none."""
    sentence = analysis.sentences[i]
    text = analysis.document.text[sentence.start : sentence.end]
    cuts = [(m.start(), m.end()) for m in _JOINT.finditer(text) if not _list_end(text, m.start())]
    parts = []
    start = 0
    for cut_start, cut_end in cuts:
        parts.append((start, cut_start))
        start = cut_end
    parts.append((start, len(text)))
    return [(sentence.start + a, sentence.start + b) for a, b in parts if text[a:b].strip()]


# The last item of a list: "Facebook, Flickr, and MySpace.com", "red, green, or blue".
_LIST_JOINT = re.compile(r",\s+(?:and|or)\s")


def _list_end(text: str, at: int) -> bool:
    """The comma at ``at`` and its "and" close a list, not a clause: the stretch since the comma
    before is a list's item of at most LIST_ITEM_WORDS words ("Flickr"), no clause with a
    subject and a verb."""
    if not _LIST_JOINT.match(text, at):
        return False
    before = text.rfind(",", 0, at)
    return before >= 0 and len(text[before + 1 : at].split()) <= tuning.LIST_ITEM_WORDS


def clause_words(analysis: Analysis, i: int, clause: tuple[int, int]) -> list[str]:
    """Content words of one clause of sentence ``i``."""
    start, end = clause
    return [t.content for t in analysis.sentence_tokens[i] if t.content and start <= t.start < end]


def untold_clauses(
    analysis: Analysis, i: int, told: Callable[[tuple[int, int]], bool]
) -> list[tuple[int, int]] | None:
    """The clauses of sentence ``i`` the other article does not tell, when it tells another one;
    None when the sentence is one clause or the other article tells none of them (then the
    sentence is one-sided whole)."""
    parts = clauses(analysis, i)
    if len(parts) < 2:
        return None
    untold = [c for c in parts if not told(c)]
    if len(untold) == len(parts):
        return None
    return untold
