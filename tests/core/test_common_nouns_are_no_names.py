"""A capitalised word the article itself also writes in lower case is a common noun, not a
name: "Gunfire was reported" in a story about "the gunfire" shows no person called Gunfire, and
"Hit-and-run crash" no town called Hit. A surname that is also a common word stays a name when
the article gives the person in full or lets them speak."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document
from tests.factories import compare_texts, yellow


def _analysis(text: str) -> Analysis:
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    return analysis


def _names(analysis: Analysis) -> set[str]:
    return {f.text for f in analysis.facts}


def test_a_vigil_heading_the_headline_is_no_person() -> None:
    left = (
        "Vigil turns violent in Flatbush\n\n"
        "A vigil for a teenager shot by police turned violent on Monday night, officers said."
    )
    right = (
        "Mourners clash with police in Flatbush\n\n"
        "Mourners clashed with officers in Flatbush on Monday night after a teenager was shot "
        "by police."
    )
    assert "Vigil" not in yellow(compare_texts(left, right))


def test_a_gang_member_in_the_headline_is_no_person_called_gang() -> None:
    analysis = _analysis(
        "Gang member convicted of killing deputy\n\n"
        "A jury on Tuesday convicted a gang member of murdering a deputy in Linden Park."
    )
    assert "Gang" not in _names(analysis)


def test_a_surname_with_an_age_stays_a_name_beside_the_common_noun() -> None:
    analysis = _analysis(
        "Protest in Lomar\n\n"
        "Hundreds marched on Monday. Hunter, 34, said the march was peaceful. A hunter joined "
        "later."
    )
    assert "Hunter" in _names(analysis)


def test_a_surname_that_speaks_stays_a_name_beside_the_common_noun() -> None:
    analysis = _analysis(
        "Protest in Lomar\n\nHundreds marched on Monday. Hunter said the hunter had been arrested."
    )
    assert "Hunter" in _names(analysis)
