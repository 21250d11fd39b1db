"""One word, two spellings: British and American English, and the agent nouns written with
"-or" or "-er". A sentence that says "protestor" tells what one saying "protester" tells; the
aligner and the whole-sentence verdicts read both as one word (slot_words.slot_word). Lemmas,
lowercase, the American or commoner form on the right. Words whose other spelling is another
word ("tire", "check", "story"/"storey") are left out. Whole words, for any text; names are
matched by their endings instead (lexicon.SPELLING_VARIANTS, names.spelled_alike), and quotes by
quote_words' own patterns."""

from __future__ import annotations

WORD_SPELLINGS: dict[str, str] = {
    # -or / -er agent nouns
    "protestor": "protester", "advisor": "adviser",
    # -our / -or
    "colour": "color", "honour": "honor", "favour": "favor", "labour": "labor",
    "neighbour": "neighbor", "neighbourhood": "neighborhood", "harbour": "harbor",
    "rumour": "rumor", "behaviour": "behavior", "armour": "armor", "vapour": "vapor",
    "vigour": "vigor", "valour": "valor", "humour": "humor", "saviour": "savior",
    # -re / -er
    "centre": "center", "theatre": "theater", "metre": "meter", "kilometre": "kilometer",
    "centimetre": "centimeter", "millimetre": "millimeter", "litre": "liter", "fibre": "fiber",
    # -ce / -se
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    # -ise / -ize
    "organisation": "organization", "organise": "organize", "recognise": "recognize",
    "apologise": "apologize", "criticise": "criticize", "authorise": "authorize",
    "realise": "realize", "mobilise": "mobilize", "stabilise": "stabilize",
    "privatise": "privatize", "legalise": "legalize", "finalise": "finalize",
    "jeopardise": "jeopardize", "militarise": "militarize",
    "analyse": "analyze", "paralyse": "paralyze",
    # other single spellings
    "jewellery": "jewelry", "programme": "program", "grey": "gray", "judgement": "judgment",
    "aluminium": "aluminum", "catalogue": "catalog", "plough": "plow", "manoeuvre": "maneuver",
    "fulfil": "fulfill", "enrol": "enroll", "sceptical": "skeptical", "pyjamas": "pajamas",
    "moustache": "mustache", "cosy": "cozy", "draught": "draft", "kerb": "curb",
}  # fmt: skip
