"""One person's surname written with and without its particle ("Anthony Calamita" / "Anthony
LaCalamita III") is a name conflict a journalist must check, not an agreement and not two
people; another given name, or the same spelling, is left as it was (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

LEFT = (
    "Gunman kills one at Michigan accounting firm.\n"
    "A gunman killed one man at an accounting firm in Southfield on Tuesday. The suspect's name "
    "is Anthony Calamita, police said. Calamita was arrested."
)


def right_naming(name: str, surname: str) -> str:
    return (
        "Fired worker kills one at Michigan firm.\n"
        f"Police said {name} killed one man at an accounting firm in Southfield on Tuesday. "
        f"{surname} was taken into custody."
    )


def test_a_surname_with_its_particle_glued_on_is_a_name_conflict() -> None:
    report = compare_stories(LEFT, right_naming("Anthony LaCalamita III", "LaCalamita"))
    assert conflict_texts(report) == [
        ({"Anthony Calamita", "Calamita"}, {"Anthony LaCalamita III", "LaCalamita"})
    ]
    reason = conflicts(report)[0].reason
    assert "'Anthony Calamita'" in reason and "'Anthony LaCalamita III'" in reason


def test_an_irish_particle_with_its_apostrophe_is_a_particle_too() -> None:
    left = LEFT.replace("Anthony Calamita", "Sean Donnell").replace("Calamita was", "Donnell was")
    report = compare_stories(left, right_naming("Sean O'Donnell", "O'Donnell"))
    assert conflict_texts(report) == [
        ({"Sean Donnell", "Donnell"}, {"Sean O'Donnell", "O'Donnell"})
    ]


def test_the_same_spelling_is_an_agreement() -> None:
    report = compare_stories(LEFT, right_naming("Anthony Calamita", "Calamita"))
    assert not conflict_texts(report)


def test_a_particle_written_apart_is_a_particle_too() -> None:
    left = LEFT.replace("Anthony Calamita", "Peter Vries")
    found = conflict_texts(compare_stories(left, right_naming("Peter de Vries", "Mr de Vries")))
    assert [("Peter Vries" in mine, "Peter de Vries" in theirs) for mine, theirs in found] == [
        (True, True)
    ]


def test_another_given_name_under_the_particle_is_left_alone() -> None:
    report = compare_stories(LEFT, right_naming("Michael LaCalamita", "LaCalamita"))
    assert not any("spell the name" in f.reason for f in conflicts(report))


def test_the_sentences_introducing_the_misspelt_man_tell_the_same_news() -> None:
    """Neither introduction is a sentence "nothing in the other article reports": both bring
    the same man into the story, one of them misspelling him."""
    left = (
        "Gunman kills one at Michigan accounting firm.\n"
        "A gunman killed one man at an accounting firm in Southfield on Tuesday. Police said the "
        "suspect's name is Anthony Calamita and that he worked there. Calamita was arrested at "
        "his home. Calamita had worked at the firm. Calamita did not resist."
    )
    right = (
        "Fired worker kills one at Michigan firm.\n"
        "A fired worker killed one man at an accounting firm in Southfield on Tuesday. Anthony "
        "LaCalamita III said nothing after officers surrounded him. LaCalamita had been fired "
        "last week. LaCalamita was held on charges. LaCalamita did not resist."
    )
    report = compare_stories(left, right)
    assert conflict_texts(report)
    untold = [
        s.text
        for f in report.findings
        if f.type.value == "statement" and f.kind.value != "agree"
        for s in f.left + f.right
    ]
    assert not [text for text in untold if "Anthony" in text]
