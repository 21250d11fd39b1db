"""Smoke test of the frozen app (dist/crosscheck): every workflow, offline, same findings as source.

    .venv/bin/python tools/smoke_frozen.py [--app dist/crosscheck/crosscheck] [--out build/smoke]
    .venv/bin/python tools/smoke_frozen.py --trace     # also: which bundled files were never opened

Run from the source install's venv (it writes the Word input with python-docx and runs the
source install's ``crosscheck`` for the reference). The frozen binary runs under ``unshare -n``
(no network interface at all) when this machine allows it. What it runs:

- ``compare`` on the samples (txt), on a saved web page against a Word file (trafilatura,
  htmldate, courlan, python-docx), on a Russian-dated text against a PDF typeset by Qt
  (dateparser, pypdf) and on the sample against that PDF protected with AES (pypdf's crypto);
  each JSON report must be byte-identical to the source install's;
- ``export`` of the saved comparison to HTML, PDF, CSV and JSON (JSON identical to the source's);
- ``screenshot`` on the offscreen platform, of the saved comparison and of a fresh comparison.

With ``--trace`` every frozen run goes through ``strace -f -e trace=open,openat`` and the tool
lists the bundled files no workflow opened, largest first: the candidates to leave out of the
build (docs/building.md). Files inside the executable's archive (pure Python) are not listed.

Exit status 0 when every workflow passed, 1 otherwise (the first failure is printed).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
OPENED = re.compile(r'open(?:at)?\((?:[A-Z_0-9]+, )?"([^"]+)".* = \d+$')


class SmokeFailure(Exception):
    """A workflow failed or its output differs from the source install's."""


def make_inputs(folder: Path) -> dict[str, Path]:
    """The sample articles as a saved web page, a Word file and a text with a Russian dateline."""
    import docx

    left = (SAMPLES / "left.txt").read_text(encoding="utf-8")
    right = (SAMPLES / "right.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in left.splitlines() if p.strip()]
    page = folder / "left.html"
    page.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Example News</title>"
        "<link rel='canonical' href='https://news.example.co.uk/world/2023/11/09/story'>"
        "<meta property='article:published_time' content='2023-11-09T10:03:00+00:00'>"
        "<meta name='author' content='Jane Doe'></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{paragraphs[0]}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        + "</article><footer>© Example News</footer></body></html>",
        encoding="utf-8",
    )
    word = folder / "right.docx"
    document = docx.Document()
    for line in right.splitlines():
        if line.strip():
            document.add_paragraph(line)
    document.save(str(word))
    # A typeset PDF as a word processor writes it (Qt's PDF engine), read back with pypdf.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication([])
    pdf = folder / "right.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setTitle(right.splitlines()[0])
    typeset = QTextDocument()
    typeset.setPlainText(right)
    typeset.print_(writer)
    del writer  # finishes the file
    # "Protected" with AES but opening without a password, as many published PDFs are: pypdf
    # decrypts it with its crypto provider, which the build must bundle.
    from pypdf import PdfReader, PdfWriter

    protected = PdfWriter(clone_from=PdfReader(pdf))
    protected.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    aes = folder / "right-aes.pdf"
    with aes.open("wb") as f:
        protected.write(f)
    dated = folder / "dated.txt"
    dated.write_text(
        "\n\n".join([paragraphs[0], "22 сентября 2023", *paragraphs[1:]]), encoding="utf-8"
    )
    return {"html": page, "docx": word, "pdf": pdf, "aes": aes, "dated": dated}


class Runner:
    def __init__(self, app: Path, source: Path, out: Path, trace: bool) -> None:
        self.app, self.source, self.out = app, source, out
        self.offline = ["unshare", "-n"] if _can_unshare() else []
        self.trace = trace and shutil.which("strace") is not None
        self.traces: list[Path] = []
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def frozen(self, name: str, *args: str | Path) -> None:
        command: list[str | Path] = [*self.offline]
        if self.trace:
            log = self.out / f"trace-{name}.txt"
            self.traces.append(log)
            command += ["strace", "-f", "-qq", "-e", "trace=open,openat", "-o", log]
        self._run(name, [*command, self.app, *args])

    def reference(self, name: str, *args: str | Path) -> None:
        self._run(name, [self.source, *args])

    def _run(self, name: str, command: Sequence[str | Path]) -> None:
        result = subprocess.run(
            [str(c) for c in command], env=self.env, capture_output=True, text=True, timeout=600
        )
        if result.returncode != 0:
            raise SmokeFailure(f"{name}: exit {result.returncode}\n{result.stderr[-3000:]}")

    def same(self, name: str, frozen: Path, source: Path) -> None:
        if frozen.read_bytes() != source.read_bytes():
            raise SmokeFailure(f"{name}: the frozen app's {frozen.name} differs from {source}")
        print(f"ok  {name}: identical to the source install ({frozen.stat().st_size} bytes)")


