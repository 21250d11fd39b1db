"""A card that gives two fighters' records side by side: "Klitschko, 53-3, 47 KO's, dismantled
Hasim Rahman, 45-7-2, 36 KO's". The other article's "Rahman (45-7-2, 36 KOs)" agrees with
Rahman's 36, not clashes with Klitschko's 47, and a win-loss-draw tally is no count."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2008-12-14")


LEFT = (
    "Klitschko stops Rahman in seventh\n\n"
    "Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's, easily dismantled former 2-Time "
    "Heavyweight Champion, Hasim Rahman, 45-7-2, 36 KO's, in the seventh round."
)
RIGHT = (
    "Klitschko stops Rahman in seventh\n\n"
    "Rahman (45-7-2, 36 KOs) fell into the title shot five weeks ago when Alexander Povetkin "
    "suffered an ankle injury."
)


def test_the_same_ko_count_pairs_first_and_the_other_fighter_s_is_no_clash() -> None:
    report = compare_documents(doc(LEFT), doc(RIGHT))
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    agreed = [f for f in report.findings if f.kind is FindingKind.AGREE and not f.is_statement]
    assert any(s.text == "36" for f in agreed for s in f.left)


def test_a_win_loss_draw_tally_is_no_count() -> None:
    from desktop.core.extraction.pipeline import load_pipeline
    from desktop.core.sport.scores import a_record

    parsed = load_pipeline().nlp("Rahman (45-7-2, 36 KOs) fell into the title shot.")
    figure = next(e for e in parsed.ents if e.text.startswith("45"))
    assert a_record(figure)
