"""Which loose pairs the pair reader may read: two sentences that can tell one deed.

The reader (``pair_reader``) reads wording, and two sentences of one story worded alike read as
one statement to it even when they tell two: "The man had been laid off in March." / "The man was
let go by police in March." (p 0.92), "Talks with the unions progressed slowly on Monday." / "The
fire spread slowly on Monday." (0.84), "The coach was fired" / "was hired" (0.90). A linguist
asks first what each sentence tells: its deed (the main predicate with its particle; under a verb
of saying, the clause said) and who takes part (the doer: an active verb's subject or a passive
one's "by" phrase; the undergoer: an active verb's object or a passive one's subject). A pair is
left unread when

- the deeds are opposites ("hire" / "fire", ``lexicon.retold_gist.OPPOSITE_DEEDS``);
- one part is told on both sides (the same doer or undergoer) and the deeds are two: the same
  person or thing doing or undergoing another deed is a look-alike of another claim, the kind a
  one-word change makes ("laid off" / "let go by police"). Deeds are one when they are the same
  lemma or the lexicon folds them to one ("fire" / "dismiss", "catch" / "arrest", "step down" /
  "resign");
- the doers are two different things, neither a person nor a body of people, doing two deeds
  ("talks progressed" / "the fire spread"). People are not compared word by word: "the
  firefighters" and "crews", "the victim" and "the woman" may be the same people;
- a sentence says who tells it by a name the other article never writes ("..., Arjun Persaud
  said"): it is that person's account, which the other does not give (the engine's own rule for
  a sentence naming someone the other never names, findings/sentences/retold_names.py).

What the parse does not give (no verb, a verb of no deed such as "be", a pronoun) is unknown, and
an unknown never blocks. The app's static word vectors were measured for "near" deeds and
parts and dropped: a single word's vector places "fire" as near "hire" (0.05) as "dismiss"
(0.09) (docs/pair-reader.md, "Stop 53").

Two more kinds of pair stay unread, by the words themselves: a pair in which one sentence quotes
someone's words and the other does not (the quote pass decides whether a quote is reported by
the other article, and knows who said it), and (``reader_lift``) figure clashes and contained
copies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.alignment import reader_tuning
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.lexicon import SLOT_SYNONYMS
from desktop.core.lexicon.claim_frames import PREDICATE_DEEDS
from desktop.core.lexicon.deeds import DEED_SYNONYMS, RETOLD_DEEDS
from desktop.core.lexicon.people import DESCRIPTION_NOUNS
from desktop.core.lexicon.retold_gist import (
    ACTOR_NOUNS,
    EMPTY_DEEDS,
    OPPOSITE_DEEDS,
    PHRASAL_DEEDS,
    SAYING_VERBS,
)
from desktop.core.model import MentionType

_OPPOSITES = frozenset(frozenset(pair) for pair in OPPOSITE_DEEDS)
_ACTORS = ACTOR_NOUNS | DESCRIPTION_NOUNS
_ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_OBJECTS = frozenset({"dobj", "obj"})
_VERBS = frozenset({"VERB", "AUX"})
# "police said the officer told him the man was arrested": read through at most this many
# verbs of saying
_SAYING_STEPS = 3
# Adverbs that, right after their verb, are its particle ("stepped down" parsed as an adverb)
_PARTICLES = frozenset({"down", "up", "off", "out", "away", "over", "back", "in"})
# Quotation marks: a sentence holding one quotes someone's words
_QUOTE_MARKS = ('"', "\u201c", "\u201d")


@dataclass(frozen=True, slots=True)
class Gist:
    """What a sentence tells: its ``deed`` (the main predicate's lemma with its particle, "" when
    unknown or of no deed), its ``doer`` and its ``undergoer`` (a head noun's lemma, a name's
    words joined by spaces, "" when unknown or a pronoun), and whether each is a name."""

    deed: str = ""
    doer: str = ""
    undergoer: str = ""
    doer_named: bool = False
    undergoer_named: bool = False
    sayer: str = ""  # the name of who says it ("..., Arjun Persaud said"), "" when no name


UNKNOWN = Gist()


def gist(analysis: Analysis, sentence: int) -> Gist:
    """The gist of ``analysis``'s sentence number ``sentence`` (kept sentences, as alignment's)."""
    parse = analysis.clause_parse
    if parse is None or sentence >= len(parse.bounds):
        return UNKNOWN
    first, last = parse.bounds[sentence]
    roots = [t for t in range(first, last) if parse.heads[t] == t]
    if not roots:
        return UNKNOWN
    children = _children(parse, first, last)
    verb, sayer = _told(parse, children, roots[0])
    if parse.tags[verb] not in _VERBS:
        return Gist(sayer=sayer)
    told = _gist_of(parse, children, verb)
    return Gist(told.deed, told.doer, told.undergoer, told.doer_named, told.undergoer_named, sayer)


def pair_guard(
    left: Analysis, right: Analysis, texts: tuple[Sequence[str], Sequence[str]]
) -> Callable[[int, int], bool]:
    """Whether the reader may read sentence pair (i, j) of two articles whose sentence texts are
    ``texts``: the quote guard and the gist guard, each behind its ``reader_tuning`` flag."""
    names = (person_words(left), person_words(right))

    def allowed(i: int, j: int) -> bool:
        if reader_tuning.READER_QUOTE_GUARD and quotes_one_side(texts[0][i], texts[1][j]):
            return False
        if not reader_tuning.READER_GIST_GUARD:
            return True
        mine, theirs = gist(left, i), gist(right, j)
        if unknown_sayer(mine, names[1]) or unknown_sayer(theirs, names[0]):
            return False
        return may_tell_one_statement(mine, theirs)

    return allowed


def may_tell_one_statement(a: Gist, b: Gist) -> bool:
    """Whether two sentences' gists leave room for one statement told twice."""
    if (
        frozenset((a.deed, b.deed)) in _OPPOSITES
        or frozenset((_fold(a.deed), _fold(b.deed))) in _OPPOSITES
    ):
        return False
    if _one_deed(a.deed, b.deed):
        return True
    # the same person or thing, in whichever role ("the coach was fired" / "the coach signed")
    shared = {a.doer, a.undergoer} & {b.doer, b.undergoer} - {""}
    return not shared and not _two_things(a, b)


