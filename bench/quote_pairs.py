"""Article pairs for bench/quotes.py (issue 12): real same-event pairs (their quote verdicts, their
shared copy), an article built from half of article A verbatim plus half of another article on the
same event (compared with A through the engine, part d), and articles written independently.
Run it through ``python -m bench.quotes``."""

from __future__ import annotations

import dataclasses
import random
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import article_document, short
from bench.table import Cell
from desktop.core.compare import compare_documents
from desktop.core.model import FindingKind, TextRange
from desktop.core.quoting.quote_compare import QuoteIssue, compare_quotes
from desktop.core.quoting.quotes import extract_quotes
from desktop.core.quoting.shared_copy import find_shared_passages, shared_copy_share, word_count

SEED = 12
# The copied half lightly edited: one word in this many replaced, as a subscriber edits agency copy.
EDIT_EVERY = 15
_WORDS = re.compile(r"\w+(?:['’]\w+)*")


def _halves(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    cut = max(1, len(lines) // 2)
    return "\n".join(lines[:cut]), "\n".join(lines[cut:])


@dataclass
class SharedFigures:
    found: list[float]  # per pair: share of the copied half's words inside shared passages
    found_edited: list[float]  # the same with every EDIT_EVERY-th copied word changed (detector)
    not_independent: list[float]  # per pair: share of agreements inside the copied half so marked
    real: list[float]  # per pair: shared_copy of the real same-event pair (detector)


def shared_copy_figures(
    pairs: Sequence[dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> SharedFigures:
    """Article A's first half plus B's second half, compared with A through the engine."""
    figures = SharedFigures([], [], [], [])
    for pair in pairs:
        doc_a = article_document(articles[pair["left"]])
        a, b = doc_a.text, article_document(articles[pair["right"]]).text
        figures.real.append(shared_copy_share(find_shared_passages(a, b), a, b))
        first_a, _ = _halves(a)
        _, second_b = _halves(b)
        if word_count(first_a) < 24 or not second_b.strip():
            continue
        built = first_a + "\n" + second_b
        report = compare_documents(
            doc_a, dataclasses.replace(doc_a, source="built", text=built, title=None)
        )
        copied = TextRange(0, len(first_a))
        inside = sum(
            1
            for m_start in _word_starts(built, copied)
            if any(p.right.start <= m_start < p.right.end for p in report.shared_passages)
        )
        figures.found.append(inside / max(1, word_count(first_a)))
        in_copy = [
            f
            for f in report.findings
            if f.kind is FindingKind.AGREE
            and f.left
            and f.right
            and all(s.end <= copied.end for s in (*f.left, *f.right))
        ]
        if in_copy:
            marked = sum(not f.independent for f in in_copy)
            figures.not_independent.append(marked / len(in_copy))
        edited = _edit_every(first_a, EDIT_EVERY) + "\n" + second_b
        passages = find_shared_passages(a, edited)
        inside = sum(
            1
            for m_start in _word_starts(a, copied)
            if any(p.left.start <= m_start < p.left.end for p in passages)
        )
        figures.found_edited.append(inside / max(1, word_count(first_a)))
    return figures


def _edit_every(text: str, every: int) -> str:
    """Every ``every``-th word replaced: the light copy-editing a subscriber does to agency copy."""
    words = list(_WORDS.finditer(text))
    out, last = [], 0
    for k, m in enumerate(words):
        if k % every == every - 1:
            out.append(text[last : m.start()] + "edited")
            last = m.end()
    return "".join(out) + text[last:]


def _word_starts(text: str, r: TextRange) -> list[int]:
    return [m.start() for m in _WORDS.finditer(text, r.start, r.end)]


def speed_ratio(words: int = 15000) -> float:
    """find_shared_passages on two 15k-word texts, against one regex word count of both."""
    rng = random.Random(SEED)
    vocab = [f"w{i}" for i in range(3000)]
    left = " ".join(rng.choice(vocab) for _ in range(words))
    right = " ".join(rng.choice(vocab) for _ in range(words // 2)) + " " + left[: len(left) // 2]
    base = _best_time(lambda: word_count(left) + word_count(right))
    return _best_time(lambda: find_shared_passages(left, right)) / max(base, 1e-9)


def _best_time(job: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of a few runs: the machine is shared, and the minimum is the least noisy."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - t0)
    return best


def subtopic_pairs(articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Per topic, the first article of its two sub-topics: two similar events years apart, so
    two texts written independently of each other."""
    firsts: dict[str, dict[str, str]] = {}
    for article_id in sorted(articles):
        article = articles[article_id]
        firsts.setdefault(article["topic"], {}).setdefault(article["subtopic"], article_id)
    return [
        {"left": ids[0], "right": ids[1]}
        for subtopics in firsts.values()
        if len(ids := sorted(subtopics.values())) == 2
    ]


def shares(pairs: Sequence[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> list[float]:
    shares = []
    for pair in pairs:
        a, b = articles[pair["left"]]["text"], articles[pair["right"]]["text"]
        shares.append(shared_copy_share(find_shared_passages(a, b), a, b))
    return shares


def real_pair_quotes(
    pairs: Sequence[dict[str, Any]], articles: dict[str, dict[str, Any]], nlp: Any, verbose: bool
) -> tuple[int, int, int]:
    """(quote pairs agreeing, wording conflicts, speaker conflicts) over real same-event pairs:
    both outlets quoting one person should agree, so every conflict here needs a look."""
    agree = wording = speaker = 0
    for pair in pairs:
        a, b = articles[pair["left"]]["text"], articles[pair["right"]]["text"]
        verdicts = compare_quotes(extract_quotes(nlp(a)), extract_quotes(nlp(b)), a, b)
        for v in verdicts:
            agree += v.kind is FindingKind.AGREE
            wording += v.issue is QuoteIssue.WORDING
            speaker += v.issue is QuoteIssue.SPEAKER
            if verbose and v.issue is not None and v.left and v.right:
                print(f"  {pair['pair_id']} {v.reason[:80]}")
                print(f"      L {short(v.left.text, 90)}")
                print(f"      R {short(v.right.text, 90)}")
    return agree, wording, speaker


def share_cell(n: int, d: int) -> Cell:
    return Cell(n / d if d else None, f"{n}/{d}")


def mean_cell(values: Sequence[float]) -> Cell:
    if not values:
        return Cell(None)
    return Cell(statistics.mean(values), f"n={len(values)}, min {min(values):.2f}")
