"""What kind of name a span is, where the small model slips and a reader would not.

Each rule is one a copy editor would state:

* A dateline ("PINE BLUFF, Ark. —", "KABUL (Reuters) -") names the place a story is filed from.
* A rank or honorific alone ("Sgt", "Lt.") names no one; a capitalised name right after one is a
  person ("Sgt. Whitlow said"), never an organisation or a place.
* A place the gazetteer knows is a place, not an organisation: an organisation named after it
  has a longer name of its own ("Christchurch City Council", "Fort Worth Police").
* A name shaped like a place's own ("Fort Coffee", "Lake Placid") is a place.
* A name with a person's marks (a title before it, an age after it, "Paris Hilton said" when no
  gazetteer knows such a place) is a person; so is the surname alone of a person named in full.
* A town the gazetteer knows, before a noun for a person ("a Schenectady man"), is the place the
  person is from; a faith ("a Sikh temple") is a group of people, never one person.
* A work's title, quoted once after the noun for the work ("the sequel 'Catching Fire'"), is no
  name wherever it stands; nor are the first noun of a lead set in capitals ("A FIRE has badly
  damaged ...") and an adjective before a noun ("Olympic swimmer"): ``no_name``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from desktop.core.extraction.parse_cache import sentence_bounds
from desktop.core.lexicon import (
    BUSINESS_HEADS,
    FACILITY_HEADS,
    INSTITUTION_HEADS,
    INTERNATIONAL_BODIES,
    LOCATING_WORDS,
    PLACE_NAME_HEADS,
    SERVICES,
    STREET_WORDS,
)
from desktop.core.lexicon.happenings import STORM_NAME_HEADS
from desktop.core.lexicon.initialisms import COMMON_NOUN_INITIALISMS
from desktop.core.lexicon.name_heads import NAMED_SITE_NOUNS
from desktop.core.lexicon.not_names import FAITH_WORDS, VEHICLE_NOUNS, WORK_NOUNS
from desktop.core.lexicon.party_names import PARTY_NAMES
from desktop.core.lexicon.people import DESCRIPTION_NOUNS
from desktop.core.lexicon.settlements import LANDFORM_TAILS, SETTLEMENT_TAILS
from desktop.core.lexicon.titles import (
    HONORIFICS,
    NAME_TITLES,
    OFFICE_TITLE_WORDS,
    PERSON_TITLES,
    POST_TITLES_BEFORE_SURNAMES,
)
from desktop.core.locations.places import is_known_place
from desktop.core.locations.settlement_names import names_a_settlement
from desktop.core.naming.eponyms import names_a_thing
from desktop.core.naming.life_subjects import lives_a_life
from desktop.core.naming.made_names import before_a_device, names_a_prize, names_an_outlet
from desktop.core.naming.names import fold
from desktop.core.naming.opening_words import opens_as_common_word, written_capitalised_inside
from desktop.core.persons.person_appositions import in_apposition_to_person
from desktop.core.quoting.attribution import REPORTING_VERBS
from desktop.core.sport.team_plurals import a_plural_with_the

# A dateline opens one of the first paragraphs: a place in capitals (or in Title Case when a
# region or an agency follows it), an optional ", Region", an optional "(Agency)", then a dash.
_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Za-z.'\u2019]*(?:-[A-Za-z.'\u2019]+)*(?: [A-Z][A-Za-z.'\u2019-]*){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?"
    r"(?P<agency> ?\([^)\n]{1,40}\))?"
    r" ?(?:\u2014|\u2013|--|-) ?(?=\S)"
)
# How many of the first non-empty lines may hold the dateline: a headline and a byline or a date
# line may stand above it. Sample and GVC tune articles: the dateline is never below the third.
DATELINE_LINES = 4
# Names longer than this (in words) are not a title and a name, nor a place's own name.
_MAX_NAME_WORDS = 3

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The label of a work's title: no person, place or body, so no fact.
WORK_TITLE = "WORK_OF_ART"
# The label of a common word capitalised only to open a sentence ("Neighbours said"): no name.
NO_NAME = "NO_NAME"
# The label of a vehicle's make ("her Mercedes SUV"): a product, so no fact.
VEHICLE_MAKE = "PRODUCT"
_QUOTES = "'\"‘’“”`"


def datelines(text: str) -> list[tuple[int, int]]:
    """Offsets of the place names of the article's dateline (the city, then its region if any)."""
    offset, seen = 0, 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        stripped = line.lstrip()
        if not stripped:
            continue
        seen += 1
        if seen > DATELINE_LINES:
            break
        match = _DATELINE.match(stripped)
        if match is None or not _is_dateline(match):
            continue
        base = start + len(line) - len(stripped)
        spans = [(base + match.start("city"), base + match.end("city"))]
        if match.group("region"):
            spans.append((base + match.start("region"), base + match.end("region")))
        return spans
    return []


