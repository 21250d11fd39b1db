"""A fact-checker compares two reports that name the same hospital spokeswoman, one as "Ilene
Wolfe" and one as "Ilene Wolff": it is one person, but one article has her name wrong, so the
pair is a conflict of spelling she must settle. An article that itself writes both spellings
has a typo of its own, and two different surnames are no spelling at all."""

from desktop.core.model import FindingKind, MentionType
from desktop.core.naming.clipped_forms import clipping_of
from tests.factories import compare_stories, conflict_texts


def _person_findings(left: str, right: str) -> list[tuple[FindingKind, str]]:
    report = compare_stories(left, right)
    return [(f.kind, f.reason) for f in report.findings if f.type is MentionType.PERSON]


def test_wolfe_and_wolff_for_one_spokeswoman_is_a_conflict_of_spelling() -> None:
    report = compare_stories(
        "The woman was in stable condition on Monday, said hospital spokeswoman Ilene Wolfe. "
        "Wolfe said she was shot twice.",
        "The woman was in stable condition on Monday, according to Ilene Wolff, a spokeswoman "
        "for the hospital. She had been shot twice.",
    )
    assert conflict_texts(report) == [({"Ilene Wolfe", "Wolfe"}, {"Ilene Wolff"})]
    reason = next(f.reason for f in report.findings if f.kind is FindingKind.CONFLICT)
    assert "spell the name differently" in reason


def test_an_article_writing_both_spellings_itself_keeps_the_agreement() -> None:
    found = _person_findings(
        "Rescuers reached Duncan Rait on Friday. Raite had fallen about 60m from a ridge.",
        "Rescuers reached Duncan Rait on Friday. He had fallen about 60m from a ridge.",
    )
    assert FindingKind.CONFLICT not in {kind for kind, _ in found}


def test_the_same_spelling_on_both_sides_is_agreed() -> None:
    found = _person_findings(
        "The woman was in stable condition on Monday, said hospital spokeswoman Ilene Wolff.",
        "Ilene Wolff, a spokeswoman for the hospital, said the woman was in stable condition.",
    )
    assert found and all(kind is FindingKind.AGREE for kind, _ in found)


def test_a_clipped_nickname_is_the_same_man_told_less_fully_not_a_spelling() -> None:
    """ "The Heff" is a clipping of Hefner: a journalist must not see it quoted as a misspelling."""
    report = compare_stories(
        "The Heff crowned her Playmate of the Month in 1955.",
        "Playboy founder Hugh Hefner crowned her Playmate of the Month in 1955.",
    )
    assert not [f for f in report.findings if f.kind is not FindingKind.AGREE]
    heff = [f for f in report.findings if [s.text for s in f.left] == ["Heff"]]
    assert heff and "told shorter" in heff[0].reason


def test_a_misspelt_surname_beside_its_clipping_quotes_only_the_misspelling() -> None:
    report = compare_stories(
        "The Heff crowned her Playmate of the Month in 1955. Heffner told reporters she was a "
        "remarkable lady.",
        "Playboy founder Hugh Hefner crowned her Playmate of the Month in 1955. Hefner said she "
        "was a remarkable lady.",
    )
    conflicts = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert conflicts, "the misspelling Heffner / Hefner is still shown"
    assert all("Heff" not in {s.text for s in f.left} for f in conflicts)


def test_a_surname_one_letter_longer_is_a_spelling_not_a_clipping() -> None:
    """ "Marshal" / "Marshall" cut off no syllable: it stays a spelling a fact-checker settles."""
    assert not clipping_of("marshal", "marshall")
    assert clipping_of("heff", "hefner") and clipping_of("fitz", "fitzgerald")


def test_a_surname_without_its_silent_final_e_is_a_spelling_not_a_clipping() -> None:
    """ "Lorn" / "Lorne" differ by a letter no one sounds: a spelling, as "Marshal" is."""
    assert not clipping_of("lorn", "lorne")
    assert clipping_of("chris", "christine") and clipping_of("mag", "maggie")


def test_a_miner_named_lorn_in_one_report_and_lorne_in_the_other_is_a_spelling_conflict() -> None:
    found = _person_findings(
        "Two miners died. They were named as Piet Lorne, 47, and Andrej Moss, 29. Lorne had "
        "worked there for years.",
        "Two miners were killed. The company named them as Piet Lorn, 47, and Andrej Moss, 29. "
        "Lorn leaves a wife.",
    )
    assert any(kind is FindingKind.CONFLICT for kind, _ in found), found
