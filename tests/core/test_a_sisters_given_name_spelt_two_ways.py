"""A fact-checker reads two reports of a night of protests after a police shooting. One names the
dead man's sister in full, "Marisol Duarte, sister of the man shot by police"; the other calls her
"Duarte's sister Marisal". English leaves out a surname the possessive has just given, and both
articles call her the same man's sister: one woman, her given name spelt two ways, which one
article has wrong. Told as another kin of the family, or beside a name spelt alike by chance, it
is no spelling at all."""

from desktop.core.model import FindingKind, MentionType
from desktop.core.naming.kin_names import kin_family, kin_nouns
from tests.factories import compare_stories

_LEFT = (
    "Protests continue in Eastfield\n\nJorge Duarte, 19, was shot by police on Saturday. On "
    "Monday the crowd grew angry after Marisol Duarte, sister of the man shot by police, was "
    "arrested while crossing the street."
)


def _person_conflicts(left: str, right: str) -> list[tuple[set[str], set[str], str]]:
    report = compare_stories(left, right)
    return [
        ({s.text for s in f.left}, {s.text for s in f.right}, f.reason)
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]


def test_a_sister_named_in_full_and_by_her_given_name_spelt_otherwise_is_a_spelling_conflict() -> (
    None
):
    found = _person_conflicts(
        _LEFT,
        "Eastfield protests\n\nPolice shot Jorge Duarte, 19, on Saturday. Dozens were arrested "
        "on Monday. Duarte's sister Marisal was among those arrested.",
    )
    assert [(left, right) for left, right, _ in found] == [({"Marisol Duarte"}, {"Marisal"})]
    assert "the left spells it 'Marisol'" in found[0][2]
    assert "the right 'Marisal'" in found[0][2]


def test_the_same_given_name_told_as_another_kin_of_the_family_is_no_spelling_conflict() -> None:
    found = _person_conflicts(
        _LEFT,
        "Eastfield protests\n\nPolice shot Jorge Duarte, 19, on Saturday. Dozens were arrested "
        "on Monday. Duarte's mother Marisal was among those arrested.",
    )
    assert found == []


def test_a_possessive_that_is_no_family_of_the_story_gives_no_surname() -> None:
    text = "Police shot Jorge Duarte. Smith's sister Marisal was arrested."
    start = text.index("Marisal")
    assert kin_family(text, start, frozenset({"duarte"})) == ""
    assert kin_family(text, start, frozenset({"smith"})) == "smith"


def test_the_kin_noun_is_read_before_a_name_and_in_the_apposition_after_it() -> None:
    text = "Marisol Duarte, the younger sister of the man, spoke. His brother, Tomas, did not."
    assert kin_nouns(text, 0, len("Marisol Duarte")) == {"sister"}
    tomas = text.index("Tomas")
    assert kin_nouns(text, tomas, tomas + len("Tomas")) == {"brother"}
