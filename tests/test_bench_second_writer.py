"""The second-writer bench counts how far two writers agree on conflicts, and where the engine's
conflicts land, with the same overlap rules as the quality bench."""

from __future__ import annotations

from bench.scoring import Gold
from bench.second_writer import PairGold, tally
from desktop.core.model import FindingKind, TextRange
from tests.factories import finding

TEXTS = (
    "At least five people died when the ferry sank on Sunday off Bali, police said on Monday.",
    "At least three people were killed when the ferry went down on Sunday near Bali on Tuesday.",
)


def gold(kind: str, left: str, right: str) -> Gold:
    def where(text: str, quote: str) -> TextRange:
        start = text.index(quote)
        return TextRange(start, start + len(quote))

    return Gold(
        "P1",
        FindingKind(kind),
        "slot",
        left,
        right,
        True,
        where(TEXTS[0], left),
        where(TEXTS[1], right),
    )


TOLL = gold("conflict", "At least five people died", "At least three people were killed")
SANK = gold("agree", "the ferry sank on Sunday", "the ferry went down on Sunday")
SAID = gold("conflict", "police said on Monday", "near Bali on Tuesday")


def test_a_second_writer_who_calls_an_agreement_a_conflict_is_counted_on_the_agreement() -> None:
    pair = PairGold({}, "tune", (TOLL, SANK), (TOLL, SANK))
    t = tally(pair, [])
    assert (t.first, t.second, t.second_in_first, t.first_in_second) == (1, 2, 1, 1)
    assert t.second_on_agree == 1


def test_an_engine_conflict_only_the_second_writer_lists_is_right_against_either() -> None:
    day = finding(TEXTS, "c1", "conflict", "date", ["Monday"], ["Tuesday"])
    toll = finding(TEXTS, "c2", "conflict", "number", ["five"], ["three"])
    pair = PairGold({}, "tune", (TOLL, SANK), (SAID,))
    t = tally(pair, [day, toll])
    assert (t.engine, t.engine_first, t.engine_either) == (2, 1, 2)
    assert t.engine_on_agree == 0


def test_an_engine_conflict_on_an_agreement_neither_writer_contests_is_counted() -> None:
    sunk = finding(TEXTS, "c1", "conflict", "statement", ["ferry sank"], ["ferry went down"])
    t = tally(PairGold({}, "tune", (TOLL, SANK), (TOLL,)), [sunk])
    assert (t.engine, t.engine_either, t.engine_on_agree) == (1, 0, 1)
