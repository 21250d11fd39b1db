"""The main clause of a sentence, apart from the adjunct of time or cause that sets its scene.

"Athens underground stations were shuttered as union members rallied on the eve of a vote on the
cuts" says the stations were shut; the "as" clause only says when. An article that tells the vote on
the cuts tells the scene, not the statement: two rare words it shares with the adjunct alone
("vote", "cuts") do not tell the sentence in part (sentence_details.told_in_details). Cut by words,
as findings/sentences/clauses.py cuts joined clauses: a leading adjunct runs to its first comma
("When he was arrested, police found ..."), a trailing one from its opener to the sentence's end."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Token
from desktop.core.lexicon.scene_words import (
    AS_NOT_CLAUSE_AFTER,
    AS_NOT_CLAUSE_BEFORE,
    SCENE_OPENERS,
)


def main_clause(analysis: Analysis, i: int) -> tuple[int, int]:
    """(start, end) offsets in the article of sentence ``i`` without its scene-setting adjuncts."""
    sentence = analysis.sentences[i]
    tokens = [t for t in analysis.sentence_tokens[i] if t.lower.strip()]
    start = sentence.start
    if tokens and _opens_scene(tokens, 0):
        comma = analysis.document.text.find(",", sentence.start, sentence.end)
        if comma != -1:
            start = comma + 1
    said = False
    for k, token in enumerate(tokens):
        if token.start < start:
            continue
        if said and _opens_scene(tokens, k):
            return start, token.start
        said = said or bool(token.content)
    return start, sentence.end


def _opens_scene(tokens: list[Token], k: int) -> bool:
    word = tokens[k].lower
    if word not in SCENE_OPENERS:
        return False
    if word != "as":
        return True
    before = tokens[k - 1].lower if k else ""
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return before not in AS_NOT_CLAUSE_BEFORE and after not in AS_NOT_CLAUSE_AFTER
