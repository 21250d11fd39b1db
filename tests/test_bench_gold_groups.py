"""A helper scores the read/check split by name, and cannot print the check group's lines."""

from __future__ import annotations

import pytest

from bench.gold import set_names
from bench.gold_groups import GROUPS, POOLED_ONLY, expand
from bench.quality import main


def test_every_group_names_packed_sets_and_no_set_sits_in_two_groups() -> None:
    named = [name for names in GROUPS.values() for name in names]
    assert set(named) <= set(set_names())
    assert len(named) == len(set(named))


def test_tune_groups_hold_no_held_out_set_and_the_held_groups_only_held_out_ones() -> None:
    for group in ("read", "check", "fresh-read", "fresh-check", "fresh-judge"):
        assert all(name.startswith("tune") for name in GROUPS[group])
    for group in ("held-ecb-gvc", "held-new-kinds"):
        assert all(name.startswith("held") for name in GROUPS[group])
    assert "read" not in POOLED_ONLY and "check" in POOLED_ONLY
    assert "fresh-read" not in POOLED_ONLY and "fresh-check" in POOLED_ONLY
    assert "fresh-judge" in POOLED_ONLY


def test_expanding_two_groups_keeps_their_order_and_each_set_once() -> None:
    assert expand(["read", "read"]) == list(GROUPS["read"])
    assert expand(["read", "check"]) == [*GROUPS["read"], *GROUPS["check"]]


def test_asking_for_the_check_groups_lines_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--group", "check", "--verbose"]) == 2
    assert "pooled figures only" in capsys.readouterr().out