def _is_dateline(match: re.Match[str]) -> bool:
    city = match.group("city")
    letters = [c for c in city if c.isalpha()]
    shouted = len(letters) >= 3 and all(c.isupper() for c in letters)
    if is_known_place(city):
        return True
    if not shouted:
        # In Title Case only "Pine Bluff, Ark. —": a headline such as "Shooting In Pine Bluff
        # (VIDEO) - KARK" has the shape too, but no region after its first words.
        return bool(match.group("region")) and len(city.split()) <= 2
    # "UPDATE -", "BREAKING -": shouted words, not a place; a place is one a region or an agency
    # follows, or a name no dictionary holds.
    from desktop.core.extraction.truecase import is_dictionary_word

    return bool(match.group("region") or match.group("agency")) or not all(
        is_dictionary_word(w) for w in fold(city).split()
    )


@dataclass(slots=True)
class Evidence:
    """What the occurrences of each name (folded) say about its kind, across both articles."""

    person: set[str] = field(default_factory=set)  # a title before, an age after, a speaker
    located: set[str] = field(default_factory=set)  # "in X", "near X"
    describing: set[str] = field(default_factory=set)  # "a Schenectady man": before a person noun
    datelined: set[str] = field(default_factory=set)
    titled: set[str] = field(default_factory=set)  # "the sequel 'Catching Fire'": a work's title
    made: set[str] = field(default_factory=set)  # "her Mercedes SUV": a vehicle's make
    # "two Lightning ports", or read as a product by the model somewhere: a product's name
    product: set[str] = field(default_factory=set)
    device: set[str] = field(default_factory=set)  # "its Xperia 1 phone": before a device noun
    settled: set[str] = field(default_factory=set)  # "the villages of Tonban and Kalat"
    opening: set[str] = field(default_factory=set)  # "Neighbours said": a first common word
    inside: set[str] = field(default_factory=set)  # written capitalised inside a sentence too
    outlet: set[str] = field(default_factory=set)  # "a channel named Rybar": a news outlet


def person_label(span: Any, label: str) -> str:
    """PERSON for a name right after an honorific or a capitalised title ("Sgt. Whitlow",
    "Det. Ruiz"), or one that opens with an honorific; FAC for a street's name ("N. Main St."),
    whatever the model said; the model's label otherwise."""
    words = [t.text for t in span]
    if len(words) > 1 and fold(words[-1]) in STREET_WORDS and words[0][:1].isupper():
        return "FAC"
    sent_start = sentence_bounds(span.doc, span.start)[0]
    before = span.doc[span.start - 1] if span.start > sent_start else None
    if label == "PERSON" and (_names_a_site(span, before) or a_plural_with_the(span, before)):
        return "ORG"  # "the Kandilli observatory", "The Jets finished 4-13": a site, a team
    if label == "PERSON" and before is not None and before.text == "The":
        # "obtained by The Gazette": a capitalised "The" inside a sentence opens the name of a
        # paper or a body; a person's name never takes it.
        return "ORG" if before.i > sent_start else label
    if label in ("PERSON", "NORP", "EVENT") or len(span) > _MAX_NAME_WORDS + 1:
        return label
    # Counted by spaces, not tokens: "Justice Adeyemi-Holt" is a title and one hyphened surname.
    spaced = span.text.split()
    if (
        len(spaced) == 2
        and fold(spaced[0]) in POST_TITLES_BEFORE_SURNAMES
        and spaced[0][:1].isupper()
        and spaced[1][:1].isupper()
        and fold(spaced[1]) not in NAME_TITLES
        and fold(spaced[1]) not in INSTITUTION_HEADS
    ):
        return "PERSON"  # "Justice Hale", tagged a body: the justice ("Justice Department" aside)
    if fold(words[-1]) in INSTITUTION_HEADS or not all(w[:1].isupper() for w in words):
        return label
    if (
        before is not None
        and before.text[:1].isupper()
        and fold(before.text) in PERSON_TITLES
        and len(span) <= _MAX_NAME_WORDS
    ):
        return "PERSON"
    if fold(words[0]) in HONORIFICS and len(words) > 1 and fold(words[1]) not in NAME_TITLES:
        return "PERSON"
    return label


