"""A self-contained HTML report: both articles side by side, highlighted, then the findings table.

The file must be safe to mail to an editor and open anywhere: every piece of article text, note and
metadata goes through ``html.escape``; there are no scripts and nothing to load (inline CSS only,
system fonts, no URLs), and a Content-Security-Policy forbids loading anything should a viewer try.

``for_print=True`` yields the variant Qt's ``QTextDocument`` renders for the PDF: it understands
only a subset of HTML/CSS, so that variant styles everything through attributes and inline styles
and keeps to tables, which QTextDocument lays out well.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from pathlib import Path

from desktop.core import palette
from desktop.core.counts import VERDICT_ORDER, count_findings, sentences_line, verdict_line
from desktop.core.labels import STATUS_MARKS
from desktop.core.model import Finding, FindingKind, Report, ReviewStatus, Side
from desktop.core.persist import SavedComparison, now_iso

STATEMENT = "statement"

# Which finding colours a stretch of text covered by several: what a journalist must not miss first.
_KIND_RANK = {
    FindingKind.CONFLICT: 0,
    FindingKind.LEFT_ONLY: 1,
    FindingKind.RIGHT_ONLY: 1,
    FindingKind.AGREE: 2,
}
_CSS_UNDERLINE = {"solid": "solid", "wave": "wavy", "dash": "dashed"}
_FADED = "#8A8A8A"
# Findings table columns and their share of the width: the quoted text and the review get the room.
_COLUMNS = (
    ("#", 3),
    ("Kind", 10),
    ("Type", 10),
    ("Left", 15),
    ("Right", 15),
    ("Reason", 22),
    ("Conf.", 5),
    ("Status", 8),
    ("Note", 12),
)  # text colour of dismissed findings: still legible, clearly set aside


@dataclass(frozen=True, slots=True)
class _Mark:
    """One finding's span on one side, with the finding's number in the table."""

    start: int
    end: int
    finding: Finding
    number: int

    def priority(self) -> tuple[bool, bool, int, int, str]:
        f = self.finding
        dismissed = f.status is ReviewStatus.DISMISSED
        return (f.type == STATEMENT, dismissed, _KIND_RANK[f.kind], self.end - self.start, f.id)


def export_html(source: SavedComparison | Report, *, for_print: bool = False) -> str:
    saved = source if isinstance(source, SavedComparison) else SavedComparison(report=source)
    report = saved.report
    ordered = ordered_findings(report)
    numbers = {f.id: n for n, f in enumerate(ordered, start=1)}
    title = f"Crosscheck: {_doc_name(report, Side.LEFT)} vs {_doc_name(report, Side.RIGHT)}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        # Nothing may load, even if a viewer follows something it finds in the text.
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_PRINT_CSS if for_print else _SCREEN_CSS}</style>",
        "</head><body>",
        f"<h1>{escape(title)}</h1>",
        _summary(saved),
        _about(saved),
        _legend(),
        _articles(report, numbers, for_print),
        _findings_table(ordered, for_print),
        _removed(saved),
        f'<p class="foot">Exported {escape(_day_time(now_iso()))} by Crosscheck '
        f"{escape(report.engine.app_version or '')}.</p>",
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def ordered_findings(report: Report) -> list[Finding]:
    """Findings in an editor's reading order: conflicts, one-sided, agreements; then by place."""

    def position(f: Finding) -> int:
        spans = f.left or f.right
        return min((s.start for s in spans), default=0)

    return sorted(
        report.findings,
        key=lambda f: (f.type == STATEMENT, _KIND_RANK[f.kind], f.kind.value, position(f)),
    )


# ------------------------------------------------------------------------------------- sections


def _summary(saved: SavedComparison) -> str:
    """The verdict, then counts from the findings as reviewed (user links in, removed ones out)."""
    s = saved.report.summary
    counts = count_findings(saved)
    bits = [
        f"{_kind_chip(kind)} {escape(palette.KIND_LABELS[kind])}: {counts.facts[kind].text()}"
        for kind in VERDICT_ORDER
    ]
    return (
        f'<p class="verdict"><b>{escape(verdict_line(counts, s))}</b></p>'
        f"<p>Same-event score {s.same_event_score:.0%} · corroboration "
        f"{counts.facts.corroboration:.0%}<br>"
        f"Facts: {' · '.join(bits)}<br>{escape(sentences_line(counts))}</p>"
    )


