"""A club named by its city in one sentence and by its nickname in the other's copy of it: "The
Philadelphia Eagles beat the Dallas Cowboys 27-20" / "The Eagles defeated Dallas 27-20".

Each half of a club's name stands for the whole once an article has written the two together,
city then nickname ("the Dallas Cowboys", "the Toronto Maple Leafs"), so the city in place of
the nickname is one name retold, not another team swapped in. A nickname is a plural ("the
Cowboys"); a place's name before a body's ("the South Shore Cease Fire") makes no club. No list
of clubs is needed, and a city no article joins to a nickname stays a place that may differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import FindingKind, MentionType, Side

_HALVES = frozenset({MentionType.ORGANISATION, MentionType.PLACE})
_CLUB = MentionType.ORGANISATION
# Prepositions that make a town the place of something, not a club: "a fire in Boston".
_LOCATIVES = frozenset(["in", "at", "near", "outside", "from", "to", "into"])


def one_club(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """``fa`` and ``fb`` are the city and the nickname of one club whose whole name either
    article writes, the two words in a row."""
    if MentionType.ORGANISATION not in (fa.type, fb.type) or not {fa.type, fb.type} <= _HALVES:
        return False
    texts = left.document.text, right.document.text
    return any(
        _nickname(second.text) and written_together(first.text, second.text, text)
        for first, second in ((fa, fb), (fb, fa))
        for text in texts
    )


@lru_cache(maxsize=4096)
def _nickname(name: str) -> bool:
    """A club's nickname is a plural ("the Cowboys", "the Maple Leafs", "the Red Sox"): "the
    South Shore Cease Fire" or "the D.C. Superior Court" name a body of a place, no club."""
    last = name.split()[-1] if name.split() else ""
    return last[:1].isupper() and (
        (last.endswith("s") and not last.endswith("ss")) or last.endswith("Sox")
    )


# A word of a nickname of two words, between the city and the nickname's last word: "Maple" of
# "the Toronto Maple Leafs".
_NAME_WORD = re.compile(r"[A-Z][\w'.-]* ")


# Asked for each pair of a name and another article's mention (tens of thousands of times on two
# long articles), of a few hundred distinct names: each pair is looked for once.
@lru_cache(maxsize=16384)
def written_together(city: str, nickname: str, text: str) -> bool:
    """The text writes the city right before the nickname, one capitalised word between them
    allowed ("the Toronto Maple Leafs")."""
    if city.casefold() == nickname.casefold() or not city:
        return False
    opening = city + " "
    for at in _openings(city, text):
        if not text.startswith(opening, at):
            continue
        if at == 0 or not _word_character(text[at - 1]) or not _word_character(city[0]):
            after = at + len(opening)
            if _name_at(text, after, nickname):
                return True
            word = _NAME_WORD.match(text, after)
            if word is not None and _name_at(text, word.end(), nickname):
                return True
    return False


def _openings(city: str, text: str) -> Iterable[int]:
    """The places where ``city`` may open, in order: where its first word stands whole (each
    distinct pair is asked once, some 10,000 on two long articles, and a scan of the whole text
    for each cost more than the rest of the rule); everywhere it is found when it opens with a
    mark, which no whole word starts."""
    if _word_character(city[0]):
        first = _WORD_RUN.match(city)
        return _word_starts(text).get(first.group(), ()) if first is not None else ()
    return _found_at(text, city + " ")


def _found_at(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


# A word as the text's words are told apart: a run of the characters ``_word_character`` accepts
# (``\w`` is exactly those: letters, digits of any script, and the underscore).
_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _word_starts(text: str) -> dict[str, tuple[int, ...]]:
    """Where each whole word of the text starts, in order: a city with a word character first
    opens only where its first word stands whole (the character before it is none)."""
    starts: dict[str, list[int]] = {}
    for match in _WORD_RUN.finditer(text):
        starts.setdefault(match.group(), []).append(match.start())
    return {word: tuple(at) for word, at in starts.items()}


def _name_at(text: str, at: int, name: str) -> bool:
    """``name`` stands whole at ``at``: no word goes on after it."""
    end = at + len(name)
    return text.startswith(name, at) and (end == len(text) or not _word_character(text[end]))


def _word_character(char: str) -> bool:
    return char.isalnum() or char == "_"


def club_half_agreements(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    """ "the Cowboys" on one side and "Dallas" on the other, where an article writes "the Dallas
    Cowboys": one club both name, no name only one article gives. A half already linked to a
    name of its own kind on the other side is judged there, and a town told as a place ("a fire
    broke out in Boston") keeps its own verdict."""
    linked_right = set(links.values())
    drafts = []
    for side, mine, theirs, linked in (
        (Side.LEFT, left, right, set(links)),
        (Side.RIGHT, right, left, linked_right),
    ):
        halves = [f for f in theirs.facts if f.type in _HALVES]
        # Each distinct name of the other article is weighed once per key, not once per mention.
        distinct = {(g.text, g.type): g for g in reversed(halves)}
        nicknames = {told: _nickname(told[0]) for told in distinct}
        by_key: dict[str, list[Fact]] = {}
        for f in ledger.free(side, mine.facts):
            if f.type in _HALVES:
                by_key.setdefault(f.key, []).append(f)
        for key in sorted(by_key):
            if key in linked:
                continue
            facts = [f for f in by_key[key] if not _placed(mine, f)]
            if not facts:
                continue
            pairs = (
                (left, facts[0], right, None)
                if side is Side.LEFT
                else (left, None, right, facts[0])
            )
            # One of the two must be an organisation and one a nickname (``one_club``).
            mine_org, mine_nickname = facts[0].type is _CLUB, _nickname(facts[0].text)
            clubs = {
                told
                for told, g in distinct.items()
                if (mine_org or told[1] is _CLUB)
                and (mine_nickname or nicknames[told])
                and _one_club_of(pairs, g)
            }
            other = [g for g in halves if (g.text, g.type) in clubs]
            if not other:
                continue
            ledger.judge("club halves", **{side.value: facts})
            a, b = (facts, other) if side is Side.LEFT else (other, facts)
            drafts.append(
                Draft(
                    FindingKind.AGREE,
                    MentionType.ORGANISATION,
                    a,
                    b,
                    f"Both name one club, {a[0].text!r} on the left and {b[0].text!r} on the "
                    "right: an article writes the two together as its name.",
                    tuning.CLUB_HALVES_CONFIDENCE,
                )
            )
    return drafts


def _placed(analysis: Analysis, fact: Fact) -> bool:
    """A town named as where something is ("a fire broke out in Boston"), not as its club."""
    if fact.type is not MentionType.PLACE:
        return False
    before = [t for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start][-1:]
    return bool(before) and before[0].lower in _LOCATIVES


def _one_club_of(pairs: tuple[Analysis, Fact | None, Analysis, Fact | None], other: Fact) -> bool:
    left, fa, right, fb = pairs
    return one_club(left, fa or other, right, fb or other)
