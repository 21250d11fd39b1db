"""A self-contained HTML report that reads conflicts first.

The first page carries what an editor acts on: the two articles (title, source, date, hash), the
engine's notices, the verdict line, and every conflict with both quoted sentences, whom each
sentence relies on, the review status and the note. Then the facts only one article gives, then
the corroborated ones. The full texts, highlighted, and the sentence matches form the appendix.

The file must be safe to mail to an editor and open anywhere: every piece of article text, note and
metadata goes through ``html.escape``; there are no scripts and nothing to load (inline CSS only,
system fonts, no URLs), and a Content-Security-Policy forbids loading anything should a viewer try.

``for_print=True`` yields the variant Qt's ``QTextDocument`` renders for the PDF: it understands
only a subset of HTML/CSS, so that variant also styles through attributes and keeps to tables,
which QTextDocument lays out well.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from desktop.core.export.html_people import people_section, timeline_section
from desktop.core.export.html_quotes import quotes_section
from desktop.core.export.html_style import PRINT_CSS, SCREEN_CSS
from desktop.core.export.html_text import (
    FADED,
    Mark,
    highlight_text,
    kind_chip,
    marks,
    multiline,
    quote_html,
    styled_sample,
)
from desktop.core.export.print_tables import with_widths
from desktop.core.export.sections import (
    SECTION_TITLES,
    Section,
    article_name,
    ordered_findings,
    quote,
    section_of,
)
from desktop.core.model import Finding, FindingKind, Report, ReviewStatus, Side
from desktop.core.persistence.persist import SavedComparison, now_iso
from desktop.core.results import palette
from desktop.core.results.counts import (
    VERDICT_ORDER,
    count_findings,
    review_line,
    sentences_line,
    shared_copy_line,
    verdict_line,
)
from desktop.core.results.labels import STATUS_MARKS, status_text
from desktop.core.results.trust import TO_CHECK_HINT, TO_CHECK_LABEL, is_to_check

__all__ = ["Mark", "export_html", "highlight_text", "ordered_findings"]


@dataclass(frozen=True, slots=True)
class _Context:
    saved: SavedComparison
    numbers: dict[str, int]  # finding id -> its number, the same on every page
    for_print: bool

    @property
    def report(self) -> Report:
        return self.saved.report

    def table(self, css_class: str) -> str:
        """A table's opening tag; Qt needs borders and widths as attributes."""
        if not self.for_print:
            return f'<table class="{css_class}">'
        return (
            f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="3" border="1" '
            'style="border-collapse:collapse;border-color:#999999">'
        )


def export_html(source: SavedComparison | Report, *, for_print: bool = False) -> str:
    saved = source if isinstance(source, SavedComparison) else SavedComparison(report=source)
    report = saved.report
    ordered = ordered_findings(saved)
    ctx = _Context(saved, {f.id: n for n, f in enumerate(ordered, start=1)}, for_print)
    by_section: dict[Section, list[Finding]] = {s: [] for s in Section}
    for f in ordered:
        by_section[section_of(f)].append(f)
    title = f"Crosscheck: {_doc_name(report, Side.LEFT)} vs {_doc_name(report, Side.RIGHT)}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        # Nothing may load, even if a viewer follows something it finds in the text.
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{PRINT_CSS if for_print else SCREEN_CSS}</style>",
        "</head><body>",
        "<h1>Crosscheck report</h1>",
        _about(saved),
        _notices(report),
        _verdict(saved),
        _section(ctx, Section.CONFLICTS, by_section, _conflict_rows),
        _section(ctx, Section.ONE_SIDED, by_section, _one_sided_rows),
        _section(ctx, Section.AGREEMENTS, by_section, _agreement_rows),
        quotes_section(saved, ctx.table("findings quotes")),
        people_section(report, ctx.table),
        timeline_section(report, ctx.table),
        '<h2 class="appendix">Appendix A · The two articles</h2>',
        _legend(),
        _articles(ctx),
        _section(ctx, Section.SENTENCES, by_section, _sentence_rows, prefix="Appendix B · "),
        _removed(saved),
        _engine(report),
        f'<p class="foot">Exported {escape(_day_time(now_iso()))} by Crosscheck '
        f"{escape(report.engine.app_version or '')}.</p>",
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


# ------------------------------------------------------------------------------------ first page


