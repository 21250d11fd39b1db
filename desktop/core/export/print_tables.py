"""Findings tables for the PDF: one small table per finding, so a page break never cuts one.

Qt's ``QTextDocument`` (which renders the print variant of the HTML) splits a table row across
pages line by line and ignores ``page-break-inside: avoid``; it can, however, start a whole table
on the next page (``desktop.qt.pdf_export`` does that for a table a page break would cut). So the
print variant gives each finding its own table. Qt sizes each table's columns on its own, so every
cell carries its column's width and the tables of one section line up as one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ROW = re.compile(r"(?=<tr\b)")
_CELL = re.compile(r"<td\b([^>]*)>")
_SPAN = re.compile(r'\b(colspan|rowspan)="(\d+)"')


def with_widths(rows: str, widths: Sequence[int]) -> str:
    """``rows`` (``<tr>`` elements) with ``width="N%"`` on every cell one column wide, the column
    found past cells that span rows or columns; cells that already have a width keep it."""
    covered = [0] * len(widths)  # rows still taken, per column, by a cell spanning rows above
    out = []
    for row in _ROW.split(rows):
        if row:
            taken = [n > 0 for n in covered]
            covered = [max(0, n - 1) for n in covered]
            out.append(_row_with_widths(row, widths, taken, covered))
    return "".join(out)


def _row_with_widths(row: str, widths: Sequence[int], taken: list[bool], covered: list[int]) -> str:
    """One row; records in ``covered`` the columns its cells span into the rows below."""
    pieces, col, last = [], 0, 0
    for m in _CELL.finditer(row):
        while col < len(widths) and taken[col]:
            col += 1
        attrs = m.group(1)
        spans = {k: int(v) for k, v in _SPAN.findall(attrs)}
        span = spans.get("colspan", 1)
        if spans.get("rowspan", 1) > 1 and col < len(widths):
            covered[col] = spans["rowspan"] - 1
        tag = m.group(0)
        if span == 1 and "width=" not in attrs and col < len(widths):
            tag = f'<td width="{widths[col]}%"{attrs}>'
        pieces += [row[last : m.start()], tag]
        last, col = m.end(), col + span
    return "".join(pieces) + row[last:]
