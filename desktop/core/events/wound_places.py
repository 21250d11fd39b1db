"""Where a clause says its victim was hit: "shot in the back and the leg", "a wound to the back of
the head" (the head), "struck his daughter in the mouth"; and, for a clause whose wound verb an
earlier clause gave, "another in the left ankle". The places are the regions of
``lexicon/wounds.BODY_PARTS``. Read by ``victim_harms``; the words are lowercase."""

from __future__ import annotations

from desktop.core.lexicon.wounds import BODY_PARTS, PART_QUALIFIERS, WOUND_WORDS

# How far after a wound word its place may be told: "struck his daughter in the mouth".
_REACH = 5
# Words of the one whose body it is, between "in/to" and the part.
_OWNERS = frozenset(["the", "his", "her", "both", "each", "one"])


# Every piece (between hyphens) of a body part's word: a run of words holding none of them
# names no part (``may_name_part``).
_PART_PIECES = frozenset(piece for word in BODY_PARTS for piece in word.split("-") if piece)


def may_name_part(token: str) -> bool:
    """False when no run of words holding this lowercase token names a body part."""
    return token in _PART_PIECES or (
        "-" in token and any(p in _PART_PIECES for p in token.split("-"))
    )


def wound_places(words: list[str]) -> tuple[frozenset[str], tuple[int, int]] | None:
    """The body parts the sentence says its victim was hit in, with the word span that says it:
    "shot in the back and the leg", "a wound to the back of the head" (the head)."""
    parts: set[str] = set()
    first, last = -1, -1
    for i, word in enumerate(words):
        if word not in WOUND_WORDS:
            continue
        for j in range(i + 1, min(i + 1 + _REACH, len(words) - 1)):
            if words[j] not in ("in", "to"):
                continue
            k, found = _part_list(words, j + 1)
            if found:
                parts |= found
                first = i if first < 0 else first
                last = max(last, k - 1)
            break
    return (frozenset(parts), (first, last)) if parts else None


def gapped_places(words: list[str]) -> tuple[frozenset[str], tuple[int, int]] | None:
    """The parts of a clause whose wound verb an earlier clause gave: "another, age 28, in the
    left ankle"."""
    for j, word in enumerate(words):
        if word in ("in", "to"):
            end, found = _part_list(words, j + 1)
            if found:
                return frozenset(found), (j, end - 1)
    return None


def _part_list(words: list[str], k: int) -> tuple[int, set[str]]:
    """The parts named from ``k`` on, joined by "and" or commas: "the right leg and back"."""
    found: set[str] = set()
    end = k
    while k < len(words):
        if words[k] in _OWNERS:
            k += 1
        while k < len(words) and words[k] in PART_QUALIFIERS:
            k += 1
        if k >= len(words) or words[k] not in BODY_PARTS:
            break
        part, k = _part_at(words, k)
        found.add(part)
        end = k
        if k < len(words) and words[k] in ("and", ","):
            k += 1
            continue
        break
    return end, found


def _part_at(words: list[str], k: int) -> tuple[str, int]:
    """The part at ``k`` and the index after it; "the back of the head" is the head."""
    if k + 2 < len(words) and words[k + 1] == "of":
        after = k + 2 + (words[k + 2] in _OWNERS)
        if after < len(words) and words[after] in BODY_PARTS:
            return BODY_PARTS[words[after]], after + 1
    return BODY_PARTS[words[k]], k + 1
