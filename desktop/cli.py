"""The headless command line: the window's core, for scripts, CI and editors' pipelines."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import CrosscheckError
from desktop.core.model import FindingKind, Report
from desktop.version import __version__

if TYPE_CHECKING:
    from desktop.core.export_kinds import PdfRenderer
    from desktop.core.persist import SavedComparison

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
    compare.add_argument(
        "left", type=Path, help="the first article (.txt, .md, .html, .docx, .pdf)"
    )
    compare.add_argument("right", type=Path, help="the second article")
    compare.add_argument(
        "--json", metavar="FILE", help="write the JSON report to FILE ('-' for standard output)"
    )
    compare.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to use (default: $CROSSCHECK_MODEL or en_core_web_sm)",
    )
    _add_outputs(compare, save=True)
    compare.add_argument("--quiet", "-q", action="store_true", help="print no summary")

    export = commands.add_parser(
        "export",
        help="export a saved comparison (review included) without re-running the comparison",
    )
    export.add_argument("file", type=Path, help="a saved comparison (.crosscheck)")
    _add_outputs(export, save=False)
    export.add_argument("--quiet", "-q", action="store_true", help="print no summary")
    return parser


def _add_outputs(command: argparse.ArgumentParser, *, save: bool) -> None:
    if save:
        command.add_argument(
            "--save", metavar="FILE", type=Path, help="save the comparison (.crosscheck) to FILE"
        )
    else:
        command.add_argument(
            "--json", metavar="FILE", help="write the JSON report to FILE ('-' for standard output)"
        )
    command.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    command.add_argument("--pdf", metavar="FILE", type=Path, help="write a PDF report")
    command.add_argument("--csv", metavar="FILE", help="write the findings as CSV ('-' for stdout)")
    command.add_argument(
        "--page-size", choices=("A4", "Letter"), default="A4", help="PDF page size (default A4)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        if args.command == "compare":
            return _compare(args)
        if args.command == "export":
            return _export(args)
    except CrosscheckError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:  # an output folder that does not exist, a full disk, no permission...
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"crosscheck: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {args.command!r}")
    return EXIT_BAD_INPUT


def _compare(args: argparse.Namespace) -> int:
    from desktop.core.compare import compare_files

    report = compare_files(args.left, args.right, model=args.model)
    _write_outputs(args, _as_saved(report, stamped=bool(args.save)))
    if not args.quiet and "-" not in (args.json, args.csv, args.html):
        print(format_summary(report))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    """Reports from a saved comparison: only the file is read, so no language model is loaded."""
    from desktop.core.persist import load_comparison

    saved = load_comparison(args.file)
    _write_outputs(args, saved)
    if not args.quiet and "-" not in (args.json, args.csv, args.html):
        print(format_summary(saved.report))
    return EXIT_OK


def _as_saved(report: Report, *, stamped: bool) -> SavedComparison:
    from desktop.core.persist import SavedComparison, stamp
    from desktop.core.review import default_user

    saved = SavedComparison(report=report)
    return stamp(saved, by=default_user()) if stamped else saved


def _write_outputs(args: argparse.Namespace, saved: SavedComparison) -> None:
    from desktop.core.export_kinds import ExportKind, export_text, write_export

    if getattr(args, "save", None):
        from desktop.core.persist import save_comparison

        save_comparison(args.save, saved)
    for kind in (ExportKind.JSON, ExportKind.HTML, ExportKind.CSV):
        target = getattr(args, kind.value)
        if target == "-":
            sys.stdout.write(export_text(kind, saved))
        elif target:
            write_export(Path(target), kind, saved)
    if args.pdf:
        write_export(
            args.pdf, ExportKind.PDF, saved, render_pdf=_pdf_renderer(), page_size=args.page_size
        )


def _pdf_renderer() -> PdfRenderer:
    # Imported only here: every other export works without Qt installed or a display.
    try:
        from desktop.qt.pdf_export import render_pdf
    except ImportError as exc:
        raise CrosscheckError(f"PDF export needs PySide6, which is not installed ({exc})") from None
    return render_pdf


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
        found = [f for f in report.findings if f.kind is kind and not f.is_statement]
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
