"""A conflict told in words: one participant given two outcomes that exclude each other, or one
deed said and denied, in two sentences the alignment pairs. "The gunman was arrested" / "The
gunman remains at large"; "the ship sank" / "the ship was towed to port"; "Smith was charged with
murder" / "Smith was charged with manslaughter"; "Smith was not injured" / "Smith was injured".

Many conflicts carry no figure: the clash is a deed. Each sentence is read off the parse (no
second parse) as a set of outcomes, each borne by one participant: a verb's undergoer ("X was
arrested", "police arrested X") or an intransitive verb's doer ("X fled", "the ship sank"), a
state ("X remains at large", "was found dead", "is in custody"), a charge's grade ("charged with
murder"). A participant is a name (compared by its words) or a noun that names one participant by
its part or kind ("the gunman", "the ship"); a pronoun, a plural or an indefinite ("a man") may
be someone else and is not read. An outcome under a modal, an infinitive or a condition ("could
be charged", "tried to flee", "if he is released") is not told as done.

A sequence is no conflict: a sentence giving one participant two of the outcomes ("was wounded
and later died", "fled before he was arrested") is not read for that participant, and an article
that anywhere gives the participant the other article's outcome tells both ("fled ... was
arrested two days later") and sets neither against the other. A man arrested may be released,
and charged once arrested: only outcomes that cannot both hold (``EXCLUSIVE_OUTCOMES``) clash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.exclusive_deeds import (
    CARD_OUTCOMES,
    CHARGE_GRADES,
    DONE_DEEDS,
    EXCLUSIVE_OUTCOMES,
    LATER_WORDS,
    ONE_PARTICIPANT_NOUNS,
    SAFE_LANDING_WORDS,
    STATE_PHRASES,
    STATE_WORDS,
    STILL_WORDS,
    UNDERGONE_DEEDS,
    UNDONE_WORDS,
)
from desktop.core.lexicon.outcomes import DEGREE_ADVERBS
from desktop.core.model import FindingKind, MentionType
from desktop.core.naming.reference import person_tokens

_ACTIVE_SUBJECTS = frozenset({"nsubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
_OBJECTS = frozenset({"dobj", "obj"})
# Determiners that bring in a participant not told before: "a suspect" may be another suspect.
_NEW_PARTICIPANT = frozenset(["a", "an", "another", "one", "second", "other"])
# Labels on a verb that put its deed out of the told story: a clause that only describes a noun
# ("a man who fled") still tells the deed, but a purpose or a clausal subject does not.
_UNTOLD_LABELS = frozenset({"xcomp", "csubj", "csubjpass"})
_PREPOSITION_LABELS = frozenset({"prep"})


@dataclass(frozen=True, slots=True)
class Outcome:
    """One outcome told of one participant: ``said`` is False when the sentence denies it."""

    participant: str  # "name:john smith" or "noun:gunman"
    outcome: str
    said: bool
    fact: Fact
    later: bool = False  # told as coming after another ("later died"): never compared


def exclusive_deeds(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """Conflicts of outcomes told in words, in sentence pairs the alignment pairs."""
    if left.clause_parse is None or right.clause_parse is None:
        return []
    mine, theirs = _article(left), _article(right)
    told = (_told(mine), _told(theirs))
    drafts: list[Draft] = []
    # Only sentences the alignment pairs: a deed told in two sentences apart is often of two
    # happenings ("was not arrested at the scene" / "arrested him in March on other charges"),
    # so comparing a named person's deeds across all sentences was measured and dropped.
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        for a in mine.get(pair.left, []):
            for b in theirs.get(pair.right, []):
                draft = _clash(a, b, told, ledger)
                if draft is not None:
                    drafts.append(draft)
    return drafts


def _clash(
    a: Outcome,
    b: Outcome,
    told: tuple[dict[str, set[tuple[str, bool]]], dict[str, set[tuple[str, bool]]]],
    ledger: Ledger,
) -> Draft | None:
    if a.later or b.later or not _same_participant(a.participant, b.participant):
        return None
    denied = a.outcome == b.outcome and a.said != b.said
    exclusive = a.said and b.said and frozenset((a.outcome, b.outcome)) in EXCLUSIVE_OUTCOMES
    if not (denied or exclusive):
        return None
    named = a.participant.startswith("name:") and b.participant.startswith("name:")
    if named and exclusive and {a.outcome, b.outcome} <= CARD_OUTCOMES:
        return None  # the people cards tell it ("What happened to ...")
    # An article that gives the participant the other's outcome too tells a sequence.
    if _tells(told[0], b) or _tells(told[1], a):
        return None
    if not ledger.take("exclusive deeds", a.fact, b.fact):
        return None
    who = a.participant.split(":", 1)[1]
    who = who.title() if a.participant.startswith("name:") else "the " + who
    reason = f"Of {who}, one says {a.fact.text!r}, the other {b.fact.text!r}: " + (
        "the one deed said and denied."
        if denied
        else "two outcomes that cannot both hold for one participant."
    )
    confidence = tuning.DENIED_DEED_CONFIDENCE if denied else tuning.EXCLUSIVE_DEED_CONFIDENCE
    return Draft(FindingKind.CONFLICT, MentionType.EVENT, [a.fact], [b.fact], reason, confidence)


def _tells(told: dict[str, set[tuple[str, bool]]], outcome: Outcome) -> bool:
    return any(
        _same_participant(key, outcome.participant) and (outcome.outcome, outcome.said) in seen
        for key, seen in told.items()
    )


def _told(article: dict[int, list[Outcome]]) -> dict[str, set[tuple[str, bool]]]:
    """Every outcome the article gives each participant, anywhere."""
    out: dict[str, set[tuple[str, bool]]] = {}
    for outcomes in article.values():
        for o in outcomes:
            out.setdefault(o.participant, set()).add((o.outcome, o.said))
    return out


def _same_participant(a: str, b: str) -> bool:
    """The same noun, or names whose last words agree and whose other words do not part
    ("smith" / "john smith"; not "john smith" / "mary smith")."""
    if a == b:
        return True
    if not (a.startswith("name:") and b.startswith("name:")):
        return False
    wa, wb = a[5:].split(), b[5:].split()
    if wa[-1] != wb[-1]:
        return False
    return len(wa) == 1 or len(wb) == 1 or wa[0] == wb[0]


def _article(analysis: Analysis) -> dict[int, list[Outcome]]:
    parse = analysis.clause_parse
    assert parse is not None
    out: dict[int, list[Outcome]] = {}
    people = person_tokens(analysis)
    for index in range(len(parse.bounds)):
        found = _sentence(analysis, parse, index, people)
        if found:
            out[index] = found
    return out


def _sentence(
    analysis: Analysis, parse: ClauseParse, index: int, people: dict[int, str]
) -> list[Outcome]:
    """The outcomes of one sentence, but none for a participant it gives two (a sequence)."""
    first, last = parse.bounds[index]
    children: dict[int, list[int]] = {}
    for t in range(first, last):
        if parse.heads[t] != t:
            children.setdefault(parse.heads[t], []).append(t)
    found: list[Outcome] = []
    for t in range(first, last):
        read = _read(parse, children, t)
        if read is None:
            continue
        verb, participant, outcome, end_token = read
        key = _participant(parse, children, participant, analysis.document.text, people)
        if not key or _undone(parse, children, verb):
            continue
        # "later died": a sequence; the outcome still counts as told by the article
        later = any(parse.lemmas[c].lower() in LATER_WORDS for c in children.get(verb, []))
        said = not any(parse.labels[c] == "neg" for c in children.get(verb, []))
        if not said and any(
            parse.lemmas[c].lower() in DEGREE_ADVERBS for c in children.get(verb, [])
        ):
            continue  # "was not seriously injured" denies a degree, not the harm
        if outcome == "held" and _still(parse, children, verb):
            outcome = "held still"
        start = min(_leftmost(parse, children, participant), verb, t)
        end = max(participant, end_token, verb)
        s, e = parse.starts[start], parse.ends[end]
        text = analysis.document.text[s:e]
        fact = Fact(s, e, text, MentionType.EVENT, "", index)
        found.append(Outcome(key, outcome, said, fact, later))
    per_participant: dict[str, set[tuple[str, bool]]] = {}
    for o in found:
        per_participant.setdefault(o.participant, set()).add((o.outcome.split()[0], o.said))
    return [o for o in found if len(per_participant[o.participant]) == 1]


def _read(
    parse: ClauseParse, children: dict[int, list[int]], t: int
) -> tuple[int, int, str, int] | None:
    """(verb, participant, outcome, last token of the outcome's words) told at token ``t``."""
    lemma = parse.lemmas[t].lower()
    if parse.tags[t] == "VERB":
        if lemma in UNDERGONE_DEEDS:
            who = _role(parse, children, t, _PASSIVE_SUBJECTS | _OBJECTS)
            return (t, who, UNDERGONE_DEEDS[lemma], t) if who >= 0 else None
        if lemma in DONE_DEEDS:
            who = _role(parse, children, t, _ACTIVE_SUBJECTS | _PASSIVE_SUBJECTS)
            return (t, who, DONE_DEEDS[lemma], t) if who >= 0 else None
        if lemma == "land" and _safe_landing(parse, children, t):
            who = _role(parse, children, t, _ACTIVE_SUBJECTS)
            return (t, who, "landed", t) if who >= 0 else None
        if lemma == "charge":
            return _charge(parse, children, t)
        return None
    if lemma in STATE_WORDS and parse.labels[t] in {"acomp", "oprd", "xcomp"}:
        verb = parse.heads[t]
        who = _role(parse, children, verb, _ACTIVE_SUBJECTS | _PASSIVE_SUBJECTS | _OBJECTS)
        return (verb, who, STATE_WORDS[lemma], t) if who >= 0 else None
    if parse.labels[t] in {"pobj", "amod"}:  # "in custody"; "at large" (parsed as an adjective)
        prep = parse.heads[t]
        state = STATE_PHRASES.get((parse.lemmas[prep].lower(), lemma))
        if state is None or parse.labels[prep] not in _PREPOSITION_LABELS:
            return None
        verb = parse.heads[prep]
        if parse.tags[verb] not in {"VERB", "AUX"}:
            return None
        who = _role(parse, children, verb, _ACTIVE_SUBJECTS | _PASSIVE_SUBJECTS)
        return (verb, who, state, t) if who >= 0 else None
    # "was still at large" parsed as an adjective complement with "at" below it
    for prep in children.get(t, []):
        state = STATE_PHRASES.get((parse.lemmas[prep].lower(), lemma))
        verb = parse.heads[t]
        if state is not None and prep < t and parse.tags[verb] in {"VERB", "AUX"}:
            who = _role(parse, children, verb, _ACTIVE_SUBJECTS | _PASSIVE_SUBJECTS)
            return (verb, who, state, t) if who >= 0 else None
    return None


def _charge(
    parse: ClauseParse, children: dict[int, list[int]], verb: int
) -> tuple[int, int, str, int] | None:
    """ "charged with murder": the grade of the one killing charged; none when two are charged."""
    who = _role(parse, children, verb, _PASSIVE_SUBJECTS | _OBJECTS)
    if who < 0:
        return None
    for prep in children.get(verb, []):
        if parse.lemmas[prep].lower() != "with":
            continue
        nouns = [c for c in children.get(prep, []) if parse.labels[c] == "pobj"]
        if len(nouns) != 1:
            return None
        noun = nouns[0]
        grade = parse.lemmas[noun].lower()
        if grade not in CHARGE_GRADES or any(
            parse.labels[c] == "conj" for c in children.get(noun, [])
        ):
            return None
        modifiers = {parse.lemmas[c].lower() for c in children.get(noun, [])}
        if modifiers & {"attempt", "attempted"}:
            grade = "attempted " + grade
        return verb, who, "charged " + grade, noun
    return None


def _role(
    parse: ClauseParse, children: dict[int, list[int]], verb: int, labels: frozenset[str]
) -> int:
    """The verb's participant of those labels; a verb joined by "and" with none of its own
    takes its partner's ("was arrested and charged")."""
    for c in children.get(verb, []):
        if parse.labels[c] in labels:
            return c
    if parse.labels[verb] == "conj" and parse.heads[verb] != verb:
        head = parse.heads[verb]
        if not any(
            parse.labels[c] in _ACTIVE_SUBJECTS | _PASSIVE_SUBJECTS for c in children.get(verb, [])
        ):
            for c in children.get(head, []):
                if parse.labels[c] in labels & (_ACTIVE_SUBJECTS | _PASSIVE_SUBJECTS):
                    return c
    return -1


def _participant(
    parse: ClauseParse,
    children: dict[int, list[int]],
    token: int,
    text: str,
    people: dict[int, str],
) -> str:
    """A name's words or a one-participant noun, "" for anyone else. A pronoun the article
    resolves to a person ("He was arrested") is that person's surname."""
    if token in people and parse.tags[token] == "PRON":
        return "name:" + people[token].split(":", 1)[-1].replace("_", " ")
    below = children.get(token, [])
    if any(parse.lemmas[c].lower() in _NEW_PARTICIPANT for c in below):
        return ""
    if any(parse.labels[c] == "conj" for c in below):
        return ""  # "Smith and Jones were arrested": two participants, read as none
    if parse.tags[token] == "PROPN":
        words = [
            parse.lemmas[c].lower()
            for c in below
            if parse.labels[c] == "compound" and parse.tags[c] == "PROPN" and c < token
        ]
        return "name:" + " ".join([*words, parse.lemmas[token].lower()])
    lemma = parse.lemmas[token].lower()
    if parse.tags[token] == "NOUN" and lemma in ONE_PARTICIPANT_NOUNS:
        # a plural ("the suspects") is several participants: its form is not its lemma
        if text[parse.starts[token] : parse.ends[token]].lower() != lemma:
            return ""
        return "noun:" + lemma
    return ""


def _leftmost(parse: ClauseParse, children: dict[int, list[int]], token: int) -> int:
    names = [c for c in children.get(token, []) if parse.labels[c] == "compound" and c < token]
    return min([token, *names])


def _undone(parse: ClauseParse, children: dict[int, list[int]], verb: int) -> bool:
    if parse.labels[verb] in _UNTOLD_LABELS:
        return True
    return any(
        parse.labels[c] in {"aux", "auxpass", "mark"} and parse.lemmas[c].lower() in UNDONE_WORDS
        for c in children.get(verb, [])
    )


def _still(parse: ClauseParse, children: dict[int, list[int]], verb: int) -> bool:
    return parse.lemmas[verb].lower() in STILL_WORDS or any(
        parse.lemmas[c].lower() in STILL_WORDS for c in children.get(verb, [])
    )


def _safe_landing(parse: ClauseParse, children: dict[int, list[int]], verb: int) -> bool:
    for c in children.get(verb, []):
        if parse.lemmas[c].lower() in SAFE_LANDING_WORDS:
            return True
        if parse.lemmas[c].lower() == "without" and any(
            parse.lemmas[g].lower() in SAFE_LANDING_WORDS for g in children.get(c, [])
        ):
            return True
    return False
