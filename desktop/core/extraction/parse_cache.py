"""What later passes read off a parse, read once per spaCy Doc and kept on it (``Doc.user_data``).

``Doc.text`` joins every token's text anew on each read (6 ms on a 15,000-word article), and a
Token object per word with a property call per attribute costs a Python call each: the passes
that walk every sentence (content words, attribution, a person's role words) read plain lists
filled by ``Doc.to_array`` in one bulk call instead. A Doc is never changed after the parse, so
what is kept stays true for as long as the Doc lives; a comparison ``release``s it when it is
done with the parse, so the Doc goes at once instead of waiting for the garbage collector.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

_TEXT_KEY = "crosscheck.text"
_ROWS_KEY = "crosscheck.token_rows"
_ENTS_KEY = "crosscheck.ents"
_SENTS_KEY = "crosscheck.sentence_bounds"
_INNER_KEY = "crosscheck.inner_words"


def parsed_text(doc: Any) -> str:
    """``doc.text``, joined once per Doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def release(doc: Any) -> None:
    """Drop what was kept on the Doc. The kept entities refer back to it, a cycle that only the
    garbage collector's sweep would free: released, the Doc and all it holds go at once."""
    doc.user_data.clear()


def keep_text(doc: Any, text: str) -> None:
    """Record ``text`` as the Doc's text, when the caller already holds the string spaCy read
    (the parse of one text, pieced together: the same characters, not joined again)."""
    doc.user_data[_TEXT_KEY] = text


def parsed_entities(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, read once per Doc: each read walks every token and makes a Span per entity
    anew, and half a dozen passes ask for them."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return tuple(ents)


@dataclass(frozen=True, slots=True)
class TokenRows:
    """One entry per token of a Doc, by token index: what ``Token`` would answer."""

    idx: list[int]  # Token.idx
    end: list[int]  # Token.idx + len(Token.text)
    lower: list[str]  # Token.lower_
    lemma: list[str]  # Token.lemma_
    pos: list[str]  # Token.pos_
    like_num: list[bool]
    is_stop: list[bool]
    is_punct: list[bool]
    is_space: list[bool]


def token_rows(doc: Any) -> TokenRows:
    """The Doc's ``TokenRows``, read on the first call and kept."""
    rows = doc.user_data.get(_ROWS_KEY)
    if rows is None:
        rows = doc.user_data[_ROWS_KEY] = _read_rows(doc)
    return rows


def _read_rows(doc: Any) -> TokenRows:
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LENGTH, LIKE_NUM, LOWER, POS

    if not len(doc):
        return TokenRows([], [], [], [], [], [], [], [], [])
    columns = doc.to_array([IDX, LENGTH, LOWER, LEMMA, POS, LIKE_NUM, IS_STOP, IS_PUNCT, IS_SPACE])
    # Column by column: the flags turned to booleans and the ends summed by numpy, not one
    # Python call per token and column (each article's tokens pass here once).
    idx, lower, lemma, pos = (columns[:, k].tolist() for k in (0, 2, 3, 4))
    like_num, stop, punct, space = (columns[:, k].astype(bool).tolist() for k in (5, 6, 7, 8))
    strings = doc.vocab.strings
    # A handful of parts of speech: each name looked up once.
    pos_names = {p: strings[p] if p else "" for p in set(pos)}
    # Words recur: each distinct form is looked up in the string store once, not per token.
    forms = {h: strings[h] for h in {*lower, *lemma}}
    return TokenRows(
        idx=idx,
        end=(columns[:, 0] + columns[:, 1]).tolist(),
        lower=[forms[h] for h in lower],
        lemma=[forms[h] for h in lemma],
        pos=[pos_names[p] for p in pos],
        like_num=like_num,
        is_stop=stop,
        is_punct=punct,
        is_space=space,
    )


def sentence_bounds(doc: Any, i: int) -> tuple[int, int]:
    """(start, end) of the sentence holding token ``i``: ``doc[i].sent`` and the ``.sent`` of a
    span opening at ``i``, by token index. spaCy walks the sentence-start flags from ``i`` and
    makes a Span anew on every read of ``.sent`` (some 25,000 reads on two long articles); the
    bounds are read off one list made per Doc."""
    bounds = doc.user_data.get(_SENTS_KEY)
    if bounds is None:
        bounds = doc.user_data[_SENTS_KEY] = _read_sentence_bounds(doc)
    if not bounds:  # sentences set by hooks, or none: ask spaCy (which says what is wrong)
        sent = doc[i].sent
        return sent.start, sent.end
    return bounds[i]


def _read_sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    """One (start, end) per token, as ``Span.sent`` finds them: a sentence opens at the first
    token and at each token flagged as a sentence start (1), and runs to the next such token."""
    from spacy.attrs import SENT_START

    hooked = "sent" in doc.user_span_hooks or "sents" in doc.user_hooks
    if hooked or "sent" in doc.user_token_hooks or not doc.has_annotation("SENT_START"):
        return []
    flags = doc.to_array(SENT_START).tolist()
    starts = [0, *(i for i in range(1, len(flags)) if flags[i] == 1), len(flags)]
    bounds: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(starts):
        bounds += [(start, end)] * (end - start)
    return bounds


def inner_words(doc: Any) -> frozenset[str]:
    """The texts of the Doc's tokens that do not open their sentence (``t.text`` of each ``t``
    with ``t.i != t.sent.start``), read once per Doc: asked whether a capitalised word is also
    written inside a sentence, a walk over every token made a ``Token`` and a sentence ``Span``
    per word of the article for each word asked about."""
    words = doc.user_data.get(_INNER_KEY)
    if words is None:
        rows, text = token_rows(doc), parsed_text(doc)
        words = doc.user_data[_INNER_KEY] = frozenset(
            text[rows.idx[i] : rows.end[i]]
            for i in range(len(rows.idx))
            if sentence_bounds(doc, i)[0] != i
        )
    return frozenset(words)