def _about(saved: SavedComparison) -> str:
    """Which two articles, exactly: title, file, date and byline, and the hash of the bytes read."""
    report = saved.report
    rows = []
    for side in (Side.LEFT, Side.RIGHT):
        ref = saved.source(side)
        doc = report.document(side).document
        name = Path(ref.path).name or ref.path
        # The file's name, then where it was: once when compared from the folder it sits in.
        where = name if name == ref.path else f"{name} · {ref.path}"
        facts = " · ".join(escape(x) for x in (doc.date, doc.byline) if x)
        rows.append(
            f"<tr><th>{side.value.capitalize()}</th><td><b>{escape(_doc_name(report, side))}</b>"
            + (f" · {facts}" if facts else "")
            + f'<br><span class="small">{escape(where)}</span>'
            + f'<br><span class="hash">SHA-256 {escape(ref.sha256 or "not recorded")}</span>'
            "</td></tr>"
        )
    if saved.saved_at:
        when = f"Reviewed (saved) {escape(_day_time(saved.saved_at))}"
        when += f" by {escape(saved.saved_by)}" if saved.saved_by else ""
    else:
        when = "Not saved yet"
    counts = count_findings(saved)
    changes = f"{counts.user_links} added by the reviewer, {counts.removed} removed"
    rows.append(
        f"<tr><th>Review</th><td>{when}. {escape(review_line(counts))}; {changes}.</td></tr>"
    )
    return (
        '<table class="about" width="100%" cellspacing="0" cellpadding="2">'
        + "".join(rows)
        + "</table>"
    )


def _notices(report: Report) -> str:
    notices = report.summary.notices
    if not notices:
        return ""
    items = "<br>".join(
        "⚠ "
        + (f"{n.side.value.capitalize()} article: " if n.side is not None else "")
        + escape(n.message)
        for n in notices
    )
    return (
        '<table class="notices" width="100%" cellspacing="0" cellpadding="5" border="1" '
        f'style="border-color:{palette.LIGHT.kinds[FindingKind.CONFLICT].strong}">'
        f'<tr><td bgcolor="{palette.LIGHT.kinds[FindingKind.CONFLICT].faint}">'
        f"<b>Before reading the verdicts</b><br>{items}</td></tr></table>"
    )


def _verdict(saved: SavedComparison) -> str:
    """The verdict, then counts from the findings as reviewed (user links in, removed ones out)."""
    s = saved.report.summary
    counts = count_findings(saved)
    bits = [
        f"{kind_chip(kind)} {escape(palette.KIND_LABELS[kind])}: {counts.facts[kind].text()}"
        + (_to_check_count(counts.facts.to_check.total) if kind is FindingKind.CONFLICT else "")
        for kind in VERDICT_ORDER
    ]
    marks_legend = " · ".join(f"{mark} {st.value}" for st, mark in STATUS_MARKS.items() if mark)
    shared = shared_copy_line(saved.report)
    return (
        f'<p class="verdict"><b>{escape(verdict_line(counts, s))}</b></p>'
        f"<p>Facts: {' &nbsp; '.join(bits)}<br>{escape(sentences_line(counts))}<br>"
        + (f"{escape(shared)}<br>" if shared else "")
        + f'<span class="small">Same-event score {s.same_event_score:.0%} · corroboration '
        f"{counts.facts.corroboration:.0%} (independent) · review marks: {escape(marks_legend)}</span></p>"
    )


def _to_check_count(n: int) -> str:
    """ " (2 to check)" after the conflicts' count when the engine is less sure of some."""
    return f" ({n} {TO_CHECK_LABEL})" if n else ""


RowMaker = Callable[[_Context, Finding, int], str]

# Column headings and their share of the table's width, per section. Quotes and wording get the
# room; the number column fits "≠88", the review column a status and a short note.
_HEADS: dict[Section, tuple[tuple[str, int], ...]] = {
    Section.CONFLICTS: (("#", 5), ("Left", 37), ("Right", 37), ("Review", 21)),
    Section.ONE_SIDED: (("#", 5), ("Fact", 22), ("In the sentence", 52), ("Review", 21)),
    Section.AGREEMENTS: (("#", 5), ("Left", 37), ("Right", 37), ("Review", 21)),
    Section.SENTENCES: (("#", 5), ("Left", 37), ("Right", 37), ("Review", 21)),
}


