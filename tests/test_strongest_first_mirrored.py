"""The sentence pairs a pass walks are walked in the mirrored order when the articles are swapped."""

from __future__ import annotations

from desktop.core.alignment.align import SentencePair, strongest_first


def _mirrored(pairs: list[SentencePair]) -> list[SentencePair]:
    return [SentencePair(p.right, p.left, p.score) for p in pairs]


def test_two_retold_sentences_scoring_alike_are_walked_lede_first_in_either_order() -> None:
    # Left sentence 0 retells right sentence 3, and left sentence 2 retells right sentence 0,
    # both word for word (1.0). In either order the pair nearer both tops is walked first.
    pairs = [SentencePair(0, 3, 1.0), SentencePair(2, 0, 1.0), SentencePair(1, 1, 0.5)]
    walked = strongest_first(pairs)
    swapped = strongest_first(_mirrored(pairs))
    assert walked == [SentencePair(2, 0, 1.0), SentencePair(0, 3, 1.0), SentencePair(1, 1, 0.5)]
    assert swapped == _mirrored(walked)


def test_the_given_order_of_equal_pairs_does_not_decide_which_is_walked_first() -> None:
    pairs = [SentencePair(4, 1, 0.3), SentencePair(1, 2, 0.3)]
    assert strongest_first(pairs) == strongest_first(list(reversed(pairs)))


def test_a_score_differing_only_in_its_last_bits_is_a_tie() -> None:
    pairs = [SentencePair(3, 3, 0.7000000000001), SentencePair(0, 1, 0.7)]
    assert strongest_first(pairs)[0] == SentencePair(0, 1, 0.7)


def test_a_stronger_pair_still_comes_first_whatever_its_place() -> None:
    pairs = [SentencePair(0, 0, 0.4), SentencePair(9, 9, 0.8)]
    assert strongest_first(pairs, at_least=0.35)[0] == SentencePair(9, 9, 0.8)
    assert strongest_first(pairs, at_least=0.5) == [SentencePair(9, 9, 0.8)]
