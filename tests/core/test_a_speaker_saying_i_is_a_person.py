"""A fact-checker compares two reports quoting one witness: one writes "Kaffner told reporters,
"I saw him ..."", the other names her "Dora Kafner". The small tagger reads the lone "Kaffner"
as a firm, so the two spellings never met and the slip went unshown. A speaker who says "I" is a
person (a body speaks as "we"), so the two are one witness spelt two ways: a conflict of spelling
to settle. A body quoted speaking as "we" stays a body, and no spelling is claimed."""

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories

_RIGHT = (
    "A man fled the Elm Street branch of the bank on Friday morning, said Dora Kafner, who runs "
    'a bakery across the road. "He ran to a grey van," Kafner said.'
)


def _person_conflicts(left: str, right: str) -> list[str]:
    report = compare_stories(left, right)
    return [
        f.reason
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]


def test_a_lone_name_that_says_i_is_the_witness_spelt_another_way() -> None:
    found = _person_conflicts(
        "A man fled the Elm Street branch of the bank on Friday morning. Kaffner told "
        'reporters on Friday, "I saw him leave the building before noon."',
        _RIGHT,
    )
    assert len(found) == 1
    assert "'Kaffner'" in found[0] and "'Kafner'" in found[0]


def test_a_lone_name_that_speaks_as_we_stays_a_body() -> None:
    found = _person_conflicts(
        "A man fled the Elm Street branch of the bank on Friday morning. Kaffner told "
        'reporters on Friday, "We saw him leave the building before noon."',
        _RIGHT,
    )
    assert found == []
