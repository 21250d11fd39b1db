"""The longest single UI-thread block while the window shows a long comparison.

Builds bench.speed's two ~15,000-word articles (or reads a saved report with ``--report``), compares
them once, then, offscreen in this process, hands the report to a main window the way the worker's
result arrives (``open_pair``: the worker, then ``reportChanged`` in the UI thread) while a 2 ms heartbeat timer records the gaps
between its ticks: the longest gap is the longest time the window could not answer the user. The
baseline is the same window given the same two texts as plain text (no highlights), in the same
process, so the ratio does not depend on the machine's speed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.core.model import Report

HEARTBEAT_MS = 2  # the watchdog's tick: far below any block worth reporting
SETTLE_S = 3.0  # how long the event loop runs after the hand-over (sliced painting included)
REPEAT = 3  # best of three for each side of the ratio: other helpers share the machine's cores


def _report(args: argparse.Namespace) -> Report | None:
    from desktop.core.report import report_from_dict, report_to_json

    if args.report is not None and args.report.exists():
        import json

        return report_from_dict(json.loads(args.report.read_text(encoding="utf-8")))
    from bench.common import found_corpus, get_engine, load_articles
    from bench.speed import build_documents, build_texts

    corpus = found_corpus()
    if corpus is None:
        return None
    left, right = build_documents(build_texts(load_articles(corpus), args.words))
    _name, engine = get_engine()
    report = engine(left, right)
    if args.report is not None:
        args.report.write_text(report_to_json(report), encoding="utf-8")
    return report


def longest_block(action: Callable[[], None]) -> float:
    """Seconds of the longest gap between heartbeat ticks while ``action`` runs from the event
    loop and everything it queued settles."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]
    worst = [0]

    def tick() -> None:
        now = clock.nsecsElapsed()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(tick)
    heartbeat.start()
    loop = QEventLoop()
    QTimer.singleShot(20, action)
    QTimer.singleShot(int(SETTLE_S * 1000), loop.quit)
    loop.exec()
    heartbeat.stop()
    return worst[0] / 1e9


def measure(report: Report) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from desktop.qt.dialogs import HeadlessPrompts
    from desktop.qt.main_window import MainWindow
    from desktop.qt.session import ComparisonSession
    from desktop.qt.settings import Settings

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="ui_block_"))
    session = ComparisonSession(compare=lambda *a, **k: report)
    window = MainWindow(
        session,
        Settings(folder / "crosscheck.ini"),
        modal_errors=False,
        prompts=HeadlessPrompts(),
        recovery_dir=folder / "recovery",
    )
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    texts = [report.left.document.text, report.right.document.text]

    def plain() -> None:
        for pane, text in zip(window.view.panes.values(), texts, strict=True):
            pane.text.layers.clear()
            pane.text.setPlainText(text)

    # The window's own path: the worker runs "the engine" (here it hands back the report) and
    # whatever follows it there, then the report reaches the UI thread.
    left, right = folder / "left.txt", folder / "right.txt"
    left.write_text(texts[0], encoding="utf-8")
    right.write_text(texts[1], encoding="utf-8")

    def shown() -> None:
        session.open_pair(left, right)

    base = min(longest_block(plain) for _ in range(REPEAT))
    full = min(longest_block(shown) for _ in range(REPEAT))
    window.close()
    return base, full


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=15_000)
    parser.add_argument("--report", type=Path, help="a report JSON: read when present, else saved")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    report = _report(args)
    if report is None:
        return 0
    print(f"report: {len(report.findings)} findings in {time.perf_counter() - started:.1f} s")
    print(
        f"left: {len(report.left.document.text)} chars, right: "
        f"{len(report.right.document.text)} chars"
    )
    base, full = measure(report)
    print(f"longest UI block, plain text only (baseline): {base * 1000:.0f} ms")
    print(f"longest UI block, comparison shown:           {full * 1000:.0f} ms")
    print(f"ratio: {full / base:.2f}x the baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
