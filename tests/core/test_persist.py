"""Saving and reopening a reviewed comparison: nothing lost or half-written, bad files refused."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.model import (
    AlignedPair,
    Finding,
    Report,
    ReviewStatus,
    Side,
    TextRange,
)
from desktop.core.persistence import atomic
from desktop.core.persistence.persist import (
    FORMAT_VERSION,
    ReviewEvent,
    SavedComparison,
    SourceRef,
    SourceState,
    changed_sources,
    comparison_to_dict,
    discard_recovery,
    find_recoveries,
    load_comparison,
    migrate,
    recovery_path_for,
    save_comparison,
    stamp,
    write_recovery,
)
from desktop.core.runtime.errors import ReportFormatError
from tests.factories import finding, finding_of, report

LEFT = (
    "Azerbaijan's President Ilham Aliyev apologised to Russia. The Kremlin confirmed it.\n\n"
    "A Russian Navy club named the dead soldier as Ivan Kovgan. About 5,000 people left."
)
RIGHT = (
    "President Aliyev apologised to Putin, the Kremlin said.\n\nThe dead soldier was Ivan Petrov."
)


def _finding(fid: str, kind: str, type_: str, left=(), right=(), **kw) -> Finding:
    return finding((LEFT, RIGHT), fid, kind, type_, left, right, **kw)


def make_report(left_source: str = "/news/left.txt", left_sha: str | None = "ab" * 32) -> Report:
    findings = (
        _finding("a1", "agree", "person", ["Ilham Aliyev"], ["Aliyev"]),
        _finding("c1", "conflict", "person", ["Ivan Kovgan"], ["Ivan Petrov"]),
        _finding("l1", "left_only", "number", ["5,000"]),
        _finding("r1", "right_only", "person", [], ["Putin"]),
    )
    return report(
        (LEFT, RIGHT),
        findings,
        sources=(left_source, "/news/right.txt"),
        left_title="Aliyev apologises",
        hashes=(left_sha, "cd" * 32),
        alignment=(AlignedPair(TextRange(0, 57), TextRange(0, 55), 0.9),),
    )


def reviewed(report: Report | None = None) -> SavedComparison:
    """A comparison after a journalist's work: statuses, notes, a user link, a removed link."""
    report = report or make_report()
    findings = [
        replace(f, status=ReviewStatus.CONFIRMED, note="Checked with the ministry.\nTwice: «ok»")
        if f.id == "c1"
        else replace(f, status=ReviewStatus.DISMISSED)
        if f.id == "l1"
        else f
        for f in report.findings
        if f.id != "r1"
    ]
    findings.append(
        _finding("u1", "agree", "organisation", ["Kremlin"], ["Kremlin"], origin="user")
    )
    history = (
        ReviewEvent("2024-05-02T10:00:00Z", "status", "c1", "confirmed", by="Ana"),
        ReviewEvent("2024-05-02T10:01:00Z", "remove_link", "r1", by="Ana"),
    )
    return SavedComparison(
        report=replace(report, findings=tuple(findings)),
        saved_at="2024-05-02T10:02:00Z",
        saved_by="Ana",
        removed=("r1",),
        history=history,
    )


# ----------------------------------------------------------------------------------- round trip


def test_round_trip_keeps_findings_and_review(tmp_path: Path) -> None:
    saved = reviewed()
    path = tmp_path / "story.crosscheck"
    save_comparison(path, saved)
    loaded = load_comparison(path)
    assert loaded == saved
    assert loaded.report.findings == saved.report.findings
    assert finding_of(loaded.report, "c1").note == "Checked with the ministry.\nTwice: «ok»"
    assert loaded.user_links == ("u1",)
    assert loaded.app_version  # stamped by the writer
    # The file stays readable by other tools: status and note sit on each finding.
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "crosscheck" and data["version"] == FORMAT_VERSION
    by_id = {f["id"]: f for f in data["report"]["findings"]}
    assert by_id["c1"]["status"] == "confirmed" and by_id["u1"]["origin"] == "user"
    assert data["review"] == {
        "user_links": ["u1"],
        "removed": ["r1"],
        "history": [
            {"at": e.at, "by": e.by, "action": e.action, "finding": e.finding, "value": e.value}
            for e in saved.history
        ],
    }
    assert data["sources"]["left"] == {"path": "/news/left.txt", "sha256": "ab" * 32}


def test_reopening_needs_no_source_files(tmp_path: Path) -> None:
    loaded_text = load_comparison(_saved_file(tmp_path)).report.left.document.text
    assert loaded_text == LEFT  # the documents' full text travels in the file


