"""One scene told by two blocks of one street: "The shooting happened in the 2300 block of Elm
Street" / "in the 2700 block of Elm Street". A block told where something happened ("in", "at",
"to", "near" the block) on the same street in a sentence told alike is one place given two
numbers; a block told as where someone lives ("a resident of the 2500 block") may be another
person's home, and is left to the address rule."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.extract import Fact, Token

_SCENE_WORDS = frozenset(["in", "at", "to", "near", "on", "inside", "outside"])
_STREET_WORDS = 4  # "block of North Main Street": the block word, "of", and the street's name


def one_street_block(
    a_tokens: Sequence[Token], fa: Fact, b_tokens: Sequence[Token], fb: Fact
) -> bool:
    """Both figures are blocks of the same street, each told as where something happened."""
    (before_a, after_a), (before_b, after_b) = _around(a_tokens, fa), _around(b_tokens, fb)
    return (
        after_a == after_b
        and after_a[:2] == ["block", "of"]
        and all(
            len(b) == 2 and b[0] in _SCENE_WORDS and b[1] == "the" for b in (before_a, before_b)
        )
    )


def _around(tokens: Sequence[Token], fact: Fact) -> tuple[list[str], list[str]]:
    before = [t.lower for t in tokens if t.end <= fact.start][-2:]
    after = [t.lower for t in tokens if t.start >= fact.end][: _STREET_WORDS + 1]
    return before, after
