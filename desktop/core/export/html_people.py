"""The report's People and Timeline sections: what each article says about each person, and when
each says things happened, left beside right.

A person's row lists each side's attributes by kind; a kind the articles contradict (ages 43 and
44, killed and injured) carries the conflict chip, a kind they give differently (a rank beside a
job) is shown plainly. A timeline row gives the moment at the precision the text gives, with a
conflict chip where a conflict finding holds its words, and the other article's time where a
matching sentence places its happening elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from desktop.core.datetimes.when_text import when_text
from desktop.core.export.html_text import kind_chip
from desktop.core.export.quote_marks import in_marks
from desktop.core.model import (
    FindingKind,
    MentionType,
    PersonCard,
    PersonSide,
    Report,
    Side,
    Span,
    TimelineEntry,
)
from desktop.core.persons.mention_finder import NamedInstead, named_instead
from desktop.core.persons.people import CONFLICT, KINDS

TableOpener = Callable[[str], str]
"""Opens a table with a CSS class (the print variant also needs attributes)."""

KIND_WORDS = {
    "title": "title",
    "age": "age",
    "role": "role",
    "nationality": "nationality",
    "affiliation": "affiliation",
    "status": "what happened",
}


def people_section(report: Report, table: TableOpener) -> str:
    cards = report.people
    heading = f"People ({len(cards)})"
    if not cards:
        return f"<h2>{escape(heading)}</h2><p>No person is named in either article.</p>"
    conflicts = sum(card.has_conflict or bool(named_instead(report, card)) for card in cards)
    note = (
        f'<p class="small">{conflicts} with details the articles contradict '
        f"({kind_chip(FindingKind.CONFLICT)}).</p>"
        if conflicts
        else ""
    )
    rows = "".join(_person_row(card, named_instead(report, card)) for card in cards)
    return (
        f"<h2>{escape(heading)}</h2>{note}{table('findings people')}<thead><tr>"
        '<th width="22%">Person</th><th width="39%">Left</th><th width="39%">Right</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def timeline_section(report: Report, table: TableOpener) -> str:
    rows = report.timeline
    heading = f"Timeline ({len(rows)})"
    if not rows:
        return f"<h2>{escape(heading)}</h2><p>Neither article dates what it tells.</p>"
    judged = _conflict_words(report)
    body = "".join(_timeline_row(report, row, judged) for row in rows)
    return (
        f"<h2>{escape(heading)}</h2>{table('findings timeline')}<thead><tr>"
        '<th width="22%">When</th><th width="39%">Left</th><th width="39%">Right</th>'
        f"</tr></thead><tbody>{body}</tbody></table>"
    )


# ------------------------------------------------------------------------------------- people


def _person_row(card: PersonCard, instead: tuple[NamedInstead, ...]) -> str:
    clashing = {c.kind for c in card.comparisons if c.verdict == CONFLICT}
    chip = f"{kind_chip(FindingKind.CONFLICT)} " if clashing or instead else ""
    css = ' class="conflict"' if clashing or instead else ""
    cells = []
    for side, part in ((Side.LEFT, card.left), (Side.RIGHT, card.right)):
        lines = [_person_side(part, clashing)]
        lines += [
            f"{kind_chip(FindingKind.CONFLICT)} the other article names "
            f"<b>{escape(n.there)}</b> where this one names {escape(n.here)}"
            for n in instead
            if n.side is side
        ]
        cells.append(f"<td>{'<br>'.join(lines)}</td>")
    return f"<tr{css}><td>{chip}<b>{escape(card.name)}</b></td>{''.join(cells)}</tr>"


def _person_side(side: PersonSide, clashing: set[str]) -> str:
    if not side.names:
        return '<span class="type">not named</span>'
    lines = [f'<span class="type">named {escape(" · ".join(side.names))}</span>']
    for kind in KINDS:
        values = list(dict.fromkeys(a.value for a in side.attributes if a.kind == kind))
        if not values:
            continue
        chip = f"{kind_chip(FindingKind.CONFLICT)} " if kind in clashing else ""
        lines.append(f"{chip}{escape(KIND_WORDS[kind])}: <b>{escape(', '.join(values))}</b>")
    return "<br>".join(lines)


# ----------------------------------------------------------------------------------- timeline


def _timeline_row(report: Report, row: TimelineEntry, judged: _Judged) -> str:
    # The chip only where a conflict finding covers the row's words: the timeline's own pairing
    # of times is a hint to check (GVC tune: mostly two sentences about different happenings).
    clashes = _covered(row.left, judged[0]) or _covered(row.right, judged[1])
    chip = f"{kind_chip(FindingKind.CONFLICT)} " if clashes else ""
    css = ' class="conflict"' if clashes else ""
    clash = ""
    if row.conflicts:
        others = ", ".join(when_text(w) for w in row.conflicts)
        clash = (
            f'<br><span class="type">a matching sentence of the other article says '
            f"{escape(others)}</span>"
        )
    return (
        f"<tr{css}><td>{chip}<b>{escape(_moment(row))}</b>{clash}"
        f'<br><span class="type">{escape(row.label)}</span></td>'
        f"<td>{_phrases(row.left)}</td><td>{_phrases(row.right)}</td></tr>"
    )


_Judged = tuple[set[tuple[int, int]], set[tuple[int, int]]]


def _conflict_words(report: Report) -> _Judged:
    """The (start, end) of every date or time a conflict finding holds, left and right."""
    dated = (MentionType.DATE, MentionType.TIME)
    conflicts = [f for f in report.findings if f.kind is FindingKind.CONFLICT and f.type in dated]
    return (
        {(s.start, s.end) for f in conflicts for s in f.left},
        {(s.start, s.end) for f in conflicts for s in f.right},
    )


def _covered(spans: tuple[Span, ...], words: set[tuple[int, int]]) -> bool:
    return any((s.start, s.end) in words for s in spans)


def _phrases(spans: tuple[Span, ...]) -> str:
    texts = list(dict.fromkeys(" ".join(s.text.split()) for s in spans))
    return " · ".join(in_marks(escape(t), t) for t in texts) if texts else "—"


def _moment(row: TimelineEntry) -> str:
    """The row's moment in words; a relative one ("hours later") in the article's own words."""
    phrase = next((s.text for s in (*row.left, *row.right)), "")
    return when_text(row.when, phrase if not row.when else "")
