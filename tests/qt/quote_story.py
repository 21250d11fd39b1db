"""A small hand-made comparison for issue 12: two articles that reprint one agency paragraph and
quote the same minister, one with a word changed, plus quotes only one article has.

Written for these tests (no corpus text). Offsets are found from the phrases, as in
``tests.factories``; the findings are what the engine is expected to produce for such a pair.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.core.model import (
    AlignedPair,
    Finding,
    FindingKind,
    MentionType,
    Quote,
    Report,
    SharedPassage,
    Side,
    Summary,
    TextRange,
)
from tests.factories import finding, report

AGENCY = (
    "The government signed the harbour agreement on Monday after weeks of talks with the "
    "union, officials in the capital said, and the first cargo ships are expected to dock "
    "under the new terms in the spring."
)
LEFT = (
    "Minister defends harbour deal\n\n"
    f"{AGENCY}\n\n"
    "“We will not retreat from this agreement,” Ivan Petrov said on Tuesday.\n\n"
    "“The harbour belongs to the people,” a police spokesman said outside the ministry.\n\n"
    "Critics said the terms favour the shipping companies."
)
RIGHT = (
    "Harbour deal signed despite protests\n\n"
    f"{AGENCY}\n\n"
    "“We will never retreat from this agreement,” Petrov told reporters.\n\n"
    "Hundreds protested outside the ministry. “Nobody asked us about the harbour,” "
    "one protester said.\n\n"
    "The union has called a strike for Friday."
)
TEXTS = (LEFT, RIGHT)
# Background paragraphs put before the story, so the quotes start below the first screen.
PADDING = "\n\n".join(
    f"Background paragraph {i} adds nothing to the dispute over the harbour." for i in range(40)
)

PETROV = {
    Side.LEFT: "We will not retreat from this agreement,",
    Side.RIGHT: "We will never retreat from this agreement,",
}
SPOKESMAN = "The harbour belongs to the people,"
PROTESTER = "Nobody asked us about the harbour,"
CRITICS = "the terms favour the shipping companies"


def _at(texts: tuple[str, str], side: Side, phrase: str) -> TextRange:
    text = texts[0] if side is Side.LEFT else texts[1]
    start = text.index(phrase)
    return TextRange(start, start + len(phrase))


def quote(
    texts: tuple[str, str], side: Side, words: str, speaker: str | None, *, inferred: bool = False
) -> Quote:
    where = _at(texts, side, words)
    who = _at(texts, side, speaker) if speaker else None
    return Quote(
        side,
        where.start,
        where.end,
        words,
        speaker,
        None if who is None else who.start,
        None if who is None else who.end,
        inferred=inferred,
    )


def quotes(texts: tuple[str, str]) -> tuple[Quote, ...]:
    return (
        quote(texts, Side.LEFT, PETROV[Side.LEFT], "Ivan Petrov"),
        quote(texts, Side.LEFT, SPOKESMAN, "a police spokesman"),
        quote(texts, Side.RIGHT, PETROV[Side.RIGHT], "Petrov"),
        quote(texts, Side.RIGHT, PROTESTER, None),
        # Reported speech only one article has: no finding of its own (its sentence is one).
        replace(quote(texts, Side.LEFT, CRITICS, "Critics"), direct=False),
    )


def findings(texts: tuple[str, str]) -> list[Finding]:
    return [
        finding(
            texts,
            "q1",
            "conflict",
            "quote",
            [PETROV[Side.LEFT]],
            [PETROV[Side.RIGHT]],
            reason="The quote of Ivan Petrov differs: the left has 'not', the right 'never'.",
        ),
        finding(texts, "q2", "left_only", "quote", [SPOKESMAN], reason="Only the left has it."),
        finding(
            texts, "q3", "right_only", "quote", [], [PROTESTER], reason="Only the right has it."
        ),
        replace(
            finding(texts, "d1", "agree", "date", ["Monday"], ["Monday"], reason="both: Monday"),
            independent=False,
        ),
        finding(texts, "p1", "agree", "person", ["Petrov"], ["Petrov"], reason="both: Petrov"),
        finding(texts, "o1", "right_only", "date", [], ["Friday"], reason="only right: Friday"),
    ]


def quote_report(
    *, with_quotes: bool = True, shared_copy: float = 0.62, padded: bool = False
) -> Report:
    """The two articles with quotes, findings, aligned paragraphs and one shared passage;
    ``padded`` puts background paragraphs first, so the story starts below the first screen."""
    texts = (PADDING + "\n\n" + LEFT, PADDING + "\n\n" + RIGHT) if padded else TEXTS
    alignment = (
        AlignedPair(_at(texts, Side.LEFT, AGENCY), _at(texts, Side.RIGHT, AGENCY), 1.0),
        AlignedPair(
            _at(texts, Side.LEFT, "“We will not retreat from this agreement,” Ivan Petrov said"),
            _at(texts, Side.RIGHT, "“We will never retreat from this agreement,” Petrov told"),
            0.8,
        ),
    )
    made = findings(texts)
    if not with_quotes:
        made = [f for f in made if f.type is not MentionType.QUOTE]
    shared = (
        SharedPassage(
            _at(texts, Side.LEFT, AGENCY), _at(texts, Side.RIGHT, AGENCY), len(AGENCY.split())
        ),
    )
    base = report(
        texts,
        made,
        sources=("/news/minister.txt", "/news/protests.txt"),
        alignment=alignment,
        summary=Summary(
            0.9,
            0.4,
            {k.value: 1 for k in FindingKind},
            "likely the same event; 1 conflict",
            shared_copy=shared_copy,
        ),
    )
    return replace(
        base,
        quotes=quotes(texts) if with_quotes else (),
        shared_passages=shared if shared_copy > 0 else (),
    )


def compare_returning(made: Report) -> Callable[..., Report]:
    """A stand-in for the engine that returns ``made`` for any two paths."""

    def compare(left: Path, right: Path, *, progress: object, cancelled: object) -> Report:
        return made

    return compare


def engine_window(qtbot: Any, settings: Any, tmp_path: Path, articles: dict[str, str]) -> Any:
    """A laptop-sized window showing what the real engine reads in ``articles`` (file name ->
    text, left then right), once the comparison has arrived."""
    from desktop.core.compare import compare_files
    from desktop.qt.main_window import MainWindow
    from desktop.qt.session import ComparisonSession

    paths = [tmp_path / name for name in articles]
    for path, text in zip(paths, articles.values(), strict=True):
        path.write_text(text, encoding="utf-8")
    session = ComparisonSession(compare=compare_returning(compare_files(*paths)))
    window = MainWindow(session, settings, modal_errors=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(session.reportChanged, timeout=10_000):
        window.files.open_pair(*paths)
    return window
