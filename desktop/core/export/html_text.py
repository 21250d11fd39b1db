"""Article text as HTML: escaped, with each finding's span styled as the window shows it.

Used for the full texts in the report's appendix and for the quoted sentences on its first page.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import pairwise

from desktop.core.export.quote_marks import in_marks
from desktop.core.export.sections import Quote
from desktop.core.model import Finding, FindingKind, Report, ReviewStatus, Side
from desktop.core.results import palette
from desktop.core.results.labels import STATUS_MARKS
from desktop.core.results.trust import TO_CHECK_LABEL, is_to_check

# Which finding colours a stretch of text covered by several: what a journalist must not miss first.
_KIND_RANK = {
    FindingKind.CONFLICT: 0,
    FindingKind.LEFT_ONLY: 1,
    FindingKind.RIGHT_ONLY: 1,
    FindingKind.AGREE: 2,
}
_CSS_UNDERLINE = {"solid": "solid", "wave": "wavy", "dash": "dashed"}
FADED = "#8A8A8A"  # text colour of dismissed findings: still legible, clearly set aside


@dataclass(frozen=True, slots=True)
class Mark:
    """One finding's span on one side, with the finding's number in the report."""

    start: int
    end: int
    finding: Finding
    number: int

    def priority(self) -> tuple[bool, bool, int, int, str]:
        f = self.finding
        dismissed = f.status is ReviewStatus.DISMISSED
        return (f.is_statement, dismissed, _KIND_RANK[f.kind], self.end - self.start, f.id)


def marks(report: Report, side: Side, numbers: dict[str, int]) -> list[Mark]:
    """Every span on ``side`` of the findings that have a number (the reviewed ones)."""
    length = len(report.document(side).document.text)
    return [
        Mark(max(0, s.start), min(length, s.end), f, numbers[f.id])
        for f in report.findings
        if f.id in numbers
        for s in f.spans(side)
        if min(length, s.end) > max(0, s.start)
    ]


def highlight_text(text: str, marks: list[Mark], *, refs: bool = True) -> str:
    """Escaped ``text`` with each stretch wrapped in the style of the finding that wins it.

    The text is cut at every span boundary; each piece takes the highest-priority finding covering
    it (conflict > one-sided > agreement > whole sentence; among equals the innermost), so nested
    and overlapping spans never produce crossed tags. With ``refs``, a superscript after each
    entity-level span gives the finding's symbol and number.
    """
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    ending: dict[int, list[Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
        ending.setdefault(m.end, []).append(m)
    active: set[Mark] = set()
    out: list[str] = []
    for a, b in pairwise(cuts):
        active.difference_update(ending.get(a, ()))
        active.update(starting.get(a, ()))
        piece = multiline(text[a:b])
        out.append(_wrap(piece, min(active, key=Mark.priority)) if active else piece)
        if refs:
            ends = (m for m in ending.get(b, ()) if not m.finding.is_statement)
            out.extend(_ref(m.finding, m.number) for m in sorted(ends, key=lambda m: m.number))
    return "".join(out)


def quote_html(quote: Quote, finding: Finding, number: int) -> str:
    """The quoted sentence with the fact styled in it, then whom the sentence relies on."""
    spans = [Mark(start, end, finding, number) for start, end in quote.marks if end > start]
    body = highlight_text(quote.text, spans, refs=False)
    text = ("…" if quote.cut_before else "") + body + ("…" if quote.cut_after else "")
    source = []
    if quote.attribution:
        source.append(f"according to {escape(quote.attribution)}")
    if quote.hedged:
        source.append("hedged: the article does not confirm it")
    extra = f'<br><span class="small">{"; ".join(source)}</span>' if source else ""
    return in_marks(text, quote.text) + extra


def _wrap(piece: str, mark: Mark) -> str:
    f = mark.finding
    colours = palette.LIGHT.kinds[f.kind]
    if f.is_statement:
        style = f"background-color:{colours.faint}"
    else:
        underline = _CSS_UNDERLINE[palette.KIND_CUES[f.kind][0]]
        # A conflict to check keeps the wavy underline on the pale wash, as in the window; only a
        # sure conflict is solid and bold.
        fill = colours.faint if is_to_check(f) else colours.tint
        style = f"background-color:{fill};text-decoration:underline {underline} {colours.strong}"
        if f.kind is FindingKind.CONFLICT and not is_to_check(f):
            style += ";font-weight:600"
    if f.status is ReviewStatus.DISMISSED:
        style = f"color:{FADED};background-color:{colours.faint}"
    label = palette.KIND_LABELS[f.kind] + (f" {TO_CHECK_LABEL}" if is_to_check(f) else "")
    title = f"{label} · {f.type} · {f.status.value} (#{mark.number})"
    return f'<span style="{style}" title="{escape(title)}">{piece}</span>'


def _ref(f: Finding, number: int) -> str:
    colour = FADED if f.status is ReviewStatus.DISMISSED else palette.LIGHT.kinds[f.kind].strong
    symbol = palette.KIND_CUES[f.kind][1]
    label = f"{symbol}{number}{STATUS_MARKS[f.status]}"
    return f'<sup style="color:{colour}">{escape(label)}</sup>'


def kind_chip(kind: FindingKind) -> str:
    """The kind's symbol on its tint: the colour-free cue, coloured where colour prints."""
    colours = palette.LIGHT.kinds[kind]
    symbol = palette.KIND_CUES[kind][1]
    return (
        f'<span style="background-color:{colours.tint};color:{colours.strong}">'
        f"&nbsp;{escape(symbol)}&nbsp;</span>"
    )


def styled_sample(kind: FindingKind, label: str) -> str:
    colours = palette.LIGHT.kinds[kind]
    underline = _CSS_UNDERLINE[palette.KIND_CUES[kind][0]]
    symbol = palette.KIND_CUES[kind][1]
    return (
        f'<span style="background-color:{colours.tint};text-decoration:underline {underline} '
        f'{colours.strong}">{escape(label)}</span><sup style="color:{colours.strong}">'
        f"{escape(symbol)}</sup>"
    )


def multiline(text: str) -> str:
    return escape(text).replace("\r\n", "\n").replace("\n", "<br>")
