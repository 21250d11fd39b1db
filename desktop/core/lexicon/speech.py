"""Words of spoken English that two transcribers of one utterance render differently without
changing what was said (quote_compare.py). Lowercase, as quote_words normalises a quote's words;
a closed class each, never a word that carries a fact."""

from __future__ import annotations

# Words a speaker adds or a transcriber drops with no change to what is told: articles, the
# complementiser "that", hedges and fillers of speech. Never a negation, a quantifier, a time or
# a degree that changes a claim ("never", "several", "all", "only" are not here).
SPEECH_FILLERS = frozenset(
    ["the", "a", "an", "that", "just", "really", "so", "very", "well", "like", "oh", "um", "uh",
     "ah", "yeah", "actually", "basically", "literally", "and"]
)  # fmt: skip

# Forms of one verb that differ only in tense ("she could possibly" / "she can possibly", "he was
# a good kid" / "he is a good kid"): a transcriber's or a speaker's slip of tense, not another
# claim. "Will" and "would" are not here: a promise and a hypothetical are two claims. "'s" is in
# two: "he's gone" may be "he is gone" or "he has gone".
TENSE_FORMS: tuple[frozenset[str], ...] = (
    frozenset(["can", "could"]),
    frozenset(["may", "might"]),
    frozenset(["'s", "was", "are", "were", "am", "been", "be"]),
    frozenset(["'s", "has", "have", "had"]),
    frozenset(["do", "does", "did"]),
)

# The tense a reporter shifts back when telling someone's words in reported speech ("The store
# will be rebuilt" / "said the store would be rebuilt", "we are" / "they were", "it has" / "it
# had"): each form with the one it stands for, as quote_runs.py compares a quote's words with
# reported speech. Here "would" does stand for "will": reported speech backshifts it by rule.
BACKSHIFTED = {
    "would": "will",
    "could": "can",
    "might": "may",
    "was": "is",
    "were": "is",
    "are": "is",
    "am": "is",
    "had": "has",
    "have": "has",
}

# The grammatical words of an existential or cleft frame ("there was any more I could give you",
# "it is peace that we want", "what we want is peace"): a speaker recasts a sentence in such a
# frame, or a transcriber undoes it, with no change to what was said, so long as the sentence's
# own words all stay (quote_reframed.py). Closed class: never a negation, a figure or a word of
# degree ("no", "only", "all", "more" are not here); "any" is the polarity word a conditional or
# a question frame draws in ("if there was any more").
FRAME_WORDS = frozenset(
    ["there", "here", "it", "what", "which", "who", "that", "is", "'s", "was", "are", "were",
     "be", "been", "any"]
)  # fmt: skip

# The auxiliaries of the perfect, which a speaker or a transcriber adds or drops before a verb of
# the past with no change to what is told ("the way we wanted" / "the way we had wanted"): a
# shift of tense, as reported speech makes (quote_tenses.py). Not "will", "would" or "did".
PERFECT_AUXILIARIES = frozenset(["had", "has", "have", "'d", "'ve"])

# Verbs of opinion and intent that let a negation of the clause they govern stand on them
# instead ("I don't think he's ready" = "I think he's not ready"): the neg-raising predicates of
# Horn (1978), in the forms they take after "not" and in plain statements. Two transcriptions of
# one utterance place the "not" on either verb with no change to what was said (quote_negation).
# Never a verb of saying or knowing ("I didn't say he was there" is not "I said he wasn't").
NEG_RAISING_VERBS = frozenset(
    ["think", "thought", "believe", "believed", "suppose", "supposed", "expect", "expected",
     "imagine", "imagined", "feel", "felt", "reckon", "reckoned", "want", "wanted", "seem",
     "seemed", "anticipate", "anticipated"]
)  # fmt: skip

# The auxiliary "do" that carries a negation before a verb ("I didn't feel"): it comes and goes
# with the "not" it carries.
DO_SUPPORT = frozenset(["do", "does", "did"])

# Pronouns that point back to one thing said before ("and with it the future of Germany" /
# "and with that the future of Germany"): one for another says the same, as translations of one
# speech render it either way. Never a personal pronoun: "he" / "she" name another person.
REFERRING_PRONOUNS = frozenset(["it", "this", "that"])

# Participles that introduce a name after a noun: 'a movie called "X"', 'a group named "X"', 'a
# book titled "X"' (quoting/named_works.py). Only as a participle on a noun: "she called "Help!""
# is speech.
NAMING_PARTICIPLES = frozenset(["called", "named", "titled", "entitled", "dubbed", "nicknamed"])

# Determiners that pick out one thing already in view ("the regulation" / "this regulation",
# "a dozen" / "the dozen"): one for another in a quote says the same of the same thing, a
# transcriber's slip (quote_forms.py). Never a quantifier, a negation or a possessive ("no",
# "all", "another", "his" / "her" are not here: they change who or how many).
POINTING_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those"])

# Grammatical words that one transcriber adds or drops with nothing else changed ("the
# violence the system uses" / "the violence of the system uses", "I do think" / "I think"):
# articles, simple prepositions, the auxiliaries of "be", "have" and "do", existential "there",
# the coordinator "and" (quote_forms.py). Only added or dropped, never one for another ("to" /
# "from" changes a direction); never a negation, a modal, a pronoun, a quantifier or a word of
# degree or approximation ("about", "over", "up to" are not here).
GRAMMAR_WORDS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "of", "in", "on", "at", "to", "for",
     "with", "from", "into", "is", "are", "was", "were", "be", "been", "being", "'s", "has",
     "have", "had", "do", "does", "did", "there", "and"]
)  # fmt: skip

# Time-zone labels an outlet writes after a clock time ("6:41pm PST") and another leaves out:
# the gloss of the time, not what was said. Two different labels are still two times.
TIME_ZONE_LABELS = frozenset(
    ["gmt", "utc", "bst", "cet", "cest", "pst", "pdt", "est", "edt", "cst", "cdt", "mst", "mdt",
     "akst", "hst", "aest", "ist", "jst"]
)  # fmt: skip
