"""Words both articles write word for word tell one statement, however low the alignment scores
the two sentences: "The fire was started at the back door of the barn and spread to the hayloft"
/ a fire official said it "was started at the back door of the barn". A journalist sees one
agreed statement there, not a yellow mark on each side. Two deaths told in the same words of two
different people stay apart, and a stock phrase of a few words tells nothing."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts

_REASON = "Both articles write these words"


def _runs(report: Report) -> list[tuple[str, str]]:
    return [
        (f.left[0].text, f.right[0].text)
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.reason.startswith(_REASON)
    ]


# A story about one barn names the barn, its doors and how the fire started in most of its
# sentences: those words are no rare detail two sentences share, only the run written alike is.
_BARN_LEFT = (
    "A fire started in a dairy barn outside Millbrook early on Sunday and destroyed the barn.\n\n"
    "The fire was started at the back door of the barn and spread to the hayloft while the "
    "family slept, Chief Ortega said.\n\n"
    "Firefighters forced open the front door of the barn and started pumping water from a pond."
    "\n\n"
    "The barn door had been locked, and the owner said he never started a heater in the barn."
)
_BARN_RIGHT = (
    "Flames started tearing through a dairy barn near Millbrook before dawn on Sunday.\n\n"
    'Investigators believe the blaze "was started at the back door of the barn," according to '
    "a statement from the county's arson unit.\n\n"
    "Crews started their work at the barn's side door, the only door left standing.\n\n"
    "The owner said the barn door was always locked and nothing in the barn was ever started "
    "without him."
)


def test_a_fire_officials_words_told_in_narration_are_one_agreed_statement() -> None:
    runs = _runs(compare_texts(_BARN_LEFT, _BARN_RIGHT))
    assert [r for r in runs if "back door of the barn" in r[0] and "back door" in r[1]]


# Every word of the run stands in most sentences of both stories: no rare detail pairs the two
# sentences, only the run could.
_HURT_LEFT = (
    "Three people were shot in Millbrook on Sunday, and all three were taken to the hospital "
    "in critical condition.\n\n"
    "Daniel Okafor was taken to the hospital in critical condition after the shooting.\n\n"
    "A second victim was also taken to the hospital, where his condition was critical.\n\n"
    "The hospital said the condition of the third was critical too, and police were taken aback."
)
_HURT_RIGHT = (
    "Gunfire in Millbrook on Sunday sent three people to the hospital, each in critical "
    "condition, and one was taken there by car.\n\n"
    "{name} was taken to the hospital in critical condition, police said.\n\n"
    "Another man was taken to the hospital, and his condition was critical.\n\n"
    "Hospital staff said the condition of a third was critical, and a car was taken."
)


def _okafor_runs(right: str) -> list[tuple[int, int]]:
    """The runs pairing the left's sentence on Okafor with the right's second sentence (without
    the check on who each is said of, "Marcus Feld" gets one)."""
    report = compare_texts(_HURT_LEFT, right)
    okafor = _HURT_LEFT.index("Daniel Okafor")
    second = right.index("police said.")
    return [
        (f.left[0].start, f.right[0].start)
        for f in report.findings
        if f.kind is FindingKind.AGREE
        and f.reason.startswith(_REASON)
        and okafor < f.left[0].start < _HURT_LEFT.index("A second")
        and f.right[0].start < second < f.right[0].end + 20
    ]


def test_the_same_words_said_of_two_named_men_stay_apart() -> None:
    assert not _okafor_runs(_HURT_RIGHT.format(name="Marcus Feld"))


def test_a_stock_phrase_both_write_tells_nothing() -> None:
    left = _BARN_LEFT.replace(", Chief Ortega said", ", the chief said in a statement")
    right = _BARN_RIGHT.replace(
        'Investigators believe the blaze "was started at the back door of the barn," according '
        "to a statement from the county's arson unit.",
        "The cause is unknown, the county said in a statement on Monday.",
    )
    assert not _runs(compare_texts(left, right))


# The left writes its phrase twice, said by two people; the right keeps only the owner's
# sentence. The investigators' sentence is the left's alone, however alike its words.
_TWICE_LEFT = (
    "A fire destroyed a dairy barn outside Millbrook early on Sunday.\n\n"
    "Investigators from the state marshal's office said on Monday that the fire was started at "
    "the back door of the barn on purpose, with gasoline poured from a can found near the pond."
    "\n\n"
    "The owner told reporters the fire was started at the back door of the barn by a heater."
)
_TWICE_RIGHT = (
    "A fire destroyed a dairy barn outside Millbrook early on Sunday.\n\n"
    "The owner told reporters the fire was started at the back door of the barn by a heater."
)


def test_a_phrase_one_article_writes_twice_ties_neither_sentence_to_the_others_copy() -> None:
    report = compare_texts(_TWICE_LEFT, _TWICE_RIGHT)
    investigators = _TWICE_LEFT.index("Investigators")
    assert not [r for r in _runs(report) if "Investigators" in r[0] or "on purpose" in r[0]]
    assert any(
        f.kind is FindingKind.LEFT_ONLY
        and any(s.start <= investigators < s.end or "on purpose" in s.text for s in f.left)
        for f in report.findings
    )
