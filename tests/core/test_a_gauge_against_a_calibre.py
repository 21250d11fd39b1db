"""A shotgun's gauge and a handgun's calibre are two measures of a bore: the reader sees one
weapon conflict, not a figure conflict between '12' and '.45'."""

from tests.factories import compare_texts, conflict_texts

_STORY = (
    "Police said the man was shot with a {gun} outside the store on Friday night. Officers found "
    "the weapon nearby. The victim, 24, died at the hospital."
)


def test_a_twelve_gauge_shotgun_against_a_45_caliber_handgun_is_a_weapon_conflict_only() -> None:
    report = compare_texts(
        _STORY.format(gun="12-gauge shotgun"), _STORY.format(gun=".45-caliber handgun")
    )
    conflicts = conflict_texts(report)
    assert ({"shotgun"}, {"handgun"}) in conflicts
    assert ({"12"}, {".45"}) not in conflicts


def test_two_gauges_of_one_shotgun_still_conflict() -> None:
    report = compare_texts(
        _STORY.format(gun="12-gauge shotgun"), _STORY.format(gun="20-gauge shotgun")
    )
    assert ({"12"}, {"20"}) in conflict_texts(report)
