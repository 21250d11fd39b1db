"""The headless command line: the window's core, for scripts, CI and editors' pipelines."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.model import FindingKind, Report
from desktop.core.runtime.errors import CrosscheckError
from desktop.version import __version__

if TYPE_CHECKING:
    from desktop.core.export.export_kinds import PdfRenderer
    from desktop.core.persistence.persist import SavedComparison

EXIT_OK = 0
EXIT_BAD_INPUT = 2
# The summary's sections in the order a journalist reads them: what to check first leads.
SUMMARY_SECTIONS = (
    (FindingKind.CONFLICT, "Conflicts"),
    (FindingKind.LEFT_ONLY, "Only in the left article"),
    (FindingKind.RIGHT_ONLY, "Only in the right article"),
    (FindingKind.AGREE, "Corroborated"),
)


class OutputError(OSError):
    """Writing an output failed; carries the path the user gave, not the temporary file's."""

    def __init__(self, target: object, exc: OSError) -> None:
        super().__init__(exc.errno, exc.strerror or str(exc))
        self.target = str(target)


# The window is started by desktop.__main__ (without a command), so argparse cannot list it itself.
WINDOW_HELP = """\
the window (run without a command):
  crosscheck                          open the window on the built-in sample comparison
  crosscheck LEFT RIGHT               open the window comparing two articles
  crosscheck review.crosscheck        open a saved comparison, review included
  crosscheck screenshot OUT.png [LEFT RIGHT | FILE.crosscheck] [--size 1400x900]
                                      render the comparison to a PNG, without a screen

Run 'crosscheck COMMAND --help' for a command's options."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        # Raw text (for the epilog's table), so the lines are broken here.
        description="Compare two news articles about the same event: what they agree on,\n"
        "where they conflict, and what only one of them reports.",
        epilog=WINDOW_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    except BrokenPipeError:
        # The reader stopped early (``| head``): nothing went wrong. Later writes, and the
        # interpreter's flush at exit, go nowhere instead of failing again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OutputError as exc:  # a full disk, no permission...: named as the user spelled it
        print(f"crosscheck: {exc.target}: {exc.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"crosscheck: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {args.command!r}")
    return EXIT_BAD_INPUT


def _compare(args: argparse.Namespace) -> int:
    from desktop.core.compare import compare_files

    check_outputs(args, inputs=(args.left, args.right))
    report = compare_files(args.left, args.right, model=args.model)
    _write_outputs(args, _as_saved(report, stamped=bool(args.save)))
    if not args.quiet and "-" not in (args.json, args.csv, args.html):
        print(format_summary(report))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    """Reports from a saved comparison: only the file is read, so no language model is loaded."""
    from desktop.core.persistence.persist import load_comparison

    check_outputs(args, inputs=(args.file,))
    saved = load_comparison(args.file)
    _write_outputs(args, saved)
    if not args.quiet and "-" not in (args.json, args.csv, args.html):
        print(format_summary(saved))
    return EXIT_OK


_OUTPUT_OPTIONS = ("json", "html", "pdf", "csv", "save")


def check_outputs(args: argparse.Namespace, *, inputs: Sequence[Path]) -> None:
    """Refuse, before any work, an output that would overwrite an input or cannot be written."""
    for option in _OUTPUT_OPTIONS:
        target = getattr(args, option, None)
        if target is None or str(target) == "-":
            continue
        path = Path(target)
        if any(_same_file(path, source) for source in inputs):
            raise CrosscheckError(
                f"--{option} {target}: that is one of the input files; "
                "choose another output file (the input was left untouched)"
            )
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise CrosscheckError(f"--{option} {target}: the folder {folder} does not exist")
        if path.is_dir():
            raise CrosscheckError(f"--{option} {target}: is a folder; give a file name")


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):  # a broken link or a loop: fall back to the spelled paths
        return os.path.abspath(a) == os.path.abspath(b)


def _as_saved(report: Report, *, stamped: bool) -> SavedComparison:
    from desktop.core.persistence.persist import SavedComparison, stamp
    from desktop.core.results.review import default_user

    saved = SavedComparison(report=report)
    return stamp(saved, by=default_user()) if stamped else saved


def _write_outputs(args: argparse.Namespace, saved: SavedComparison) -> None:
    from desktop.core.export.export_kinds import ExportKind, export_text, write_export

    if getattr(args, "save", None):
        from desktop.core.persistence.persist import save_comparison

        with _naming(args.save):
            save_comparison(args.save, saved)
    for kind in (ExportKind.JSON, ExportKind.HTML, ExportKind.CSV):
        target = getattr(args, kind.value)
        if target == "-":
            sys.stdout.write(export_text(kind, saved))
        elif target:
            with _naming(target):
                write_export(Path(target), kind, saved)
    if args.pdf:
        render_pdf = _pdf_renderer()
        with _naming(args.pdf):
            write_export(
                args.pdf, ExportKind.PDF, saved, render_pdf=render_pdf, page_size=args.page_size
            )


def _pdf_renderer() -> PdfRenderer:
    # Imported only here: every other export works without Qt installed or a display.
    try:
        from desktop.qt.pdf_export import render_pdf
    except ImportError as exc:
        raise CrosscheckError(f"PDF export needs PySide6, which is not installed ({exc})") from None
    return render_pdf


@contextlib.contextmanager
def _naming(target: object) -> Iterator[None]:
    """An OSError while writing ``target`` names ``target``, not the temporary file beside it."""
    try:
        yield
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(target, exc) from exc


def format_summary(source: Report | SavedComparison) -> str:
    """A short human summary of the comparison as reviewed: the verdict line, then the conflicts
    and the facts worth a look, counted by ``desktop.core.results.counts`` like every other view."""
    from desktop.core.model import ReviewStatus
    from desktop.core.results.counts import (
        count_findings,
        reviewed_findings,
        sentences_line,
        verdict_line,
    )
    from desktop.core.results.labels import STATUS_LABELS, STATUS_MARKS
    from desktop.core.results.trust import TO_CHECK_LABEL, is_to_check

    report = source if isinstance(source, Report) else source.report
    counts = count_findings(source)
    lines = [f"{_name(report, 'left')}  vs  {_name(report, 'right')}"]
    lines += [f"Note: {n.message}" for n in report.summary.notices]
    lines += [verdict_line(counts, report.summary), sentences_line(counts)]
    lines += [*_shared_copy_lines(report), ""]
    findings = [f for f in reviewed_findings(source) if not f.is_statement]
    for kind, heading in SUMMARY_SECTIONS:
        # Sure conflicts first, those to check after (a stable sort keeps each in reading order).
        found = sorted((f for f in findings if f.kind is kind), key=is_to_check)
        if not found:
            continue
        lines.append(f"{heading} ({counts.facts[kind].text()}):")
        for f in found:
            left = " / ".join(dict.fromkeys(s.text for s in f.left))
            right = " / ".join(dict.fromkeys(s.text for s in f.right))
            review = ""
            if f.status is not ReviewStatus.OPEN:
                review = f"  [{STATUS_MARKS[f.status]} {STATUS_LABELS[f.status].lower()}]"
            if kind is FindingKind.CONFLICT:
                # "?" marks a conflict to check, "!" a sure one (desktop.core.results.trust).
                mark, check = ("?", f"[{TO_CHECK_LABEL}] ") if is_to_check(f) else ("!", "")
                lines.append(f"  {mark} {f.type}: {left!r} vs {right!r}: {check}{f.reason}{review}")
            elif kind is FindingKind.AGREE:
                lines.append(f"  = {f.type}: {left or right!r}{review}")
            else:
                lines.append(f"  + {f.type}: {left or right!r}{review}")
        lines.append("")
    lines += people_lines(report)
    return "\n".join(lines).rstrip() + "\n"


def _shared_copy_lines(report: Report) -> list[str]:
    """The shared-copy line when the articles print any passage in common (empty otherwise)."""
    from desktop.core.results.counts import shared_copy_line

    line = shared_copy_line(report)
    return [line + "."] if line else []


def people_lines(report: Report) -> list[str]:
    """How many people and dated moments the report holds, and each contradiction about them."""
    lines = []
    clashing = [card for card in report.people if card.has_conflict]
    if report.people:
        lines.append(
            f"People: {len(report.people)} named, {len(clashing)} with details the articles "
            "contradict" + (":" if clashing else ".")
        )
    for card in clashing:
        rows = [
            f"{c.kind} {', '.join(c.left)} vs {', '.join(c.right)}"
            for c in card.comparisons
            if c.verdict == "conflict"
        ]
        lines.append(f"  ! {card.name}: {'; '.join(rows)}")
    if report.timeline:
        placed = sum(1 for row in report.timeline if row.conflicts)
        lines.append(
            f"Timeline: {len(report.timeline)} dated moments"
            + (
                f", {placed} where a matching sentence of the other gives another time."
                if placed
                else "."
            )
        )
    return lines


def _name(report: Report, side: str) -> str:
    doc = report.left.document if side == "left" else report.right.document
    return doc.title or Path(doc.source).name
