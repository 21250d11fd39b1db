"""The note at the foot of a page that names its writer is no fact of the story: two articles by
two staff writers of one paper are never a conflict over who is named (hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.author_notes import author_notes
from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Two men killed in Garfield shooting\n\n"
    "Two men were shot and killed Saturday night in Garfield, police said. The Allegheny County "
    "Medical Examiner's Office identified them as Jason Napoles, 22, and Jamel Rollins, 24.\n\n"
    "Liz Hayes is a Tribune-Review staff writer. Reach her at 412-320-7800."
)
RIGHT = (
    "Police name men killed in Garfield\n\n"
    "The Allegheny County Medical Examiner's Office identified the two men shot and killed "
    "Saturday night in Garfield as Jason Napoles, 22, and Jamel Rollins, 24.\n\n"
    "Brian Bowling is a Tribune-Review staff writer. Reach him at 412-325-4301."
)


def test_two_staff_writers_are_not_one_person_named_two_ways() -> None:
    report = compare_stories(LEFT, RIGHT)
    assert not conflict_texts(report)
    people = {
        s.text for f in report.findings if f.type is MentionType.PERSON for s in f.left + f.right
    }
    assert "Liz Hayes" not in people and "Brian Bowling" not in people
    assert any(
        f.kind is FindingKind.AGREE and {s.text for s in f.left} & {"Jason Napoles"}
        for f in report.findings
    )


def test_only_the_foot_notes_of_the_writer_are_credits() -> None:
    text = (
        "Jane Doe can be reached at 555-0100. Sam Lee contributed to this report. "
        "Contact Crime Stoppers at 555-0199. Police said Officer Ann Lee is a reporter's sister."
    )
    assert [text[s:e] for s, e in author_notes(text)] == [
        "Jane Doe can be reached",
        "Sam Lee contributed to this report",
    ]
