"""Every mention of a person carries the title and age the article first gives with the surname."""

from __future__ import annotations

from desktop.core.extraction.facts import Fact
from desktop.core.extraction.mentions import cluster_people
from desktop.core.model import MentionType


def _person(text: str, last: str, title: str = "", age: str = "") -> Fact:
    return Fact(
        0,
        len(text),
        text,
        MentionType.PERSON,
        "PERSON",
        0,
        value=text,
        title=title,
        last=last,
        age=age,
    )


def test_a_bare_surname_takes_the_first_title_and_age_given_with_it_and_no_later_one() -> None:
    # "Aliyev said ... President Ilham Aliyev, 60, ... Prime Minister Aliyev ... Petrov, 47 ..."
    facts = [
        _person("Aliyev", "Aliyev"),
        _person("Ilham Aliyev", "Aliyev", title="President", age="60"),
        _person("Aliyev", "Aliyev"),
        _person("Aliyev", "Aliyev", title="Prime Minister", age="61"),
        _person("Petrov", "Petrov", age="47"),
        _person("Petrov", "Petrov"),
    ]
    cluster_people(facts)
    assert [f.title for f in facts] == [
        "President",
        "President",
        "President",
        "Prime Minister",
        "",
        "",
    ]
    assert [f.age for f in facts] == ["60", "60", "60", "61", "47", "47"]
    assert {f.value for f in facts[:4]} == {"Ilham Aliyev"}
