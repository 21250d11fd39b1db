"""Word-level differences inside matched sentences: what the panes mark as reworded."""

from __future__ import annotations

from desktop.core.alignment.wording import (
    MAX_PAIR_TOKENS,
    LazyWording,
    tokens,
    word_changes,
    wording_differences,
)
from desktop.core.model import AlignedPair, Side, TextRange
from tests.factories import report


def _words(text: str, ranges: tuple[TextRange, ...]) -> list[str]:
    return [text[r.start : r.end] for r in ranges]


def _whole(text: str) -> TextRange:
    return TextRange(0, len(text))


def test_a_replaced_verb_is_marked_on_both_sides() -> None:
    left = "The ministry said it would avoid a wider war."
    right = "The ministry said it would avert a wider war."
    changes = word_changes(left, right, _whole(left), _whole(right))
    assert _words(left, changes.left) == ["avoid"]
    assert _words(right, changes.right) == ["avert"]


def test_a_hyphenated_spelling_is_one_changed_word_not_two() -> None:
    left = "Protesters threw a firebomb at the embassy."
    right = "Protesters threw a fire-bomb at the embassy."
    changes = word_changes(left, right, _whole(left), _whole(right))
    assert _words(left, changes.left) == ["firebomb"]
    assert _words(right, changes.right) == ["fire-bomb"]


def test_extra_words_are_marked_only_on_the_side_that_has_them() -> None:
    left = "Ivan Kovgan died near Stepanakert on Tuesday."
    right = "Ivan Kovgan, 47, died near Stepanakert on Tuesday."
    changes = word_changes(left, right, _whole(left), _whole(right))
    assert changes.left == ()
    assert _words(right, changes.right) == [", 47,"]


def test_case_and_curly_quotes_are_not_differences() -> None:
    left = "The Kremlin's statement was brief."
    right = "the Kremlin’s statement was brief."
    changes = word_changes(left, right, _whole(left), _whole(right))
    assert changes.left == () and changes.right == ()


def test_a_paraphrase_gets_no_word_marks() -> None:
    left = "Officials said 5,000 residents were evacuated overnight."
    right = "About five thousand people had to leave their homes, police told reporters."
    changes = word_changes(left, right, _whole(left), _whole(right))
    assert changes.left == () and changes.right == ()


def test_offsets_point_into_the_whole_article() -> None:
    left = "Headline.\n\nThe army will avoid a war."
    right = "Other headline.\n\nThe army will avert a war."
    pair_l = TextRange(left.index("The army"), len(left))
    pair_r = TextRange(right.index("The army"), len(right))
    changes = word_changes(left, right, pair_l, pair_r)
    assert _words(left, changes.left) == ["avoid"]
    assert _words(right, changes.right) == ["avert"]


def test_a_run_of_many_sentences_is_left_unmarked() -> None:
    left = " ".join(["The army will avoid a war."] * (MAX_PAIR_TOKENS // 7))
    right = left.replace("avoid", "avert")
    changes = word_changes(left, right, _whole(left), _whole(right))
    assert changes.left == () and changes.right == ()


def test_numbers_keep_their_separators() -> None:
    assert [t.key for t in tokens("5,000 and 6.1 people.")] == [
        "5,000",
        "and",
        "6.1",
        "people",
        ".",
    ]


def test_every_aligned_pair_of_a_report_is_diffed() -> None:
    texts = (
        "They will avoid a war. A firebomb hit the gate.",
        "They will avert a war. A fire-bomb hit the gate.",
    )
    pairs = [
        AlignedPair(TextRange(0, 22), TextRange(0, 22), 0.9),
        AlignedPair(TextRange(23, 47), TextRange(23, 48), 0.9),
    ]
    made = report(texts, [], alignment=pairs)
    found = wording_differences(made)
    assert _words(texts[0], found[Side.LEFT]) == ["avoid", "firebomb"]
    assert _words(texts[1], found[Side.RIGHT]) == ["avert", "fire-bomb"]


def test_a_long_article_is_diffed_only_where_the_reader_looks() -> None:
    sentence = ("They will avoid a war. ", "They will avert a war. ")
    n = 200
    texts = (sentence[0] * n, sentence[1] * n)
    size = len(sentence[0])
    pairs = [
        AlignedPair(
            TextRange(i * size, (i + 1) * size - 1), TextRange(i * size, (i + 1) * size - 1), 0.9
        )
        for i in range(n)
    ]
    lazy = LazyWording(report(texts, [], alignment=pairs))
    assert lazy.cover(TextRange(0, 3 * size), TextRange(0, 3 * size))
    assert lazy.diffed() == 3
    assert [texts[0][r.start : r.end] for r in lazy.ranges(Side.LEFT)] == ["avoid"] * 3
    assert not lazy.cover(TextRange(0, size), TextRange(0, size))  # nothing new to paint
    assert lazy.cover(TextRange(100 * size, 101 * size), TextRange(0, 0))
    assert lazy.diffed() == 4


def test_a_clause_only_one_side_has_is_left_to_the_sentence_colours() -> None:
    left = (
        "Police said the gunman, who had been fired from the plant last week, opened fire at noon."
    )
    right = "Police said the gunman opened fire at noon."
    changes = word_changes(left, right, _whole(left), _whole(right))
    assert changes.left == () and changes.right == ()


def test_a_headline_inside_a_long_sentence_is_not_marked_word_by_word() -> None:
    left = "Azerbaijan's president apologised to Russia for the deaths of peacekeepers in Karabakh."
    right = "Peacekeepers killed in Karabakh"
    changes = word_changes(left, right, _whole(left), _whole(right))
    assert changes.left == () and changes.right == ()


def test_a_different_comma_or_quote_mark_is_house_style_not_wording() -> None:
    left = "The judge, who presided, said the actress must stay until May."
    right = "The judge who presided said the actress must stay until May."
    changes = word_changes(left, right, _whole(left), _whole(right))
    assert changes.left == () and changes.right == ()
