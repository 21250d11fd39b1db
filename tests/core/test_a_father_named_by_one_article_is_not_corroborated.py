"""One article names the boy and his father, the other the boy only: the agreement on the boy's
name holds the boy, and the father, whom the other article never names, is told by one article
only, not shown as corroborated under his son's surname. Where both articles name the father he
is agreed, and a short form of the boy's given name stays the boy's (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_stories, yellow

_BOTH = (
    "A 16-year-old boy was shot dead in Brookfield on Saturday, police said. "
    "Kevin Marlowe was playing with a rifle when it went off, his father Dennis Marlowe said. "
    "Marlowe was pronounced dead at the scene."
)
_BOY_ONLY = (
    "A Brookfield teenager died on Saturday after a rifle went off in his home. "
    "Kevin Marlowe, 16, was pronounced dead at the scene, police said. "
    "Marlowe was a junior at Brookfield High School."
)


def _person_agreements(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return agreed_texts(compare_stories(left, right), MentionType.PERSON)


def test_the_father_only_one_article_names_is_no_part_of_the_agreement_on_his_son() -> None:
    agreed = _person_agreements(_BOTH, _BOY_ONLY)
    assert agreed
    assert not [a for a in agreed if "Dennis Marlowe" in a[0]]
    assert "Dennis Marlowe" in yellow(compare_stories(_BOTH, _BOY_ONLY))


def test_the_son_stays_agreed_when_one_article_also_names_his_father() -> None:
    agreed = _person_agreements(_BOTH, _BOY_ONLY)
    assert [a for a in agreed if "Kevin Marlowe" in a[0] and "Kevin Marlowe" in a[1]]


def test_the_father_named_by_both_articles_stays_agreed() -> None:
    right = _BOY_ONLY.replace("police said.", "his father, Dennis Marlowe, said.")
    agreed = _person_agreements(_BOTH, right)
    assert [a for a in agreed if "Dennis Marlowe" in a[0] and "Dennis Marlowe" in a[1]]
    assert "Dennis Marlowe" not in yellow(compare_stories(_BOTH, right))


def test_a_short_form_of_the_given_name_stays_in_the_agreement() -> None:
    right = _BOY_ONLY.replace("Kevin Marlowe, 16,", "Kev Marlowe, 16,")
    agreed = _person_agreements(_BOTH, right)
    assert [a for a in agreed if "Kevin Marlowe" in a[0] and "Kev Marlowe" in a[1]]


def test_the_fathers_given_name_written_alone_is_no_part_of_the_agreement_either() -> None:
    left = _BOTH.replace(
        "Marlowe was pronounced", "Dennis said the boy loved to hunt. Marlowe was pronounced"
    )
    agreed = _person_agreements(left, _BOY_ONLY)
    assert [a for a in agreed if "Kevin Marlowe" in a[0]]
    assert not [a for a in agreed if "Dennis" in a[0]]