def _about(saved: SavedComparison) -> str:
    report = saved.report
    rows = []
    for side in (Side.LEFT, Side.RIGHT):
        ref = saved.source(side)
        doc = report.document(side).document
        facts = " · ".join(escape(x) for x in (doc.title, doc.date, doc.byline) if x)
        rows.append(
            f"<tr><th>{side.value.capitalize()}</th><td>{escape(Path(ref.path).name or ref.path)}"
            f'<br><span class="small">{escape(ref.path)}</span>'
            + (f"<br>{facts}" if facts else "")
            + f'</td><td class="hash">SHA-256 {escape(ref.sha256 or "not recorded")}</td></tr>'
        )
    statuses = Counter(f.status for f in report.findings)
    review = ", ".join(f"{statuses.get(st, 0)} {st.value}" for st in ReviewStatus)
    if saved.saved_at:
        when = f"Reviewed (saved) {escape(_day_time(saved.saved_at))}"
        when += f" by {escape(saved.saved_by)}" if saved.saved_by else ""
    else:
        when = "Not saved yet"
    user_links = len(saved.user_links)
    rows.append(
        f'<tr><th>Review</th><td colspan="2">{when}. Findings: {review}; '
        f"{user_links} added by the reviewer, {len(saved.removed)} removed.</td></tr>"
    )
    e = report.engine
    engine = (
        f"Crosscheck {escape(e.app_version or '?')}, language model {escape(e.model)} "
        f"{escape(e.model_version)}"
        + (f", spaCy {escape(e.spacy_version)}" if e.spacy_version else "")
    )
    rows.append(f'<tr><th>Engine</th><td colspan="2">{engine}</td></tr>')
    return (
        '<table class="about" width="100%" cellspacing="0" cellpadding="3">'
        + "".join(rows)
        + "</table>"
    )


def _legend() -> str:
    kinds = " &nbsp; ".join(
        _styled_sample(kind, palette.KIND_LABELS[kind])
        for kind in (FindingKind.AGREE, FindingKind.CONFLICT, FindingKind.LEFT_ONLY)
    )
    light = palette.LIGHT
    statement = (
        f'<span style="background-color:{light.kinds[FindingKind.AGREE].faint}">'
        "whole sentence</span>"
    )
    statuses = (
        " &nbsp; ".join(f"{mark} {st.value}" for st, mark in STATUS_MARKS.items() if mark)
        + f' &nbsp; <span style="color:{_FADED}">faded: dismissed</span>'
    )
    types = " &nbsp; ".join(
        f'<span style="color:{light.types[members[0]]}">●</span> {escape(label)}'
        for label, members in palette.TYPE_GROUPS
    )
    return (
        '<p class="legend"><b>Legend</b> &nbsp; '
        f"{kinds} &nbsp; {statement} (paler: a sentence-level finding)<br>"
        f"Review: {statuses}. Superscripts give the finding's symbol and its number in the table "
        f"below.<br>Types: {types}</p>"
    )


def _articles(report: Report, numbers: dict[str, int], for_print: bool) -> str:
    cells = []
    for side in (Side.LEFT, Side.RIGHT):
        doc = report.document(side).document
        heading = escape(_doc_name(report, side))
        sub = " · ".join(escape(x) for x in (Path(doc.source).name, doc.date) if x)
        body = highlight_text(doc.text, _marks(report, side, numbers))
        cells.append(
            f'<td class="article" width="50%" valign="top"><h2>{side.value.capitalize()}: '
            f'{heading}</h2><p class="small">{sub}</p><div class="text">{body}</div></td>'
        )
    spacing = 'cellspacing="0" cellpadding="6" border="0"' if for_print else ""
    return f'<table class="articles" width="100%" {spacing}><tr>{cells[0]}{cells[1]}</tr></table>'


