"""Fixtures for the window tests: a hand-made report (no spaCy), the real sample report (once per
session), an isolated settings file, and windows that never block on dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.model import (
    AlignedPair,
    AnalysedDocument,
    Document,
    EngineInfo,
    Finding,
    FindingKind,
    Mention,
    MentionType,
    Report,
    Sentence,
    Side,
    Span,
    Summary,
    TextRange,
)
from desktop.qt.dialogs import HeadlessPrompts
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings

LEFT_TEXT = (
    "Soldier killed near Stepanakert\n\n"
    "Ivan Kovgan died near Stepanakert on Tuesday. "
    "The Kremlin confirmed the apology from Aliyev. "
    "Officials said 5,000 residents were evacuated. "
    "Rybar claimed two soldiers were inside the vehicle.\n\n"
    "A second sentence about Armenia closes the piece. "
    "Fighting lasted 6 weeks in 2020."
)
RIGHT_TEXT = (
    "Peacekeeper killed in Azerbaijan\n\n"
    "Ivan Petrov died near Stepanakert on Tuesday. "
    "The Kremlin confirmed the apology from Aliyev. "
    "Putin spoke with Aliyev by phone.\n\n"
    "The fighting lasted 8 weeks in 2020, officials said."
)

# (kind, type, left phrase, right phrase); phrases are located in the texts above.
FACTS: list[tuple[FindingKind, str, str | None, str | None]] = [
    (FindingKind.CONFLICT, "person", "Ivan Kovgan", "Ivan Petrov"),
    (FindingKind.CONFLICT, "quantity", "6 weeks", "8 weeks"),
    (FindingKind.AGREE, "place", "Stepanakert", "Stepanakert"),
    (FindingKind.AGREE, "organisation", "Kremlin", "Kremlin"),
    (FindingKind.AGREE, "person", "Aliyev", "Aliyev"),
    (FindingKind.AGREE, "date", "2020", "2020"),
    (FindingKind.LEFT_ONLY, "number", "5,000", None),
    (FindingKind.LEFT_ONLY, "organisation", "Rybar", None),
    (FindingKind.LEFT_ONLY, "place", "Armenia", None),
    (FindingKind.RIGHT_ONLY, "person", None, "Putin"),
    (
        FindingKind.AGREE,
        "statement",
        "The Kremlin confirmed the apology from Aliyev.",
        "The Kremlin confirmed the apology from Aliyev.",
    ),
    (
        FindingKind.LEFT_ONLY,
        "statement",
        "Officials said 5,000 residents were evacuated.",
        None,
    ),
]


def _span(text: str, phrase: str | None) -> tuple[Span, ...]:
    if phrase is None:
        return ()
    start = text.index(phrase)
    return (Span(start, start + len(phrase), phrase),)


def _range(text: str, phrase: str) -> TextRange:
    start = text.index(phrase)
    return TextRange(start, start + len(phrase))


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".\n" and i + 1 > start:
            if text[start:i].strip():
                out.append(Sentence(start, i + 1))
            start = i + 1
    return tuple(out)


def make_report(
    left_text: str = LEFT_TEXT,
    right_text: str = RIGHT_TEXT,
    *,
    left_source: str = "left.txt",
    right_source: str = "right.txt",
) -> Report:
    """A small, hand-made report with findings of every kind, for widget tests without spaCy."""
    findings = []
    for index, (kind, type_, left, right) in enumerate(FACTS):
        findings.append(
            Finding(
                id=f"f{index:02d}",
                kind=kind,
                type=MentionType(type_),
                left=_span(left_text, left),
                right=_span(right_text, right),
                reason=f"{type_} {kind.value}: {left or '-'} / {right or '-'}",
                confidence=0.5 + index / 40,
            )
        )
    mentions = {
        side: tuple(
            Mention(s.start, s.end, s.text, MentionType(f.type), s.text, s.text)
            for f in findings
            if not f.is_statement
            for s in f.spans(side)
        )
        for side in Side
    }
    alignment = (
        AlignedPair(
            _range(left_text, "Ivan Kovgan died near Stepanakert on Tuesday."),
            _range(right_text, "Ivan Petrov died near Stepanakert on Tuesday."),
            0.8,
        ),
        AlignedPair(
            _range(left_text, "The Kremlin confirmed the apology from Aliyev."),
            _range(right_text, "The Kremlin confirmed the apology from Aliyev."),
            1.0,
        ),
        AlignedPair(
            _range(left_text, "Fighting lasted 6 weeks in 2020."),
            _range(right_text, "The fighting lasted 8 weeks in 2020, officials said."),
            0.6,
        ),
    )
    counts = {k.value: sum(1 for f in findings if f.kind is k) for k in FindingKind}
    return Report(
        engine=EngineInfo("test", "hand-made", "0", "0"),
        left=AnalysedDocument(
            Side.LEFT,
            Document(
                left_source, left_text, title="Soldier killed near Stepanakert", date="2023-11-09"
            ),
            _sentences(left_text),
            mentions[Side.LEFT],
        ),
        right=AnalysedDocument(
            Side.RIGHT,
            Document(right_source, right_text, title="Peacekeeper killed in Azerbaijan"),
            _sentences(right_text),
            mentions[Side.RIGHT],
        ),
        findings=tuple(findings),
        alignment=alignment,
        summary=Summary(0.9, 0.6, counts, "likely the same event; 2 conflicts"),
    )


class FakeCompare:
    """Stands in for ``compare_files``: reads nothing, returns a hand-made report for the paths
    it is given, and reports progress like the real one."""

    def __init__(self) -> None:
        self.calls: list[tuple[Path, Path]] = []

    def __call__(
        self,
        left: Path,
        right: Path,
        *,
        progress: Callable[[str, float], None],
        cancelled: Callable[[], bool],
    ) -> Report:
        self.calls.append((Path(left), Path(right)))
        progress("Reading", 0.0)
        progress("Extracting", 0.5)
        progress("Aligning", 0.9)
        return make_report(left_source=str(left), right_source=str(right))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "crosscheck.ini")


@pytest.fixture
def fake_compare() -> FakeCompare:
    return FakeCompare()


@pytest.fixture
def prompts() -> HeadlessPrompts:
    """The window's questions, answered without a dialog (set the answers, read ``asked``)."""
    return HeadlessPrompts()


@pytest.fixture
def recovery_dir(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def window(
    qtbot,
    settings: Settings,
    fake_compare: FakeCompare,
    prompts: HeadlessPrompts,
    recovery_dir: Path,
) -> Iterator[MainWindow]:
    """A window over the fake engine, not yet showing any comparison."""
    session = ComparisonSession(compare=fake_compare)
    win = MainWindow(
        session, settings, modal_errors=False, prompts=prompts, recovery_dir=recovery_dir
    )
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture(scope="session")
def sample_report() -> Report:
    """The real engine on the built-in sample, computed once for the whole session."""
    from desktop.core.compare import compare_files
    from desktop.qt.samples import sample_paths

    return compare_files(*sample_paths())
