"""Words that make a name a sports club's: "Real Madrid", "FC Porto", "Leeds United", "Boca
Juniors". Written capitalised next to a name, they turn a town's name into its club's."""

from __future__ import annotations

# Words before a club's name, in the languages its country's clubs are named in: "Real Madrid",
# "Inter Milan", "FC Porto", "Sporting Lisbon", "Borussia Dortmund". Not "SC" nor "SK": South
# Carolina's and Saskatchewan's abbreviations follow a town ("Myrtle Beach SC").
CLUB_NAME_OPENINGS = frozenset(
    ["real", "inter", "fc", "ac", "afc", "cf", "atletico", "atlético", "sporting",
     "borussia", "dynamo", "dinamo", "olympique", "racing", "deportivo"]
)  # fmt: skip
# Words after a club's name: "Leeds United", "Bristol Rovers", "Charlton Athletic", "Boca
# Juniors". No town is called so; "City" is left to ``club_names`` (a town may be: "Mexico City").
CLUB_NAME_ENDINGS = frozenset(
    ["united", "rovers", "athletic", "albion", "wanderers", "juniors", "hotspur", "rangers",
     "argyle", "orient", "fc", "afc", "cf"]
)  # fmt: skip
# The country whose towns' clubs take "City" after the town's name while the town itself never
# does ("Manchester City", "Leicester City"; "Mexico City", "Gaza City", "Quebec City" are towns).
CITY_CLUB_COUNTRY = "United Kingdom"
