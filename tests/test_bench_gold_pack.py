"""A gold set kept in the repository holds offsets, never article text, and reads back exactly."""

from __future__ import annotations

import json

import pytest

from bench.gold import GoldError, pack_line, unpack_line

ARTICLE = (
    "Ten people were killed.\nThe quake, of magnitude 5.9,  struck at dawn. Ten people were killed."
)
TEXTS = {"1_1ecb": ARTICLE, "1_2ecb": "A 6.1 quake struck. About 50 were hurt."}


def _line(**changes: object) -> dict[str, object]:
    line: dict[str, object] = {
        "pair_id": "X1",
        "left": "1_1ecb",
        "right": "1_2ecb",
        "kind": "conflict",
        "slot": "magnitude",
        "left_text": "of magnitude 5.9, struck",
        "right_text": "A 6.1 quake",
        "note": "",
        "debatable": False,
        "left_start": 35,
        "right_start": 0,
    }
    line.update(changes)
    return line


def test_a_packed_line_holds_no_quote_and_reads_back_the_same_words() -> None:
    packed = pack_line(_line(), TEXTS)
    assert "5.9" not in json.dumps(packed)
    assert packed["left_span"] == [35, 60]
    back = unpack_line(packed, TEXTS)
    assert back["left_text"] == "of magnitude 5.9,  struck"
    assert back["right_text"] == "A 6.1 quake" and back["right_count"] == 1


def test_a_quote_told_twice_keeps_the_occurrence_the_writer_pinned() -> None:
    late = ARTICLE.rindex("Ten people")
    packed = pack_line(_line(left_text="Ten people were killed", left_start=late), TEXTS)
    assert packed["left_span"][0] == late
    assert unpack_line(packed, TEXTS)["left_count"] == 2


def test_a_one_sided_line_keeps_its_missing_side_empty() -> None:
    packed = pack_line(_line(kind="right_only", left_text=None, left_start=None), TEXTS)
    back = unpack_line(packed, TEXTS)
    assert packed["left_span"] is None and back["left_text"] is None


def test_a_quote_not_in_its_article_is_refused_with_the_pair_named() -> None:
    with pytest.raises(GoldError, match="X1 right"):
        pack_line(_line(right_text="magnitude 7.2"), TEXTS)


def test_asking_for_a_gold_set_that_does_not_exist_names_it_and_the_sets_there(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bench.quality import main

    assert main(["--gold", "no_such_set"]) == 2
    assert "no gold set no_such_set in bench/gold" in capsys.readouterr().out
