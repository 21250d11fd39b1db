"""People cards and the timeline in a comparison's report, its JSON and its saved file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.model import Document, FindingKind, PersonCard, Report
from desktop.core.persistence.persist import SavedComparison, load_comparison, save_comparison
from desktop.core.report import report_from_dict, report_to_dict, report_to_json
from desktop.core.runtime.errors import ReportFormatError

LEFT = (
    "Leader pardons border guards\n\n"
    "President Ilham Aliyev, 63, pardoned two border guards on Sunday. "
    "Anna Berg was wounded in the clash last month. "
    "Aliyev spoke to reporters in Baku."
)
RIGHT = (
    "Aliyev frees guards\n\n"
    "Ilham Aliyev, 62, pardoned two border guards on Sunday, his office said. "
    "Anna Berg was killed in the clash last month."
)
DAY = "2024-05-07"  # a Tuesday: the Sunday before is 5 May


@pytest.fixture(scope="module")
def compared() -> Report:
    from desktop.core.compare import compare_documents

    return compare_documents(
        Document("left.txt", LEFT, date=DAY), Document("right.txt", RIGHT, date=DAY)
    )


def _card(report: Report, name: str) -> PersonCard:
    return next(c for c in report.people if c.name == name)


def _ages(card: PersonCard) -> tuple[set[str], set[str]]:
    return (
        {a.value for a in card.left.attributes if a.kind == "age"},
        {a.value for a in card.right.attributes if a.kind == "age"},
    )


def test_ilham_aliyev_and_president_aliyev_get_one_card_with_both_ages(compared: Report) -> None:
    cards = [c for c in compared.people if "Aliyev" in c.name]
    assert len(cards) == 1
    (card,) = cards
    assert _ages(card) == ({"63"}, {"62"})
    assert "Aliyev" in card.left.names and "Ilham Aliyev" in card.right.names
    mentioned = {LEFT[m.start : m.end] for m in card.left.mentions}
    assert {"Ilham Aliyev", "Aliyev"} <= mentioned
    assert card.has_conflict


def test_the_age_conflict_is_one_finding_linked_to_the_card(compared: Report) -> None:
    card = _card(compared, "Ilham Aliyev")
    age_conflicts = [
        f
        for f in compared.findings
        if f.kind is FindingKind.CONFLICT and [s.text for s in f.left] == ["63"]
    ]
    assert len(age_conflicts) == 1
    assert [s.text for s in age_conflicts[0].right] == ["62"]
    assert age_conflicts[0].person == card.id


def test_wounded_here_and_killed_there_becomes_a_conflict_finding_on_her_card(
    compared: Report,
) -> None:
    card = _card(compared, "Anna Berg")
    fates = [f for f in compared.findings if f.person == card.id and f.kind is FindingKind.CONFLICT]
    assert len(fates) == 1
    (fate,) = fates
    assert [s.text for s in fate.left] == ["wounded"] and [s.text for s in fate.right] == ["killed"]
    assert "injured" in fate.reason and "killed" in fate.reason
    assert fate.id not in {f.id for f in compared.findings if f is not fate}


def test_person_findings_name_their_card(compared: Report) -> None:
    ids = {c.id for c in compared.people}
    people = [
        f for f in compared.findings if f.type.value == "person" and f.kind.value != "conflict"
    ]
    assert people and all(f.person in ids for f in people)


def test_the_timeline_puts_sunday_on_the_articles_calendar_date(compared: Report) -> None:
    sunday = next(row for row in compared.timeline if row.when == "2024-05-05")
    assert sunday.precision == "day"
    assert [s.text for s in sunday.left] == ["Sunday"] and [s.text for s in sunday.right] == [
        "Sunday"
    ]
    assert sunday.conflicts == ()


def test_the_json_report_carries_people_with_integer_ages_and_the_timeline(
    compared: Report,
) -> None:
    data = json.loads(report_to_json(compared))
    assert data["version"] == 1
    aliyev = next(p for p in data["people"] if p["name"] == "Ilham Aliyev")
    assert {"id", "name", "left", "right"} <= aliyev.keys()
    ages = [a["value"] for a in aliyev["left"]["attributes"] if a["kind"] == "age"]
    assert ages == [63]
    age = next(a for a in aliyev["left"]["attributes"] if a["kind"] == "age")
    assert LEFT[age["start"] : age["end"]] == "63"
    row = next(r for r in data["timeline"] if r["when"] == "2024-05-05")
    assert {"when", "precision", "left", "right", "label"} <= row.keys()
    assert row["left"][0]["text"] == "Sunday"
    assert any(f["person"] == aliyev["id"] for f in data["findings"])
    again = report_from_dict(data)
    assert again.people == compared.people and again.timeline == compared.timeline
    assert report_to_dict(again) == report_to_dict(compared)


def test_a_report_saved_before_people_cards_still_opens(compared: Report) -> None:
    data = report_to_dict(compared)
    del data["people"], data["timeline"]
    for f in data["findings"]:
        del f["person"]
    old = report_from_dict(data)
    assert old.people == () and old.timeline == ()
    assert all(f.person is None for f in old.findings)
    assert len(old.findings) == len(compared.findings)


def test_a_saved_comparison_reopens_with_its_cards_and_timeline(
    compared: Report, tmp_path: Path
) -> None:
    path = tmp_path / "pardon.crosscheck"
    save_comparison(path, SavedComparison(report=compared))
    reopened = load_comparison(path).report
    assert reopened.people == compared.people
    assert reopened.timeline == compared.timeline
    assert [f.person for f in reopened.findings] == [f.person for f in compared.findings]


def test_a_card_pointing_past_the_text_is_refused(compared: Report) -> None:
    data = report_to_dict(compared)
    data["people"][0]["left"]["mentions"] = [{"start": 0, "end": 10**6, "text": "x"}]
    with pytest.raises(ReportFormatError, match="damaged"):
        report_from_dict(data)


def test_the_html_report_has_a_people_row_per_person_with_the_age_conflict_marked(
    compared: Report,
) -> None:
    from desktop.core.export import export_html

    html = export_html(compared)
    people = html[html.index("<h2>People (2)</h2>") : html.index("<h2>Timeline")]
    aliyev = people[people.index("Ilham Aliyev") :].split("</tr>")[0]
    assert "age: <b>63</b>" in aliyev and "age: <b>62</b>" in aliyev
    assert aliyev.count("≠") >= 2  # the person and the clashing age both carry the chip


def test_the_html_timeline_reads_when_left_right_with_the_calendar_day(compared: Report) -> None:
    from desktop.core.export import export_html

    html = export_html(compared)
    timeline = html[html.index("<h2>Timeline (") :]
    assert "<th" in timeline and ">When</th>" in timeline
    row = timeline[timeline.index("Sun 5 May 2024") :].split("</tr>")[0]
    assert row.count("“Sunday”") == 2


def test_the_csv_gains_a_last_person_column_naming_the_card(compared: Report) -> None:
    import csv
    import io

    from desktop.core.export import export_csv
    from desktop.core.export.csv import COLUMNS

    rows = list(csv.reader(io.StringIO(export_csv(compared))))
    # "person" was the last column until "to_check" (issue 8), then the two articles' names were
    # appended after it; its place stays, for scripts that read columns by position.
    person = COLUMNS.index("person")
    assert person == 14 and rows[0][person] == "person"
    assert COLUMNS[person + 1 :] == ("to_check", "left_article", "right_article")
    by_left = {r[COLUMNS.index("left_text")]: r for r in rows[1:]}
    assert by_left["63"][person] == "Ilham Aliyev"
    assert by_left["Baku"][person] == ""


def test_the_command_line_summary_names_the_contradicted_people(compared: Report) -> None:
    from desktop.cli import format_summary

    summary = format_summary(compared)
    assert "People: 2 named, 2 with details the articles contradict:" in summary
    assert "! Ilham Aliyev: age 63 vs 62" in summary
    assert "! Anna Berg: status injured vs killed" in summary


def test_the_age_of_her_three_year_old_son_is_not_her_age() -> None:
    from desktop.core.compare import compare_documents

    left = "Rita Powell, 23, was killed. Neighbours said Powell's 3-year-old son found her."
    right = "Rita Powell, 23, died on Sunday."
    report = compare_documents(
        Document("l.txt", left, date=DAY), Document("r.txt", right, date=DAY)
    )
    (card,) = report.people
    assert _ages(card) == ({"23"}, {"23"}) and not card.has_conflict
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_ages_in_sentences_that_do_not_align_still_become_one_conflict_finding() -> None:
    from desktop.core.compare import compare_documents

    left = (
        "Soldier killed at apartment\n\nA jury convicted Mark Wilson on Friday. Prosecutors said "
        "Wilson killed Army medic Daniel Reyes, 23, and wounded three other people at the apartment."
    )
    right = (
        "Soldier found dead\n\nPolice said a 22-year-old Army medic, Daniel Reyes, was found dead "
        "at the apartment. Three other people were wounded. Mark Wilson was arrested nearby."
    )
    report = compare_documents(
        Document("l.txt", left, date=DAY), Document("r.txt", right, date=DAY)
    )
    card = _card(report, "Daniel Reyes")
    on_23 = [f for f in report.findings if any(s.text == "23" for s in f.left)]
    assert len(on_23) == 1  # the conflict replaced the "only in the left" mark on the same words
    (conflict,) = on_23
    assert conflict.kind is FindingKind.CONFLICT and conflict.person == card.id
    assert conflict.reason == "Different ages for Daniel Reyes: the left says '23', the right '22'."
    assert [s.text for s in conflict.right] == ["22-year-old"]
    assert not any(
        f.kind is FindingKind.RIGHT_ONLY and any(s.text == "22-year-old" for s in f.right)
        for f in report.findings
    )


def test_a_death_on_sunday_here_and_saturday_there_is_chipped_on_the_html_timeline() -> None:
    from desktop.core.compare import compare_documents
    from desktop.core.export import export_html
    from tests.core.people_texts import ARTICLE_DATE
    from tests.core.people_texts import LEFT as SHOT
    from tests.core.people_texts import RIGHT as DIED

    report = compare_documents(
        Document("l.txt", SHOT, date=ARTICLE_DATE), Document("r.txt", DIED, date=ARTICLE_DATE)
    )
    html = export_html(report)
    timeline = html[html.index("<h2>Timeline (") :]
    rows = timeline.split("<tr")
    sunday = next(r for r in rows if "<b>Sun 5 May 2024" in r)
    monday = next(r for r in rows if "<b>Mon 6 May 2024" in r)
    assert "≠" in sunday and "Sat 4 May 2024" in sunday
    assert "≠" not in monday


def test_a_crosscheck_file_saved_before_people_cards_still_opens_with_its_review(
    compared: Report, tmp_path: Path
) -> None:
    from dataclasses import replace

    from desktop.core.model import ReviewStatus

    reviewed = replace(
        compared,
        findings=tuple(replace(f, status=ReviewStatus.CONFIRMED) for f in compared.findings),
    )
    path = tmp_path / "old.crosscheck"
    save_comparison(path, SavedComparison(report=reviewed))
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["report"]["people"], data["report"]["timeline"]
    for f in data["report"]["findings"]:
        del f["person"]
    path.write_text(json.dumps(data), encoding="utf-8")
    opened = load_comparison(path).report
    assert opened.people == () and opened.timeline == ()
    assert {f.status for f in opened.findings} == {ReviewStatus.CONFIRMED}
    assert [f.id for f in opened.findings] == [f.id for f in compared.findings]


def test_a_bare_family_surname_never_shows_the_daughter_as_contradicted() -> None:
    from desktop.core.compare import compare_documents

    left = (
        "Father shoots daughter\n\nMarvin Verner shot his daughter, Mya Verner, on Sunday. "
        "Mya Verner was wounded in the back. After the shooting, Verner killed himself at home."
    )
    right = (
        "Girl hurt in shooting\n\nMarvin Verner opened fire on Sunday. Mya Verner was wounded. "
        "Marvin Verner died at the scene."
    )
    report = compare_documents(Document("l.txt", left), Document("r.txt", right))

    mya = _card(report, "Mya Verner")
    # "Verner killed himself" may be about her father: her fate is shown as told differently
    # (≈), never as a contradiction (≠), just as no conflict finding is made of it.
    assert not mya.has_conflict
    assert any(c.kind == "status" and c.verdict == "different" for c in mya.comparisons)
