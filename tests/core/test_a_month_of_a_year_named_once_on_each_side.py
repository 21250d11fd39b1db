"""A journalist's story: two profiles of one singer date her first record "in March of 1962" and
"the March 1962 release", in sentences built so differently that nothing aligns them. Each
article names that month of that year once, so both tell one time of one happening: an
agreement, not two facts each marked as only one article's. A month an article names twice
may date two things, and then the value alone agrees nothing."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, yellow

_LEFT = (
    "Singer Nora Vale dies at 81\n\nNora Vale, the folk singer from Dunmore, died on Tuesday at "
    "her home. She was 81. A small label signed Vale and put out her first album in March of "
    "1962. Her brother Tom survives her.\n"
)
_RIGHT = (
    "Folk voice Nora Vale dead\n\nFolk singer Nora Vale has died at home in Dunmore, her family "
    "said on Tuesday. Critics still praise the spare guitar of the March 1962 release that made "
    "her name. She leaves a brother.\n"
)


def test_one_month_of_one_year_named_once_on_each_side_is_one_fact() -> None:
    report = compare_stories(_LEFT, _RIGHT)
    assert ({"March of 1962"}, {"March 1962"}) in agreed_texts(report)
    assert "March 1962" not in yellow(report)


def test_a_month_named_again_for_another_thing_agrees_by_value_alone_with_neither() -> None:
    # The second telling dates an earlier flood: the article names the month for two things,
    # so neither is known to be the left article's album.
    right = _RIGHT.replace(
        "She leaves a brother.", "An earlier flood in March 1962 had closed the studio."
    )
    report = compare_stories(_LEFT, right)
    assert not any(
        "same month of the same year for one happening" in f.reason for f in report.findings
    )