def _findings_table(ordered: list[Finding], for_print: bool) -> str:
    head = "".join(f'<th width="{w}%">{h}</th>' for h, w in _COLUMNS)
    rows = []
    for n, f in enumerate(ordered, start=1):
        faded = f.status is ReviewStatus.DISMISSED
        row_style = f' style="color:{_FADED}"' if faded else ""
        origin = " (added by reviewer)" if f.origin == "user" else ""
        status = f"{STATUS_MARKS[f.status]} {f.status.value}".strip()
        rows.append(
            f'<tr class="{f.kind.value}"{row_style}><td>{n}</td>'
            f"<td>{_kind_chip(f.kind)} {escape(palette.KIND_LABELS[f.kind])}</td>"
            f'<td><span style="color:{palette.type_colour(f.type)}">●</span>&nbsp;'
            f"{escape(f.type)}</td>"
            f"<td>{_span_texts(f, Side.LEFT)}</td><td>{_span_texts(f, Side.RIGHT)}</td>"
            f"<td>{escape(f.reason)}{escape(origin)}</td><td>{f.confidence:.2f}</td>"
            f"<td>{escape(status)}</td><td>{_multiline(f.note)}</td></tr>"
        )
    if not rows:
        rows.append('<tr><td colspan="9">No findings.</td></tr>')
    attrs = (
        'width="100%" cellspacing="0" cellpadding="3" border="1" '
        'style="border-collapse:collapse;border-color:#999999"'
        if for_print
        else ""
    )
    return (
        f'<h2 class="findings-head">Findings ({len(ordered)})</h2>'
        f'<table class="findings" {attrs}><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _removed(saved: SavedComparison) -> str:
    if not saved.removed:
        return ""
    ids = ", ".join(escape(i) for i in saved.removed)
    return (
        f'<p class="small">Engine findings removed by the reviewer as wrong links '
        f"({len(saved.removed)}): {ids}</p>"
    )


# ------------------------------------------------------------------------------------ highlighting


def _marks(report: Report, side: Side, numbers: dict[str, int]) -> list[_Mark]:
    length = len(report.document(side).document.text)
    return [
        _Mark(max(0, s.start), min(length, s.end), f, numbers[f.id])
        for f in report.findings
        for s in f.spans(side)
        if min(length, s.end) > max(0, s.start)
    ]


def highlight_text(text: str, marks: list[_Mark]) -> str:
    """Escaped ``text`` with each stretch wrapped in the style of the finding that wins it.

    The text is cut at every span boundary; each piece takes the highest-priority finding covering
    it (conflict > one-sided > agreement > whole sentence; among equals the innermost), so nested
    and overlapping spans never produce crossed tags. A superscript after each entity-level span
    gives the finding's symbol and number.
    """
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[_Mark]] = {}
    ending: dict[int, list[_Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
        ending.setdefault(m.end, []).append(m)
    active: set[_Mark] = set()
    out: list[str] = []
    for a, b in pairwise(cuts):
        active.difference_update(ending.get(a, ()))
        active.update(starting.get(a, ()))
        piece = _plain(text[a:b])
        out.append(_wrap(piece, min(active, key=_Mark.priority)) if active else piece)
        refs = sorted(
            (m for m in ending.get(b, ()) if m.finding.type != STATEMENT),
            key=lambda m: m.number,
        )
        out.extend(_ref(m.finding, m.number) for m in refs)
    return "".join(out)


def _wrap(piece: str, mark: _Mark) -> str:
    f = mark.finding
    colours = palette.LIGHT.kinds[f.kind]
    if f.type == STATEMENT:
        style = f"background-color:{colours.faint}"
    else:
        underline = _CSS_UNDERLINE[palette.KIND_CUES[f.kind][0]]
        style = (
            f"background-color:{colours.tint};text-decoration:underline {underline} "
            f"{colours.strong}"
        )
        if f.kind is FindingKind.CONFLICT:
            style += ";font-weight:600"
    if f.status is ReviewStatus.DISMISSED:
        style = f"color:{_FADED};background-color:{colours.faint}"
    title = f"{palette.KIND_LABELS[f.kind]} · {f.type} · {f.status.value} (#{mark.number})"
    return f'<span style="{style}" title="{escape(title)}">{piece}</span>'


def _ref(f: Finding, number: int) -> str:
    colour = _FADED if f.status is ReviewStatus.DISMISSED else palette.LIGHT.kinds[f.kind].strong
    symbol = palette.KIND_CUES[f.kind][1]
    label = f"{symbol}{number}{STATUS_MARKS[f.status]}"
    return f'<sup style="color:{colour}">{escape(label)}</sup>'


# ------------------------------------------------------------------------------------------ bits


def _kind_chip(kind: FindingKind) -> str:
    colours = palette.LIGHT.kinds[kind]
    symbol = palette.KIND_CUES[kind][1]
    return (
        f'<span style="background-color:{colours.tint};color:{colours.strong}">'
        f"&nbsp;{escape(symbol)}&nbsp;</span>"
    )


def _styled_sample(kind: FindingKind, label: str) -> str:
    colours = palette.LIGHT.kinds[kind]
    underline = _CSS_UNDERLINE[palette.KIND_CUES[kind][0]]
    symbol = palette.KIND_CUES[kind][1]
    return (
        f'<span style="background-color:{colours.tint};text-decoration:underline {underline} '
        f'{colours.strong}">{escape(label)}</span><sup style="color:{colours.strong}">'
        f"{escape(symbol)}</sup>"
    )


def _span_texts(f: Finding, side: Side) -> str:
    texts = dict.fromkeys(s.text for s in f.spans(side))  # same words twice read as noise
    return " · ".join(_multiline(t) for t in texts) if texts else "—"


def _plain(text: str) -> str:
    return _multiline(text)


def _multiline(text: str) -> str:
    return escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _doc_name(report: Report, side: Side) -> str:
    doc = report.document(side).document
    return doc.title or Path(doc.source).name or side.value


def _day_time(iso: str) -> str:
    """'2024-05-02T10:31:00Z' as '2024-05-02 10:31 UTC': the precision an editor needs."""
    if "T" not in iso:
        return iso
    day, _, rest = iso.partition("T")
    clock = rest[:5]
    zone = " UTC" if rest.endswith(("Z", "+00:00")) else ""
    return f"{day} {clock}{zone}"


_SCREEN_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; color: #1b1b1b; background: #fff; margin: 1.5em auto; max-width: 75em;
  padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0 0 .3em; }
h2 { font-size: 1.15em; margin: .2em 0; }
.small, .foot { font-size: .85em; color: #555; }
.verdict { font-size: 1.1em; margin: .2em 0; }
table { border-collapse: collapse; }
.about th { text-align: left; vertical-align: top; padding-right: 1em; white-space: nowrap; }
.about td { vertical-align: top; padding: .2em .5em .4em 0; }
.hash { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8em;
  word-break: break-all; }
.legend { border: 1px solid #ddd; padding: .5em .8em; background: #fafafa; font-size: .9em; }
.articles { table-layout: fixed; width: 100%; margin: 1em 0; }
.article { vertical-align: top; padding: 0 .8em; border-left: 1px solid #ddd; }
.article:first-child { border-left: none; padding-left: 0; }
.text { font-family: Georgia, "Times New Roman", serif; font-size: 1.02em; line-height: 1.6; }
.text sup { font-family: system-ui, sans-serif; font-size: .65em; font-weight: 600; }
.findings { width: 100%; font-size: .88em; }
.findings th, .findings td { border: 1px solid #ccc; padding: .3em .45em; text-align: left;
  vertical-align: top; }
.findings th { background: #f0f0f0; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .findings-head { break-before: page; page-break-before: always; }
  .findings tr { break-inside: avoid; page-break-inside: avoid; }
  .findings thead { display: table-header-group; }
  .legend { background: none; }
}
"""

# Qt's QTextDocument honours only simple rules: font sizes and families, margins, colours.
_PRINT_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #1b1b1b; }
h1 { font-size: 14pt; }
h2 { font-size: 10.5pt; }
.small, .foot, .hash { font-size: 7pt; color: #555555; }
.text { font-family: "DejaVu Serif", Georgia, serif; font-size: 8.5pt; }
.legend { font-size: 7.5pt; }
.findings { font-size: 7pt; }
.findings th { background-color: #eeeeee; }
.findings-head { page-break-before: always; }
"""
