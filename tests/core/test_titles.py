"""One list of titles serves names, speakers and sentence splitting: they must not drift apart."""

from __future__ import annotations

import pytest

from desktop.core.lexicon.titles import ABBREVIATED_TITLES, COURTESY_TITLES, NAME_TITLES
from desktop.core.naming.names import person_key, split_title
from desktop.core.quoting.quote_speakers import Sameness, speaker_sameness


@pytest.mark.parametrize("title", sorted(ABBREVIATED_TITLES))
def test_an_abbreviated_title_is_stripped_from_a_name_with_or_without_its_full_stop(
    title: str,
) -> None:
    assert title in NAME_TITLES and f"{title}." in NAME_TITLES
    assert split_title([f"{title.title()}.", "Ann", "Hale"]) == (
        [f"{title.title()}."],
        ["Ann", "Hale"],
    )


def test_maj_petrov_and_major_ivan_petrov_are_one_person() -> None:
    assert (
        person_key("Maj. Ivan Petrov")
        == person_key("Major Ivan Petrov")
        == person_key("Ivan Petrov")
    )


def test_a_courtesy_title_does_not_make_a_second_speaker() -> None:
    assert COURTESY_TITLES >= ABBREVIATED_TITLES
    assert speaker_sameness("Mrs. Ann Hale", "Hale") is Sameness.SAME
    assert speaker_sameness("Prof. Ann Hale", "Dr. Ben Hale") is Sameness.SAME
    assert speaker_sameness("Mrs. Ann Hale", "Mr. Ben Stone") is Sameness.DIFFERENT
