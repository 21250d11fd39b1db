"""The ``.crosscheck`` file: a saved comparison plus the journalist's review.

The format is documented in docs/crosscheck-format.md.

A review is work that must never be lost, so this module writes atomically, refuses (with one plain
message, never a traceback) anything it cannot read faithfully, and never writes to a file it is
only asked to read. Recovery copies use the same format, so a recovery is opened like any file.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.core.model import Report, Side
from desktop.core.persistence.atomic import write_bytes_atomic
from desktop.core.report import report_from_dict, report_to_dict
from desktop.core.runtime.errors import ReportFormatError
from desktop.version import __version__

FORMAT_MARKER = "crosscheck"
FORMAT_VERSION = 1
SUFFIX = ".crosscheck"
RECOVERY_SUFFIX = ".recovery" + SUFFIX

# Two articles with their full text and findings stay far below this; anything bigger is not ours,
# and reading it whole could freeze the window.
MAX_FILE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a compared article was read from, and the sha256 of its bytes then."""

    path: str
    sha256: str | None


@dataclass(frozen=True, slots=True)
class ReviewEvent:
    """One review action, for the "who and when" trail (the undo stack itself is not saved)."""

    at: str  # ISO 8601, UTC
    # "status", "note", "add_link", "remove_link"; free text, so readers must not fail on others.
    action: str
    finding: str  # the finding id acted on
    value: str = ""  # the new status or note, or the kind of an added link
    by: str | None = None


@dataclass(frozen=True, slots=True)
class SavedComparison:
    """A comparison as saved: the report (findings carry status, note, origin) and the review."""

    report: Report
    saved_at: str | None = None  # ISO 8601, UTC; None until first saved
    saved_by: str | None = None
    removed: tuple[str, ...] = ()  # ids of engine findings the journalist removed as wrong links
    history: tuple[ReviewEvent, ...] = ()
    # The Crosscheck version that wrote the file (None: not saved yet); not part of equality.
    app_version: str | None = field(default=None, compare=False)
    # None: path and hash come from the documents. Set when the UI relocates a moved source.
    sources: tuple[SourceRef, SourceRef] | None = None

    def source(self, side: Side) -> SourceRef:
        if self.sources is not None:
            return self.sources[0 if side is Side.LEFT else 1]
        doc = self.report.document(side).document
        return SourceRef(doc.source, doc.sha256)

    @property
    def user_links(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.report.findings if f.origin == "user")


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def stamp(saved: SavedComparison, by: str | None = None) -> SavedComparison:
    """A copy with ``saved_at`` set to now (and ``saved_by`` when given): call it before saving."""
    return replace(saved, saved_at=now_iso(), saved_by=by if by is not None else saved.saved_by)


# ---------------------------------------------------------------------------------------- writing


def comparison_to_dict(saved: SavedComparison) -> dict[str, Any]:
    return {
        "format": FORMAT_MARKER,
        "version": FORMAT_VERSION,
        # An unsaved comparison still gets a time: a file without one would say less than it knows.
        "saved_at": saved.saved_at or now_iso(),
        "saved_by": saved.saved_by,
        "app_version": __version__,
        "report": report_to_dict(saved.report),
        "sources": {
            side.value: {"path": ref.path, "sha256": ref.sha256}
            for side in (Side.LEFT, Side.RIGHT)
            for ref in [saved.source(side)]
        },
        "review": {
            "user_links": list(saved.user_links),
            "removed": list(saved.removed),
            "history": [
                {"at": e.at, "by": e.by, "action": e.action, "finding": e.finding, "value": e.value}
                for e in saved.history
            ],
        },
    }


def _encode(data: dict[str, Any]) -> bytes:
    # Indented so a journalist's notes can be read (and diffed) in any text editor.
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def save_comparison(path: str | Path, saved: SavedComparison) -> None:
    """Write ``saved`` to ``path`` atomically: on any failure the previous file is left as it was.

    ``saved_at`` is written as given (``stamp`` it first); an unstamped one gets the time now.
    Overwriting is allowed (Save As onto an existing file is the user's choice).
    """
    write_bytes_atomic(Path(path), _encode(comparison_to_dict(saved)))