def _section(
    ctx: _Context,
    section: Section,
    by_section: dict[Section, list[Finding]],
    rows: RowMaker,
    *,
    prefix: str = "",
) -> str:
    findings = by_section[section]
    heading = f"{prefix}{SECTION_TITLES[section]} ({len(findings)})"
    css = ' class="appendix"' if prefix else ""
    if not findings:
        return f"<h2{css}>{escape(heading)}</h2><p>None.</p>"
    head = "".join(
        f'<th width="{w}%">{escape(_heading(ctx.report, h))}</th>' for h, w in _HEADS[section]
    )
    table = ctx.table("findings " + section.value)
    if ctx.for_print:  # one table per finding, so the PDF moves a finding whole to the next page
        widths = [w for _, w in _HEADS[section]]
        tables = [
            f"{table}{f'<thead><tr>{head}</tr></thead>' if i == 0 else ''}"
            f"<tbody>{with_widths(rows(ctx, f, ctx.numbers[f.id]), widths)}</tbody></table>"
            for i, f in enumerate(findings)
        ]
        return f"<h2{css}>{escape(heading)}</h2>{''.join(tables)}"
    body = "".join(rows(ctx, f, ctx.numbers[f.id]) for f in findings)
    return (
        f"<h2{css}>{escape(heading)}</h2>{table}"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _conflict_rows(ctx: _Context, f: Finding, n: int) -> str:
    """Two rows: what clashes and why, then each side's sentence and the review."""
    quotes = "".join(f'<td class="quote">{_quoted(ctx, f, n, side)}</td>' for side in Side)
    return (
        f'<tr class="{f.kind.value}"{_faded(f)}><td rowspan="2">{_number(f, n)}</td>'
        f'<td colspan="3"><b>{escape(_type_word(f).capitalize())}</b> · {_check_label(f)}'
        f"{escape(f.reason)}</td></tr>"
        f'<tr class="quotes"{_faded(f)}>{quotes}<td>{_review(f)}</td></tr>'
    )


def _check_label(f: Finding) -> str:
    """ "To check · " before the reason of a conflict the engine is less sure of (the legend
    says why), so a printed report keeps the window's two kinds of red mark apart."""
    if not is_to_check(f):
        return ""
    return f"<b><i>{escape(TO_CHECK_LABEL.capitalize())}</i></b> · "


def _one_sided_rows(ctx: _Context, f: Finding, n: int) -> str:
    side = Side.LEFT if f.kind is FindingKind.LEFT_ONLY else Side.RIGHT
    return (
        f'<tr class="{f.kind.value}"{_faded(f)}><td>{_number(f, n)}</td>'
        f"<td>{_wording(f, side)}<br>"
        f'<span class="type">{escape(f"{_type_word(f)} · only {side.value}")}</span></td>'
        f'<td class="quote">{_quoted(ctx, f, n, side)}</td><td>{_review(f)}</td></tr>'
    )


def _agreement_rows(ctx: _Context, f: Finding, n: int) -> str:
    return (
        f'<tr class="{f.kind.value}"{_faded(f)}><td>{_number(f, n)}</td>'
        f"<td>{_wording(f, Side.LEFT)}<br>"
        f'<span class="type">{escape(_type_word(f))}</span></td>'
        f"<td>{_wording(f, Side.RIGHT)}</td><td>{_review(f)}</td></tr>"
    )


def _sentence_rows(ctx: _Context, f: Finding, n: int) -> str:
    return (
        f'<tr class="{f.kind.value}"{_faded(f)}><td>{_number(f, n)}</td>'
        f'<td class="quote">{_wording(f, Side.LEFT)}</td>'
        f'<td class="quote">{_wording(f, Side.RIGHT)}</td>'
        f'<td>{_review(f)}<br><span class="type">{escape(f.reason)}</span></td></tr>'
    )


# ------------------------------------------------------------------------------------- appendix


def _legend() -> str:
    kinds = " &nbsp; ".join(
        styled_sample(kind, palette.KIND_LABELS[kind])
        for kind in (FindingKind.AGREE, FindingKind.CONFLICT, FindingKind.LEFT_ONLY)
    )
    check = styled_sample(
        FindingKind.CONFLICT, f"{palette.KIND_LABELS[FindingKind.CONFLICT]} {TO_CHECK_LABEL}"
    ).replace(
        f"background-color:{palette.LIGHT.kinds[FindingKind.CONFLICT].tint}",
        f"background-color:{palette.LIGHT.kinds[FindingKind.CONFLICT].faint}",
        1,
    )
    light = palette.LIGHT
    statement = (
        f'<span style="background-color:{light.kinds[FindingKind.AGREE].faint}">'
        "whole sentence</span>"
    )
    statuses = (
        " &nbsp; ".join(f"{mark} {st.value}" for st, mark in STATUS_MARKS.items() if mark)
        + f' &nbsp; <span style="color:{FADED}">faded: dismissed</span>'
    )
    types = " &nbsp; ".join(
        f'<span style="color:{light.types[members[0]]}">●</span> {escape(label)}'
        for label, members in palette.TYPE_GROUPS
    )
    return (
        '<p class="legend"><b>Legend</b> &nbsp; '
        f"{kinds} &nbsp; {statement} (paler: a sentence-level finding)<br>"
        f"{check} (pale, no bold): {escape(TO_CHECK_HINT)}<br>"
        f"Review: {statuses}. Superscripts give the finding's symbol and its number in the "
        f"tables.<br>Types: {types}</p>"
    )


def _articles(ctx: _Context) -> str:
    report = ctx.report
    cells = []
    for side in (Side.LEFT, Side.RIGHT):
        doc = report.document(side).document
        heading = escape(_doc_name(report, side))
        sub = " · ".join(escape(x) for x in (Path(doc.source).name, doc.date) if x)
        body = highlight_text(doc.text, marks(report, side, ctx.numbers))
        cells.append(
            f'<td class="article" width="50%" valign="top"><h2>{side.value.capitalize()}: '
            f'{heading}</h2><p class="small">{sub}</p><div class="text">{body}</div></td>'
        )
    spacing = 'cellspacing="0" cellpadding="6" border="0"' if ctx.for_print else ""
    return f'<table class="articles" width="100%" {spacing}><tr>{cells[0]}{cells[1]}</tr></table>'


def _removed(saved: SavedComparison) -> str:
    if not saved.removed:
        return ""
    ids = ", ".join(escape(i) for i in saved.removed)
    return (
        f'<p class="small">Engine findings removed by the reviewer as wrong links '
        f"({len(saved.removed)}): {ids}</p>"
    )


def _engine(report: Report) -> str:
    e = report.engine
    return (
        f'<p class="small">Compared by Crosscheck {escape(e.app_version or "?")}, language model '
        f"{escape(e.model)} {escape(e.model_version)}"
        + (f", spaCy {escape(e.spacy_version)}" if e.spacy_version else "")
        + ".</p>"
    )


# ------------------------------------------------------------------------------------------ bits


def _number(f: Finding, n: int) -> str:
    return f"{kind_chip(f.kind)}<br>{n}"


def _review(f: Finding) -> str:
    status = escape(status_text(f.status, open_text="open"))
    # Labelled: under a status, an unlabelled note read as more of the engine's reason.
    note = f'<br><span class="note"><b>Note:</b> {multiline(f.note)}</span>' if f.note else ""
    by = ""
    if f.origin == "user":  # the reviewer's own link: say so, with what they wrote as its reason
        by = f'<br><span class="type">added by reviewer: {escape(f.reason)}</span>'
    return f"<b>{status}</b>{note}{by}" if f.status is not ReviewStatus.OPEN else status + note + by


def _quoted(ctx: _Context, f: Finding, n: int, side: Side) -> str:
    q = quote(ctx.report, f, side)
    return quote_html(q, f, n) if q is not None else "—"


def _wording(f: Finding, side: Side) -> str:
    texts = dict.fromkeys(s.text for s in f.spans(side))  # same words twice read as noise
    return " · ".join(multiline(t) for t in texts) if texts else "—"


def _faded(f: Finding) -> str:
    return f' style="color:{FADED}"' if f.status is ReviewStatus.DISMISSED else ""


def _type_word(f: Finding) -> str:
    return "sentence" if f.is_statement else str(f.type)


def _heading(report: Report, heading: str) -> str:
    """'Left' and 'Right' column headings name the article, shortened to fit."""
    if heading not in ("Left", "Right"):
        return heading
    name = _doc_name(report, Side(heading.lower()))
    return f"{heading}: {name[:40] + '…' if len(name) > 40 else name}"


def _doc_name(report: Report, side: Side) -> str:
    return article_name(report, side)


def _day_time(iso: str) -> str:
    """'2024-05-02T10:31:00Z' as '2024-05-02 10:31 UTC': the precision an editor needs."""
    if "T" not in iso:
        return iso
    day, _, rest = iso.partition("T")
    clock = rest[:5]
    zone = " UTC" if rest.endswith(("Z", "+00:00")) else ""
    return f"{day} {clock}{zone}"
