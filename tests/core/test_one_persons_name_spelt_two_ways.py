"""A fact-checker compares two reports of one shooting. One article writes the wounded teenager
"Delvion Pruitt", the other "Dalveon Pruitt"; one writes the boy's father "Dale Halvorsen", the
other "Dale Halvorson" and names the boy first. Each is one person whose name one article has
wrong, and a newspaper's commonest correction is a misspelt name: the pair is a conflict quoting
both spellings, not corroboration. A short form ("Mike" / "Michael"), a name in two systems of
transliteration ("Mohammed" / "Muhammad"), another ending ("Mario" / "Maria"), and two people of
different roles whose surnames look alike ("Smith" / "Smyth") are no misspelling."""

from desktop.core.findings import tuning
from desktop.core.model import Finding, FindingKind, MentionType, Report
from tests.factories import compare_stories, conflict_texts


def _conflicts_of(report: Report) -> list[tuple[Finding, set[str], set[str]]]:
    return [
        (f, {s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]


def _person_conflicts(left: str, right: str) -> list[tuple[set[str], set[str], str]]:
    return [(ls, rs, f.reason) for f, ls, rs in _conflicts_of(compare_stories(left, right))]


def test_a_teenagers_given_name_spelt_with_other_vowels_is_a_spelling_conflict() -> None:
    report = compare_stories(
        "Five students shot near school\n\nFive students were shot near Hollis High School on "
        "Tuesday afternoon. One of them, Delvion Pruitt, went home from the hospital on "
        'Wednesday. "I thought I was going to die," Pruitt said.',
        'Teen recalls school shooting\n\n"I was sure I would die," said Dalveon Pruitt, a '
        "senior at Hollis High School, where five students were shot on Tuesday. Pruitt was hit "
        "in the arm.",
    )
    found = [(left, right, f.reason) for f, left, right in _conflicts_of(report)]
    assert [(left, right) for left, right, _ in found] == [({"Delvion Pruitt"}, {"Dalveon Pruitt"})]
    reason = found[0][2]
    assert "the left spells it 'Delvion'" in reason and "the right 'Dalveon'" in reason
    assert "the surname agrees" in reason and "Unless they are two people of one family" in reason
    confidence = next(f.confidence for f in report.findings if f.kind is FindingKind.CONFLICT)
    assert confidence == tuning.VOWEL_SPELLED_APART_CONFIDENCE < tuning.SPELLED_APART_CONFIDENCE


def test_a_fathers_surname_spelt_two_ways_is_a_conflict_when_the_other_names_his_son_first() -> (
    None
):
    found = _person_conflicts(
        "Boy, 4, shot with father's gun\n\nA 4-year-old boy was shot in the face at his home in "
        "Ferndale on Friday night. The house is owned by Dale Halvorsen, the boy's father. "
        "Halvorsen told deputies he heard a bang and ran to the bedroom where his son, Tyler, had "
        "found the pistol.",
        "Father charged after son shot\n\nTyler Halvorson, 4, was shot in the face with his "
        "father's loaded pistol at their Ferndale home on Friday. Dale Halvorson, Tyler's father, "
        "has been charged with reckless endangerment.",
    )
    assert len(found) == 1
    left, right, reason = found[0]
    assert "Dale Halvorsen" in left and right == {"Dale Halvorson"}
    assert "'Halvorsen'" in reason and "'Halvorson' ('Dale Halvorson')" in reason


def test_the_son_named_first_keeps_his_agreement_beside_his_fathers_misspelt_surname() -> None:
    report = compare_stories(
        "Father charged after son shot\n\nTyler Halvorson, 4, was shot in the face with his "
        "father's loaded pistol at their Ferndale home on Friday. Dale Halvorson, Tyler's father, "
        "has been charged with reckless endangerment.",
        "Boy, 4, shot with father's gun\n\nA 4-year-old boy was shot in the face at his home in "
        "Ferndale on Friday night. The house is owned by Dale Halvorsen, the boy's father. "
        "Halvorsen told deputies he heard a bang and ran to the bedroom where his son, Tyler, had "
        "found the pistol.",
    )
    people = [f for f in report.findings if f.type is MentionType.PERSON]
    conflicts = [f for f in people if f.kind is FindingKind.CONFLICT]
    assert [({s.text for s in f.left}, {s.text for s in f.right}) for f in conflicts] == [
        ({"Dale Halvorson"}, {"Dale Halvorsen", "Halvorsen"})
    ]
    tyler = [f for f in report.findings if any(s.text == "Tyler" for s in f.right)]
    assert tyler and all(f.kind is FindingKind.AGREE for f in tyler)


def test_a_short_form_of_a_given_name_is_no_misspelling() -> None:
    report = compare_stories(
        "Police spokesman Mike Dalton said two men were shot on Elm Street on Tuesday. Jon "
        "Ferris, the owner of the bar, called police.",
        "Michael Dalton, a police spokesman, said two men were shot on Elm Street on Tuesday. "
        "Jonathan Ferris, who owns the bar, called 911.",
    )
    assert conflict_texts(report) == []


def test_a_name_in_two_systems_of_transliteration_is_no_misspelling() -> None:
    found = _person_conflicts(
        "Mohammed Rahimi, a shopkeeper, was shot outside his store in Dearborn on Tuesday.",
        "Muhammad Rahimi, who runs the store, was shot outside it in Dearborn on Tuesday.",
    )
    assert found == []


def test_another_ending_of_a_given_name_names_another_person() -> None:
    found = _person_conflicts(
        "Mario Benedetti was shot outside his home in Dearborn on Tuesday, police said.",
        "Maria Benedetti said she heard the shots outside the home in Dearborn on Tuesday.",
    )
    assert found == []


def test_look_alike_surnames_of_two_roles_are_two_people() -> None:
    found = _person_conflicts(
        "Two students were shot outside Hollis High School on Tuesday. Detective Smith said the "
        "gun was found in a car.",
        "Two students were shot outside Hollis High School on Tuesday. Coach Smyth said the "
        "team would play on Friday.",
    )
    assert found == []
