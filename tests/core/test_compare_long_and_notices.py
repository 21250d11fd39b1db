"""Stories: a very long article still compares (its beginning, with a notice), and the report
tells the journalist when the pair is off: another language, or the same text twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import compare as compare_module
from desktop.core.compare import chunks, compare_documents, compare_files, compared_part
from desktop.core.ingest import document_from_text
from desktop.core.model import NoticeCode, Report, Side
from tests.core.test_notices import ENGLISH, GERMAN

PARAGRAPH = (
    "The council voted on Monday to approve the new budget of 4.2 million dollars, the mayor "
    "said. Opposition members walked out before the vote in protest at the cuts."
)
# Another report of the same vote: the long-file story is about truncation, not about two events.
SAME_VOTE_RETOLD = (
    "The city council approved a budget of 4.2 million dollars on Monday after opposition members "
    "walked out in protest at the cuts, the mayor said.\n\nThe new budget takes effect in March, "
    "and council members said more cuts would follow next year."
)


def test_pieces_for_the_parser_join_back_to_exactly_the_text() -> None:
    texts = [
        "\n\n".join([PARAGRAPH] * 300),
        "x" * 70_000,  # no break anywhere: cut hard, still exact
        ("word " * 30_000).strip(),
        "line one\nline two\n" * 4_000,
    ]
    for text in texts:
        pieces = chunks(text, 20_000)
        assert "".join(pieces) == text
        assert all(0 < len(p) <= 20_000 for p in pieces)


def test_pieces_end_at_paragraph_breaks_when_there_are_some() -> None:
    pieces = chunks("\n\n".join([PARAGRAPH] * 300), 20_000)
    assert len(pieces) > 1
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_a_long_article_is_cut_at_a_paragraph_break_with_a_truncated_notice() -> None:
    long_doc = document_from_text("\n\n".join([PARAGRAPH] * 2_000))
    kept, notice = compared_part(long_doc, Side.LEFT)
    assert len(kept.text) <= compare_module.MAX_COMPARED_CHARS
    assert kept.text.endswith("in protest at the cuts.")
    assert long_doc.text.startswith(kept.text)
    assert notice is not None and notice.code is NoticeCode.TRUNCATED and notice.side is Side.LEFT
    assert "first" in notice.message and "words were compared" in notice.message


def test_an_article_of_ordinary_length_is_compared_whole() -> None:
    doc = document_from_text(ENGLISH)
    assert compared_part(doc, Side.RIGHT) == (doc, None)


def test_a_text_file_over_a_million_characters_compares_without_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Over spaCy's own 1,000,000-character limit; the compared part is kept small (and read in
    # several pieces) so the test stays quick while walking the same path as a huge file.
    monkeypatch.setattr(compare_module, "MAX_COMPARED_CHARS", 12_000)
    monkeypatch.setattr(compare_module, "CHUNK_CHARS", 4_000)
    big = tmp_path / "long.txt"
    big.write_text("\n\n".join([PARAGRAPH] * 7_000), encoding="utf-8")
    assert big.stat().st_size > 1_000_000
    other = tmp_path / "short.txt"
    other.write_text(SAME_VOTE_RETOLD, encoding="utf-8")

    report = compare_files(big, other)

    assert [(n.code, n.side) for n in report.summary.notices] == [(NoticeCode.TRUNCATED, Side.LEFT)]
    left = report.left
    assert len(left.document.text) <= 12_000
    for mention in left.mentions:  # offsets still index the text the window shows
        assert left.document.text[mention.start : mention.end] == mention.text
    assert any(m.text == "Monday" for m in left.mentions)
    assert left.sentences[-1].end <= len(left.document.text)


def test_a_german_article_gets_a_language_notice_and_no_confident_verdict() -> None:
    report = compare_documents(document_from_text(ENGLISH), document_from_text(GERMAN))
    notice = report.summary.notice(NoticeCode.LANGUAGE)
    assert notice is not None and notice.side is Side.RIGHT
    assert report.summary.verdict.startswith("Not reliable: the right article")
    assert report.findings, "the findings stay visible, for what they are worth"
    assert all(f.confidence <= compare_module.LANGUAGE_CONFIDENCE_CAP for f in report.findings)


def test_comparing_a_file_with_itself_says_it_is_the_same_text(
    sample_paths: tuple[Path, Path],
) -> None:
    left, _ = sample_paths
    report = compare_files(left, left)
    assert [n.code for n in report.summary.notices] == [NoticeCode.SAME_TEXT]
    assert report.summary.verdict.startswith("The same text on both sides")


def test_the_sample_pair_carries_no_notice(sample_report: Report) -> None:
    assert sample_report.summary.notices == ()


def test_warming_up_loads_what_the_first_comparison_would_otherwise_wait_for() -> None:
    from desktop.core import compare
    from desktop.core.locations import places

    places._tables.cache_clear()
    compare.warm_up()
    assert places._tables.cache_info().currsize == 1


def test_plain_english_needs_no_language_model_but_german_and_french_are_still_asked() -> None:
    from desktop.core.results.notices import plainly_english

    english = "The mayor said that the bridge, which was built by the city in 1960, has closed."
    german = "Die Polizei teilte am Montag mit, dass der Mann in der Nacht festgenommen wurde."
    french = "La police a annoncé lundi que l'homme avait été arrêté dans la nuit."
    assert plainly_english(english)
    assert not plainly_english(german) and not plainly_english(french)


def test_the_cut_part_carries_how_many_words_were_left_out() -> None:
    long_doc = document_from_text("\n\n".join([PARAGRAPH] * 2_000))
    kept, _ = compared_part(long_doc, Side.LEFT)
    assert kept.omitted_words == long_doc.word_count - kept.word_count > 0
    assert compared_part(document_from_text(ENGLISH), Side.LEFT)[0].omitted_words == 0
