"""Every bench splits the dev data the same way, by whole events, so held-out figures stay
unseen."""

from __future__ import annotations

from pathlib import Path

from bench.gold_articles import gold_pair_half, invented_articles
from bench.splits import HELD_OUT, TUNE, ecb_pair_half, gvc_incident_half, hash_half, semeval_half


def test_the_hand_written_findings_split_two_pairs_to_tune_and_two_held_out() -> None:
    pairs = {"S03": "3_1ecbplus", "S11": "20_8ecbplus", "S14": "23_1ecbplus", "S20": "45_2ecbplus"}
    halves = {pid: ecb_pair_half({"left": left}) for pid, left in pairs.items()}
    assert halves == {"S03": TUNE, "S11": TUNE, "S14": HELD_OUT, "S20": HELD_OUT}


def test_hash_halves_are_stable_and_use_both_halves() -> None:
    keys = [f"incident-{n}" for n in range(40)]
    assert [hash_half(k) for k in keys] == [hash_half(k) for k in keys]
    assert {gvc_incident_half(k) for k in keys} == {TUNE, HELD_OUT}
    assert {semeval_half(k) for k in keys} == {TUNE, HELD_OUT}


def test_a_fresh_findings_pair_of_gun_violence_articles_keeps_its_incidents_half() -> None:
    # md5 ids carry no ECB+ topic: the half given to the pair (its incident's) decides.
    pair = {"left": "59271f8d363fc82500c718e02b7b9abc", "half": HELD_OUT}
    assert ecb_pair_half(pair) == HELD_OUT
    assert ecb_pair_half({**pair, "half": TUNE}) == TUNE


def test_a_semeval_gold_pair_takes_its_semeval_pairs_half_and_an_invented_one_is_tune(
    tmp_path: Path,
) -> None:
    # Gold may pair two SemEval articles ("se:<id>"): the pair's half is the SemEval pair's, so a
    # held-out SemEval pair stays held out in bench.quality as in bench.semeval.
    pairs = [("100", "200"), ("101", "201"), ("102", "202"), ("103", "203")]
    got = [gold_pair_half(f"se:{a}", f"se:{b}", tmp_path) for a, b in pairs]
    assert got == [semeval_half(f"{a}_{b}") for a, b in pairs]
    assert set(got) == {TUNE, HELD_OUT}
    assert gold_pair_half("inv:a01_left", "inv:a01_right", tmp_path) == TUNE
    assert gold_pair_half("invh:e01_left", "invh:e01_right", tmp_path) == HELD_OUT
    assert gold_pair_half("23_1ecbplus", "23_2ecbplus", tmp_path) == HELD_OUT


def test_the_invented_pairs_kept_in_the_repository_load_as_gold_articles() -> None:
    articles = invented_articles()
    assert "inv:a01_left" in articles and "inv:a01_right" in articles
    assert all(article["text"].strip() for article in articles.values())
