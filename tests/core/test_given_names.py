"""One person whatever form of the given name each article uses: "Bill" and "William", "Chris"
and "Christopher", a nickname between a first and a last name; two first names stay two people."""

from __future__ import annotations

from desktop.core.extraction.facts import Fact
from desktop.core.model import FindingKind, MentionType
from desktop.core.naming.link import link_names
from desktop.core.naming.names import person_key
from tests.factories import compare_texts


def _person(name: str) -> Fact:
    first, last = person_key(name)
    return Fact(
        0, len(name), name, MentionType.PERSON, "PERSON", 0, key=f"person:{last}x",
        value=name, first=first, last=last,
    )  # fmt: skip


def _linked(left: str, right: str) -> bool:
    a, b = _person(left), _person(right)
    b.key = f"person:{b.last}y"  # distinct keys: only the name matcher can join them
    return link_names([a], [b]).get(a.key) == b.key


def test_bill_harmon_and_william_harmon_are_one_person_across_articles() -> None:
    assert _linked("Bill Harmon", "William Harmon")
    assert _linked("Chris Dallow", "Christopher Dallow")


def test_a_nickname_given_in_one_article_links_the_name_the_other_writes() -> None:
    assert _linked("Earl Scoop Venner", "Scoop Venner")


def test_two_different_first_names_with_one_surname_stay_two_people() -> None:
    assert not _linked("Marcus Venner", "Tyrone Venner")
    assert not _linked("Dana Venner", "David Venner")


def test_a_spokesman_and_a_friend_who_share_a_surname_are_never_one_person() -> None:
    report = compare_texts(
        "Man shot at red light\n\nA 35-year-old man was shot at a red light on Monday night, "
        "said Jose Marin, a police spokesman. He drove himself to hospital, Marin said.",
        "Teen killed in shooting\n\nA 17-year-old girl was killed on Monday night. \"She's just "
        'gone," said Elizabeth Marin, a friend of the girl.',
        "2016-09-05",
    )

    agreed = [f for f in report.findings if f.kind is FindingKind.AGREE]
    assert not [f for f in agreed if f.type is MentionType.PERSON], [f.reason for f in agreed]


def test_one_article_giving_only_the_surname_still_names_the_same_person() -> None:
    report = compare_texts(
        "Man shot at red light\n\nA man was shot at a red light on Monday night, said Jose "
        "Marin, a police spokesman.",
        "Man shot at red light\n\nA man was shot at a red light on Monday night, police "
        "spokesman Marin said.",
        "2016-09-05",
    )

    (person,) = [f for f in report.findings if f.type is MentionType.PERSON]
    assert person.kind is FindingKind.AGREE
