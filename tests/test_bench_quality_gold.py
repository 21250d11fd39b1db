"""A team can score fresh hand-written gold without touching the corpus."""

from __future__ import annotations

import json
from pathlib import Path

from bench.quality import read_gold, with_gold_pairs


def _write(path: Path, *lines: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_findings_files_given_replace_the_corpus_dev_findings(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus / "dev_findings.jsonl", {"pair_id": "S03", "kind": "agree"})
    fresh = _write(tmp_path / "fresh.jsonl", {"pair_id": "S01", "kind": "conflict"})
    more = _write(tmp_path / "more.jsonl", {"pair_id": "S02", "kind": "left_only"})

    assert [g["pair_id"] for g in read_gold(corpus)] == ["S03"]
    assert [g["pair_id"] for g in read_gold(corpus, [fresh, more])] == ["S01", "S02"]


def test_a_pair_only_the_fresh_gold_names_is_run_as_one_event() -> None:
    pairs = [{"pair_id": "S01", "left": "1_2ecbplus", "right": "1_5ecbplus", "same_event": True}]
    gold = [
        {"pair_id": "S01", "left": "1_2ecbplus", "right": "1_5ecbplus"},
        {"pair_id": "F01", "left": "5_1ecb", "right": "5_3ecb"},
        {"pair_id": "F01", "left": "5_1ecb", "right": "5_3ecb"},
    ]
    ran = with_gold_pairs(pairs, gold)
    assert [p["pair_id"] for p in ran] == ["S01", "F01"]
    assert ran[1] == {"pair_id": "F01", "left": "5_1ecb", "right": "5_3ecb", "same_event": True}