def unknown_sayer(mine: Gist, their_names: frozenset[str]) -> bool:
    """The sentence says who tells it by a name none of whose words the other article writes
    (``their_names``: the other article's words of people's names, lower case)."""
    return bool(mine.sayer) and not set(mine.sayer.split()) & their_names


def person_words(analysis: Analysis) -> frozenset[str]:
    """Every word of the people an article names, lower case."""
    return frozenset(
        word
        for fact in analysis.facts
        if fact.type is MentionType.PERSON
        for word in fact.text.lower().split()
    )


def quotes_one_side(left: str, right: str) -> bool:
    """Exactly one of the two sentences quotes someone's words."""
    return _quotes(left) != _quotes(right)


def _quotes(text: str) -> bool:
    return any(mark in text for mark in _QUOTE_MARKS)


def _children(parse: ClauseParse, first: int, last: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for t in range(first, last):
        if parse.heads[t] != t:
            out.setdefault(parse.heads[t], []).append(t)
    return out


def _told(parse: ClauseParse, children: dict[int, list[int]], root: int) -> tuple[int, str]:
    """The verb whose deed the sentence tells: the root, or under a verb of saying the clause
    said ("police said the man was arrested": "arrest"); and the name of the first sayer."""
    verb, sayer = root, ""
    for _ in range(_SAYING_STEPS):
        saying = [verb] if parse.lemmas[verb].lower() in SAYING_VERBS else []
        # "The man fled, Arjun Persaud said.": the verb of saying hangs on what is said
        saying += [
            c
            for c in children.get(verb, [])
            if parse.labels[c] == "parataxis" and parse.lemmas[c].lower() in SAYING_VERBS
        ]
        for say in saying:
            subjects = [c for c in children.get(say, []) if parse.labels[c] in _ACTIVE_SUBJECTS]
            if subjects and not sayer:
                name, named = _part(parse, children, subjects[0])
                sayer = name if named else ""
        if not saying or saying[0] != verb:
            break
        said = [c for c in children.get(verb, []) if parse.labels[c] in {"ccomp", "parataxis"}]
        if not said:
            break
        verb = said[0]
    return verb, sayer


def _gist_of(parse: ClauseParse, children: dict[int, list[int]], verb: int) -> Gist:
    lemma = parse.lemmas[verb].lower()
    below = children.get(verb, [])
    particles = [
        parse.lemmas[c].lower()
        for c in below
        if parse.labels[c] == "prt"
        or (parse.labels[c] == "advmod" and c == verb + 1 and parse.lemmas[c].lower() in _PARTICLES)
    ]
    deed = " ".join([lemma, *particles])
    if lemma in EMPTY_DEEDS and not particles:
        deed = ""
    doer = undergoer = -1
    for c in below:
        label = parse.labels[c]
        if label in _ACTIVE_SUBJECTS and doer < 0:
            doer = c
        elif label in _PASSIVE_SUBJECTS or (label in _OBJECTS and undergoer < 0):
            undergoer = c
        elif label == "agent":
            # "was let go by police": the doer is the noun under "by"
            nouns = [g for g in children.get(c, []) if parse.labels[g] == "pobj"]
            if nouns:
                doer = nouns[0]
    doer_word, doer_named = _part(parse, children, doer)
    undergoer_word, undergoer_named = _part(parse, children, undergoer)
    return Gist(deed, doer_word, undergoer_word, doer_named, undergoer_named)


def _part(parse: ClauseParse, children: dict[int, list[int]], token: int) -> tuple[str, bool]:
    """The word naming a doer or undergoer, and whether it is a name; ("", False) for a pronoun
    or none."""
    if token < 0 or parse.tags[token] == "PRON":
        return "", False
    if parse.tags[token] == "PROPN":
        words = [
            parse.lemmas[c].lower()
            for c in children.get(token, [])
            if parse.labels[c] == "compound" and parse.tags[c] == "PROPN"
        ]
        return " ".join([*words, parse.lemmas[token].lower()]), True
    return parse.lemmas[token].lower(), False


def _fold(deed: str) -> str:
    return (
        PHRASAL_DEEDS.get(deed)
        or PREDICATE_DEEDS.get(deed)
        or SLOT_SYNONYMS.get(deed)
        or RETOLD_DEEDS.get(deed)
        or DEED_SYNONYMS.get(deed)
        or deed
    )


def _one_deed(a: str, b: str) -> bool:
    """Unknown on a side, the same lemma, or one deed by the lexicon's folds."""
    return not a or not b or a == b or _fold(a) == _fold(b)


def _two_things(a: Gist, b: Gist) -> bool:
    """Two doers both read, different, and neither a name nor a person or body of people."""
    if not a.doer or not b.doer or a.doer == b.doer:
        return False
    return not (a.doer_named or b.doer_named or a.doer in _ACTORS or b.doer in _ACTORS)