def _names_a_site(span: Any, before: Any) -> bool:
    """ "the Kandilli observatory": after a lower-case "the", a name before a lower-case noun of a
    site or an institution names that site."""
    doc = span.doc
    if before is None or before.text != "the" or span.end >= sentence_bounds(doc, span.start)[1]:
        return False
    after = doc[span.end]
    return after.is_lower and after.lemma_.lower() in NAMED_SITE_NOUNS


def only_titles(text: str) -> bool:
    """ "Sgt", "Lt.", "Police Chief", "Fire Marshal": words of rank or office with no name after
    them. The words an office is built from ("fire", "county", "district") name no one either when
    a rank goes with them: "the state's Fire Marshal's office" is an office, and its holder is
    "Fire Marshal John Bond", named by the words that are neither."""
    words = fold(text).split()
    ranks = [w in NAME_TITLES or w in PERSON_TITLES for w in words]
    return any(ranks) and all(
        r or w in OFFICE_TITLE_WORDS for r, w in zip(ranks, words, strict=True)
    )


def gather(span: Any, label: str, evidence: Evidence) -> None:
    """Note what this occurrence of a name says about its kind."""
    name = fold(span.text)
    doc = span.doc
    sent_start = sentence_bounds(doc, span.start)[0]
    before = doc[span.start - 1] if span.start > sent_start else None
    if (before is not None and before.lower_ in LOCATING_WORDS) or _located(span):
        evidence.located.add(name)
    if names_a_settlement(span):
        evidence.settled.add(name)
    if in_apposition_to_person(span):
        evidence.person.add(name)  # "his wife, Celeste,": a person
    if lives_a_life(span):
        evidence.person.add(name)  # "Bettie Page has died": a person
    if len(span) == 1:
        if opens_as_common_word(span):
            evidence.opening.add(name)
        if written_capitalised_inside(span):
            evidence.inside.add(name)
    if before is not None and before.text[:1].isupper() and fold(before.text) in PERSON_TITLES:
        evidence.person.add(name)
    lead = doc[max(sent_start, span.start - 3) : span.start].text.lower().replace(" ", "")
    if lead.endswith(("year-old", "yearold", "years-old", "yearsold")):
        evidence.person.add(name)  # "62-year-old Earnest Fells": an age
    after = doc[span.end : span.end + 3]
    if (
        len(after) == 3
        and after[0].text == ","
        and re.fullmatch(r"\d{1,3}", after[1].text)
        and after[2].text in (",", ".")
    ):
        evidence.person.add(name)  # "Hilton, 41, said": an age
    if label in _PLACE_LABELS and _speaks(span) and (len(span) > 1 or _a_speaking_surname(span)):
        evidence.person.add(name)  # a place that is no gazetteer's and says things
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.tag_ == "NN" and following.lemma_ in DESCRIPTION_NOUNS:
        evidence.describing.add(name)  # "a Schenectady man", "the Queens woman"
    if (
        following is not None
        and following.lower_ in VEHICLE_NOUNS
        and before is not None
        and before.pos_ in ("DET", "PRON", "ADJ")
    ):
        evidence.made.add(name)  # "her Mercedes SUV", "a white Lincoln sedan": a make
    _note_made_things(span, name, evidence)


def _note_made_things(span: Any, name: str, evidence: Evidence) -> None:
    """Names of things made, not of people: a device's, an outlet's."""
    if before_a_device(span):
        evidence.product.add(name)  # "two Lightning ports", "a Lightning 400 port"
        evidence.device.add(name)
    if names_an_outlet(span):
        evidence.outlet.add(name)  # "a pro-war channel named Rybar"
    if names_a_prize(span):
        evidence.titled.add(name)  # "won an Oscar": a prize, as a work's title is no name


def _a_speaking_surname(span: Any) -> bool:
    """ "Bratton said": one capitalised word, not an acronym ("IRNA reported" is a body), the
    subject of a saying, that the gazetteer knows as no place (vote_kind checks that)."""
    word = span[0].text
    return word[:1].isupper() and not word.isupper() and span[0].pos_ == "PROPN"


