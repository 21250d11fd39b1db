"""A place inside another is the same place at a coarser precision (GeoNames,
resources/gazetteer)."""

from __future__ import annotations

from desktop.core.locations.places import is_known_place, nested, within


def test_a_city_lies_in_its_country_and_its_state() -> None:
    assert within("Athens", "Greece")
    assert within("Fort Smith", "Arkansas")
    assert within("Arkansas", "United States")
    assert within("place:bandar abbas", "place:iran")


def test_containment_runs_either_way_but_unrelated_places_are_not_nested() -> None:
    assert nested("Texas", "Dallas")
    assert not nested("Paris", "Germany")
    assert not nested("Greece", "Greece")


def test_the_gazetteer_knows_cities_states_and_countries_but_not_common_words() -> None:
    assert is_known_place("Valencia")
    assert is_known_place("Ohio")
    assert not is_known_place("Wednesday")


def test_the_shipped_gazetteer_is_small_and_names_cities_with_their_country_and_state() -> None:
    import gzip

    from desktop.core.locations.places import gazetteer_path

    path = gazetteer_path()
    assert path.stat().st_size < 1_000_000  # the app folder's budget is 200 MB
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = f.read().splitlines()
    assert "city\tFort Smith\tUnited States\tArkansas" in rows
    assert within("Fort Smith", "Arkansas") and within("Fort Smith", "United States")
