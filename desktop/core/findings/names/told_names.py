"""Names the other article gives in another form, so that no yellow mark says it does not.

A yellow mark says: the other article does not report this fact anywhere. A name is reported all
the same when the other side writes it

* as the common noun it is: a capital letter at the head of a sentence or in a headline set in
  title case is no evidence of a name ("Riot breaks out" / "the riot"), nor is an institution
  named by its common noun ("in Parliament" / "stormed parliament");
* in full, where this side's parser cut it short ("Hawaiian" of "Hawaiian Gardens");
* in its plural, as awards, statistics and teams are ("Oscar" / "the Oscars", "RBI" / "RBIs");
* by its initials, or in full where this side gives the initials ("DWI" / "driving while
  intoxicated", "Texas Department of Criminal Justice" / "TDCJ");
* in a coordination that shares the head ("Interior Department" / "the interior and commerce
  departments"), and, for two names joined into one span ("Nationals and Orioles"), each name;
* without the city it is named with ("Baltimore Orioles" / "the Orioles");
* with a word of its name shortened or spelled out ("St. Louis" / "Saint Louis");
* with each word cut to its head, or the heads joined in a blend ("Mat-Maid" / "Matanuska
  Maid", "LiLo" / "Lindsay Lohan": ``told_word_heads``);
* for a team or a firm, by the head of its one-word name ("Trailblazers" / "Blazers", "76ers"
  / "Sixers": ``told_compound_heads``);
* with the nickname the person goes by, or the full name around it ("Luis Gerardo (Jerry)
  Ortiz" / "Jerry Ortiz": ``told_nicknames``);
* for a natural feature, by its head with "the" ("the Persian Gulf" / "the Gulf":
  ``told_feature_heads``);
* for a city, by its settled epithet ("the Windy City" / "Chicago": ``told_city_epithets``);
* by the familiar form of the given name, or the full name of a familiar form ("William
  Calloway" / "Bill Calloway": ``told_familiar_names``);
* for a person, by the given name alone where no one else bears it ("Marco Teixeira" /
  "Marco": ``told_given_names``);
* with a body's field on the other side of its head ("Central Commission for Elections" /
  "Central Election Commission": ``told_order``);
* with a slip of the pen inside a long word ("Ethopian" / "Ethiopian": ``told_slips``);
* for a state or a country, by a place inside it ("Dayton, Ohio" / "in Dayton"): the other
  article gives the place at a finer precision. The finer place stays the one side's alone,
  but where the sentence telling the same thing names only its state or country ("born in
  Nashville, Tennessee" / "born in Tennessee": ``told_places``, called from one_sided.py).
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import (
    NO_WORD_BEFORE,
    WORD_BOUNDARY,
    ascii_lowered,
    iter_after,
    search_after,
)
from desktop.core.findings.alignment.statement_partners import statement_partners
from desktop.core.findings.bookkeeping.sentence_facts import person_facts
from desktop.core.findings.names.city_services import (
    city_told_by_its_department,
    department_told_by_its_city,
)
from desktop.core.findings.names.told_by_name import name_written
from desktop.core.findings.names.told_city_epithets import (
    city_epithet_told,
    city_told_by_its_epithet,
)
from desktop.core.findings.names.told_compound_heads import compound_head_told
from desktop.core.findings.names.told_familiar_names import familiar_name_told
from desktop.core.findings.names.told_feature_heads import feature_told_by_its_head
from desktop.core.findings.names.told_forms import surname_told, told_in_another_form
from desktop.core.findings.names.told_given_names import given_name_told
from desktop.core.findings.names.told_letters import told_in_other_letters
from desktop.core.findings.names.told_nicknames import nickname_told
from desktop.core.findings.names.told_order import field_in_other_order
from desktop.core.findings.names.told_slips import slip_of_the_pen
from desktop.core.findings.names.told_word_heads import word_heads_told
from desktop.core.findings.quoting.told_joint_speakers import joint_speaker_told
from desktop.core.findings.sport.told_clubs import club_told_by_its_town
from desktop.core.lexicon import (
    ENGLISH_FUNCTION_WORDS,
    INSTITUTION_HEADS,
    INSTITUTION_NOUNS,
    NAME_ABBREVIATIONS,
    STREET_WORDS,
)
from desktop.core.lexicon.name_heads import NAMED_SITE_NOUNS
from desktop.core.locations.places import is_known_place, within
from desktop.core.model import MentionType
from desktop.core.naming.names import acronym, bare_name, fold

_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
_FILLERS = r"(?:of|and|the|for|&|on|at|in)"


def name_told_otherwise(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The other article writes this name in another form (see the module's list)."""
    if nickname_told(fact, mine, theirs) or word_heads_told(fact, mine, theirs):
        return True  # "Mat-Maid" / "Matanuska Maid", "LiLo" / "Lindsay Lohan"
    if compound_head_told(fact, theirs):
        return True  # "Portland Trailblazers" / "Blazers", "76ers" / "Sixers"
    if fact.type is MentionType.PERSON:
        # A person's name is no set of initials; its plural only where no person bears it there
        # ("Oscar" typed a person / "the Oscars", but "Adam" / "John Adams").
        return (
            _cut_short(fact, mine, theirs)
            or _common_noun(fact, mine, theirs)
            or _plural(fact, theirs, people=False)
            or surname_told(fact, theirs)
            or joint_speaker_told(fact, theirs)  # "Grant and Condon said"
            or told_in_other_letters(fact, theirs)
            or slip_of_the_pen(fact, theirs)  # a place typed a person here
            or familiar_name_told(fact, theirs)  # "William Calloway" / "Bill Calloway"
            or given_name_told(fact, mine, theirs)  # "Marco Teixeira" / "It was Marco who"
        )
    return (
        _common_noun(fact, mine, theirs)
        or department_told_by_its_city(fact, theirs)  # "LAPD" / "Los Angeles police"
        or city_told_by_its_department(fact, theirs)
        or _cut_short(fact, mine, theirs)
        or _plural(fact, theirs)
        or _by_initials(fact, theirs)
        or _in_full(fact, theirs)
        or _coordinated(fact, theirs)
        or (fact.type is MentionType.ORGANISATION and _without_its_place(fact, theirs))
        or club_told_by_its_town(fact, theirs)  # "FC Barcelona" / "Barcelona said"
        or city_epithet_told(fact, theirs)  # "the Windy City" / "Chicago"
        or city_told_by_its_epithet(fact, theirs)  # "Philadelphia" / "Northeast Philly"
        or _without_its_kind(fact, theirs)
        or _joined(fact, mine, theirs)
        or (fact.type is MentionType.PLACE and _holds_their_place(fact, theirs))
        or feature_told_by_its_head(fact, theirs)  # "the Persian Gulf" / "the Gulf"
        or _abbreviated(fact, theirs)
        or told_in_another_form(fact, mine, theirs)
        or field_in_other_order(fact, theirs.document.text)
        or slip_of_the_pen(fact, theirs)
        or told_in_other_letters(fact, theirs)
    )


