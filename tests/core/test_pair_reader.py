"""The sentence-pair reader: its numpy forward, its files, its cap and how it degrades
(hand-written sentences only)."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from desktop.core.alignment import pair_reader, reader_lift
from desktop.core.alignment.pair_tokens import truncated, words
from desktop.core.alignment.reader_tuning import (
    READER_LIFT,
    READER_MAX_PAIRS,
    READER_MAX_SENTENCES,
)
from desktop.core.findings.tuning import CLAIM_PAIR, STATEMENT_AGREE
from tests.factories import compare_texts

RETOLD = ("The coach was fired a week ago.", "The coach had been dismissed last week.")
# One sentence of the same story, telling something else with some of the same words.
LOOK_ALIKE = (
    "The striker left the club after three seasons.",
    "The striker scored twice in his last match for the club.",
)


@pytest.fixture
def reader() -> pair_reader.PairReader:
    loaded = pair_reader.default_reader()
    assert loaded is not None, "resources/reader is part of the app"
    return loaded


@pytest.fixture
def no_reader(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """A build without resources/reader."""
    monkeypatch.setattr(pair_reader, "reader_dir", lambda: tmp_path / "reader")
    pair_reader.default_reader.cache_clear()
    yield
    pair_reader.default_reader.cache_clear()


def test_a_retold_sentence_reads_as_one_statement(reader: pair_reader.PairReader) -> None:
    assert reader.probabilities([RETOLD])[0] >= 0.5


def test_a_look_alike_of_another_claim_does_not(reader: pair_reader.PairReader) -> None:
    assert reader.probabilities([LOOK_ALIKE])[0] < 0.5


def test_batched_and_alone_give_one_logit(reader: pair_reader.PairReader) -> None:
    """Padding a short pair to a long one's length changes nothing: padded pieces are masked."""
    pairs = [RETOLD, LOOK_ALIKE, ("Short.", "A much longer sentence with many more words in it.")]
    together = reader.logits(pairs)
    alone = np.array([reader.logits([p])[0] for p in pairs])
    assert np.allclose(together, alone, atol=1e-4)


def test_bert_words_split_punctuation_and_fold_accents() -> None:
    assert words("Zoë's café, (1,200) people!") == [
        "zoe", "'", "s", "cafe", ",", "(", "1", ",", "200", ")", "people", "!"
    ]  # fmt: skip


def test_the_longer_side_is_cut_first() -> None:
    assert truncated(10, 200, 125) == (10, 115)
    assert truncated(200, 10, 125) == (115, 10)
    assert truncated(100, 100, 125) == (62, 63)
    assert truncated(10, 20, 125) == (10, 20)


def test_a_lifted_pair_agrees_but_never_compares_claims() -> None:
    assert STATEMENT_AGREE <= READER_LIFT < CLAIM_PAIR


