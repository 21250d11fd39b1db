"""The core's data: immutable records passed from the engine to the CLI, the window and the
exporters.

Every offset is a character offset into the ``text`` of the document on that side. Nothing here
holds a spaCy or Qt object, so the records can be pickled across threads, written to JSON and
compared in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


class FindingKind(StrEnum):
    AGREE = "agree"
    CONFLICT = "conflict"
    LEFT_ONLY = "left_only"
    RIGHT_ONLY = "right_only"

    @staticmethod
    def only(side: Side) -> FindingKind:
        return FindingKind.LEFT_ONLY if side is Side.LEFT else FindingKind.RIGHT_ONLY


class ReviewStatus(StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    DISMISSED = "dismissed"


class MentionType(StrEnum):
    """What a highlighted span names. The values are the report's ``type`` strings."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    NATIONALITY = "nationality"
    DATE = "date"
    TIME = "time"
    NUMBER = "number"
    QUANTITY = "quantity"
    MONEY = "money"
    PERCENT = "percent"
    EVENT = "event"
    QUOTE = "quote"
    STATEMENT = "statement"
    OTHER = "other"

    @property
    def is_name(self) -> bool:
        """Who or what is named: a person, organisation, place, nationality or named event."""
        return self in _NAME_TYPES

    @property
    def is_value(self) -> bool:
        """A figure compared by its amount: a count, quantity, sum of money or percentage."""
        return self in _VALUE_TYPES


# The one place that says which types are names and which are values (dates and times are neither:
# they are compared as points in time, quotes and statements as wording).
_NAME_TYPES = frozenset(
    {
        MentionType.PERSON,
        MentionType.ORGANISATION,
        MentionType.PLACE,
        MentionType.NATIONALITY,
        MentionType.EVENT,
    }
)
_VALUE_TYPES = frozenset(
    {MentionType.NUMBER, MentionType.QUANTITY, MentionType.MONEY, MentionType.PERCENT}
)


