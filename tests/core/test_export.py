"""HTML and CSV reports: all escaped, nothing to load, highlights that nest, a row per finding."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from desktop.core.export import CSV_ENCODING, export_csv, export_html, write_csv, write_html
from desktop.core.export.csv import COLUMNS
from desktop.core.export.html import highlight_text, ordered_findings
from desktop.core.model import (
    Finding,
    Report,
    ReviewStatus,
    Summary,
)
from desktop.core.persistence.persist import SavedComparison
from tests.factories import finding, report

LEFT = (
    "President Ilham Aliyev apologised. The Kremlin confirmed it.\n\n"
    "The dead soldier was Ivan Kovgan, <script>alert('left')</script> said a club. "
    "About 5,000 people left."
)
RIGHT = "Aliyev apologised to Putin.\n\nThe dead soldier was Ivan Petrov, officials said."
NOTE = "Ask the desk <script>alert('note')</script> & check \"Petrov\"\nsecond line"


def _finding(fid: str, kind: str, type_: str, left=(), right=(), **kw) -> Finding:
    return finding((LEFT, RIGHT), fid, kind, type_, left, right, **kw)


def make_report(findings: tuple[Finding, ...] | None = None) -> Report:
    if findings is None:
        findings = (
            _finding("a1", "agree", "person", ["Ilham Aliyev"], ["Aliyev"]),
            _finding(
                "c1",
                "conflict",
                "person",
                ["Ivan Kovgan"],
                ["Ivan Petrov"],
                reason="different names for the dead soldier",
                status=ReviewStatus.CONFIRMED,
                note=NOTE,
            ),
            _finding("l1", "left_only", "number", ["5,000"], status=ReviewStatus.DISMISSED),
            _finding("r1", "right_only", "person", [], ["Putin"], status=ReviewStatus.DISPUTED),
            _finding("s1", "left_only", "statement", ["About 5,000 people left."]),
            _finding("u1", "agree", "organisation", ["Kremlin"], [], origin="user"),
        )
    return report(
        (LEFT, RIGHT),
        findings,
        left_title="Aliyev <b>apologises</b>",
        summary=Summary(0.81, 0.5, {"agree": 2}, "likely the same event; 1 conflict"),
    )


def saved() -> SavedComparison:
    return SavedComparison(
        make_report(), saved_at="2024-05-02T10:31:00Z", saved_by="Ana", removed=("x9",)
    )


class _TagChecker(HTMLParser):
    """Collects tags and text, and fails on crossed or unclosed inline tags."""

    VOID = frozenset({"meta", "br", "link", "img", "input", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"crossed tags: </{tag}> in {self.stack}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _TagChecker:
    checker = _TagChecker()
    checker.feed(html)
    checker.close()
    assert checker.stack == [], checker.stack
    return checker


# ------------------------------------------------------------------------------------------ HTML


def test_html_escapes_article_text_and_notes() -> None:
    for for_print in (False, True):
        html = export_html(saved(), for_print=for_print)
        assert "<script" not in html.lower()
        assert "&lt;script&gt;alert(&#x27;note&#x27;)&lt;/script&gt;" in html
        assert "&lt;script&gt;alert(&#x27;left&#x27;)&lt;/script&gt;" in html
        assert "Aliyev &lt;b&gt;apologises&lt;/b&gt;" in html
        checker = _parse(html)
        text = "".join(checker.text)
        assert "<script>alert('note')</script>" in text  # shown to the reader as plain text
        assert "script" not in checker.tags


def test_html_loads_nothing() -> None:
    for for_print in (False, True):
        html = export_html(saved(), for_print=for_print)
        assert not re.search(r"https?:|//[a-z]|url\(|@import|@font-face", html, re.I)
        tags = set(_parse(html).tags)
        assert not tags & {"script", "link", "img", "iframe", "object", "embed", "a", "form"}
        assert (
            " src=" not in html
            and " href=" not in html
            and " on" not in html.replace(" only", "").replace(" one", "")
        )
        assert "default-src 'none'" in html  # a CSP, should any viewer try


def test_html_carries_review_and_provenance() -> None:
    html = export_html(saved())
    assert "✓ confirmed" in html and "? disputed" in html and "✕ dismissed" in html
    assert "Ask the desk" in html and "second line" in html
    # The reviewed counts (user link in, dismissed set aside), not the engine's stale verdict.
    assert (
        "1 conflict, 2 corroborated, 0 only left, 1 only right, 1 more dismissed; "
        "likely the same event" in html
    )
    assert "81%" in html
    assert "left.txt" in html and "right.txt" in html
    assert "ab" * 32 in html and "cd" * 32 in html
    assert "2024-05-02 10:31 UTC by Ana" in html
    assert "en_core_web_sm 3.8.0" in html and "spaCy 3.8.2" in html and "Crosscheck 0.1.0" in html
    assert "added by reviewer" in html and "x9" in html  # user link and removed link
    assert "Legend" in html and "@media print" in html
    rows = re.findall(r"<tr class=\"(agree|conflict|left_only|right_only)\"", html)
    assert len(rows) == len(saved().report.findings)


def test_report_without_review_says_not_saved() -> None:
    assert "Not saved yet" in export_html(make_report())


def test_edited_status_changes_the_html() -> None:
    base = make_report()
    edited = replace(
        base,
        findings=tuple(
            replace(f, status=ReviewStatus.DISMISSED, note="<i>wrong person</i>")
            if f.id == "a1"
            else f
            for f in base.findings
        ),
    )
    html = export_html(edited)
    assert "&lt;i&gt;wrong person&lt;/i&gt;" in html and "<i>" not in html
    assert html.count("<b>✕ Dismissed</b>") == 2


def test_findings_are_ordered_for_an_editor() -> None:
    kinds = [f.id for f in ordered_findings(make_report())]
    assert kinds == ["c1", "l1", "r1", "a1", "u1", "s1"]


# ---------------------------------------------------------------------------------- highlighting


def _marks_html(findings: tuple[Finding, ...]) -> str:
    report = make_report(findings)
    html = export_html(report)
    left_cell = html.split('<td class="article"', 2)[1]
    return left_cell


def test_nested_and_overlapping_spans_never_cross() -> None:
    sentence = "The dead soldier was Ivan Kovgan,"
    findings = (
        _finding("s1", "agree", "statement", [sentence]),
        _finding("a1", "agree", "person", ["Ivan Kovgan"]),
        _finding("c1", "conflict", "person", ["Kovgan, <script>"]),  # overlaps a1's end
        _finding("a2", "agree", "place", ["soldier was Ivan"]),  # overlaps a1's start
    )
    cell = _marks_html(findings)
    _parse(cell.split(">", 1)[1].rsplit("</td>", 1)[0])  # balanced, never crossed

    def style_of(text: str) -> str:
        match = re.search(r'<span style="([^"]*)"[^>]*>' + re.escape(text) + "</span>", cell)
        assert match, text
        return match.group(1)

    conflict, agree = "#F9C9A6", "#D3E6F4"  # palette tints
    assert conflict in style_of("Kovgan") and "font-weight:600" in style_of("Kovgan")
    assert conflict in style_of(",") and conflict in style_of(" &lt;script&gt;")
    assert agree in style_of("Ivan")  # covered by a1 and a2: the innermost wins
    assert agree in style_of("soldier was ") and "underline" in style_of("soldier was ")
    assert "underline" not in style_of("The dead ")  # only the sentence: faint tint
    # One superscript per entity-level span end, none for the whole-sentence finding.
    assert len(re.findall(r"<sup ", cell)) == 3


def test_highlight_text_plain_without_marks() -> None:
    assert highlight_text("a < b\nc", []) == "a &lt; b<br>c"


def test_dismissed_finding_fades_and_loses_to_open_ones() -> None:
    findings = (
        _finding("c1", "conflict", "person", ["Ivan Kovgan"], status=ReviewStatus.DISMISSED),
        _finding("a1", "agree", "person", ["Kovgan"]),
    )
    cell = _marks_html(findings)
    assert re.search(r'<span style="color:#8A8A8A[^"]*"[^>]*>Ivan </span>', cell)
    assert re.search(r'<span style="background-color:#D3E6F4[^"]*"[^>]*>Kovgan</span>', cell)


# ------------------------------------------------------------------------------------------- CSV


def test_csv_has_one_row_per_finding() -> None:
    report = make_report()
    rows = list(csv.reader(io.StringIO(export_csv(report))))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 1 + len(report.findings)
    by_id = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    c1 = by_id["c1"]
    assert (c1["kind"], c1["type"], c1["status"]) == ("conflict", "person", "confirmed")
    assert (c1["left_text"], c1["right_text"]) == ("Ivan Kovgan", "Ivan Petrov")
    assert c1["note"] == NOTE  # commas, quotes and newlines survive
    assert float(c1["confidence"]) == 0.75
    assert by_id["r1"]["left_text"] == "" and by_id["r1"]["status"] == "disputed"


def test_csv_neutralises_spreadsheet_formulas() -> None:
    base = make_report()
    evil = replace(base.findings[0], id="e1", note='=HYPERLINK("x","click")')
    rows = list(csv.reader(io.StringIO(export_csv(replace(base, findings=(evil,))))))
    assert rows[1][COLUMNS.index("note")] == '\'=HYPERLINK("x","click")'


def test_written_files(tmp_path: Path) -> None:
    write_csv(tmp_path / "f.csv", make_report())
    raw = (tmp_path / "f.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    with open(tmp_path / "f.csv", encoding=CSV_ENCODING, newline="") as f:
        assert next(csv.reader(f))[0] == "id"
    write_html(tmp_path / "r.html", saved())
    assert (tmp_path / "r.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.csv", "r.html"]
