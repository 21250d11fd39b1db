"""Hand-written gold findings kept in the repository with no corpus text in them.

Gold files written by the team (the dev findings' format: each quote an exact substring of the
corpus article) used to live outside the repository, because article texts must never be copied
into it; a machine reset lost them all. A *packed* gold set keeps each quote as character offsets
into the corpus article instead, so ``bench/gold/NAME.jsonl`` holds ids, kinds, slots, notes and
numbers only, and the quotes are read back from the corpus when a bench scores the set:

    python -m bench.gold pack FILE NAME     # a findings file -> bench/gold/NAME.jsonl
    python -m bench.gold unpack NAME OUT    # bench/gold/NAME.jsonl -> a findings file
    python -m bench.gold list               # the sets, their half and their lines per kind
    python -m bench.quality --gold NAME     # score a set (repeatable)

A set's pairs take their half from ``splits`` like every other pair: sets on held-out topics or
incidents are for scoring only (bench/README.md, "Tune and held-out halves").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.common import found_corpus, read_jsonl
from bench.gold_articles import gold_articles, gold_pair_half

GOLD_DIR = Path(__file__).resolve().parent / "gold"
SIDES = ("left", "right")
# Fields of a findings line that the packed line replaces by spans (or drops as derivable).
TEXT_FIELDS = ("left_text", "right_text", "left_start", "right_start", "left_count", "right_count")


class GoldError(ValueError):
    """A findings line whose quote is not where it says in the corpus article."""


def _pattern(quote: str) -> re.Pattern[str]:
    # Whitespace-insensitive, as bench.scoring locates quotes in the report's text.
    return re.compile(r"\s+".join(re.escape(word) for word in quote.split()))


def _corpus_texts(corpus: Path) -> dict[str, str]:
    articles = gold_articles(corpus)
    return {article_id: article["text"] for article_id, article in articles.items()}


def pack_line(line: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """A findings line with each quote replaced by ``[start, end]`` in its corpus article."""
    packed = {key: value for key, value in line.items() if key not in TEXT_FIELDS}
    for side in SIDES:
        quote = line.get(f"{side}_text")
        if quote is None:
            packed[f"{side}_span"] = None
            continue
        text = texts[line[side]]
        hits = list(_pattern(quote).finditer(text))
        if not hits:
            raise GoldError(f"{line['pair_id']} {side}: quote not in {line[side]}: {quote!r}")
        start = line.get(f"{side}_start")
        hit = min(hits, key=lambda m: abs(m.start() - (start if start is not None else 0)))
        packed[f"{side}_span"] = [hit.start(), hit.end()]
    return packed


def unpack_line(packed: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """The findings line back, quotes read from the corpus (the dev findings' format)."""
    line = {key: value for key, value in packed.items() if not key.endswith("_span")}
    for side in SIDES:
        span = packed.get(f"{side}_span")
        if span is None:
            line.update({f"{side}_text": None, f"{side}_start": None, f"{side}_count": 0})
            continue
        text = texts[packed[side]]
        quote = text[span[0] : span[1]]
        line.update(
            {
                f"{side}_text": quote,
                f"{side}_start": span[0],
                f"{side}_count": len(_pattern(quote).findall(text)),
            }
        )
    return line


def set_path(name: str) -> Path:
    return GOLD_DIR / f"{name}.jsonl"


def load_set(name: str, corpus: Path) -> list[dict[str, Any]]:
    """A packed set's lines in the dev findings' format, quotes read from ``corpus``."""
    texts = _corpus_texts(corpus)
    return [unpack_line(packed, texts) for packed in read_jsonl(set_path(name))]


def set_names() -> list[str]:
    return sorted(path.stem for path in GOLD_DIR.glob("*.jsonl"))


def _write_jsonl(path: Path, lines: Sequence[dict[str, Any]]) -> None:
    body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(body, encoding="utf-8")
    temporary.replace(path)


def _list(corpus: Path) -> None:
    for name in set_names():
        lines = read_jsonl(set_path(name))
        halves = {gold_pair_half(line["left"], line["right"], corpus) for line in lines}
        kinds = Counter(line["kind"] for line in lines)
        pairs = len({line["pair_id"] for line in lines})
        per_kind = ", ".join(f"{kind} {kinds[kind]}" for kind in sorted(kinds))
        print(f"{name:12} {'/'.join(sorted(halves)):16} {pairs} pairs: {per_kind}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gold", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    pack = commands.add_parser("pack", help="a findings file -> bench/gold/NAME.jsonl")
    pack.add_argument("file", type=Path)
    pack.add_argument("name")
    unpack = commands.add_parser("unpack", help="bench/gold/NAME.jsonl -> a findings file")
    unpack.add_argument("name")
    unpack.add_argument("out", type=Path)
    commands.add_parser("list", help="the packed sets")
    args = parser.parse_args(argv)
    corpus = found_corpus()
    if corpus is None:
        return 1
    if args.command == "list":
        _list(corpus)
        return 0
    texts = _corpus_texts(corpus)
    try:
        if args.command == "pack":
            packed = [pack_line(line, texts) for line in read_jsonl(args.file)]
            GOLD_DIR.mkdir(exist_ok=True)
            _write_jsonl(set_path(args.name), packed)
            print(f"{len(packed)} lines -> {set_path(args.name)}")
        else:
            _write_jsonl(args.out, load_set(args.name, corpus))
            print(f"{args.out}")
    except GoldError as error:
        print(f"not packed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
