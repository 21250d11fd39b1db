"""A writer who lists a detail inside a statement both articles make sets a yellow floor no
engine can go under; the bench says how high it is."""

from __future__ import annotations

from bench.yellow_floor import floor


def _line(pair: str, kind: str, left: list[int] | None, right: list[int] | None) -> dict:
    return {"pair_id": pair, "kind": kind, "left_span": left, "right_span": right}


def test_a_left_detail_inside_an_agreed_quote_counts_and_one_outside_does_not() -> None:
    lines = [
        _line("P1", "agree", [100, 160], [40, 90]),
        _line("P1", "left_only", [120, 130], None),  # "on Tuesday" inside the agreed sentence
        _line("P1", "agree", [300, 340], [200, 240]),
        _line("P1", "left_only", [400, 420], None),  # a sentence of its own
    ]
    assert floor(lines) == (1, 2)


def test_a_detail_is_read_on_its_own_side_and_in_its_own_pair() -> None:
    lines = [
        _line("P1", "agree", [100, 160], [40, 90]),
        _line("P1", "right_only", [120, 130], None),  # no right span: nothing to overlap
        _line("P2", "left_only", [110, 150], None),  # another pair's offsets
    ]
    assert floor(lines) == (0, 1)
