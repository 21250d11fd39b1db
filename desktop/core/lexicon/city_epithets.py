"""Settled epithets of cities, each with the city it names: "the Big Apple" is New York, "the City
of Brotherly Love" Philadelphia (findings/names/told_city_epithets.py). Writers, sports pages
most, name a city by its epithet where the other article names it plainly. Only epithets that
name one city in English usage; lowercase, without "the".
"""

from __future__ import annotations

CITY_EPITHETS: dict[str, str] = {
    "big apple": "New York",
    "city that never sleeps": "New York",
    "windy city": "Chicago",
    "second city": "Chicago",
    "city of brotherly love": "Philadelphia",
    "city of angels": "Los Angeles",
    "motor city": "Detroit",
    "big easy": "New Orleans",
    "crescent city": "New Orleans",
    "mile high city": "Denver",
    "emerald city": "Seattle",
    "city by the bay": "San Francisco",
    "sin city": "Las Vegas",
    "beantown": "Boston",
    "steel city": "Pittsburgh",
    "music city": "Nashville",
    "magic city": "Miami",
    "twin cities": "Minneapolis",
    "eternal city": "Rome",
    "city of light": "Paris",
    "city of lights": "Paris",
    "big smoke": "London",
    "granite city": "Aberdeen",
    # Clippings a city goes by in print as surely as by its epithet.
    "philly": "Philadelphia",
}
