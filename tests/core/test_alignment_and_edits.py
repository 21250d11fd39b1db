"""Alignment and edit detection on small articles written for the tests."""

from __future__ import annotations

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind

ORIGINAL = (
    "Flooding forces thousands from their homes in Valencia\n\n"
    "Heavy rain flooded the Spanish city of Valencia on Tuesday, forcing 3,200 residents to leave "
    "their homes. Mayor Maria Lopez said the river rose two metres in six hours. "
    "Emergency teams from Seville rescued 48 people from rooftops. "
    "The regional government in Madrid promised 15 million euros in aid. "
    "Forecasters expect more rain on Friday."
)


def edited(text: str) -> str:
    return (
        text.replace("Maria Lopez", "Maria Garcia")
        .replace("from Seville", "from Alicante")
        .replace("rescued 48 people", "rescued 96 people")
        .replace("on Friday", "on Sunday")
        .replace(" The regional government in Madrid promised 15 million euros in aid.", "")
    )


def doc(text: str, name: str) -> Document:
    return Document(source=name, text=text, date="2024-10-29")


def test_an_edited_copy_shows_each_change_as_a_conflict_and_the_deleted_sentence_as_left_only() -> (
    None
):
    report = compare_documents(doc(ORIGINAL, "original.txt"), doc(edited(ORIGINAL), "edited.txt"))
    conflicts = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    pairs = {(f.left[0].text, f.right[0].text) for f in conflicts}
    assert ("Maria Lopez", "Maria Garcia") in pairs or ("Lopez", "Garcia") in {
        (a.split()[-1], b.split()[-1]) for a, b in pairs
    }
    assert any("48" in a and "96" in b for a, b in pairs)
    assert any("Friday" in a and "Sunday" in b for a, b in pairs)
    assert any("Alicante" in b for _, b in pairs)

    deleted_start = ORIGINAL.index("The regional government")
    deleted_end = ORIGINAL.index("in aid.") + len("in aid.")
    left_only = [f for f in report.findings if f.kind is FindingKind.LEFT_ONLY]
    assert any(deleted_start <= s.start and s.end <= deleted_end for f in left_only for s in f.left)

    # Nothing outside the edits is flagged.
    changed_right = ("Garcia", "Alicante", "96", "Sunday")
    for finding in report.findings:
        if finding.kind is FindingKind.AGREE:
            continue
        inside_deletion = all(
            deleted_start <= s.start and s.end <= deleted_end for s in finding.left
        )
        touches_edit = any(any(c in s.text for c in changed_right) for s in finding.right)
        assert inside_deletion or touches_edit, finding


def test_identical_articles_only_agree() -> None:
    report = compare_documents(doc(ORIGINAL, "a.txt"), doc(ORIGINAL, "b.txt"))
    assert {f.kind for f in report.findings} == {FindingKind.AGREE}
    assert report.summary.same_event_score > 0.9
    # Every sentence is aligned with its twin.
    assert len(report.alignment) >= len(report.left.sentences)
    for pair in report.alignment:
        left_text = ORIGINAL[pair.left.start : pair.left.end]
        right_text = ORIGINAL[pair.right.start : pair.right.end]
        if pair.score > 0.9:
            assert left_text == right_text


def test_articles_about_different_events_score_low() -> None:
    other = (
        "Earthquake shakes northern Chile\n\n"
        "A magnitude 6.8 earthquake struck near Antofagasta on Saturday, the Chilean seismological "
        "service said. No deaths were reported, and the copper mines of Escondida kept working. "
        "President Gabriel Boric thanked the rescue teams in Santiago."
    )
    report = compare_documents(doc(ORIGINAL, "floods.txt"), doc(other, "quake.txt"))
    assert report.summary.same_event_score < 0.4
    assert "different events" in report.summary.verdict
    assert not [f for f in report.findings if f.kind is FindingKind.AGREE and f.type == "person"]


def test_progress_is_reported_and_cancelling_stops_the_comparison() -> None:
    import pytest

    from desktop.core.runtime.errors import Cancelled

    stages: list[tuple[str, float]] = []
    compare_documents(
        doc(ORIGINAL, "a"), doc(ORIGINAL, "b"), progress=lambda s, f: stages.append((s, f))
    )
    fractions = [f for _, f in stages]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    with pytest.raises(Cancelled):
        compare_documents(doc(ORIGINAL, "a"), doc(ORIGINAL, "b"), cancelled=lambda: True)


def test_a_changed_weekday_inside_a_time_is_a_conflict_and_the_clock_is_not_flagged() -> None:
    text = (
        "Fire at the depot\n\nJust before 7 p.m. Friday, firefighters reached the depot in "
        "Leeds, where 14 buses were destroyed. The council said the depot would reopen in March."
    )
    report = compare_documents(doc(text, "a.txt"), doc(text.replace("Friday", "Sunday"), "b.txt"))
    flagged = [f for f in report.findings if f.kind is not FindingKind.AGREE]
    assert flagged, "the changed day was not noticed"
    assert all(f.kind is FindingKind.CONFLICT for f in flagged)
    assert any("Friday" in s.text for f in flagged for s in f.left)


def test_claims_are_compared_in_the_closest_sentence_pairs_first_never_below_the_floor() -> None:
    pairs = [SentencePair(0, 0, 0.5), SentencePair(1, 2, 0.9), SentencePair(2, 1, 0.2)]
    pairs.append(SentencePair(3, 3, 0.9))
    assert strongest_first(pairs, 0.5) == [pairs[1], pairs[3], pairs[0]]
    assert strongest_first(pairs) == [pairs[1], pairs[3], pairs[0], pairs[2]]
