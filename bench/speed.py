"""Engine cost over the bare spaCy pass, on two long (~15,000-word) documents.

(a) baseline: ``nlp.pipe([left, right])`` with the pipeline loaded; (b) ``compare_documents`` end to
end, warm, sentence embeddings included (their table's load in the memory figure, and their share of
(b) printed on its own line). A third figure, (c), times the same pipeline over the pieces the
engine parses (``compare.chunks``, ``PARSE_BATCH``): on long texts the engine's own parse is cheaper
than the whole-text pass (a), so b/c says what the engine's work after its parse costs. Times are the best of N runs in this process; peak memory comes from
one fresh subprocess per mode, so neither inherits the other's allocations. Run from the repository
root: ``python -m bench.speed [--words 15000] [--repeat 3] [--fake]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.common import (
    REPO_ROOT,
    Engine,
    document_builder_name,
    fmt,
    found_corpus,
    get_engine,
    load_articles,
    load_pipeline,
    make_document,
    meets,
    pct,
    pipeline_loader_name,
    print_heading,
    print_table,
    say_engine_not_ready,
)
from desktop.core.model import Document

GOAL_OVERHEAD = 0.30
GOAL_MEMORY_RATIO = 1.5
BASELINE, ENGINE = "baseline", "engine"


# --- inputs -----------------------------------------------------------------------------------


def _subtopic_key(article: dict[str, Any]) -> tuple[int, str, str]:
    return int(article["topic"]), article["subtopic"], article["id"]


def build_texts(articles: dict[str, dict[str, Any]], target_words: int) -> tuple[str, str]:
    """Articles of each sub-topic dealt alternately to left and right, so both sides tell the same
    events in different words (what the engine meets in real use), until each has enough words."""
    sides: list[list[str]] = [[], []]
    counts = [0, 0]
    ordered = sorted(articles.values(), key=_subtopic_key)
    previous, turn = None, 0
    for article in ordered:
        if article["subtopic"] != previous:
            previous, turn = article["subtopic"], 0
        side = turn % 2
        turn += 1
        if counts[side] < target_words:
            sides[side].append(article["text"].strip())
            counts[side] += len(article["text"].split())
        if min(counts) >= target_words:
            break
    return "\n\n".join(sides[0]), "\n\n".join(sides[1])


def build_documents(texts: tuple[str, str]) -> tuple[Document, Document]:
    return make_document("speed-left", texts[0]), make_document("speed-right", texts[1])


# --- timing -----------------------------------------------------------------------------------


def best_time(action: Callable[[], object], repeat: int) -> float:
    """Best of ``repeat`` after one untimed warm-up: the minimum is the least noisy figure on
    shared cores, and the warm-up keeps lazy initialisation out of it."""
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def baseline_action(nlp: Any, left: Document, right: Document) -> Callable[[], object]:
    return lambda: list(nlp.pipe([left.text, right.text]))


def engine_action(engine: Engine, left: Document, right: Document) -> Callable[[], object]:
    return lambda: engine(left, right)


def pieces_cost(
    nlp: Any, left: Document, right: Document, repeat: int, engine_time: float | None
) -> str:
    """(c): the bare pipeline over the engine's own pieces, and the engine's time against it."""
    from desktop.core.compare import PARSE_BATCH, chunks

    flat = [piece for doc in (left, right) for piece in chunks(doc.text)]
    pieces = best_time(lambda: list(nlp.pipe(flat, batch_size=PARSE_BATCH)), repeat)
    ratio = None if engine_time is None else engine_time / pieces
    return (
        f"(c) the same pipeline over the engine's {len(flat)} pieces: {pieces:.2f} s; "
        f"ratio b/c = {fmt(ratio)}x"
    )


def embedding_cost(nlp: Any, left: Document, right: Document, repeat: int, baseline: float) -> str:
    """The sentence-embedding part of (b): loading the table cold, and the meaning scores of every
    sentence pair, warm (best of ``repeat``), also as a share of the spaCy pass (a)."""
    from desktop.core.alignment import embed
    from desktop.core.alignment.align import meaning_scores
    from desktop.core.extraction.extract import analyse, nlp_view

    embed.default_table.cache_clear()
    started = time.perf_counter()
    table = embed.default_table()
    load = time.perf_counter() - started
    if table is None:
        return "sentence embeddings: table absent, alignment is lexical only (see the log line)"
    docs = [left, right]
    analyses = analyse(docs, list(nlp.pipe([nlp_view(d.text) for d in docs])))

    def scored_anew() -> object:
        # A comparison keeps its meaning scores with the left analysis: they are dropped, so that
        # each run multiplies the sentence vectors out again, as a comparison does once.
        analyses[0]._derived.pop("meaning_scores", None)
        return meaning_scores(analyses[0], analyses[1], table)

    scores = best_time(scored_anew, repeat)
    n_left, n_right = (len(a.sentences) for a in analyses)
    return (
        f"sentence embeddings: table {table.vectors.shape[0]:,} x {table.dimensions} "
        f"{table.vectors.dtype}, load {load * 1000:.0f} ms; meaning scores for "
        f"{n_left} x {n_right} sentences {scores:.2f} s = {pct(scores / baseline)} of (a)"
    )


# --- memory (child side) ----------------------------------------------------------------------


def own_peak_kib() -> int:
    """Peak RSS of this process's own address space, in KiB.

    Linux's ru_maxrss (RUSAGE_SELF, and so RUSAGE_CHILDREN in the parent) carries over across
    fork+exec the RSS the parent had at the fork: a child started by a parent that holds the
    pipeline reports the parent's size. VmHWM belongs to the new address space only. RUSAGE_CHILDREN
    is also a running maximum over all children, so the second mode would hide behind the first.
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass  # not Linux: ru_maxrss is the best there is (KiB on Linux, bytes on macOS)
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child_main(mode: str, texts_path: Path, fake: bool) -> int:
    """One cold run of one mode, then this process's own peak RSS in KiB on stdout."""
    texts = json.loads(texts_path.read_text(encoding="utf-8"))
    left, right = build_documents((texts[0], texts[1]))
    if mode == BASELINE:
        baseline_action(load_pipeline(), left, right)()
    else:
        _, engine = get_engine(fake)
        try:
            engine(left, right)
        except NotImplementedError:
            print(json.dumps({"error": "engine not implemented"}))
            return 0
    print(json.dumps({"maxrss_kib": own_peak_kib()}))
    return 0


