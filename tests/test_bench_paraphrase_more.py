"""The paraphrase bench's wider sample: further pairs of one event's articles, each in its topic's
half, none already listed, one per event per round so no event fills the sample."""

from __future__ import annotations

from bench.paraphrase_more import PARTS, more_pairs, part_of
from bench.splits import HELD_OUT, TUNE


def _articles() -> dict[str, dict[str, str]]:
    ids = ["1_1ecb", "1_2ecb", "1_3ecb", "2_1ecb", "2_2ecb", "30_1ecb", "30_2ecb"]
    return {
        i: {"id": i, "topic": i.split("_")[0], "subtopic": i.split("_")[0] + "_ecb"} for i in ids
    }


def test_drawn_pairs_stay_in_their_half_and_skip_the_listed_ones() -> None:
    listed = [{"pair_id": "S01", "left": "1_1ecb", "right": "1_2ecb", "same_event": True}]
    drawn = more_pairs(_articles(), listed, TUNE, 10)
    pairs = {frozenset((p["left"], p["right"])) for p in drawn}
    assert frozenset(("1_1ecb", "1_2ecb")) not in pairs
    assert all(int(p["left"].split("_")[0]) <= 22 for p in drawn)
    assert len(drawn) == 3  # 1_1/1_3, 1_2/1_3 and 2_1/2_2
    assert [p["pair_id"] for p in drawn] == ["MT01", "MT02", "MT03"]
    assert [(p["left"], p["right"]) for p in more_pairs(_articles(), listed, HELD_OUT, 5)] == [
        ("30_1ecb", "30_2ecb")
    ]


def test_each_round_takes_one_pair_of_each_event() -> None:
    first_two = more_pairs(_articles(), [], TUNE, 2)
    assert {p["left"].split("_")[0] for p in first_two} == {"1", "2"}


def test_skip_passes_over_the_first_drawn_pairs_and_exclude_leaves_a_subtopic_out() -> None:
    everything = more_pairs(_articles(), [], TUNE, 10)
    later = more_pairs(_articles(), [], TUNE, 10, skip=1)
    assert [(p["left"], p["right"]) for p in later] == [
        (p["left"], p["right"]) for p in everything[1:]
    ]
    assert later[0]["pair_id"] == "MT02"  # ids keep their place in the whole draw
    kept = more_pairs(_articles(), [], TUNE, 10, exclude=frozenset({"2_ecb"}))
    assert all(not p["left"].startswith("2_") for p in kept) and len(kept) == 3


def test_excluded_articles_leave_their_pairs_out_before_the_skip() -> None:
    kept = more_pairs(_articles(), [], TUNE, 10, exclude_articles=frozenset({"1_3ecb"}))
    assert {(p["left"], p["right"]) for p in kept} == {("1_1ecb", "1_2ecb"), ("2_1ecb", "2_2ecb")}
    assert [p["pair_id"] for p in kept] == ["MT01", "MT02"]


def test_the_two_parts_split_one_draw_and_hold_every_pair_once() -> None:
    everything = more_pairs(_articles(), [], TUNE, 10)
    parts = [more_pairs(_articles(), [], TUNE, 10, part=part) for part in PARTS]
    assert sorted(p["pair_id"] for part in parts for p in part) == sorted(
        p["pair_id"] for p in everything
    )
    for name, part in zip(PARTS, parts, strict=True):
        assert all(part_of(p["left"], p["right"]) == name for p in part)
