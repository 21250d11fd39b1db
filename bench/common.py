"""Shared plumbing for the benchmarks: the corpus, documents built as the app builds them, the
engine, span tests and plain-text tables. Benches always measure the real engine."""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.model import Document, Report, Span, TextRange

Engine = Callable[[Document, Document], Report]

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = REPO_ROOT / "resources" / "samples"
ENGINE_NAME = "desktop.core.compare.compare_documents"


# --- corpus -----------------------------------------------------------------------------------


def corpus_dir() -> Path:
    """``CROSSCHECK_CORPUS``, else the first ``shared/corpus`` beside the repository or above it
    (a worktree sits one level deeper than the main clone). Its texts are never copied in."""
    override = os.environ.get("CROSSCHECK_CORPUS")
    if override:
        return Path(override)
    for parent in REPO_ROOT.parents:
        candidate = parent / "shared" / "corpus"
        if candidate.is_dir():
            return candidate
    return REPO_ROOT.parent / "shared" / "corpus"


def corpus_available(corpus: Path) -> bool:
    return (corpus / "ecbplus" / "articles.jsonl").is_file()


def say_no_corpus(corpus: Path) -> None:
    print(f"corpus not found at {corpus} (set CROSSCHECK_CORPUS to its folder); nothing measured")


def found_corpus() -> Path | None:
    """The corpus folder, or None, said once, when it is not there: the bench measures nothing."""
    corpus = corpus_dir()
    if corpus_available(corpus):
        return corpus
    say_no_corpus(corpus)
    return None


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@functools.cache
def load_articles(corpus: Path) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in read_jsonl(corpus / "ecbplus" / "articles.jsonl")}


@functools.cache
def load_gvc_articles(corpus: Path) -> dict[str, dict[str, Any]]:
    """Gun Violence Corpus articles by id (md5 ids, never an ECB+ id); none without the folder."""
    path = corpus / "gvc" / "articles.jsonl"
    return {a["id"]: a for a in read_jsonl(path)} if path.is_file() else {}


# --- documents --------------------------------------------------------------------------------


def document_builder_name() -> str:
    return "desktop.core.ingest.document_from_text"


def make_document(
    source: str, text: str, title: str | None = None, date: str | None = None
) -> Document:
    """The document the app builds from this text. A title or date the corpus knows fills what
    ingest could not read from the text alone, as a web page's metadata would for a user."""
    from desktop.core.ingest import document_from_text

    document = document_from_text(text, source=source)
    fill: dict[str, Any] = {
        key: value
        for key, value in (("title", title), ("date", date))
        if value and getattr(document, key) is None
    }
    return dataclasses.replace(document, **fill) if fill else document


def article_document(article: dict[str, Any]) -> Document:
    date = article.get("date_iso") or article.get("date")
    return make_document(article["id"], article["text"], article.get("title"), date)


def sample_documents() -> list[Document]:
    """The bundled samples: what ``edits`` falls back to when the corpus is absent."""
    paths = sorted(SAMPLES_DIR.glob("*.txt"))
    return [make_document(p.name, p.read_text(encoding="utf-8")) for p in paths]


# --- pipeline and engine ----------------------------------------------------------------------


@functools.cache
def load_pipeline() -> Any:
    """The spaCy ``Language`` the app itself uses, loaded once per process."""
    from desktop.core.extraction.pipeline import load_pipeline as app_load_pipeline

    return app_load_pipeline().nlp


def pipeline_loader_name() -> str:
    return "desktop.core.extraction.pipeline.load_pipeline()"


def get_engine(fake: bool = False) -> tuple[str, Engine]:
    """The real engine. ``fake`` is accepted for old callers; the stand-in engine is gone."""
    if fake:
        raise SystemExit("the stand-in engine was removed: benches measure the real engine only")
    from desktop.core.compare import compare_documents

    return ENGINE_NAME, lambda left, right: compare_documents(left, right)


def say_engine_not_ready(exc: BaseException) -> None:
    print(f"engine not ready ({exc}); nothing measured.")


def add_common_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verbose", "-v", action="store_true", help="print per-item details")
    parser.add_argument(
        "--half",
        choices=("tune", "held-out"),
        help="run one half of the split only (default: both, printed side by side)",
    )


# --- spans ------------------------------------------------------------------------------------


def any_overlap(spans: Iterable[Span], target: TextRange) -> bool:
    return any(s.range.overlaps(target) for s in spans)


def inside(span: Span, target: TextRange) -> bool:
    return target.start <= span.start and span.end <= target.end


def short(text: str | None, width: int = 60) -> str:
    if text is None:
        return "-"
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def spans_text(spans: Sequence[Span], width: int = 50) -> str:
    return " | ".join(short(s.text, width) for s in spans) or "-"


# --- output -----------------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def ratio(num: float, den: float) -> float | None:
    return None if den == 0 else num / den


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """A plain fixed-width table: readable in a terminal and in a pasted log."""
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def print_heading(title: str) -> None:
    print()
    print(title)
    print("=" * len(title))


def meets(value: float | None, goal: float, higher_is_better: bool = True) -> str:
    if value is None:
        return "n/a"
    ok = value >= goal if higher_is_better else value <= goal
    return "yes" if ok else "NO"
