"""Two stories of console prices: "Microsoft cut the price of its Xbox One last month" /
"Microsoft's Xbox One got a price cut". The parser tags "One last month" as one time, a
month's length; but a number word with a capital inside a sentence, right after a name, is the
name's ("Xbox One", "Formula One"), so the time is "last month", the one article's own. (Against
"in October" in the other, an undated "last month" is told at the month's precision:
test_facts_told_in_another_form.) A number word in lower case ("one last month was enough") is
the sentence's own."""

from tests.factories import compare_texts, yellow


def test_the_xbox_ones_number_word_is_no_part_of_last_month() -> None:
    report = compare_texts(
        "Sony's PlayStation 4 costs $399, the company said on Tuesday. Microsoft cut the price "
        "of its Xbox One last month. Both consoles went on sale in November 2013.",
        "Sony's PlayStation 4 sells for $399, the company said Tuesday. Microsoft's Xbox One got "
        "a price cut. The two consoles launched in November 2013.",
    )
    marks = yellow(report)
    assert "last month" in marks
    assert "One last month" not in marks


def test_a_number_word_in_lower_case_stays_the_sentences() -> None:
    from desktop.core.extraction.pipeline import load_pipeline
    from desktop.core.naming.name_numerals import without_name_numeral

    nlp = load_pipeline().nlp
    doc = nlp("The company said one last month was enough.")
    tokens = list(doc[3:6])
    assert without_name_numeral(tokens) == tokens
