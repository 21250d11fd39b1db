"""What a sentence says a named person, place or body is: "Mr Berdymukhamedov, a former dentist"
(an appositive), "Qeshm ... is a free-trade zone", "the Red Sox were the frontrunners" (a noun
after "be" whose subject is a name).

Grammar calls these a predication that classifies its subject: the role, trade or kind it gives
the name is a fact of its own, the kind a reporter checks ("was he a dentist?"), and one article
may give it while the other never does. They are read off the parse here, while it is alive; the
findings decide which the other article lacks (``findings/untold/descriptions.py``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

# A classifying noun: an appositive of a name, or the noun after "be" (spaCy's "attr").
_APPOSITIVE = "appos"
_AFTER_BE = "attr"
# A clause may be the subject ("rushing this fix out is testimony to the danger"): then the
# noun classifies what the clause tells, not a name of the verb it is joined to.
_SUBJECTS = frozenset(["nsubj", "nsubjpass", "csubj", "csubjpass"])
# Entity labels of proper nouns that name no one: days, times and figures.
_NOT_NAMES = frozenset(["DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"])


@dataclass(frozen=True, slots=True)
class Description:
    """``start``..``end``: the noun phrase up to its head noun ("a former dentist"); ``head``: the
    head noun's lemma, lowercase; ``name``: where the name it describes stands (start, end)."""

    start: int
    end: int
    head: str
    name: tuple[int, int]
    sentence: int


def descriptions(sentences: list[Any]) -> list[Description]:
    """The descriptions of names in ``sentences`` (spaCy spans of one Doc: the kept sentences,
    numbered as the analysis numbers them)."""
    if not sentences:
        return []
    from spacy.attrs import DEP, POS
    from spacy.symbols import NOUN

    doc = sentences[0].doc
    strings = doc.vocab.strings
    wanted = {strings[_APPOSITIVE], strings[_AFTER_BE]}
    rows = doc.to_array([DEP, POS])
    # One bulk read of the parse; Token objects only for the few classifying nouns.
    candidates = [i for i, (dep, pos) in enumerate(rows.tolist()) if pos == NOUN and dep in wanted]
    out: list[Description] = []
    if not candidates:
        return out
    starts = [sent.start for sent in sentences]
    for i in candidates:
        n = bisect_right(starts, i) - 1
        if n < 0 or i >= sentences[n].end:
            continue  # a blank "sentence" the analysis does not number
        token = doc[i]
        if not token.text.isalpha():
            continue  # "Tulsa (bit.ly/Fairmontdeaths)": a link or a code describes nothing
        name = _described_name(token)
        if name is None:
            continue
        start = _phrase_start(token)
        out.append(Description(start, token.idx + len(token.text), token.lemma_.lower(), name, n))
    return out


def _described_name(noun: Any) -> tuple[int, int] | None:
    """The name ``noun`` classifies: the name it stands beside ("Smith, a teacher"), or the
    subject of its "be", through a verb joined to another ("Qeshm is the biggest island and is
    a free-trade zone"); None when it describes no name ("It was the beginning")."""
    if noun.dep_ == _APPOSITIVE:
        head = noun.head
        return _name_span(head) if _a_name(head) else None
    verb = noun.head
    if verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None  # "Verner wasn't a violent man" says what he is not
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects and _gerund_before(verb):
        return None
    while not subjects and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if subjects and _a_name(subjects[0]):
        return _name_span(subjects[0])
    return None


def _gerund_before(verb: Any) -> bool:
    """ "... and rushing this fix out is testimony": the conjunct just before the subjectless
    "be" is a gerund with no subject of its own. Its phrase is the subject of "be", which the
    parser joined to the verb before the "and" instead; the noun then classifies no name."""
    if verb.dep_ != "conj":
        return False
    before = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i]
    if not before:
        return False
    gerund = before[-1]
    return gerund.tag_ == "VBG" and not any(
        c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in gerund.children
    )


def _a_name(token: Any) -> bool:
    """A proper noun naming someone or something: not a day or a figure ("said Wednesday its
    main focus was ...": a weekday read as the subject)."""
    return bool(token.pos_ == "PROPN" and token.ent_type_ not in _NOT_NAMES)


def _name_span(token: Any) -> tuple[int, int]:
    """Where the whole name a proper noun ends stands: "Red Sox", not "Sox"."""
    first = token
    for child in token.lefts:
        if child.dep_ in ("compound", "flat") and child.pos_ == "PROPN":
            first = child
            break
    return first.idx, token.idx + len(token.text)


def _phrase_start(noun: Any) -> int:
    """Where the description's words begin: at its first word, or after the last name inside it
    ("Mary Lee's husband" is "husband": the name is a fact of its own, found and judged apart)."""
    first = noun.left_edge
    for token in noun.doc[noun.left_edge.i : noun.i]:
        if token.pos_ == "PROPN" or token.tag_ == "POS":
            first = token.nbor(1)
    return int(first.idx)
