"""Words of a game's venue: "were to play at home ... against Washington" / "in Saturday's game
at Washington". Lowercase."""

from __future__ import annotations

# Words of playing a game: a venue is a game's only beside one of them.
GAME_WORDS = frozenset(
    ["game", "games", "match", "matches", "contest", "play", "plays", "played", "playing",
     "face", "faces", "faced", "facing", "debut", "meet", "meets", "met", "host", "hosts",
     "hosted", "hosting"]
)  # fmt: skip
# Words that name the other side of a game: "debut against Washington", "at home vs. Boston".
OPPONENT_CUES = frozenset(["against", "vs", "vs.", "versus", "v", "v."])
# A game's home, said of the team that plays there: "play at home", "a home game".
HOME_PHRASES = ("at home", "home game", "home against", "home court", "home ice")
# Words that put a game still to come: "will coach", "the next game".
COMING_WORDS = frozenset(["will", "'ll", "shall", "tonight", "tomorrow", "next", "upcoming"])
# ... and words that do so before "to": "were to play", "is scheduled to face".
COMING_BEFORE_TO = frozenset(
    ["is", "are", "was", "were", "scheduled", "set", "due", "expected", "slated", "going"]
)
# Words that report a game's result: a written score beside one of them is the final score of the
# game the sentence tells ("beat United 3-1", "lost 4-1 to Rovers", "a 2-0 victory"), not a record
# or a tally of something else. Lowercase word forms, as written.
RESULT_WORDS = frozenset(
    ["beat", "beats", "beaten", "defeat", "defeats", "defeated", "win", "wins", "won", "lose",
     "loses", "lost", "victory", "victories", "loss", "losses", "draw", "draws", "drew", "drawn",
     "tie", "ties", "tied", "edge", "edged", "edges", "rout", "routed", "thrash", "thrashed",
     "triumph", "triumphed", "downed", "fell", "falls", "final", "score", "scoreline"]
)  # fmt: skip
# Verbs of one side beating another, as written: a country right before one ("South Africa edged
# the All Blacks") or right after one ("beat New Zealand", "lost to Japan") is a national team,
# not where the story happens. Not "won" or "lost" alone: "Japan lost 20,000 people".
TEAM_RESULT_VERBS = frozenset(
    ["beat", "beats", "beaten", "defeat", "defeats", "defeated", "edge", "edges", "edged",
     "rout", "routs", "routed", "thrash", "thrashes", "thrashed", "downed", "overcame",
     "outplayed", "stunned", "upset", "whitewashed", "hammered", "crushed", "trounced"]
)  # fmt: skip
# ... and the words after which a country is the side a game was lost to or played against.
TEAM_RESULT_BEFORE = frozenset(["lost to", "fell to", "beaten by", "defeated by", "drew with"])
# Verbs that count the two sides of one record, as lemmas: games won and games lost, goals scored
# and goals conceded. "won 9 of its 12 games" and "lost three of its 12 games" count two things.
OPPOSITE_TALLIES = (frozenset(["win", "lose"]), frozenset(["score", "concede"]))
# Words before a run of games that tell which side of the record it runs on, as slot words, to the
# verb of that side: "a three-game losing streak" runs on losses, "an 11-game win streak" on wins
# (findings/sport/won_and_lost.py). Common usage, not fitted.
RECORD_SIDE_WORDS = {"losing": "lose", "winless": "lose", "win": "win", "winning": "win",
                     "unbeaten": "win"}  # fmt: skip
