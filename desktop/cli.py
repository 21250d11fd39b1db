"""The headless command line: the same core as the window, for scripts, CI and editors' pipelines."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.core.errors import CrosscheckError
from desktop.core.model import FindingKind, Report
from desktop.version import __version__

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Compare two news articles about the same event: what they agree on, "
        "where they conflict, and what only one of them reports.",
    )
    parser.add_argument("--version", "-V", action="version", version=f"crosscheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    compare = commands.add_parser("compare", help="compare two article files")
    compare.add_argument("left", type=Path, help="the first article (.txt, .md, .html, .docx, .pdf)")
    compare.add_argument("right", type=Path, help="the second article")
    compare.add_argument(
        "--json", metavar="FILE", help="write the JSON report to FILE ('-' for standard output)"
    )
    compare.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline to use (default: $CROSSCHECK_MODEL or en_core_web_sm)"
    )
    compare.add_argument("--quiet", "-q", action="store_true", help="print no summary")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        if args.command == "compare":
            return _compare(args)
    except CrosscheckError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {args.command!r}")
    return EXIT_BAD_INPUT


def _compare(args: argparse.Namespace) -> int:
    from desktop.core.compare import compare_files

    report = compare_files(args.left, args.right, model=args.model)
    if args.json:
        _write_json(report, args.json)
    if not args.quiet and args.json != "-":
        print(format_summary(report))
    return EXIT_OK


def _write_json(report: Report, target: str) -> None:
    from desktop.core.atomic import write_text_atomic
    from desktop.core.report import report_to_json

    text = report_to_json(report)
    if target == "-":
        sys.stdout.write(text)
    else:
        write_text_atomic(Path(target), text)


def format_summary(report: Report) -> str:
    """A short human summary: the verdict, then the conflicts and one-sided facts worth a look."""
    lines = [
        f"{_name(report, 'left')}  vs  {_name(report, 'right')}",
        report.summary.verdict,
        "",
    ]
    sections = (
        (FindingKind.CONFLICT, "Conflicts"),
        (FindingKind.AGREE, "Corroborated"),
        (FindingKind.LEFT_ONLY, "Only in the left article"),
        (FindingKind.RIGHT_ONLY, "Only in the right article"),
    )
    for kind, heading in sections:
        found = [f for f in report.findings if f.kind is kind and f.type != "statement"]
        if not found:
            continue
        lines.append(f"{heading} ({len(found)}):")
        for f in found:
            left = " / ".join(dict.fromkeys(s.text for s in f.left))
            right = " / ".join(dict.fromkeys(s.text for s in f.right))
            if kind is FindingKind.CONFLICT:
                lines.append(f"  ! {f.type}: {left!r} vs {right!r}: {f.reason}")
            elif kind is FindingKind.AGREE:
                lines.append(f"  = {f.type}: {left or right!r}")
            else:
                lines.append(f"  + {f.type}: {left or right!r}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _name(report: Report, side: str) -> str:
    doc = report.left.document if side == "left" else report.right.document
    return doc.title or Path(doc.source).name
