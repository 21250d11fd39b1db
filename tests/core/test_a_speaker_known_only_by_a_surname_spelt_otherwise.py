"""One article quotes the hospital's spokeswoman by her surname alone, "Thompsen said ...", having
cut the sentence that introduced her; the other names her in full, "Karen Thompson, a spokeswoman
for the hospital". The lone surname that speaks is her, spelt otherwise: a fact-checker must see
the two spellings as one person's name in conflict, not a person only one article names. A
speaker whose surname is nobody's in the other article stays out of it."""

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Three hurt in shooting\n\nTwo men and a woman were shot outside a bar in Troy on Friday "
    "night, police said.\n{speaker} said the families of the wounded had asked for privacy."
)
RIGHT = (
    "Three shot in Troy\n\nThree people were shot outside a Troy bar on Friday night, police "
    "said.\nKaren Thompson, a spokeswoman for the hospital, said the families had asked for "
    "privacy."
)


def test_a_spokeswoman_quoted_by_a_surname_spelt_otherwise_is_a_conflict_of_spelling() -> None:
    report = compare_stories(LEFT.format(speaker="Thompsen"), RIGHT)
    assert conflict_texts(report) == [({"Thompsen"}, {"Karen Thompson"})]
    reason = next(f.reason for f in report.findings if f.kind is FindingKind.CONFLICT)
    assert "spell the name differently" in reason
    assert "the left spells it 'Thompsen', the right 'Thompson' ('Karen Thompson')" in reason


def test_a_speaker_with_another_surname_is_not_the_spokeswoman() -> None:
    report = compare_stories(LEFT.format(speaker="Dunbar"), RIGHT)
    assert conflict_texts(report) == []
    thompson = [f for f in report.findings if any(s.text == "Karen Thompson" for s in f.right)]
    assert [f.kind for f in thompson] == [FindingKind.RIGHT_ONLY]
    assert thompson[0].type is MentionType.PERSON