# ---------------------------------------------------------------------------------------- reading


def load_comparison(path: str | Path) -> SavedComparison:
    """Read a ``.crosscheck`` file; ``ReportFormatError(path, reason)`` for anything unreadable.

    The file is only ever opened for reading.
    """
    path = Path(path)
    return comparison_from_dict(_read_json(path), path=path)


def comparison_from_dict(data: Any, *, path: str | Path | None = None) -> SavedComparison:
    if not isinstance(data, dict) or data.get("format") != FORMAT_MARKER:
        hint = ""
        if isinstance(data, dict) and "findings" in data and "documents" in data:
            hint = " (this is a JSON report from 'crosscheck compare --json')"
        raise ReportFormatError(path, f"not a Crosscheck comparison file{hint}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReportFormatError(path, "the file is damaged (no valid format version)")
    if version > FORMAT_VERSION:
        made_by = data.get("app_version")
        by = f", saved by Crosscheck {made_by}" if isinstance(made_by, str) and made_by else ""
        raise ReportFormatError(
            path,
            f"made by a newer Crosscheck (version {version}{by}); this one reads up to version "
            f"{FORMAT_VERSION}. Update Crosscheck to open it.",
        )
    try:
        data = migrate(data)
    except ValueError as exc:
        raise ReportFormatError(path, str(exc)) from None
    report = report_from_dict(data.get("report"), path=None if path is None else str(path))
    try:
        review = data.get("review") or {}  # other tools may write a comparison without a review
        saved = SavedComparison(
            report=report,
            saved_at=_opt_str(data.get("saved_at")),
            saved_by=_opt_str(data.get("saved_by")),
            removed=tuple(_str(i) for i in review.get("removed", [])),
            history=tuple(_event(e) for e in review.get("history", [])),
            app_version=_opt_str(data.get("app_version")),
            sources=_sources(data.get("sources"), report),
        )
        user_links = [_str(i) for i in review.get("user_links", [])]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ReportFormatError(path, f"the file is damaged or incomplete ({exc})") from None
    problem = _inconsistency(saved, user_links)
    if problem:
        raise ReportFormatError(path, f"the file is inconsistent: {problem}")
    return saved


# Each entry upgrades a file dict from version N to N + 1; filled in when the format changes.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file's dict up to ``FORMAT_VERSION`` (a no-op while 1 is the only version).

    Raises ValueError for a version no step upgrades from.
    """
    version = data["version"]
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ValueError(f"cannot read files of format version {version}")
        data = step(data)
        version = data["version"]
    return data


def _read_json(path: Path) -> Any:
    try:
        if path.is_dir():
            raise ReportFormatError(path, "this is a folder, not a saved comparison")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReportFormatError(path, f"too large ({size // 2**20} MB) to be a comparison")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReportFormatError(path, "no such file") from None
    except OSError as exc:
        raise ReportFormatError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if not raw.strip():
        raise ReportFormatError(path, "the file is empty")
    try:
        text = raw.decode("utf-8-sig")  # tolerate a BOM added by a Windows editor
    except UnicodeDecodeError:
        raise ReportFormatError(path, "not a Crosscheck comparison file (not UTF-8 text)") from None
    try:
        return json.loads(text)
    except RecursionError:
        raise ReportFormatError(path, "the file is damaged (nested too deeply)") from None
    except json.JSONDecodeError as exc:
        # An error at the very end (or a string never closed) means the JSON stopped early: the
        # tell-tale of a cut-off copy, worth naming because the cure differs (find a full copy).
        ended_early = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        if ended_early and text.lstrip().startswith("{"):
            reason = "the file is truncated (it ends before the comparison does)"
        elif not text.lstrip().startswith(("{", "[")):
            reason = "not a Crosscheck comparison file (not JSON)"
        else:
            reason = f"the file is damaged (invalid JSON at line {exc.lineno}, column {exc.colno})"
        raise ReportFormatError(path, reason) from None


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _opt_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _event(e: Any) -> ReviewEvent:
    return ReviewEvent(
        at=_str(e["at"]),
        action=_str(e["action"]),
        finding=_str(e["finding"]),
        value=_str(e.get("value", "")),
        by=_opt_str(e.get("by")),
    )


def _sources(raw: Any, report: Report) -> tuple[SourceRef, SourceRef] | None:
    if raw is None:
        return None
    refs = tuple(
        SourceRef(_str(raw[side]["path"]), _opt_str(raw[side].get("sha256")))
        for side in ("left", "right")
    )
    derived = tuple(
        SourceRef(report.document(s).document.source, report.document(s).document.sha256)
        for s in (Side.LEFT, Side.RIGHT)
    )
    # Keep None when they merely repeat the documents, so a round trip compares equal.
    return None if refs == derived else (refs[0], refs[1])


def _inconsistency(saved: SavedComparison, user_links: list[str]) -> str | None:
    """Why the file contradicts itself (offsets outside the text, unknown ids...), or None."""
    report = saved.report
    ids: set[str] = set()
    for f in report.findings:
        if f.id in ids:
            return f"finding id {f.id!r} appears twice"
        ids.add(f.id)
        for side in (Side.LEFT, Side.RIGHT):
            text = report.document(side).document.text
            for span in f.spans(side):
                if span.end > len(text):
                    return (
                        f"finding {f.id!r} points past the end of the {side.value} text "
                        f"({span.start}..{span.end}, text length {len(text)})"
                    )
                if text[span.start : span.end] != span.text:
                    return f"finding {f.id!r} has {side.value} offsets that do not match its text"
    for pair in report.alignment:
        for side, rng in ((Side.LEFT, pair.left), (Side.RIGHT, pair.right)):
            if rng.end > len(report.document(side).document.text):
                return f"an aligned {side.value} passage points past the end of the text"
    user = {f.id for f in report.findings if f.origin == "user"}
    missing = [i for i in user_links if i not in user]
    if missing:
        return f"user link {missing[0]!r} is not among the findings"
    if ids & set(saved.removed):
        return f"finding {sorted(ids & set(saved.removed))[0]!r} is both present and removed"
    return None


# ---------------------------------------------------------------------------- changed sources


class SourceState(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    MISSING = "missing"
    UNKNOWN = "unknown"  # no hash was stored, or the file cannot be read


@dataclass(frozen=True, slots=True)
class SourceCheck:
    side: Side
    path: str
    state: SourceState
    reason: str  # one line for the user


def changed_sources(
    saved: SavedComparison, base_dir: str | Path | None = None
) -> list[SourceCheck]:
    """Compare each side's stored sha256 with its file on disk now; one entry per side.

    A relative source path is looked up under ``base_dir`` (e.g. the folder of the .crosscheck file)
    first, then under the current directory.
    """
    return [_check_source(side, saved.source(side), base_dir) for side in (Side.LEFT, Side.RIGHT)]


def _check_source(side: Side, ref: SourceRef, base_dir: str | Path | None) -> SourceCheck:
    name = Path(ref.path).name or ref.path
    file = _locate(ref.path, base_dir)
    if file is None:
        return SourceCheck(side, ref.path, SourceState.MISSING, f"{name} is no longer there")
    try:
        digest = file_sha256(file)
    except OSError as exc:
        reason = f"{name} cannot be read ({exc.strerror or exc})"
        return SourceCheck(side, str(file), SourceState.UNKNOWN, reason)
    if not ref.sha256:
        reason = f"{name}: no fingerprint was saved, so changes cannot be detected"
        return SourceCheck(side, str(file), SourceState.UNKNOWN, reason)
    if digest.lower() != ref.sha256.lower():
        reason = f"{name} has changed since the comparison was saved"
        return SourceCheck(side, str(file), SourceState.CHANGED, reason)
    return SourceCheck(side, str(file), SourceState.UNCHANGED, f"{name} is unchanged")


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _locate(source: str, base_dir: str | Path | None) -> Path | None:
    if not source:
        return None
    p = Path(source)
    candidates = [p] if p.is_absolute() or base_dir is None else [Path(base_dir) / p, p]
    return next((c for c in candidates if c.is_file()), None)


# ---------------------------------------------------------------------------- recovery copies


@dataclass(frozen=True, slots=True)
class Recovery:
    """A recovery copy left behind by a crash (or by a window still open: compare ``pid``)."""

    file: Path  # the recovery copy itself; open it with load_comparison
    original: Path | None  # the .crosscheck it belongs to; None for a never-saved comparison
    written_at: str | None
    pid: int | None
    problem: str | None = None  # why it cannot be opened; the UI should offer to discard it


def recovery_path_for(
    path: str | Path | None, recovery_dir: str | Path, *, untitled_key: str = ""
) -> Path:
    """Where the recovery copy of ``path`` (None: an untitled comparison) lives.

    Stable for a given file, so repeated writes replace one copy. The name carries a hash of the
    absolute path because two open files may share a name. Untitled comparisons are keyed by process
    id plus ``untitled_key`` (e.g. a window number) so two windows never share a copy.
    """
    recovery_dir = Path(recovery_dir)
    if path is None:
        key = f"{os.getpid()}-{untitled_key}" if untitled_key else str(os.getpid())
        return recovery_dir / f"untitled-{key}{RECOVERY_SUFFIX}"
    absolute = Path(os.path.abspath(path))
    tag = hashlib.sha256(str(absolute).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    stem = absolute.name.removesuffix(SUFFIX) or "comparison"
    return recovery_dir / f"{stem}-{tag}{RECOVERY_SUFFIX}"


def write_recovery(
    saved: SavedComparison,
    original: str | Path | None,
    recovery_dir: str | Path,
    *,
    untitled_key: str = "",
) -> Path:
    """Write the recovery copy of unsaved work (atomically, replacing the last one); return it."""
    target = recovery_path_for(original, recovery_dir, untitled_key=untitled_key)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = comparison_to_dict(saved)
    data["recovery"] = {
        "original": None if original is None else os.path.abspath(original),
        "written_at": now_iso(),
        "pid": os.getpid(),
    }
    write_bytes_atomic(target, _encode(data))
    return target


def find_recoveries(recovery_dir: str | Path) -> list[Recovery]:
    """Recovery copies in ``recovery_dir``, newest first; unreadable ones carry a ``problem``."""
    recovery_dir = Path(recovery_dir)
    if not recovery_dir.is_dir():
        return []
    found = []
    for file in recovery_dir.glob(f"*{RECOVERY_SUFFIX}"):
        try:
            data = _read_json(file)
            comparison_from_dict(data, path=file)
            info = data.get("recovery") or {}
            original = info.get("original")
            pid = info.get("pid")
            found.append(
                Recovery(
                    file=file,
                    original=Path(original) if isinstance(original, str) else None,
                    written_at=_opt_str(info.get("written_at")),
                    pid=pid if isinstance(pid, int) else None,
                )
            )
        except ReportFormatError as exc:
            found.append(Recovery(file, None, None, None, problem=exc.reason))
    return sorted(found, key=lambda r: _mtime(r.file), reverse=True)


def discard_recovery(recovery_file: str | Path) -> None:
    """Delete a recovery copy (after a save, or when the user declines it). Missing is fine."""
    recovery_file = Path(recovery_file)
    # Guard against a caller passing the user's real file: only recovery copies are deleted here.
    if not recovery_file.name.endswith(RECOVERY_SUFFIX):
        raise ValueError(f"not a recovery copy: {recovery_file}")
    recovery_file.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
