"""A storm's name ("Typhoon Haiyan") is the storm, a happening, never a person."""

from desktop.core.model import MentionType
from tests.factories import left_only_types

REST = " Power was cut across the islands. Officials called for aid."


def test_typhoon_haiyan_told_by_one_article_is_an_event_not_a_person() -> None:
    left = "Typhoon Haiyan struck the Philippines on Friday, killing 16 people." + REST
    right = "A powerful storm hit the Philippines on Friday and killed 16 people." + REST

    assert left_only_types(left, right, "Typhoon Haiyan") == {MentionType.EVENT}


def test_a_town_named_storm_lake_stays_a_place() -> None:
    left = "A tornado struck Storm Lake on Friday, killing 16 people." + REST
    right = "A tornado hit a small town in Iowa on Friday and killed 16 people." + REST

    assert MentionType.EVENT not in left_only_types(left, right, "Storm Lake")
