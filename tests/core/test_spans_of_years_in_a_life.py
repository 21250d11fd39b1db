"""A span of years in a life ("served from 1974 to 1979", "a career that lasted from
1951-1957") keeps both its ends: told in another form ("between 1951 and 1957") it agrees, and
a span ending in another year ("between 1974 and 1981") is no longer taken for the same date
because both begin in 1974."""

from __future__ import annotations

from desktop.core.model import Report
from tests.factories import compare_texts, conflict_texts, yellow

_PM = (
    "Former prime minister Edward Vale died in his sleep on Tuesday, his family said. He was "
    "88. Vale served as prime minister from 1974 to 1979. He was the youngest person to hold "
    "the office."
)
_STAR = (
    "Film star Clara Dunn had a career that lasted from 1951-1957. She made 12 films in those "
    "years. Dunn left Hollywood to raise her children. She died in 2004."
)


def _pm_again(end: int) -> str:
    return (
        f"Edward Vale, prime minister between 1974 and {end}, has died aged 88. His family said "
        "he died peacefully in his sleep on Tuesday. He was the youngest ever prime minister. "
        "Vale had been ill since a fall in May."
    )


def _star_again(start: int) -> str:
    return (
        f"Clara Dunn made twelve films between {start} and 1957. She quit Hollywood to raise "
        "her family. The actress died in 2004. She was 73."
    )


def _marked(report: Report, words: str) -> bool:
    conflicts = conflict_texts(report)
    return words in yellow(report) or any(words in left | right for left, right in conflicts)


def test_a_span_ending_in_1981_is_not_the_span_ending_in_1979() -> None:
    report = compare_texts(_PM, _pm_again(1981))
    assert _marked(report, "between 1974 and 1981"), yellow(report)
    assert _marked(report, "1974 to 1979"), yellow(report)


def test_the_same_span_in_two_forms_is_told() -> None:
    report = compare_texts(_PM, _pm_again(1979))
    assert not {"1974 to 1979", "between 1974 and 1979"} & set(yellow(report)), yellow(report)


def test_a_span_written_with_a_hyphen_is_read_and_told() -> None:
    report = compare_texts(_STAR, _star_again(1951))
    assert not {"1951-1957", "between 1951 and 1957"} & set(yellow(report)), yellow(report)


def test_a_span_with_a_hyphen_starting_elsewhere_is_marked() -> None:
    report = compare_texts(_STAR, _star_again(1953))
    assert _marked(report, "1951-1957"), yellow(report)


def test_one_term_in_office_ending_in_two_years_is_a_conflict() -> None:
    conflicts = conflict_texts(compare_texts(_PM, _pm_again(1981)))
    assert ({"1974 to 1979"}, {"between 1974 and 1981"}) in conflicts, conflicts


def test_a_marriage_and_a_film_career_sharing_a_year_do_not_clash() -> None:
    left = (
        "Actress Ann Moor died on Sunday, her family said. She was 80. Moor was married to the "
        "director Paul Gray from 1950 to 1960. She lived in Rome."
    )
    right = (
        "Ann Moor, the actress, has died aged 80, her family said. Moor starred in films from "
        "1950 to 1958. She died on Sunday. She lived in Rome for many years."
    )
    assert not conflict_texts(compare_texts(left, right))


def test_two_terms_one_after_the_other_do_not_clash() -> None:
    right = _pm_again(1979).replace("between 1974 and 1979", "between 1979 and 1983")
    assert not conflict_texts(compare_texts(_PM, right))


def _conductor(span: str) -> tuple[str, str]:
    return (
        "The conductor Hans Berger, who led the orchestra for three decades, has died. He was "
        "90. Berger died in Vienna on Friday. He led the orchestra from 1960 until 1990.",
        f"Hans Berger, 90, the conductor who led the orchestra for 30 years, died Friday in "
        f"Vienna. Berger was music director {span}. He made more than 200 recordings.",
    )


def test_a_span_whose_two_ends_the_other_writes_as_years_is_told() -> None:
    report = compare_texts(*_conductor("between 1960 and 1990"))
    assert "between 1960 and 1990" not in yellow(report), yellow(report)


def test_a_span_with_an_end_the_other_never_writes_stays_marked() -> None:
    report = compare_texts(*_conductor("between 1960 and 1992"))
    assert _marked(report, "between 1960 and 1992"), yellow(report)
