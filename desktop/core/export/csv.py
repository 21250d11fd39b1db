"""The findings as CSV, one row per finding, for spreadsheets, in the report's reading order:
conflicts, one-sided facts, corroborated facts, then the sentence matches (the ``section`` column).

Text returned here has no BOM; ``CSV_ENCODING`` (UTF-8 *with* BOM) is what files are written in,
because Excel reads a BOM-less CSV in the legacy Windows code page and turns "Aliyev’s" into
mojibake, while LibreOffice, Numbers, pandas and Python's csv (with ``utf-8-sig``) all accept it.
"""

from __future__ import annotations

import csv
import io

from desktop.core.export.sections import article_name, ordered_findings, quote, section_of
from desktop.core.model import Finding, Report, Side
from desktop.core.persistence.persist import SavedComparison
from desktop.core.results.trust import is_to_check

CSV_ENCODING = "utf-8-sig"
COLUMNS = (
    "id",
    "kind",
    "type",
    "left_text",
    "right_text",
    "reason",
    "confidence",
    "status",
    "note",
    # Added after the first release: appended so scripts reading columns by position still work.
    "section",
    "left_sentence",
    "right_sentence",
    "origin",
    # Issue 12: "no" for an agreement inside a passage both articles reprint (one source, not two).
    "independent",
    "person",  # the name on the person card the finding belongs to (issue 13)
    # "yes" for a conflict the engine is less sure of (desktop.core.results.trust), else "no".
    "to_check",
    # The two articles' titles (else file names) on every row: "left_text" alone does not tell a
    # spreadsheet reader, who has no report beside the file, which article is the left one.
    "left_article",
    "right_article",
)

# A cell starting with one of these is run as a formula by spreadsheet apps; article text comes
# from the web and could carry one ("=HYPERLINK(...)"), so such cells get a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_csv(source: SavedComparison | Report) -> str:
    """One row per finding as reviewed (removed ones left out), in the report's reading order."""
    report = source.report if isinstance(source, SavedComparison) else source
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, what spreadsheets expect
    writer.writerow(COLUMNS)
    people = {card.id: card.name for card in report.people}
    articles = [_safe(article_name(report, side)) for side in (Side.LEFT, Side.RIGHT)]
    for f in ordered_findings(source):
        writer.writerow(
            [
                f.id,
                f.kind.value,
                f.type,
                _safe(_texts(f, Side.LEFT)),
                _safe(_texts(f, Side.RIGHT)),
                _safe(f.reason),
                f"{f.confidence:.3f}",
                f.status.value,
                _safe(f.note),
                section_of(f).value,
                _safe(_sentence(report, f, Side.LEFT)),
                _safe(_sentence(report, f, Side.RIGHT)),
                f.origin,
                "yes" if f.independent else "no",
                _safe(people.get(f.person or "", "")),
                "yes" if is_to_check(f) else "no",
                *articles,
            ]
        )
    return out.getvalue()


def _texts(f: Finding, side: Side) -> str:
    # Several mentions of one fact ("Aliyev" three times) read as one; distinct ones are joined.
    return " | ".join(dict.fromkeys(s.text for s in f.spans(side)))


def _sentence(report: Report, f: Finding, side: Side) -> str:
    """The sentence a fact stands in; empty for whole-sentence findings (the text says it)."""
    if f.is_statement:
        return ""
    q = quote(report, f, side)
    if q is None:
        return ""
    return ("…" if q.cut_before else "") + q.text + ("…" if q.cut_after else "")


def _safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
