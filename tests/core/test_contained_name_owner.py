"""A short name is one name with the article's longer name that holds it, found through the
words both share."""

from desktop.core.findings.names.told_contained_names import contained_name_owner


def test_a_club_cut_short_is_owned_by_the_one_club_named_in_full() -> None:
    keys = ["org:sox", "org:red sox", "org:city council", "place:boston"]
    assert contained_name_owner("org:sox", keys) == "org:red sox"


def test_a_short_name_two_longer_names_hold_is_left_alone() -> None:
    keys = ["org:angels", "org:los angeles angels", "org:anaheim angels"]
    assert contained_name_owner("org:angels", keys) is None


def test_a_longer_name_of_another_kind_does_not_own_it() -> None:
    keys = ["org:aden", "place:gulf of aden"]
    assert contained_name_owner("org:aden", keys) is None


def test_a_name_sharing_only_some_of_its_words_is_not_owned() -> None:
    keys = ["org:blue sox", "org:red sox club"]
    assert contained_name_owner("org:blue sox", keys) is None


def test_the_same_keys_asked_twice_give_the_same_owner() -> None:
    keys = ["place:aden", "place:gulf of aden"]
    assert contained_name_owner("place:aden", keys) == "place:gulf of aden"
    assert contained_name_owner("place:aden", list(keys)) == "place:gulf of aden"