def test_the_manifest_holds_each_files_sha256() -> None:
    directory = pair_reader.reader_dir()
    manifest = json.loads((directory / pair_reader.MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {pair_reader.WEIGHTS, pair_reader.VOCAB}
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((directory / name).read_bytes()).hexdigest() == digest
    assert len((directory / pair_reader.VOCAB).read_text(encoding="utf-8").splitlines()) == 30522
    assert manifest["check"]["r"] >= 0.98


def test_an_altered_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "reader"
    shutil.copytree(pair_reader.reader_dir(), copy)
    with (copy / pair_reader.VOCAB).open("a", encoding="utf-8") as f:
        f.write("extra\n")
    with pytest.raises(ValueError, match="sha256"):
        pair_reader.load_reader(copy)


@pytest.mark.usefixtures("no_reader")
def test_without_the_reader_the_comparison_runs_and_says_why(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        assert pair_reader.default_reader() is None
        report = compare_texts(
            "The coach was fired a week ago. Fans were angry.",
            "The coach had been dismissed last week. Fans were angry.",
        )
    assert report.findings
    assert sum("Sentence-pair reader unavailable" in r.message for r in caplog.records) == 1


def test_at_most_the_cap_of_pairs_is_read() -> None:
    scores = np.full((60, 60), 0.2, dtype=np.float32)
    np.fill_diagonal(scores, 0.3)
    cells = reader_lift.candidates(scores)
    assert len(cells) == READER_MAX_PAIRS
    assert all(scores[i, j] == np.float32(0.3) for i, j in cells)  # the highest first


def test_pairs_outside_the_band_are_not_read() -> None:
    scores = np.array([[0.1, 0.6], [0.05, 0.2]], dtype=np.float32)
    assert reader_lift.candidates(scores) == [(1, 1)]


def test_a_long_document_skips_the_reader(
    reader: pair_reader.PairReader, caplog: pytest.LogCaptureFixture
) -> None:
    long = [f"Sentence number {n} of a long report." for n in range(READER_MAX_SENTENCES + 1)]
    scores = np.full((len(long), 2), 0.2, dtype=np.float32)
    with caplog.at_level(logging.INFO):
        out = reader_lift.lifted(scores, long, list(RETOLD), reader)
    assert np.array_equal(out, scores)
    assert any("reader skipped" in r.message for r in caplog.records)


def test_a_short_document_is_read_and_lifted(reader: pair_reader.PairReader) -> None:
    """The twin of the skip: the same retold pair in short articles is raised to an agreement."""
    scores = np.array([[0.2]], dtype=np.float32)
    out = reader_lift.lifted(scores, [RETOLD[0]], [RETOLD[1]], reader)
    assert out[0, 0] == np.float32(READER_LIFT)


def test_pairs_giving_other_figures_or_a_contained_copy_are_left_unread(
    reader: pair_reader.PairReader,
) -> None:
    """The retold pair is lifted alone; with figures of its own on both sides, or with one
    sentence's words all inside the other's, it is left to the engine's own passes."""
    scores = np.array([[0.2]], dtype=np.float32)
    left, right = [RETOLD[0]], [RETOLD[1]]
    days = f"duration{reader_lift.KIND_MARK}"
    same = ([frozenset({days + "7 days"})], [frozenset({days + "7 days"})])
    other = ([frozenset({days + "7 days"})], [frozenset({days + "8 days"})])
    apart = ([frozenset({"coach", "fired"})], [frozenset({"coach", "dismissed"})])
    inside = ([frozenset({"coach", "fired"})], [frozenset({"coach", "fired", "week"})])
    assert reader_lift.lifted(scores, left, right, reader, same, apart)[0, 0] == READER_LIFT
    assert reader_lift.lifted(scores, left, right, reader, other, apart)[0, 0] == scores[0, 0]
    assert reader_lift.lifted(scores, left, right, reader, same, inside)[0, 0] == scores[0, 0]


def test_figures_of_two_kinds_or_one_in_common_leave_a_pair_to_the_reader() -> None:
    """A date beside a count is no clash, nor are two sentences sharing one figure and giving
    one more; two dates with none in common are a fact to compare, not wording."""
    mark = reader_lift.KIND_MARK
    date, count = f"date{mark}2024-05-07", f"count{mark}3"
    other_date = f"date{mark}2024-05-09"
    assert not reader_lift._figures_differ(frozenset({date}), frozenset({count}))
    assert not reader_lift._figures_differ(frozenset({date, count}), frozenset({date}))
    assert reader_lift._figures_differ(frozenset({date}), frozenset({other_date, count}))


def test_the_lift_is_off_in_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """READER_IN_ALIGNMENT off: the alignment never loads nor runs the reader."""
    from desktop.core.alignment import align, reader_tuning

    assert not reader_tuning.READER_IN_ALIGNMENT
    called: list[bool] = []

    def spy(scores: np.ndarray, *rest: object) -> np.ndarray:
        called.append(True)
        return scores

    monkeypatch.setattr(align, "lifted", spy)
    compare_texts(*RETOLD)
    assert not called
