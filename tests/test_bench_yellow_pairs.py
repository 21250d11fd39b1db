"""The hand-written pairs bench counts a yellow mark as wrong only outside the phrases that hold
a side's real one-sided facts, and a real one-sided fact as lost only when no mark touches it."""

from bench.yellow_pairs import DATA, judge
from tests.factories import finding, report

_TEXTS = ("Smith, 58, resigned on Friday.", "Smith stepped down on Friday in Ohio.")


def test_a_mark_inside_a_one_sided_phrase_is_right_and_one_outside_is_wrong() -> None:
    found = [
        finding(_TEXTS, "f1", "left_only", "number", left=["58"]),
        finding(_TEXTS, "f2", "left_only", "other", left=["resigned"]),
        finding(_TEXTS, "f3", "right_only", "place", right=["Ohio"]),
    ]
    wrong, lost = judge(report(_TEXTS, found), ["58"], ["Ohio", "stepped"])
    assert wrong == ["resigned"]
    assert lost == ["stepped"]


def test_every_pair_gives_two_articles_and_their_one_sided_phrases() -> None:
    import json

    pairs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    assert len(pairs) >= 15
    assert all(p["left"] and p["right"] and p["batch"] for p in pairs)
