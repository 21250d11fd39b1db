"""The fuzzy word overlap of sentence pairs, computed the quick way, is the number rapidfuzz
gives."""

from __future__ import annotations

import random

import numpy as np
from rapidfuzz import fuzz, process

from desktop.core.alignment.token_set import token_set_scores

WORDS = [
    "police",
    "arrest",
    "man",
    "shoot",
    "kill",
    "wound",
    "car",
    "fire",
    "house",
    "street",
    "city",
    "mayor",
    "say",
    "report",
    "witness",
    "suspect",
    "victim",
    "hospital",
    "night",
    "morning",
    "court",
    "judge",
    "charge",
    "bail",
]


def slow(left: list[list[str]], right: list[list[str]]) -> np.ndarray:
    """What alignment used to ask of rapidfuzz: every pair through token_set_ratio."""
    return process.cdist(
        [" ".join(sorted(words)) for words in left],
        [" ".join(sorted(words)) for words in right],
        scorer=fuzz.token_set_ratio,
        dtype=np.uint8,
    )


def sentences(rng: random.Random, count: int) -> list[list[str]]:
    """Word lists of 0 to 9 words, with repeats and with words sharing their first letters."""
    out = []
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(0, 9))]
        if words and rng.random() < 0.3:
            words.append(words[0])  # "police ... police"
        if rng.random() < 0.2:
            words.append(rng.choice(WORDS) + "s")  # "arrests" beside "arrest"
        out.append(words)
    return out


def test_sentences_of_two_articles_score_as_rapidfuzz_scores_them() -> None:
    rng = random.Random(8)
    left, right = sentences(rng, 120), sentences(rng, 110)
    assert np.array_equal(token_set_scores(left, right), slow(left, right))


def test_a_sentence_inside_another_is_a_full_match_and_one_without_words_scores_nothing() -> None:
    left = [["police", "arrest", "man"], []]
    right = [["police", "arrest", "man", "street"], ["court"], []]
    scores = token_set_scores(left, right)
    assert scores[0, 0] == 100
    assert scores[1].tolist() == [0, 0, 0]
    assert np.array_equal(scores, slow(left, right))


def test_a_half_point_rounds_up_as_rapidfuzz_rounds_it() -> None:
    # "a" / "abcdefghijklmno" share no word: 14 characters of 16 to delete or insert, 12.5 -> 13.
    left = [["a"], ["abc"]]
    right = [["abcdefghijklmno"], ["abcde", "xyz"]]
    scores = token_set_scores(left, right)
    assert scores[0, 0] == 13
    assert np.array_equal(scores, slow(left, right))


def test_words_holding_a_space_are_left_to_rapidfuzz() -> None:
    left = [["new york", "police"], ["court"]]
    right = [["york", "new"], ["police court"]]
    assert np.array_equal(token_set_scores(left, right), slow(left, right))


def test_pairs_sharing_one_word_score_as_rapidfuzz_scores_them() -> None:
    # Most pairs that share a word share just one: their score is read from the other words'
    # Indel distance, never from token_set_ratio itself, and must be the very number it gives.
    rng = random.Random(12)
    pool = [f"{word}{i}" for i, word in enumerate(WORDS * 3)]
    left = [[rng.choice(pool) for _ in range(rng.randint(1, 12))] for _ in range(90)]
    right = [[rng.choice(pool) for _ in range(rng.randint(1, 12))] for _ in range(80)]
    scores = token_set_scores(left, right)
    one_word = [
        (i, j) for i, a in enumerate(left) for j, b in enumerate(right) if len(set(a) & set(b)) == 1
    ]
    assert len(one_word) > 500
    assert np.array_equal(scores, slow(left, right))
