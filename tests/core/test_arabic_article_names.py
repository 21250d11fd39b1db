"""A minister's Arabic surname printed with its article by one paper and without it by the
other ("Jawad al-Bolani" / "Jawad Bolani") is one name in two house styles, not a misspelling a
journalist must check; a particle of a European family name ("Karel de Wit" / "Karel Wit")
stays a name conflict (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts


def _stories(left_name: str, right_name: str) -> tuple[str, str]:
    left = (
        f"Iraq's Interior Minister {left_name} said security forces had arrested 14 suspects "
        "after the bombings in Baghdad. He told reporters the attackers had used car bombs. "
        "He said the death toll had risen to 95."
    )
    right = (
        f"Interior Minister {right_name} said 14 suspects were in custody after the Baghdad "
        "bombings. The minister said car bombs were used in the attacks. The toll had climbed "
        "to 95, he said."
    )
    return left, right


def test_a_surname_with_and_without_the_arabic_article_is_one_name() -> None:
    report = compare_stories(*_stories("Jawad al-Bolani", "Jawad Bolani"))
    assert not conflict_texts(report)
    assert ({"Jawad al-Bolani"}, {"Jawad Bolani"}) in agreed_texts(report)


def test_the_article_written_el_is_dropped_alike() -> None:
    report = compare_stories(*_stories("Mohamed el-Baradei", "Mohamed Baradei"))
    assert not conflict_texts(report)


def test_a_european_particle_left_out_is_still_a_name_conflict() -> None:
    report = compare_stories(*_stories("Karel de Wit", "Karel Wit"))
    assert ({"Karel de Wit"}, {"Karel Wit"}) in conflict_texts(report)