@dataclass(frozen=True, slots=True)
class TextRange:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad range {self.start}..{self.end}")

    def overlaps(self, other: TextRange) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted stretch of one document, with the text it covers (for readers of the JSON)."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    @property
    def range(self) -> TextRange:
        return TextRange(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Document:
    """An article as read from disk: metadata kept apart from the normalised body text.

    ``text`` is the string the user sees and every offset refers to. It holds the headline (when the
    source had one) followed by the body; datelines, bylines and web boilerplate are removed.
    """

    source: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when it could be read, else None
    byline: str | None = None
    format: str = "txt"
    sha256: str | None = None  # of the source file's bytes, to notice later changes
    encoding: str | None = None
    # Words of the source after ``text`` ends that were not compared: a very long article is cut
    # (compare.compared_part) and the window shows only the compared part, saying how much is
    # left out. Zero for a whole article.
    omitted_words: int = 0

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity or value found in one document, with its normalised reading."""

    start: int
    end: int
    text: str
    type: MentionType
    value: str  # canonical name, ISO date, or number/range as text ("5000", "45-55", ">=50")
    entity: str  # per-document cluster id: mentions of the same person share it
    label: str = ""  # the pipeline's own label (PERSON, GPE...), for the curious
    # What the text says about the entity besides its name: ("title", "Major"), ("age", "47").
    attributes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    attribution: str | None = None  # "according to X", "X said": who the sentence relies on
    hedged: bool = False  # "unconfirmed", "reportedly", "claims"...


@dataclass(frozen=True, slots=True)
class AnalysedDocument:
    """A document plus what the engine read in it."""

    side: Side
    document: Document
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One fact compared across the two articles.

    ``kind`` is the verdict, ``type`` what sort of fact it is (a ``MentionType`` value). ``left``
    and ``right`` hold the spans on each side (empty on the side that lacks the fact). ``status``
    and ``note`` are the journalist's review; ``origin`` is "engine" or "user" (a link the tool
    missed).
    """

    id: str
    kind: FindingKind
    type: MentionType
    left: tuple[Span, ...]
    right: tuple[Span, ...]
    reason: str
    confidence: float
    status: ReviewStatus = ReviewStatus.OPEN
    note: str = ""
    origin: str = "engine"
    # False for an agreement that lies inside a passage both articles reprint (the same agency
    # copy): one source printed twice, not two sources confirming each other.
    independent: bool = True
    # The id of the person card (``Report.people``) a finding about a person belongs to.
    person: str | None = None

    def spans(self, side: Side) -> tuple[Span, ...]:
        return self.left if side is Side.LEFT else self.right

    @property
    def is_statement(self) -> bool:
        """A whole sentence or clause, as opposed to a fact (name, figure, date, quote)."""
        return self.type is MentionType.STATEMENT


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Two sentences (or runs of sentences) that tell the same thing, with a 0..1 score."""

    left: TextRange
    right: TextRange
    score: float


class NoticeCode(StrEnum):
    """Something about the pair as a whole that the journalist must know before the verdicts."""

    DIFFERENT_EVENTS = "different_events"  # the articles describe different events
    LANGUAGE = "language"  # a side is not in the pipeline's language
    SAME_TEXT = "same_text"  # both sides are the same text
    NOT_ARTICLE = "not_article"  # a redirect stub, paywall, home page, markup saved as text...
    TRUNCATED = "truncated"  # only part of a very long text was compared


@dataclass(frozen=True, slots=True)
class Notice:
    """One warning about the comparison; ``side`` is None when it concerns both articles."""

    code: NoticeCode
    side: Side | None
    message: str


@dataclass(frozen=True, slots=True)
class Summary:
    same_event_score: float  # 0..1, low when the articles describe different events
    corroboration: float  # 0..1, share of specific facts stated by both
    counts: dict[str, int] = field(default_factory=dict)  # FindingKind value -> count
    verdict: str = ""  # one line for people: "likely the same event; 2 conflicts"
    notices: tuple[Notice, ...] = ()
    # Share of the shorter article's words that lie in passages both articles print (0..1).
    shared_copy: float = 0.0

    def notice(self, code: NoticeCode) -> Notice | None:
        return next((n for n in self.notices if n.code is code), None)


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote: the quoted words (``pieces`` when interrupted by the attribution) and who said
    them.

    ``direct`` is False for reported speech ("X said that ..."); speaker fields are None when
    unknown.
    """

    side: Side | None
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    pieces: tuple[TextRange, ...] = ()
    direct: bool = True
    # The speaker is a guess, not the article's word: a pronoun resolved to an earlier name, or a
    # speaker carried over from the quote before. A guess never proves a misattribution.
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class SharedPassage:
    """One passage both articles print: character ranges on each side and its matched word count."""

    left: TextRange
    right: TextRange
    words: int


@dataclass(frozen=True, slots=True)
class PersonAttribute:
    """One thing an article says about a person, and where. ``kind`` is one of title, age, role,
    nationality, affiliation, status; ``age`` values are decimal integers written as text."""

    kind: str
    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PersonSide:
    """How one article names a person and what it says about them; empty when it never does."""

    names: tuple[str, ...] = ()
    attributes: tuple[PersonAttribute, ...] = ()
    # Every place the article names the person, so a click on the card can highlight them all.
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class AttributeComparison:
    """One kind of attribute across the articles: verdict agree, conflict, different or one_side."""

    kind: str
    left: tuple[str, ...]
    right: tuple[str, ...]
    verdict: str


@dataclass(frozen=True, slots=True)
class PersonCard:
    """Everything the two articles say about one person, left and right."""

    id: str
    name: str
    left: PersonSide
    right: PersonSide
    comparisons: tuple[AttributeComparison, ...] = ()

    @property
    def has_conflict(self) -> bool:
        return any(c.verdict == "conflict" for c in self.comparisons)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One moment: ``when`` is ISO at the text's precision ("2024-05-05", "2024-05",
    "2024-05-05T21:00", "Sunday"), or "" for a relative phrase placed by its neighbours.
    ``conflicts`` lists the other article's times for the same happening when they cannot be the
    same moment."""

    when: str
    precision: str
    left: tuple[Span, ...]
    right: tuple[Span, ...]
    label: str
    conflicts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EngineInfo:
    app_version: str
    model: str
    model_version: str
    spacy_version: str


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a comparison produced; the JSON report is a direct dump of it."""

    engine: EngineInfo
    left: AnalysedDocument
    right: AnalysedDocument
    findings: tuple[Finding, ...]
    alignment: tuple[AlignedPair, ...]
    summary: Summary
    # Issue 12: quotes with their speakers, and the passages both articles reprint.
    quotes: tuple[Quote, ...] = ()
    shared_passages: tuple[SharedPassage, ...] = ()
    # Issue 13: one card per person, and every dated statement on one timeline.
    people: tuple[PersonCard, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()

    def document(self, side: Side) -> AnalysedDocument:
        return self.left if side is Side.LEFT else self.right

    def finding(self, finding_id: str) -> Finding | None:
        return next((f for f in self.findings if f.id == finding_id), None)
