"""The alignment bench leaves out the sub-topics a tuner must not read, as the other benches do."""

from __future__ import annotations

from bench.alignment import kept_articles

ARTICLES = [
    {"id": "1_1ecb", "subtopic": "1_ecb"},
    {"id": "1_2ecbplus", "subtopic": "1_ecbplus"},
    {"id": "3_1ecb", "subtopic": "3_ecb"},
]


def test_an_excluded_sub_topic_gives_no_article_to_the_bench() -> None:
    kept = kept_articles(ARTICLES, frozenset({"1_ecb", "3_ecb"}))

    assert [a["id"] for a in kept] == ["1_2ecbplus"]


def test_without_an_exclude_list_every_article_is_kept() -> None:
    assert kept_articles(ARTICLES, frozenset()) == ARTICLES
