"""The findings as CSV, one row per finding, for spreadsheets.

Text returned here has no BOM; ``CSV_ENCODING`` (UTF-8 *with* BOM) is what files are written in,
because Excel reads a BOM-less CSV in the legacy Windows code page and turns "Aliyev’s" into
mojibake, while LibreOffice, Numbers, pandas and Python's csv (with ``utf-8-sig``) all accept it.
"""

from __future__ import annotations

import csv
import io

from desktop.core.model import Finding, Report, Side

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
)

# A cell starting with one of these is run as a formula by spreadsheet apps; article text comes
# from the web and could carry one ("=HYPERLINK(...)"), so such cells get a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, what spreadsheets expect
    writer.writerow(COLUMNS)
    for f in report.findings:
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
            ]
        )
    return out.getvalue()


def _texts(f: Finding, side: Side) -> str:
    # Several mentions of one fact ("Aliyev" three times) read as one; distinct ones are joined.
    return " | ".join(dict.fromkeys(s.text for s in f.spans(side)))


def _safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
