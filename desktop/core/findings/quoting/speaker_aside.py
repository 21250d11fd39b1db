"""What a reported sentence tells, its speaker aside.

"She then opened fire on the others, Philadelphia Homicide Capt. James Clark said" reports that
she opened fire; who said so is a name of its own, one-sided or not by the name findings. When
the other article tells the claim ("returned with a .357 Magnum and opened fire"), the sentence
is no sentence "nothing on the other side tells", however the two name their sources. The
speaker clause is the linguist's attribution: a reporting verb with its subject at the tail
(", X said." / ", said X." / ", according to X.") or at the head ("Police said (that) ...",
"According to X, ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.extract import Token
from desktop.core.findings import tuning
from desktop.core.quoting.attribution import REPORTING_VERBS

# Marks that close off a speaker clause from the claim it reports.
_CLAUSE_MARKS = frozenset({",", '"', "”", "“", "''", "``", "—", "--", ":"})
_END_MARKS = frozenset({".", "!", "?", '"', "”", "''", "'", "’"})


def claim_tokens(tokens: Sequence[Token]) -> Sequence[Token] | None:
    """The tokens of the claim when the sentence names its speaker in a clause of its own at
    its tail or its head; None when it has no such clause."""
    return _before_tail(tokens) or _after_head(tokens)


def _before_tail(tokens: Sequence[Token]) -> Sequence[Token] | None:
    end = len(tokens)
    while end and tokens[end - 1].lower in _END_MARKS:
        end -= 1
    for cut in range(end - 1, max(0, end - tuning.SPEAKER_CLAUSE_WORDS - 2), -1):
        if tokens[cut].lower not in _CLAUSE_MARKS:
            continue
        if _reports(tokens[cut + 1 : end]) and _has_content(tokens[:cut]):
            return tokens[:cut]
        return None
    return None


def _after_head(tokens: Sequence[Token]) -> Sequence[Token] | None:
    if tokens and tokens[0].lower == "according":
        for cut, token in enumerate(tokens[: tuning.SPEAKER_CLAUSE_WORDS + 2]):
            if token.lower == ",":
                rest = tokens[cut + 1 :]
                return rest if _has_content(rest) else None
        return None
    for cut, token in enumerate(tokens[: tuning.SPEAKER_CLAUSE_WORDS + 1]):
        if token.lower in _CLAUSE_MARKS:
            return None  # a quote or an aside comes first: no plain "X said" head
        if token.content in REPORTING_VERBS and cut > 0:
            rest = tokens[cut + 1 :]
            if rest and rest[0].lower == "that":
                rest = rest[1:]
            return rest if _has_content(rest) else None
    return None


def _reports(tokens: Sequence[Token]) -> bool:
    return any(t.content in REPORTING_VERBS or t.lower == "according" for t in tokens)


def _has_content(tokens: Sequence[Token]) -> bool:
    return any(t.content and t.content not in REPORTING_VERBS for t in tokens)
