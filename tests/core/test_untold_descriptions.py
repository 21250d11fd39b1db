"""What one article says a name is ("Mr Berdymukhamedov, a former dentist", "Qeshm is a free-trade
zone") is a fact a reporter checks; when the other article never says it, the yellow mark shows
it even though both articles tell the rest of the sentence (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts as compare

HEADLINE = "Turkmen leader re-elected with 97 percent\n\n"


def _marks(left: str, right: str, kind: FindingKind) -> list[str]:
    report = compare(HEADLINE + left, HEADLINE + right)
    side = "left" if kind is FindingKind.LEFT_ONLY else "right"
    return [s.text for f in report.findings if f.kind is kind for s in getattr(f, side)]


def test_a_former_dentist_the_other_article_never_mentions_is_marked() -> None:
    left = (
        "President Gurbanguly Berdymukhamedov won Sunday's election with 97 percent of the vote. "
        "Berdymukhamedov has introduced reforms to modernise the gas-rich nation."
    )
    right = (
        "President Gurbanguly Berdymukhamedov won Sunday's election with 97 percent of the vote. "
        "The new leader, Mr Berdymukhamedov, a former dentist, has introduced reforms to "
        "modernise the gas-rich nation."
    )
    assert "a former dentist" in _marks(left, right, FindingKind.RIGHT_ONLY)


def test_what_an_island_is_told_by_one_side_only_is_marked() -> None:
    left = (
        "A strong earthquake struck Qeshm island on Sunday, killing ten people. "
        "Qeshm is the largest island in the Persian Gulf, with about 120,000 people."
    )
    right = (
        "A strong earthquake struck Qeshm island on Sunday, killing ten people. "
        "Qeshm is the biggest island in the gulf and is a free-trade zone with more than "
        "100,000 people."
    )
    assert "a free-trade zone" in _marks(left, right, FindingKind.RIGHT_ONLY)


def test_the_same_role_in_another_word_is_no_mark() -> None:
    left = (
        "Police said John Miller, a physician, was killed in the crash on Friday. "
        "The crash happened on Route 9 near Albany."
    )
    right = (
        "Police said John Miller, a doctor, was killed in the crash on Friday. "
        "The crash happened on Route 9 near Albany."
    )
    assert not any("physician" in s for s in _marks(left, right, FindingKind.LEFT_ONLY))
    assert not any("doctor" in s for s in _marks(left, right, FindingKind.RIGHT_ONLY))


def test_a_role_both_articles_give_is_no_mark() -> None:
    left = (
        "The new leader, Mr Berdymukhamedov, a former dentist, won Sunday's election with 97 "
        "percent of the vote."
    )
    right = (
        "Berdymukhamedov, who was a dentist before entering politics, won Sunday's election "
        "with 97 percent of the vote."
    )
    assert not any("dentist" in s for s in _marks(left, right, FindingKind.LEFT_ONLY))


def test_a_name_inside_the_description_is_left_to_the_name_findings() -> None:
    left = (
        "Police said John Smith, Mary Lee's husband, was killed in the crash on Friday. "
        "Mary Lee was not hurt."
    )
    right = "Police said John Smith was killed in the crash on Friday. Mary Lee was not hurt."
    assert _marks(left, right, FindingKind.LEFT_ONLY) == ["husband"]


def test_what_a_name_is_not_is_no_description() -> None:
    left = (
        "Police said Marvin Verner shot his wife on Friday. A friend said Marvin Verner wasn't "
        "a violent man."
    )
    right = "Police said Marvin Verner shot his wife on Friday. A friend said he was in shock."
    assert not any("violent man" in s for s in _marks(left, right, FindingKind.LEFT_ONLY))


def test_one_company_described_in_each_article_in_its_own_words_is_not_marked() -> None:
    """ "a natural health product supplier" / "a wholesaler of natural health products": both
    articles say what TallGrass is; neither says something the other lacks."""
    left = (
        "A gunman killed one man at an office party on Friday, police said. The business is "
        "listed as TallGrass Distribution Ltd., a natural health product supplier."
    )
    right = (
        "A gunman killed one man at an office party on Friday, police said. The victim was the "
        "chief of TallGrass Distribution Ltd., a wholesaler of natural health products."
    )
    marks = _marks(left, right, FindingKind.LEFT_ONLY) + _marks(left, right, FindingKind.RIGHT_ONLY)
    assert not any("supplier" in m or "wholesaler" in m for m in marks), marks
