"""Every bench splits the dev data the same way, by whole events, so held-out figures stay
unseen."""

from __future__ import annotations

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