def peak_memory(mode: str, texts_path: Path, fake: bool) -> float | None:
    """Peak resident memory in MiB of a fresh interpreter doing one ``mode`` run."""
    command = [sys.executable, "-m", "bench.speed", "--child", mode, "--texts", str(texts_path)]
    if fake:
        command.append("--fake")
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        print(f"  {mode} subprocess failed ({done.returncode}): {done.stderr.strip()[-300:]}")
        return None
    result = json.loads(lines[-1])
    return result["maxrss_kib"] / 1024 if "maxrss_kib" in result else None


def measure_memory(texts: tuple[str, str], fake: bool) -> tuple[float | None, float | None]:
    with tempfile.TemporaryDirectory() as tmp:
        # The children read the two texts, not the 10 MB corpus, so its parsing stays out of RSS.
        texts_path = Path(tmp) / "texts.json"
        texts_path.write_text(json.dumps(texts), encoding="utf-8")
        return peak_memory(BASELINE, texts_path, fake), peak_memory(ENGINE, texts_path, fake)


# --- main -------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__)
    parser.add_argument("--words", type=int, default=15000, help="words per side (default 15000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per mode (default 3)")
    parser.add_argument("--fake", action="store_true", help="time the fake engine (harness check)")
    parser.add_argument("--child", choices=[BASELINE, ENGINE], help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return child_main(args.child, args.texts, args.fake)
    corpus = found_corpus()
    if corpus is None:
        return 0
    texts = build_texts(load_articles(corpus), args.words)
    left, right = build_documents(texts)
    name, engine = get_engine(args.fake)
    print(f"engine: {name}\ndocuments: {document_builder_name()}")
    print(f"pipeline: {pipeline_loader_name()}")
    print(
        f"left: {left.word_count} words, {len(left.text)} chars; "
        f"right: {right.word_count} words, {len(right.text)} chars"
    )
    # Memory first, while this process is still small (see own_peak_kib for why that matters).
    base_mem, engine_mem = measure_memory(texts, args.fake)
    started = time.perf_counter()
    nlp = load_pipeline()
    print(f"pipeline load (cold): {time.perf_counter() - started:.2f} s")
    baseline = best_time(baseline_action(nlp, left, right), args.repeat)
    try:
        engine_time: float | None = best_time(engine_action(engine, left, right), args.repeat)
    except NotImplementedError as exc:
        say_engine_not_ready(exc)
        engine_time = None
        engine_mem = None
    print_results(baseline, engine_time, base_mem, engine_mem, args.repeat)
    if not args.fake:
        print(pieces_cost(nlp, left, right, args.repeat, engine_time))
        print(embedding_cost(nlp, left, right, args.repeat, baseline))
    return 0


def print_results(
    baseline: float,
    engine_time: float | None,
    base_mem: float | None,
    engine_mem: float | None,
    repeat: int,
) -> None:
    overhead = None if engine_time is None else (engine_time - baseline) / baseline
    time_ratio = None if engine_time is None else engine_time / baseline
    mem_ratio = None if base_mem is None or engine_mem is None else engine_mem / base_mem
    print_heading("Engine cost over the bare spaCy pass")
    print_table(
        ["measure", "baseline (a)", "engine (b)", "figure", "goal", "met"],
        [
            [
                f"wall time, best of {repeat} (s)",
                fmt(baseline),
                fmt(engine_time),
                f"ratio b/a = {fmt(time_ratio)}x, overhead {pct(overhead)}",
                f"<= {1 + GOAL_OVERHEAD:.1f}x",
                meets(overhead, GOAL_OVERHEAD, higher_is_better=False),
            ],
            [
                "peak memory, fresh process (MiB)",
                fmt(base_mem, 1),
                fmt(engine_mem, 1),
                f"ratio b/a = {fmt(mem_ratio)}x",
                f"<= {GOAL_MEMORY_RATIO}x",
                meets(mem_ratio, GOAL_MEMORY_RATIO, higher_is_better=False),
            ],
        ],
    )


if __name__ == "__main__":
    raise SystemExit(main())