# Verbs of scoring, as slot words: "scored twice" counts the goals "scored two goals" counts.
SCORING_VERBS = frozenset(["score", "net"])
# The nouns a scoring verb's count of times stands for: "scored twice" is "scored two goals".
SCORED_NOUNS = frozenset(["goal", "try", "touchdown", "basket", "run", "homer"])
# Nouns of a player's or a coach's contract: "a five-year deal", "a contract until 2029".
CONTRACT_NOUNS = frozenset(["contract", "contracts", "deal", "deals", "extension", "terms"])
# Races named by their distance in metres: "the 400m hurdles", "the 4x100m relays", "100m
# freestyle heats". A plural of one of them after a glued "m" names the race, not what millions
# count (core/figures/numbers/million_counts.py).
RACE_NOUNS = frozenset(
    ["hurdles", "relays", "heats", "finals", "semifinals", "semi-finals", "sprints", "races",
     "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "steeplechase", "metres",
     "meters", "dashes", "runs"]
)  # fmt: skip
# Nouns of a game's parts and a player's place in it: "against" before a place names the other
# side only where the sentence speaks of play ("in the lineup against Toronto", "the third quarter
# against Denver"), not "a lawsuit against Texas".
PLAY_NOUNS = frozenset(
    ["lineup", "quarter", "inning", "innings", "period", "matchup", "playoff", "playoffs",
     "postseason", "fixture", "points", "goals", "rebounds", "assists", "touchdowns", "yards"]
)  # fmt: skip
# Verbs of a player's play: a place after "for" in their sentence is the club played for
# ("averaged 9.1 rebounds for Miami", "played for Chicago"), not a place the story is in.
PLAYED_FOR_VERBS = frozenset(
    ["played", "plays", "playing", "averaged", "averages", "averaging", "scored", "scores",
     "starred", "stars", "appeared", "pitched", "rushed", "threw", "caught", "batted", "hit"]
)  # fmt: skip
# Words of a game won, before "over": "a 27-20 win over Washington".
WIN_OVER_WORDS = frozenset(["win", "wins", "victory", "victories", "triumph", "upset"])
# Verbs whose "by" tells a margin between two sides: "lead Rangers by 14 points", "won by
# three goals", "trail by two games". The figure is how far apart the sides are, no count.
MARGIN_VERBS = frozenset(["lead", "trail", "win", "beat", "lose", "edge", "defeat", "top"])
# Words right before a team's or a fighter's record that make it a standing, not a game's score:
# "finished 10-6", "are 11-4", "with the team at 2-13", "the season 10-6", "now 31-0".
STANDING_BEFORE = frozenset(
    ["finished", "finishes", "finish", "went", "goes", "is", "are", "was", "were", "at", "now",
     "stand", "stands", "stood", "sit", "sits", "season", "year"]
)  # fmt: skip
# ... verbs before "to" and a record: "improved to 11-4", "fell to 25-3".
STANDING_TO_VERBS = frozenset(
    ["improved", "improves", "improve", "fell", "falls", "fall", "dropped", "drops", "drop",
     "moved", "moves", "move", "slipped", "slips", "climbed", "rose", "went"]
)  # fmt: skip
# ... and nouns right after one: "a 9-7 record", "a 2-13 start", "his 25-3 mark".
STANDING_AFTER = frozenset(["record", "records", "start", "mark", "season", "campaign"])
# probesport38: a sports page's other words for one thing a player's figure counts ("22 homers" /
# "22 home runs", "27 KOs" / "27 knockouts", "19 bouts" / "19 fights", "62 matches" / "62 games",
# "eight appearances" / "the eight games he played"). Not "boards" (also "on board") nor
# "passes" (thrown ones are no catches).
SPORT_SYNONYMS: dict[str, str] = {
    "homer": "run",
    **dict.fromkeys(["ko", "kos"], "knockout"),
    "bout": "fight",
    **dict.fromkeys(["match", "appearance"], "game"),
    "reception": "catch",
    "pick": "interception",
}
# Stretches of play a tally is told across: "a 4.12 ERA over 12 starts"
# (core/figures/ranges/stretch_overs.py). Lemmas.
STRETCH_NOUNS = frozenset(
    ["start", "game", "match", "season", "inning", "appearance", "outing", "round", "fight",
     "bout", "tournament", "race"]
)  # fmt: skip
# Words that set a running figure of this season at a moment before the story's: "had 2,271
# points this season before the game", "entering Sunday's game" (core/events/event_ties.py).
EARLIER_MOMENT_WORDS = frozenset(["before", "entering", "heading"])
# Words of a streak the parser may take for the noun a count counts: "lost 10 straight", "won
# five consecutive" leave the games unsaid (core/figures/counted/figure_tolls.py).
STREAK_WORDS = frozenset(["straight", "consecutive", "successive"])
# Nouns a lead is counted in, after which "up" tells a margin: "five games up", "three points up",
# "two strokes up" (core/figures/counted/counted_group.py). "up 5 percent" is a change, not a lead.
MARGIN_NOUNS = frozenset(["game", "point", "stroke", "shot", "goal", "run", "length"])
# confrecall45: a player's tallies of one game, each a whole count of its own kind: "eight
# rebounds and six assists" are two tallies side by side, never parts of one group of 14.
PLAYER_TALLIES = frozenset(
    ["point", "rebound", "assist", "steal", "block", "goal", "save", "touchdown", "yard",
     "strikeout", "tackle", "sack", "interception", "ace", "birdie", "turnover", "hit", "run",
     "walk", "shot", "catch", "reception", "carry", "foul", "error"]
)  # fmt: skip