def _located(span: Any) -> bool:
    """The object of "in", "near"... or joined to one: "in Christchurch and Dunedin"."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in LOCATING_WORDS


def _speaks(span: Any) -> bool:
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in REPORTING_VERBS


def vote_kind(name: str, counter: Counter[str], evidence: Evidence, people: set[str]) -> str | None:
    """The label the rules above give a name (folded), or None to leave it to the majority.

    ``people`` holds the multi-word names already voted persons, for their surnames.
    """
    words = name.split()
    majority = max(counter.items(), key=lambda kv: kv[1])[0] if counter else ""
    if name in evidence.datelined:
        return "GPE"
    if (work := _work_or_outlet(name, evidence)) is not None:
        return work
    if (name in evidence.made and name not in evidence.located) or _a_product(
        name, majority, evidence
    ):
        return VEHICLE_MAKE  # "her Mercedes SUV" and never "in Mercedes": a product, no place
    institution = bool(words) and words[-1] in INSTITUTION_HEADS
    known_place = is_known_place(name)
    if (
        name in evidence.person
        and 1 < len(words) <= _MAX_NAME_WORDS
        and not known_place
        and not institution
        and words[0] not in PLACE_NAME_HEADS
    ):
        return "PERSON"
    if name in evidence.settled and name not in evidence.person and not institution:
        return "GPE"  # "the villages of Tonban and Kalat": villages, whatever the model said
    if (
        len(words) == 2
        and not (known_place or institution)
        and words[0] not in PLACE_NAME_HEADS
        and name not in evidence.located
        and any(p.split()[0] == words[0] for p in people)
    ):
        # "Hugh Castillo" beside "Hugh Jackman": a given name the articles give a person, and
        # one more name after it, is a person's full name, whatever the tagger took it for.
        return "PERSON"
    if (
        len(words) == 1
        and name not in evidence.located
        and any(p.split()[-1] == name for p in people)
    ):
        return "PERSON"  # "Hilton" after "Paris Hilton"; "Jackson" after "Senquez Jackson"
    if (
        name in evidence.opening
        and name not in evidence.inside | evidence.person | evidence.located
        and not known_place
        and majority != "PERSON"
    ):
        # "Neighbours said": a common word that opens a sentence, read as a body. One read as a
        # person is left be: "Page was born in 1923" may open every sentence naming her.
        return NO_NAME
    if len(words) == 1 and name in evidence.person and not (known_place or institution):
        # "the death of Kafoury, 63, and the shootings of Riva, 47": a surname with an age or a
        # title, read as a body or a place no gazetteer knows.
        return "PERSON"
    if institution:
        return None
    if words and words[0] in PLACE_NAME_HEADS and 1 < len(words) <= _MAX_NAME_WORDS:
        return "GPE"
    if known_place and name in evidence.located:
        return "GPE"  # "in Christchurch and Dunedin": a place the gazetteer knows, on the map
    if known_place and name in evidence.describing and name not in evidence.person:
        return "GPE"  # "a Schenectady man": where he is from
    if majority == "ORG" and known_place:
        return "GPE"
    return None


def _work_or_outlet(name: str, evidence: Evidence) -> str | None:
    if name in evidence.titled:
        return WORK_TITLE  # quoted as a work's title somewhere: no name anywhere
    if name in evidence.outlet and name not in evidence.person:
        return "ORG"  # "a pro-war channel named Rybar": the outlet, no one's name
    return None


def _a_product(name: str, majority: str, evidence: Evidence) -> bool:
    """ "two Lightning ports" / "charges over Lightning": a product the model read as a person, with
    nothing a person has (a title, an age, a life). A body's name before its product ("Intel chips")
    is read as a body and stays one. A name the model read as a place no gazetteer knows is a
    product too when it stands before the device it names ("Sony's new Xperia 1 phone"): a town has
    no phone of its own. (The model's own product tag alone leaves a place a place: it tags roads
    so, "I-95".)"""
    if name not in evidence.product or name in evidence.person:
        return False
    if majority in _PLACE_LABELS:
        return name in evidence.device and not is_known_place(name)
    return majority == "PERSON"


def multiword_people(votes: dict[str, str]) -> set[str]:
    return {name for name, label in votes.items() if label == "PERSON" and " " in name}


# A clock time with its half of the day, written with a colon or a British full stop.
_CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d\d\s*[ap]\.?m\.?", re.I)


def corrected_label(text: str, label: str) -> str:
    """The model's cheap slips, by the last word of the name: a social network or an
    international body ("UN", "NATO") is an organisation, never a person or a place; so is a
    name ending in an institution's or a firm's word ("Dallas Fire Department", "Gordon
    Advisers"); a name ending in a building's word is a building ("Maid Building", "Valley
    Hotel"), never a person; one ending in a landform's word is a place ("Snoqualmie Pass")."""
    if _CLOCK_TIME.fullmatch(text.strip()):
        return "TIME"  # "8.40pm": a British clock time, never money nor a name
    folded = fold(text)
    if folded in SERVICES or (label in ("GPE", "LOC") and folded in INTERNATIONAL_BODIES):
        return "ORG"
    if folded in FAITH_WORDS or folded in PARTY_NAMES:
        return "NORP"  # "GOP", tagged an organisation, names the Republicans as "Republican" does
    words = folded.split()
    if label not in ("PERSON", "ORG", "GPE", "LOC", "FAC") or len(words) < 2:
        return label
    if (words[0] in STORM_NAME_HEADS or " ".join(words[:2]) in STORM_NAME_HEADS) and label != "ORG":
        return "EVENT"  # "Typhoon Haiyan": the storm, no one's name
    if words[-1] in INSTITUTION_HEADS or words[-1] in BUSINESS_HEADS:
        return "ORG"
    if label == "PERSON" and words[-1] in FACILITY_HEADS:
        return "FAC"
    if label in ("PERSON", "ORG") and words[-1] in LANDFORM_TAILS:
        return "LOC"  # "Snoqualmie Pass": a mountain pass, no one's name
    if label == "PERSON" and words[-1] in SETTLEMENT_TAILS:
        return "GPE"  # "the Matanuska Colony": the settlers' colony, no one's name
    return label


def no_name(span: Any, label: str) -> bool:
    """A span the model read as a name where a copy editor reads none: the first noun of a lead
    set in capitals, an adjective before a noun, the initialism of a common noun ("8GB of RAM",
    "placed on IR"), an e-mail or web address ("tips@riverpolice.org", "KDKA.com"): where to
    write or read, never a person or a place."""
    if _WEB_ADDRESS.search(span.text) or _a_thing_named_after_someone(span):
        return True
    if len(span) != 1 or label not in ("PERSON", "ORG"):
        return False
    doc, token = span.doc, span[0]
    after = doc[span.end] if span.end < len(doc) else None
    if (
        token.is_upper
        and len(token) >= 3
        and span.start == span.sent.start + 1
        and doc[span.start - 1].lower_ in ("a", "an", "the")
        and token.tag_ == "NN"
        and after is not None
        and after.pos_ in ("VERB", "AUX")
    ):
        # "A FIRE has badly damaged ...": a lead set in capitals, its subject a common noun to
        # the tagger; "The FBI said" and "A NATO spokesman" keep their names.
        return True
    if _an_abbreviated_common_noun(span, after) or _a_common_initialism(token):
        return True
    return label == "PERSON" and token.pos_ == "ADJ" and after is not None and after.pos_ == "NOUN"


def _a_thing_named_after_someone(span: Any) -> bool:
    """ "threw Molotov cocktails", "used a Taser": a thing's name, not anyone's (eponyms.py)."""
    doc = span.doc
    after = doc[span.end].text if span.end < len(doc) else None
    return len(span) == 1 and names_a_thing(span[0].text, after)


def _an_abbreviated_common_noun(span: Any, after: Any) -> bool:
    """ "returned the interception for a TD.", "was charged with a DUI": letters after "a" or
    "an" that end their noun phrase are a common noun abbreviated; a body's name takes no
    indefinite article unless it qualifies the noun after it ("a NATO spokesman")."""
    token = span[0]
    if not (token.is_upper and token.is_alpha and 2 <= len(token) <= _ABBREVIATION_LETTERS):
        return False
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("a", "an"):
        return False
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _a_common_initialism(token: Any) -> bool:
    """ "8GB of RAM", "placed on IR", "two CPUs": the capitals of a common noun, in the
    singular or with a plural's small "s", wherever they stand."""
    letters = token.text.removesuffix("s")
    return letters.isupper() and letters.isalpha() and letters.lower() in COMMON_NOUN_INITIALISMS


# The longest abbreviation of a common noun read as one ("TD", "DUI", "MRI", "IPO", "SUV").
_ABBREVIATION_LETTERS = 4


_WEB_ADDRESS = re.compile(r"@|\.(?:com|org|net|gov|edu)\b", re.IGNORECASE)


def note_title(ent: Any, evidence: Evidence, text: str) -> None:
    """ "the sequel 'Catching Fire'", 'her talk show "Ellen,"': words in quotes right after the
    noun for a work are the work's title, whatever the model tagged them as. ``text``: the
    shown text (a Doc rebuilds its own text from every token on each call: on a long article,
    once per name, that was most of the comparison's time)."""
    inner = ent.text.strip(_QUOTES + ",. \n\t")
    start = ent.start_char + ent.text.find(inner)
    end = start + len(inner)
    before = text[max(0, start - 40) : start].rstrip()
    closing = text[end : end + 2].lstrip(",.")
    if not inner or before[-1:] not in _QUOTES or closing[:1] not in _QUOTES:
        return
    words = before[:-1].split()
    if words and fold(words[-1]) in WORK_NOUNS:
        evidence.titled.add(fold(inner))
