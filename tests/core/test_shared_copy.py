"""Shared wire copy: passages both articles print word for word, or nearly."""

from desktop.core.model import TextRange
from desktop.core.quoting.shared_copy import (
    MIN_PASSAGE_WORDS,
    SharedPassage,
    find_shared_passages,
    shared_copy_share,
    word_count,
)

AGENCY = (
    "Rescue teams worked through the night to free people trapped under the rubble of two apartment "
    "blocks in the old town, the regional governor told reporters on Tuesday morning, adding that "
    "the death toll was expected to rise as more bodies were recovered from the collapsed buildings."
)


def _covered(text: str, ranges: list[TextRange], needle: str) -> bool:
    start = text.index(needle)
    return any(r.start <= start and start + len(needle) <= r.end for r in ranges)


def test_an_agency_paragraph_reprinted_with_one_word_changed_is_one_shared_passage() -> None:
    left = "LOCAL DESK. Our reporter was there. " + AGENCY + " Shops stayed shut."
    edited = AGENCY.replace("regional governor", "provincial governor")
    right = "From the wires: " + edited + " Schools reopen next week, officials said."

    passages = find_shared_passages(left, right)

    assert len(passages) == 1
    passage = passages[0]
    assert left[passage.left.start : passage.left.end] == AGENCY.rstrip(".")
    assert right[passage.right.start : passage.right.end] == edited.rstrip(".")
    assert passage.words == word_count(AGENCY) - 1  # every word but the changed one


def test_a_dropped_word_and_changed_punctuation_and_case_keep_one_passage() -> None:
    right_copy = (
        AGENCY.replace("through the night", "through night")
        .replace("Tuesday morning, adding", "Tuesday Morning; adding")
        .upper()
    )
    passages = find_shared_passages(AGENCY, right_copy)

    assert len(passages) == 1
    assert passages[0].left == TextRange(0, len(AGENCY) - 1)


def test_a_rewritten_story_about_the_same_event_shares_no_passage() -> None:
    right = (
        "Two apartment blocks collapsed in the old town overnight. The governor said on Tuesday "
        "that rescuers were still searching the rubble and that more deaths were likely."
    )
    passages = find_shared_passages(AGENCY, right)

    assert passages == []
    assert shared_copy_share(passages, AGENCY, right) == 0.0


def test_a_common_phrase_shorter_than_a_passage_is_not_shared_copy() -> None:
    phrase = "the death toll was expected to rise as more"  # nine words: a seed, not a passage
    assert word_count(phrase) < MIN_PASSAGE_WORDS
    right = f"Officials warned that {phrase} people were missing."

    assert find_shared_passages(AGENCY, right) == []


def test_the_shared_share_counts_the_shorter_articles_words_inside_passages() -> None:
    own = " ".join(f"word{i}" for i in range(word_count(AGENCY)))
    left = AGENCY + " " + own  # half agency copy, half its own words
    right = AGENCY  # nothing but the agency copy

    passages = find_shared_passages(left, right)
    share = shared_copy_share(passages, left, right)

    assert share > 0.95  # the right article is the shorter one, and almost all of it is shared
    assert shared_copy_share(passages, right + " " + own + " " + own, left) < 0.6


def test_two_separate_reprinted_paragraphs_are_two_passages() -> None:
    second = (
        "The national weather service issued a warning for heavy snow across the northern hills "
        "from Wednesday evening until late on Friday, urging drivers to stay off the roads."
    )
    left = AGENCY + "\nA paragraph of our own reporting sits between them here.\n" + second
    right = second + "\nSomething entirely different from another desk is written here.\n" + AGENCY

    passages = find_shared_passages(left, right)

    assert len(passages) == 2
    assert all(isinstance(p, SharedPassage) for p in passages)
    assert _covered(left, [p.left for p in passages], "urging drivers to stay off the roads")
    assert _covered(right, [p.right for p in passages], "regional governor told reporters")
    assert passages[0].left.start < passages[1].left.start  # in left order


def test_an_empty_or_tiny_article_shares_nothing() -> None:
    assert find_shared_passages("", AGENCY) == []
    assert find_shared_passages("Short text.", AGENCY) == []
    assert shared_copy_share([], "", AGENCY) == 0.0


def test_the_same_quotation_printed_by_two_reporters_is_not_shared_copy() -> None:
    said = "We will not rest until every family in this valley has a roof over its head again"
    left = f'The minister spoke at the town hall. "{said}," she said on Monday.'
    right = f'"{said}," the minister told a crowd of several hundred people outside the ruins.'

    assert find_shared_passages(left, right) == []
    # ...but the same quotation inside a reprinted agency paragraph is part of that copy
    agency = f'{AGENCY} "{said}," the governor added.'
    assert len(find_shared_passages(agency, "Wires: " + agency)) == 1