def test_stamp_sets_time_and_user() -> None:
    s = stamp(SavedComparison(make_report()), by="Ben")
    assert s.saved_by == "Ben" and s.saved_at and s.saved_at.endswith("Z")


def test_relocated_sources_round_trip(tmp_path: Path) -> None:
    saved = replace(
        reviewed(), sources=(SourceRef("/moved/left.txt", "ab" * 32), SourceRef("r.txt", None))
    )
    save_comparison(tmp_path / "x.crosscheck", saved)
    assert load_comparison(tmp_path / "x.crosscheck").source(Side.RIGHT) == SourceRef("r.txt", None)


def test_migrate_is_identity_for_current_version() -> None:
    data = comparison_to_dict(reviewed())
    assert migrate(data) is data


# ------------------------------------------------------------------------------- atomic saving


def test_crash_during_save_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch) -> None:
    path = _saved_file(tmp_path)
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", crash)
    edited = replace(reviewed(), saved_by="Someone else")
    with pytest.raises(OSError):
        save_comparison(path, edited)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_crash_midway_through_writing(tmp_path: Path, monkeypatch) -> None:
    path = _saved_file(tmp_path)
    before = path.read_bytes()
    real_fsync = os.fsync

    def fail_fsync(fd: int) -> None:
        real_fsync(fd)
        raise KeyboardInterrupt  # the user or the OS stops us after bytes hit the temp file

    monkeypatch.setattr(atomic.os, "fsync", fail_fsync)
    with pytest.raises(KeyboardInterrupt):
        save_comparison(path, reviewed())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_save_as_may_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "other.crosscheck"
    path.write_text("not ours")
    save_comparison(path, reviewed())
    assert load_comparison(path).saved_by == "Ana"


# -------------------------------------------------------------------------------- refused files


def _saved_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.crosscheck"
    save_comparison(path, reviewed())
    return path


def _future(data: dict) -> dict:
    return {**data, "version": FORMAT_VERSION + 1, "app_version": "9.0"}