def run_workflows(run: Runner, inputs: dict[str, Path]) -> None:
    out = run.out
    left, right = SAMPLES / "left.txt", SAMPLES / "right.txt"
    saved = out / "frozen.crosscheck"
    run.frozen(
        "compare-txt",
        *("compare", left, right, "--json", out / "frozen.json", "--save", saved),
        *("--csv", out / "frozen.csv", "--html", out / "frozen.html", "--pdf", out / "frozen.pdf"),
        "--quiet",
    )
    run.reference("source-txt", "compare", left, right, "--json", out / "source.json", "--quiet")
    run.same("compare txt", out / "frozen.json", out / "source.json")

    pairs = {
        "html-docx": (inputs["html"], inputs["docx"]),
        "dated-pdf": (inputs["dated"], inputs["pdf"]),
        "txt-aes-pdf": (SAMPLES / "left.txt", inputs["aes"]),
    }
    for name, (a, b) in pairs.items():
        run.frozen(f"compare-{name}", "compare", a, b, "--json", out / f"frozen-{name}.json", "-q")
        run.reference(
            f"source-{name}", "compare", a, b, "--json", out / f"source-{name}.json", "-q"
        )
        run.same(f"compare {name}", out / f"frozen-{name}.json", out / f"source-{name}.json")

    run.frozen(
        "export",
        *("export", saved, "--json", out / "export.json", "--html", out / "export.html"),
        *("--csv", out / "export.csv", "--pdf", out / "export.pdf", "--page-size", "Letter"),
        "--quiet",
    )
    run.reference("source-export", "export", saved, "--json", out / "export-source.json", "-q")
    run.same("export", out / "export.json", out / "export-source.json")
    for produced in ("frozen.csv", "frozen.html", "export.html", "export.csv", "export.pdf"):
        if (out / produced).stat().st_size == 0:
            raise SmokeFailure(f"export: {produced} is empty")
    print("ok  export: HTML, PDF (A4 and Letter) and CSV written")

    run.frozen("screenshot-saved", "screenshot", out / "screenshot-saved.png", saved)
    run.frozen("screenshot-compare", "screenshot", out / "screenshot.png", left, right)
    print("ok  screenshot: the saved comparison and a fresh comparison, offscreen")


def unopened(bundle: Path, traces: Sequence[Path]) -> list[tuple[int, str]]:
    """Bundled files no traced run opened, as (bytes, path inside the bundle), largest first."""
    opened: set[Path] = set()
    for log in traces:
        for line in log.read_text(errors="replace").splitlines():
            match = OPENED.search(line)
            if match:
                opened.add(Path(os.path.realpath(match.group(1))))
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    never = [(p.stat().st_size, str(p.relative_to(bundle))) for p in files if p not in opened]
    return sorted(never, reverse=True)


def _can_unshare() -> bool:
    if not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "crosscheck" / "crosscheck")
    parser.add_argument("--source", type=Path, default=Path(sys.executable).parent / "crosscheck")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "smoke")
    parser.add_argument("--trace", action="store_true", help="list bundled files never opened")
    parser.add_argument("--top", type=int, default=40, help="how many unopened files to list")
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    run = Runner(args.app.resolve(), args.source, args.out.resolve(), args.trace)
    if not run.offline:
        print("note: cannot make a network namespace here; running with the network as it is")
    try:
        run_workflows(run, make_inputs(run.out))
    except SmokeFailure as failure:
        print(f"FAILED {failure}", file=sys.stderr)
        return 1
    print(f"frozen app: every workflow passed offline; outputs in {args.out}")
    if run.trace:
        bundle = args.app.resolve().parent / "_internal"
        never = unopened(bundle, run.traces)
        total = sum(size for size, _ in never)
        print(f"\n{len(never)} bundled files ({total / 1e6:.1f} MB) were never opened; largest:")
        for size, path in never[: args.top]:
            print(f"{size / 1e6:8.2f} MB  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
