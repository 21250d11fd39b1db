"""Every article a packed gold set may name, by id, and the half each gold pair belongs to.

Gold lines pair two articles of one source:

* ECB+ (``20_8ecbplus``) and Gun Violence Corpus (md5) articles, read from the corpus;
* SemEval-2022 Task 8 articles, ``se:<article id>`` (the two halves of a SemEval ``pair_id``), read
  from the corpus's ``semeval8_train.jsonl``: short news of many kinds (business, sport, politics)
  that ECB+ topics 1-22 hardly have;
* invented articles, ``inv:<file stem>`` (``inv:a01_left``), kept in ``bench/data/invented``:
  made-up events written by the team, never corpus text, always on the tune half;
* held-out invented articles, ``invh:<file stem>``, kept in ``bench/data/invented/held``: written
  by a writer who never saw the engine or the other invented pairs, for scoring only.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from bench.common import REPO_ROOT, load_articles, load_gvc_articles, read_jsonl
from bench.splits import (
    HELD_OUT,
    TUNE,
    ecb_article_topic,
    ecb_topic_half,
    gvc_incident_half,
    semeval_half,
)

INVENTED_DIR = REPO_ROOT / "bench" / "data" / "invented"
SEMEVAL_PREFIX = "se:"
INVENTED_PREFIX = "inv:"
HELD_INVENTED_DIR = INVENTED_DIR / "held"
HELD_INVENTED_PREFIX = "invh:"


def _article(article_id: str, text: str) -> dict[str, Any]:
    return {"id": article_id, "text": text, "title": None, "date": None}


@functools.cache
def semeval_articles(corpus: Path) -> dict[str, dict[str, Any]]:
    path = corpus / "semeval8_train.jsonl"
    articles: dict[str, dict[str, Any]] = {}
    for row in read_jsonl(path) if path.is_file() else ():
        first, second = str(row["pair_id"]).split("_")
        articles[SEMEVAL_PREFIX + first] = _article(SEMEVAL_PREFIX + first, row["text1"])
        articles[SEMEVAL_PREFIX + second] = _article(SEMEVAL_PREFIX + second, row["text2"])
    return articles


def _invented(folder: Path, prefix: str) -> dict[str, dict[str, Any]]:
    return {
        prefix + path.stem: _article(prefix + path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*_*.txt"))
    }


@functools.cache
def invented_articles() -> dict[str, dict[str, Any]]:
    """Both folders of invented articles: the tune pairs and the held-out ones."""
    return {
        **_invented(INVENTED_DIR, INVENTED_PREFIX),
        **_invented(HELD_INVENTED_DIR, HELD_INVENTED_PREFIX),
    }


def gold_articles(corpus: Path) -> dict[str, dict[str, Any]]:
    """ECB+, Gun Violence Corpus, SemEval and invented articles by id."""
    return {
        **load_articles(corpus),
        **load_gvc_articles(corpus),
        **semeval_articles(corpus),
        **invented_articles(),
    }


def gold_pair_half(left: str, right: str, corpus: Path) -> str:
    """The half of a gold pair: its ECB+ topic's, its GVC incident's, its SemEval pair's."""
    if left.startswith(HELD_INVENTED_PREFIX):
        return HELD_OUT
    if left.startswith(INVENTED_PREFIX):
        return TUNE
    if left.startswith(SEMEVAL_PREFIX):
        first, second = left.removeprefix(SEMEVAL_PREFIX), right.removeprefix(SEMEVAL_PREFIX)
        return semeval_half(f"{first}_{second}")
    gvc = load_gvc_articles(corpus)
    if left in gvc:
        return gvc_incident_half(gvc[left]["incident"])
    return ecb_topic_half(ecb_article_topic(left))