BAD_FILES = {
    "empty": (lambda good: b"", "empty"),
    "not json": (lambda good: b"Dear editor,\nplease find attached", "not JSON"),
    "binary": (lambda good: b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not UTF-8"),
    "truncated": (lambda good: good[: len(good) // 2], "truncated"),
    "truncated in a string": (lambda good: good[: good.index(b"Azerbaijan") + 4], "truncated"),
    "truncated after a value": (lambda good: good[: good.index(b'"version": 1') + 12], "truncated"),
    "corrupt": (lambda good: good.replace(b'"findings"', b'"findings" 7', 1), "damaged"),
    "json list": (lambda good: b"[1, 2, 3]", "not a Crosscheck comparison"),
    "bare report": (
        lambda good: json.dumps(json.loads(good)["report"]).encode(),
        "crosscheck compare --json",
    ),
    "wrong marker": (
        lambda good: json.dumps({**json.loads(good), "format": "other"}).encode(),
        "not a Crosscheck comparison",
    ),
    "future version": (
        lambda good: json.dumps(_future(json.loads(good))).encode(),
        f"made by a newer Crosscheck (version {FORMAT_VERSION + 1}",
    ),
    "missing report": (
        lambda good: json.dumps(
            {k: v for k, v in json.loads(good).items() if k != "report"}
        ).encode(),
        "not a Crosscheck report",
    ),
    "offset past end": (lambda good: _edit_span(good, end=10_000), "past the end"),
    "offset mismatch": (lambda good: _edit_span(good, start=1), "do not match"),
    "unknown status": (lambda good: _edit_finding(good, status="maybe"), "damaged"),
    "dangling user link": (
        lambda good: _edit_review(good, user_links=["nope"]),
        "user link 'nope'",
    ),
}


def _edit_finding(good: bytes, **changes) -> bytes:
    data = json.loads(good)
    data["report"]["findings"][0].update(changes)
    return json.dumps(data).encode()


def _edit_span(good: bytes, **changes) -> bytes:
    data = json.loads(good)
    data["report"]["findings"][0]["left"][0].update(changes)
    return json.dumps(data).encode()


def _edit_review(good: bytes, **changes) -> bytes:
    data = json.loads(good)
    data["review"].update(changes)
    return json.dumps(data).encode()


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_refused_cleanly_and_left_unchanged(tmp_path: Path, case: str) -> None:
    make, expected = BAD_FILES[case]
    path = tmp_path / "bad.crosscheck"
    path.write_bytes(make(_saved_file(tmp_path).read_bytes()))
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    with pytest.raises(ReportFormatError) as err:
        load_comparison(path)
    assert expected in err.value.reason
    assert err.value.path == str(path) and str(path) in str(err.value)
    assert "Traceback" not in str(err.value)
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.crosscheck", "story.crosscheck"]


def test_future_version_message_says_to_update(tmp_path: Path) -> None:
    path = tmp_path / "new.crosscheck"
    path.write_text(json.dumps(_future(comparison_to_dict(reviewed()))), "utf-8")
    with pytest.raises(ReportFormatError, match="Update Crosscheck") as err:
        load_comparison(path)
    assert "9.0" in err.value.reason


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReportFormatError, match="no such file"):
        load_comparison(tmp_path / "gone.crosscheck")
    with pytest.raises(ReportFormatError, match="folder"):
        load_comparison(tmp_path)


def test_bom_from_a_windows_editor_is_tolerated(tmp_path: Path) -> None:
    path = _saved_file(tmp_path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_comparison(path) == reviewed()


# ------------------------------------------------------------------------------ changed sources


def test_changed_sources(tmp_path: Path) -> None:
    left = tmp_path / "left.txt"
    left.write_text(LEFT, "utf-8")
    digest = hashlib.sha256(left.read_bytes()).hexdigest()
    saved = SavedComparison(make_report(left_source=str(left), left_sha=digest))
    states = {c.side: c.state for c in changed_sources(saved)}
    assert states == {Side.LEFT: SourceState.UNCHANGED, Side.RIGHT: SourceState.MISSING}

    left.write_text(LEFT.replace("5,000", "6,000"), "utf-8")
    check = changed_sources(saved)[0]
    assert check.state is SourceState.CHANGED and "left.txt has changed" in check.reason

    left.unlink()
    assert changed_sources(saved)[0].state is SourceState.MISSING


def test_relative_source_is_found_beside_the_saved_file(tmp_path: Path) -> None:
    (tmp_path / "left.txt").write_text(LEFT, "utf-8")
    saved = SavedComparison(make_report(left_source="left.txt", left_sha=None))
    check = changed_sources(saved, base_dir=tmp_path)[0]
    assert check.state is SourceState.UNKNOWN and "no fingerprint" in check.reason


# ------------------------------------------------------------------------------ recovery copies


def test_recovery_lifecycle(tmp_path: Path) -> None:
    recovery_dir = tmp_path / "recovery"
    story = tmp_path / "story.crosscheck"
    saved = reviewed()
    copy = write_recovery(saved, story, recovery_dir)
    assert copy == recovery_path_for(story, recovery_dir)
    assert write_recovery(saved, story, recovery_dir) == copy  # replaced, not multiplied
    untitled = write_recovery(saved, None, recovery_dir, untitled_key="2")
    assert untitled != copy and untitled != recovery_path_for(None, recovery_dir)

    found = {r.file: r for r in find_recoveries(recovery_dir)}
    assert set(found) == {copy, untitled}
    assert found[copy].original == story.absolute() and found[copy].pid == os.getpid()
    assert found[untitled].original is None and found[copy].problem is None
    assert load_comparison(copy) == saved  # a recovery opens like any saved file

    discard_recovery(copy)
    discard_recovery(copy)  # twice is fine
    assert [r.file for r in find_recoveries(recovery_dir)] == [untitled]


def test_same_name_in_two_folders_gets_two_recovery_copies(tmp_path: Path) -> None:
    a = recovery_path_for(tmp_path / "a" / "story.crosscheck", tmp_path)
    b = recovery_path_for(tmp_path / "b" / "story.crosscheck", tmp_path)
    assert a != b and a.name.startswith("story-")


def test_damaged_recovery_is_listed_with_its_problem(tmp_path: Path) -> None:
    bad = recovery_path_for(tmp_path / "x.crosscheck", tmp_path)
    bad.write_text('{"format": "crosscheck", "vers')
    (recovery,) = find_recoveries(tmp_path)
    assert recovery.file == bad and "truncated" in (recovery.problem or "")


def test_discard_never_deletes_a_real_file(tmp_path: Path) -> None:
    path = _saved_file(tmp_path)
    with pytest.raises(ValueError):
        discard_recovery(path)
    assert path.exists()


def test_no_recovery_dir_yet() -> None:
    assert find_recoveries(Path("/nonexistent/crosscheck-recovery")) == []
