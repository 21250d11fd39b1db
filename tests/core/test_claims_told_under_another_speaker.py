"""What a reported sentence tells, its speaker aside: "She then opened fire on the others, Capt.
James Clark said" is told by an article that has her open fire but never names the captain (whose
name keeps its own mark). A claim the other article never tells stays one-sided."""

from __future__ import annotations

from tests.factories import compare_texts, untold_sentences, yellow

_PLANT = (
    "Worker kills two at bakery plant\n\n"
    "Minutes after a woman was suspended and escorted from her job at the bakery plant in the "
    "northeast of the city, she returned with a revolver and opened fire, killing two women and "
    "critically injuring a third co-worker before being taken into custody, police said.\n\n"
    "The plant makes cookies and crackers for a national brand."
)
_PLANT_OTHER = (
    "Two dead in bakery shooting\n\n"
    "A bakery worker who had been suspended returned to the plant on Thursday with a revolver. "
    "She found her co-workers in a break room. "
)


def test_a_claim_the_other_tells_under_another_speaker_is_no_untold_sentence() -> None:
    claim = "She then opened fire on the others, Homicide Capt. James Clark said."
    report = compare_texts(_PLANT, _PLANT_OTHER + claim)
    assert claim not in untold_sentences(report)
    assert "James Clark" in yellow(report)  # the speaker the other never names keeps his mark


def test_a_claim_the_other_never_tells_stays_one_sided_whoever_says_it() -> None:
    claim = "She then set fire to the warehouse, Homicide Capt. James Clark said."
    assert claim in untold_sentences(compare_texts(_PLANT, _PLANT_OTHER + claim))
