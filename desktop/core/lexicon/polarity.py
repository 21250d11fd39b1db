"""Words that make a clause say something did not happen, and words that keep a "not" from
denying what the other article asserts (``findings/events/predications.py``).

The clause's own "not" / "n't" / "never" is read from the parse (the ``neg`` label); these are the
closed classes around it, lowercase as written.
"""

from __future__ import annotations

# Verbs whose clause is denied: "denied that he fired the shot", "denied firing the shot". The
# denial is the speaker's, so it is read as a reported "not".
DENYING_VERBS = frozenset(["deny"])
# Auxiliaries that make a clause a possibility, a duty or a forecast, not a report of what
# happened: "may not have fired", "could reopen", "would not accept", "will appeal".
MODALS = frozenset(
    ["may", "might", "could", "would", "should", "can", "must", "will", "shall", "ca", "wo",
     "'ll", "'d"]
)  # fmt: skip
# Subordinators that make a clause a condition, a purpose or a question put: "if he is not
# convicted", "unless the court overturns it", "whether he survived".
CONDITIONS = frozenset(
    ["if", "unless", "whether", "until", "lest", "once", "in case", "provided", "so"]
)  # fmt: skip
# Words right after a "not" that deny a moment, a manner or an exclusiveness of the happening,
# not the happening: "not yet charged" (it may be by the other article's day), "not
# immediately confirmed", "not only won", "not just lost", "not necessarily guilty".
MOMENT_WORDS = frozenset(
    ["yet", "immediately", "initially", "only", "just", "necessarily", "always", "all",
     "entirely", "fully", "quite", "even", "merely", "simply", "exactly", "directly",
     "publicly", "officially", "much", "so", "as", "too", "very"]
)  # fmt: skip
# Adverbs on the predicate that tell an earlier moment or a change: "had yet to be charged",
# "was still not open", "is no longer closed" ("no longer" itself is read as a "not").
TIME_ADVERBS = frozenset(
    ["yet", "still", "already", "again", "initially", "immediately", "first", "previously",
     "formerly", "earlier", "once", "now", "currently", "later", "then", "before", "originally"]
)  # fmt: skip
# Adverbs by which the writer keeps a distance from what the clause says: "he allegedly
# pointed a gun" tells what is alleged.
DISTANCING_ADVERBS = frozenset(
    ["allegedly", "reportedly", "apparently", "purportedly", "supposedly", "seemingly",
     "ostensibly", "possibly", "probably", "likely", "perhaps", "maybe"]
)  # fmt: skip
# Verbs a clause can be hung from that do not assert it: "plans to appeal", "refused to
# confirm", "tried to escape", "wants to win", "expected to be convicted".
UNASSERTING_HEADS = frozenset(
    ["plan", "want", "try", "seek", "hope", "expect", "refuse", "fail", "threaten", "vow",
     "promise", "decide", "agree", "intend", "aim", "attempt", "ask", "urge", "need", "order",
     "likely", "unlikely", "able", "unable", "ready", "set", "scheduled", "going", "fear",
     "believe", "think", "suspect", "doubt", "wonder", "predict", "warn", "demand", "allow",
     "call", "push", "prepare", "continue", "begin", "start", "stop", "chance", "possible"]
)  # fmt: skip
# Subjects that are no one participant or that leave room for another: "no one", "others",
# "some", "anyone".
LOOSE_PARTICIPANTS = frozenset(
    ["one", "nobody", "none", "anyone", "anybody", "everyone", "everybody", "someone",
     "somebody", "other", "others", "another", "who", "which", "that", "what", "many", "some",
     "all", "both", "each", "few", "any", "nothing", "something", "anything", "everything",
     "there", "people", "thing", "way", "time", "case"]
)  # fmt: skip
# Verbs that report someone's words: a clause hung from one is that speaker's claim. Two
# articles each reporting one side ("police said he fired" / "he denied firing") set two
# speakers against each other, not the two articles.
SPEAKING_LEMMAS = frozenset(
    ["say", "tell", "report", "testify", "admit", "acknowledge", "state", "announce", "add",
     "write", "confirm", "explain", "note"]
)  # fmt: skip
# Verbs that report words while keeping the writer's distance from them: "she claimed the
# shootings didn't happen" tells what she claims, not that they did not happen, and sets her,
# not the article, against an article telling the shootings. A clause hung from one asserts
# nothing of the article's own.
DISTANCING_LEMMAS = frozenset(
    ["claim", "allege", "insist", "maintain", "argue", "contend", "suggest", "assert",
     "accuse", "charge", "rumor", "rumour", "speculate", "question"]
)  # fmt: skip
# Pronouns that, as the subject of a reported clause, stand for the one who reports it: "the
# administration said it was overturning the rule", "police said they found the gun". "He" and
# "she" do so only after a named speaker ("Smith said he was not guilty"): "police said he fired"
# speaks of someone else.
SPEAKER_PRONOUNS = frozenset(["it", "they", "we"])
PERSON_PRONOUNS = frozenset(["he", "she", "i"])
# Prepositions that lead to part of the act itself, not to its circumstances: "checked into
# Harlow" / "checked into Brisk House", "convicted of murder" / "acquitted of fraud", "charged
# with theft", "arrested for drunk driving" tell two acts. "On Thursday", "at the scene", "in
# March" place one act and are not here.
BEARING_PREPOSITIONS = frozenset(
    ["into", "onto", "to", "from", "toward", "towards", "against", "with", "of", "for", "out"]
)  # fmt: skip
# Particles of phrasal verbs, part of the verb: "checked out of the clinic" is no "checked
# into" it, "gave up" no "gave".
PARTICLES = frozenset(["out", "up", "off", "down", "back", "away", "over", "in", "on", "through"])