def _common_noun(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """One capitalised word the other article writes in lower case ("riot", "vigils"), where
    its capital says nothing: at the head of a sentence, after a colon, in a title-case
    headline, or on an institution a country has one of, named by its common noun ("in
    Parliament", lexicon INSTITUTION_NOUNS). A word the article also capitalises inside a
    sentence is a name ("Bush said", "President Bush"; "Labour" the party, not "labour")."""
    word = bare_name(fact.text)
    if not re.fullmatch(r"[A-Z][a-z]{2,}", word):
        return False
    text = mine.document.text
    institution = fact.type is MentionType.ORGANISATION and word.lower() in INSTITUTION_NOUNS
    lower = word.lower()
    if lower.removesuffix("s") not in _lowered(theirs):
        return False  # a cheap look before reading every place the word stands here
    # Each word searched by its letters, the word boundary before it checked where it stands.
    if not institution and not all(
        _capital_says_nothing(m.start(), text)
        for m in iter_after(WORD_BOUNDARY, compiled(rf"{word}\b"), text)
    ):
        return False  # "Bush said" and "President Bush": a name wherever it stands
    forms = {lower, lower + "s", lower + "es", lower.removesuffix("s")}
    pattern = compiled(r"(?:" + "|".join(map(re.escape, sorted(forms))) + r")\b")
    return search_after(WORD_BOUNDARY, pattern, theirs.document.text) is not None


def _capital_says_nothing(start: int, text: str) -> bool:
    """The word opens its sentence or line (quotes and dashes aside), follows a colon, or stands
    in a line where every longer word is capitalised (a headline in title case)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    opening = re.search(r"(^|[.!?:]\s)[\s\"'“‘(—–-]*$", before)
    if opening is not None:
        return True
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    longer = re.findall(r"[A-Za-z][\w'’-]{4,}", line)  # "with", "from" stay small in titles
    return len(longer) >= 3 and all(w[0].isupper() for w in longer)


def _cut_short(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The name with the capitalised words around it in this article ("Hawaiian" + "Gardens")
    is a name the other article writes in full: the parser cut the name short here."""
    text = mine.document.text
    before = re.search(r"(?:[A-Z][\w'’.-]*\s+)+$", text[max(0, fact.start - 60) : fact.start])
    after = re.match(r"(?:\s+[A-Z][\w'’.-]*)+", text[fact.end : fact.end + 60])
    pre = before.group(0) if before else ""
    post = after.group(0) if after else ""
    candidates = {pre + fact.text + post, fact.text + post, pre + fact.text}
    for words in candidates:
        words = bare_name(words.rstrip("."))
        if len(words.split()) < 2 or words == bare_name(fact.text):
            continue
        pattern = compiled(re.escape(words).replace(r"\ ", r"\s+") + r"(?!\w)")
        if search_after(NO_WORD_BEFORE, pattern, theirs.document.text):
            return True
    return False


def _plural(fact: Fact, theirs: Analysis, *, people: bool = True) -> bool:
    """ "Oscar" / "the Oscars", "RBI" / "RBIs", "Democrats" / "Democrat": the same word with
    or without a plural ending, with the same capitals. ``people``: False when that word may
    not stand in a person's name there."""
    word = bare_name(fact.text)
    if not re.fullmatch(r"[A-Z][\w]{2,}", word):
        return False
    other = word[:-1] if word.endswith("s") else word + "s"
    pattern = compiled(re.escape(other) + r"(?![\w])")
    for match in iter_after(NO_WORD_BEFORE, pattern, theirs.document.text):
        # The persons are read only where the other form stands, from a list made once.
        if people or not any(f.start <= match.start() < f.end for f in person_facts(theirs)):
            return True
    return False


def _by_initials(fact: Fact, theirs: Analysis) -> bool:
    """ "NYPD" where the other side writes "New York Police Department", "D.A." / "District
    Attorney", "NDOC" / "Northland Department of Corrections": each letter opens one word of a
    name, a capitalised word or a small one ("of", "and"), and small words may go without a
    letter. Runs of lower-case words do not count: some three common words have any three
    initials."""
    letters = bare_name(fact.text)
    if not re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{3,}", letters):
        return False
    letters = letters.replace(".", "")
    words = [_initial_word(c, inner=0 < i < len(letters) - 1) for i, c in enumerate(letters)]
    pattern = compiled(words[0] + "".join(rf"(?:\s+{_FILLERS})?\s+{w}" for w in words[1:]) + r"\b")
    return search_after(WORD_BOUNDARY, pattern, theirs.document.text) is not None


def initials_in_partner(
    fact: Fact, mine: Analysis, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """ "charged with DWI" / "charged with ... driving while intoxicated": initials spelled out in
    lower case, inside the sentence shown as one statement with this one. Only there: across a
    whole article some three common words have any three initials. Two letters ("assistant GM"
    / "assistant general manager") meet two words by chance in any long sentence ("US" / "used
    some"), so they count only in the same place: two words side by side, after the word the
    initials follow here."""
    letters = bare_name(fact.text)
    if fact.type is MentionType.PERSON or not re.fullmatch(r"[A-Z]{2,}", letters):
        return False
    words = [rf"{c}[\w'’-]{{2,}}" for c in letters]
    if len(letters) > 2:
        pattern = compiled(
            r"\b" + words[0] + "".join(rf"(?:\s+{_FILLERS})?\s+{w}" for w in words[1:]) + r"\b",
            re.I,
        )
    else:
        before = re.search(
            r"\b([A-Za-z]{3,})\s+$", mine.document.text[max(0, fact.start - 30) : fact.start]
        )
        if before is None or before.group(1).lower() in ENGLISH_FUNCTION_WORDS:
            return False
        pattern = re.compile(rf"\b{re.escape(before.group(1))}\s+{words[0]}\s+{words[1]}\b", re.I)
    text = theirs.document.text
    for sentence in statement_partners(fact, theirs, partners):
        if pattern.search(text, sentence.start, sentence.end) is not None:
            return True
    return False


def _initial_word(letter: str, *, inner: bool) -> str:
    """A word the letter may stand for: capitalised, or inside the name a small word."""
    small = [w for w in _SMALL_WORDS if w[0] == letter.lower()] if inner else []
    return "(?:" + "|".join([rf"{letter}[\w'’-]{{2,}}", *small]) + ")"


_SMALL_WORDS = ("of", "and", "for", "on", "at", "in", "the")


def _in_full(fact: Fact, theirs: Analysis) -> bool:
    """ "Texas Department of Criminal Justice" where the other side writes "TDCJ", "Northland
    Department of Corrections" / "NDOC": the initials of three words or more, in capitals, with
    or without the small words."""
    words = bare_name(fact.text).split()
    if len(words) < 2:
        return False
    options = {acronym(fact.text).upper(), "".join(w[0] for w in words).upper()}
    text = theirs.document.text
    return any(
        len(initials) >= 3
        and re.fullmatch(r"[A-Z]+", initials) is not None  # "(PPPT": no initials of a name
        and initials in text  # a cheap look before the word-bounded search
        and re.search(rf"\b{initials}\b", text) is not None
        for initials in options
    )


def _without_its_place(fact: Fact, theirs: Analysis) -> bool:
    """ "Baltimore Orioles" where the other side writes "the Orioles": a team or body named with
    its city is named without it once the city goes without saying. Not when what is left is a
    kind of body ("Harwick Police", "Washington Post"): any town has one."""
    words = bare_name(fact.text).split()
    for cut in (1, 2):
        rest = words[cut:]
        if not rest or not is_known_place(" ".join(words[:cut])):
            continue
        if any(fold(w) in INSTITUTION_HEADS for w in rest):
            return False
        pattern = compiled(r"\s+".join(map(re.escape, rest)) + r"(?!\w)")
        if search_after(NO_WORD_BEFORE, pattern, theirs.document.text):
            return True
    return False


_KINDS_OF_SITE = NAMED_SITE_NOUNS | STREET_WORDS


def _without_its_kind(fact: Fact, theirs: Analysis) -> bool:
    """ "Roosevelt Gardens Apartments" where the other side writes "an apartment at Roosevelt
    Gardens", "Live Oak Boulevard" where it writes "the Live Oak entrance": a site or a street
    named by its name proper with its kind after it is the same one once the kind goes without
    saying. What is left must be a name of its own, written whole
    there: two words or more, or one word that names no place ("the Washington Hospital" / "in
    Washington" is a hospital in a city, not the city)."""
    words = bare_name(fact.text).split()
    if len(words) < 2 or words[-1].lower().rstrip(".") not in _KINDS_OF_SITE:
        return False
    rest = words[:-1]
    if len(rest) == 1 and (is_known_place(rest[0]) or not rest[0][:1].isupper()):
        return False
    # The rest must stand as a whole name there: "Roosevelt" of "Roosevelt Gardens" is not the
    # "Roosevelt" of "the Roosevelt Mall".
    pattern = compiled(r"\s+".join(map(re.escape, rest)) + r"(?!\w)(?!\s+[A-Z])")
    return search_after(NO_WORD_BEFORE, pattern, theirs.document.text) is not None


def _coordinated(fact: Fact, theirs: Analysis) -> bool:
    """ "Interior Department" where the other side writes "the interior and commerce
    departments" or "Commerce and Interior departments": the name's words coordinated with
    another under the institution's head, in the plural."""
    words = bare_name(fact.text).split()
    if len(words) < 2 or fold(words[-1]) not in INSTITUTION_HEADS:
        return False
    if words[0].lower() not in _lowered(theirs):
        return False  # the pattern below starts anywhere: a cheap look first
    qualifier = r"\s+".join(map(re.escape, words[:-1]))
    head = words[-1]
    forms = {re.escape(head), re.escape(head) + "s"}
    if head.endswith("y"):
        forms.add(re.escape(head[:-1]) + "ies")  # "ministry" / "ministries"
    heads = "|".join(sorted(forms))
    text = theirs.document.text
    # Either way round, the qualifier stands next to "and": a look for that alone first, as the
    # whole pattern opens with any word and is tried at each one.
    if not _next_to_and(text, words[0], qualifier, heads):
        return False
    other = r"[\w-]+(?:\s+[\w-]+)?"
    pattern = re.compile(
        rf"\b(?:{qualifier}\s+(?:and|&)\s+{other}|{other}\s+(?:and|&)\s+{qualifier})\s+"
        rf"(?:{heads})\b",
        re.I,
    )
    return pattern.search(text) is not None


def _next_to_and(text: str, first: str, qualifier: str, heads: str) -> bool:
    r"""Whether ``rf"\b{qualifier}\s+(?:and|&)\s|\s(?:and|&)\s+{qualifier}\s+(?:{heads})\b"``
    matches ``text`` case-blind. That pattern is tried at every character (some 2 ms on a long
    article); both its ways open the qualifier where its first word ``first`` stands, so those
    places are found in the lower-cased text and each way is tried there alone."""
    lowered = ascii_lowered(text) if first.isascii() else None
    if lowered is None:
        near = rf"\b{qualifier}\s+(?:and|&)\s|\s(?:and|&)\s+{qualifier}\s+(?:{heads})\b"
        return compiled(near, re.I).search(text) is not None
    before_and = compiled(rf"{qualifier}\s+(?:and|&)\s", re.I)
    after_and = compiled(rf"{qualifier}\s+(?:{heads})\b", re.I)
    key, pos = first.lower(), 0
    while (at := lowered.find(key, pos)) != -1:
        pos = at + 1
        if WORD_BOUNDARY.match(text, at) is not None and before_and.match(text, at) is not None:
            return True
        if after_and.match(text, at) is not None and _and_ends_before(lowered, at):
            return True
    return False


def _and_ends_before(lowered: str, at: int) -> bool:
    r"""``\s(?:and|&)\s+`` ends at ``at`` (in the lower-cased text)."""
    start = at
    while start > 0 and lowered[start - 1].isspace():
        start -= 1
    if start == at:
        return False
    return any(
        start - len(joint) >= 1
        and lowered[start - len(joint) : start] == joint
        and lowered[start - len(joint) - 1].isspace()
        for joint in ("and", "&")
    )


def _joined(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """Two names the parser joined into one span ("Nationals and Orioles"): told when the other
    side writes each of them."""
    parts = re.split(r"\s+(?:and|&)\s+", bare_name(fact.text))
    if len(parts) != 2 or not all(_CAPITALISED.fullmatch(p.split()[0]) for p in parts if p):
        return False
    offset = fact.start
    for part in parts:
        at = mine.document.text.find(part, offset)
        piece = Fact(at, at + len(part), part, fact.type, fact.label, fact.sentence)
        if not (name_written(piece, theirs) or _plural(piece, theirs)):
            return False
        offset = at + len(part)
    return True


def _holds_their_place(fact: Fact, theirs: Analysis) -> bool:
    """The other article names a place inside this one ("Dayton" inside "Ohio"), by the
    gazetteer (core/locations/places.py)."""
    places = theirs.derived("told_names.place_texts", _place_texts)
    return any(within(place, fact.text) for place in places)


def _place_texts(analysis: Analysis) -> set[str]:
    """The article's places as written (a fact's text and type never change after ``analyse``)."""
    return {f.text for f in analysis.facts if f.type is MentionType.PLACE}


def _abbreviated(fact: Fact, theirs: Analysis) -> bool:
    """ "Saint Louis" where the other side writes "St. Louis", and the other way round."""
    short = {full.lower(): abbr for abbr, full in NAME_ABBREVIATIONS.items()}
    words = fact.text.split()
    for i, word in enumerate(words):
        bare = word.rstrip(".").lower()
        if bare in NAME_ABBREVIATIONS:
            other = NAME_ABBREVIATIONS[bare]
        elif bare in short:
            other = short[bare].capitalize() + "."
        else:
            continue
        text = " ".join([*words[:i], other, *words[i + 1 :]])
        if name_written(
            Fact(fact.start, fact.end, text, fact.type, fact.label, fact.sentence), theirs
        ):
            return True
    return False


def _lowered(analysis: Analysis) -> str:
    """The article's text in lower case, made once: names are looked up in it one by one."""
    return analysis.derived("told_names.lowered", lambda a: a.document.text.lower())
