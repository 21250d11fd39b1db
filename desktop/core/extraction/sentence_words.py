"""Each kept sentence as a record (its span, attribution, hedge) and as words and tokens.

The content lemmas of a sentence score its alignment; all its tokens feed the inline diff.
Called by ``extract.analyse``.
"""

from __future__ import annotations

from typing import Any

from desktop.core.alignment.news_verbs import news_verb
from desktop.core.events.case_wording import case_word
from desktop.core.events.phrasal_deeds import phrasal_deed
from desktop.core.events.police_wording import condition_adverb, police_word
from desktop.core.extraction.facts import (
    Token,
    slot_word,
)
from desktop.core.extraction.parse_cache import (
    TokenRows,
    token_rows,
)
from desktop.core.lexicon import CONTENT_POS
from desktop.core.model import Sentence
from desktop.core.quoting.attribution import sentence_attribution


def sentence_record(sent: Any, text: str) -> Sentence:
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    attribution, hedged = sentence_attribution(sent)
    return Sentence(start, end, attribution, hedged)


def sentence_words(spans: list[Any]) -> tuple[list[list[str]], list[list[Token]]]:
    """Content lemmas per sentence (for scoring) and all tokens (for the inline diff)."""
    words: list[list[str]] = [[] for _ in spans]
    tokens: list[list[Token]] = [[] for _ in spans]
    if spans:
        rows = token_rows(spans[0].doc)
        for i, sent in enumerate(spans):
            _sentence_tokens(rows, sent.start, sent.end, words[i], tokens[i])
    return words, tokens


_NOUNS = frozenset({"NOUN", "PROPN"})


def _sentence_tokens(
    rows: TokenRows, start: int, end: int, words: list[str], tokens: list[Token]
) -> None:
    """Tokens ``start``..``end`` of the Doc, read from its rows (no Token object each)."""
    # Every token of both articles passes here: the rows' columns are looked up once.
    is_space, like_nums, pos, is_stop, is_punct = (
        rows.is_space,
        rows.like_num,
        rows.pos,
        rows.is_stop,
        rows.is_punct,
    )
    for i in range(start, end):
        if is_space[i]:
            continue
        content = ""
        like_num = like_nums[i]
        if (
            (pos[i] in CONTENT_POS or like_num or condition_adverb(rows, i))
            and not is_stop[i]
            and not is_punct[i]
        ):
            content = (
                phrasal_deed(rows, i, end)
                or case_word(rows, i, start, end)
                or news_verb(rows, i, start, end)
                or police_word(rows, i, start, end)
                or slot_word(rows.lemma[i])
            )
            words.append(content)
        tokens.append(
            Token(
                rows.idx[i],
                rows.end[i],
                rows.lower[i],
                "" if like_num else content,
                pos[i] in _NOUNS,
            )
        )
