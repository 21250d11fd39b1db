"""The report's quotes section: who is quoted saying what in each article,
by speaker, with the verdict (the shared-copy line comes from counts.shared_copy_line).

A misquote's changed words are marked in both wordings (bold, underlined), as the window marks them.
"""

from __future__ import annotations

from html import escape

from desktop.core.export.html_text import kind_chip
from desktop.core.export.quote_marks import in_marks
from desktop.core.model import Report, Side, TextRange
from desktop.core.persistence.persist import SavedComparison
from desktop.core.quoting.quote_table import QuoteRow, quote_changes, quote_rows
from desktop.core.results import palette

QUOTES_TITLE = "Quotes by speaker"


def quotes_section(saved: SavedComparison, table_open: str) -> str:
    """``<h2>`` and a table (``table_open`` is the opening tag, styled for screen or print)."""
    rows = quote_rows(saved)
    heading = f"<h2>{QUOTES_TITLE} ({len(rows)})</h2>"
    if not rows:
        return heading + "<p>No quotes found in either article.</p>"
    report = saved.report
    head = (
        '<th width="18%">Speaker</th><th width="31%">Left</th><th width="31%">Right</th>'
        '<th width="20%">Verdict</th>'
    )
    body = []
    previous = None
    for row in rows:
        speaker = "" if row.speaker == previous else escape(row.speaker)
        previous = row.speaker
        body.append(
            f"<tr><td><b>{speaker}</b></td>"
            + "".join(f'<td class="quote">{_wording(report, row, side)}</td>' for side in Side)
            + f"<td>{_verdict(row)}</td></tr>"
        )
    return (
        f"{heading}{table_open}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _wording(report: Report, row: QuoteRow, side: Side) -> str:
    quote = row.quote(side)
    if quote is None:
        return "—"
    text = report.document(side).document.text
    changed = [
        c.left if side is Side.LEFT else c.right
        for c in (quote_changes(report, row.finding) if row.finding else ())
    ]
    pieces = quote.pieces or (TextRange(quote.start, quote.end),)
    html = " … ".join(_marked(text, piece, changed) for piece in pieces)
    kind = "" if quote.direct else '<br><span class="type">reported speech</span>'
    plain = " … ".join(text[piece.start : piece.end] for piece in pieces)
    return in_marks(html, plain) + kind


def _marked(text: str, piece: TextRange, changed: list[TextRange]) -> str:
    out = []
    at = piece.start
    for c in sorted(changed, key=lambda c: c.start):
        if c.end <= c.start or not (piece.start <= c.start and c.end <= piece.end):
            continue
        out.append(escape(text[at : c.start]))
        out.append(f"<b><u>{escape(text[c.start : c.end])}</u></b>")
        at = c.end
    out.append(escape(text[at : piece.end]))
    return "".join(out)


def _verdict(row: QuoteRow) -> str:
    label = escape(palette.KIND_LABELS[row.verdict])
    if row.finding is None:
        note = f"<br>{escape(row.note)}" if row.note else ""
        return f"{kind_chip(row.verdict)} {label}{note}"
    return f"{kind_chip(row.verdict)} <b>{label}</b><br>{escape(row.finding.reason)}"
