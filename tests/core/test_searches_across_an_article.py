"""A name looked for across the other article is found by its own letters first, and the word
boundary, the lookbehind or the case checked where it stands: the very matches a pattern tried
at every character finds (hand-written texts)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.extraction.text_search import (
    NO_WORD_BEFORE,
    NO_WORD_OR_HYPHEN_BEFORE,
    WORD_BOUNDARY,
    iter_after,
    iter_case_blind_after,
    iter_in_cued_lines,
    may_hold_case_blind,
    search_after,
)

TEXT = (
    "The LAPD said Los Angeles police arrested a man. A fire-bomb hit the FIRE station; "
    "Sky-Link and SkyLink staff, sky link riders and the Toronto   Police were there."
)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_a_word_bounded_name_is_found_where_the_whole_pattern_finds_it() -> None:
    for body in (r"LA(?:PD|FD)\b", r"L[\w'’.-]+\s+A[\w'’.-]+\s+(?i:police)\b", r"APD\b"):
        whole = re.search(r"\b" + body, TEXT)
        found = search_after(WORD_BOUNDARY, re.compile(body), TEXT)
        assert (whole and whole.span()) == (found and found.span())


def test_a_word_after_no_hyphen_is_found_where_the_whole_pattern_finds_it() -> None:
    for body in (r"fire(?![\w-])", r"bomb(?![\w-])", r"link(?![\w-])"):
        whole = re.search(r"(?<![\w-])" + body, TEXT)
        found = search_after(NO_WORD_OR_HYPHEN_BEFORE, re.compile(body), TEXT)
        assert (whole and whole.span()) == (found and found.span())


def test_toronto_police_in_any_case_is_found_at_the_places_a_case_blind_search_finds() -> None:
    for phrase in ("toronto police", "TORONTO POLICE", "Sky link", "fire", "police"):
        pattern = re.compile(re.escape(phrase).replace(r"\ ", r"\s+") + r"(?!\w)", re.I)
        opening = phrase.split(" ")[0]
        expected = _spans(iter_after(NO_WORD_BEFORE, pattern, TEXT))
        assert expected
        assert _spans(iter_case_blind_after(NO_WORD_BEFORE, pattern, TEXT, opening)) == expected


def test_a_kelvin_sign_or_a_long_s_meets_an_ascii_letter_case_blind_and_is_still_found() -> None:
    # "\u212a" (the Kelvin sign) matches "k" and "\u017f" (long s) matches "s" case-blind: the
    # lower-cased text cannot stand for such a text, and the whole pattern is searched.
    text = "the \u212aelvin scale and the \u017ftate police"
    for phrase in ("kelvin", "state police"):
        pattern = re.compile(re.escape(phrase).replace(r"\ ", r"\s+"), re.I)
        expected = _spans(iter_after(NO_WORD_BEFORE, pattern, text))
        assert expected
        opening = phrase.split(" ")[0]
        assert _spans(iter_case_blind_after(NO_WORD_BEFORE, pattern, text, opening)) == expected


def test_against_washington_is_looked_for_only_where_the_text_holds_washington_in_some_case() -> (
    None
):
    assert may_hold_case_blind(TEXT, "toronto")
    assert may_hold_case_blind(TEXT, "LAPD")
    assert not may_hold_case_blind(TEXT, "Washington")
    # A long s may stand for an "s": the lower-cased text cannot rule the phrase out.
    assert may_hold_case_blind("the \u017ftate police", "state")


def test_a_credit_read_on_the_lines_holding_its_cue_is_the_one_read_across_the_page() -> None:
    page = (
        "By Ana Ruiz\nThe mayor spoke. Reach Ana Ruiz at the desk.\n"
        "A line with no cue at all.\n  BY TOM LEE\nTom Lee is a staff writer.\nReach Bo Li at"
    )
    note = re.compile(
        r"^[ \t]*(?:By|BY)[ \t]+[A-Z][^\n]*$|(?:^|(?<=[.!?][ \t]))Reach[ \t]+[A-Z]\w+[ \t]+"
        r"[A-Z]\w+[ \t]+at\b|\b[A-Z]\w+[ \t]+[A-Z]\w+[ \t]+is[ \t]+a[ \t]+staff\b",
        re.MULTILINE,
    )
    cue = re.compile(r"By|BY|Reach|[ \t]is[ \t]")
    found = _spans(iter_in_cued_lines(note, cue, page))
    assert found == _spans(note.finditer(page))
    assert [page[a:b] for a, b in found] == [
        "By Ana Ruiz",
        "Reach Ana Ruiz at",
        "  BY TOM LEE",
        "Tom Lee is a staff",
        "Reach Bo Li at",
    ]
