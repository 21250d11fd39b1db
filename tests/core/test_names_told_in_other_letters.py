"""A name is told where the other article writes the same words with other letters: another
number, lower case, other punctuation. A name the other article lacks stays yellow."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.facts import Fact
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.names.told_letters import told_in_other_letters
from desktop.core.model import Document, MentionType
from tests.factories import compare_texts
from tests.factories import marks_of as marks


def _analysis(text: str) -> Analysis:
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    return analysis


def test_the_cruise_liner_m_s_columbus_is_the_ms_columbus_of_the_other_article() -> None:
    left = (
        "Cruise passengers rejoin ship\n\n"
        "The passengers and crew have rejoined the M/S Columbus - which is on a six-month "
        "round-the-world trip - in Oman's port of Salalah, the operator said Saturday."
    )
    right = (
        "Cruise ship avoids pirates\n\n"
        "A day earlier, the German cruise liner MS Columbus said it would fly its passengers "
        "over the Gulf of Aden to avoid any pirate attack."
    )
    report = compare_texts(left, right)
    assert not marks(report, "Columbus"), marks(report, "Columbus")


def test_the_navys_marine_commandos_are_the_marine_commandoes_the_other_article_reports() -> None:
    left = (
        "Indian navy foils pirates\n\n"
        "The Indian warship, which was sailing nearby, moved its Marine Commandos on a "
        "helicopter to help the distressed cargo vessel, a spokesman said on Saturday."
    )
    right = (
        "Navy captures pirates\n\n"
        "Indian marine commandoes boarded the pirate boats on Saturday and seized a cache of "
        "arms, a spokesman said."
    )
    report = compare_texts(left, right)
    assert not marks(report, "Commandos"), marks(report, "Commandos")


def test_one_of_the_academy_award_hosts_is_a_host_of_the_academy_awards() -> None:
    other = _analysis("The organization behind the Academy Awards named Hugh Jackman as host.")
    award = Fact(0, 13, "Academy Award", MentionType.ORGANISATION, "ORG", 0)
    assert told_in_other_letters(award, other)
    trophy = Fact(0, 13, "Academy Trophy", MentionType.ORGANISATION, "ORG", 0)
    assert not told_in_other_letters(trophy, other)


def test_the_sixers_coach_is_the_coach_of_the_sixers_the_other_article_names() -> None:
    left = "Coach fired\n\nThe Sixers fired coach Maurice Cheeks on Saturday after a 9-14 start."
    right = (
        "Cheeks out\n\n"
        "The Sixers' front office fired coach Maurice Cheeks on Saturday after a 9-14 start."
    )
    report = compare_texts(left, right)
    assert not marks(report, "Sixers"), marks(report, "Sixers")


def test_a_ship_of_other_letters_is_another_ship() -> None:
    left = (
        "Cruise passengers rejoin ship\n\n"
        "The passengers and crew have rejoined the M/S Columbus in Oman's port of Salalah, "
        "the operator said Saturday."
    )
    right = (
        "Cruise ship avoids pirates\n\n"
        "The German cruise liner MS Colombo said on Saturday it would fly its passengers over "
        "the Gulf of Aden."
    )
    report = compare_texts(left, right)
    assert marks(report, "Columbus")


def test_banstead_high_street_is_the_high_street_in_banstead() -> None:
    left = (
        "Fire destroys store in Banstead\n\n"
        "A huge fire has destroyed a Waitrose store in Banstead. Roads around the area, including "
        "Banstead High Street itself, were closed for some time, a police spokeswoman said."
    )
    right = (
        "Supermarket destroyed by fire\n\n"
        "A statement from Surrey police said the blaze at the Waitrose store on the High Street "
        "in Banstead was being treated as suspicious."
    )
    report = compare_texts(left, right)
    assert not marks(report, "High Street"), marks(report, "High Street")


def test_a_bank_named_in_capitals_is_the_bank_the_other_article_names_in_plain_letters() -> None:
    left = (
        "Three dead in bank fire\n\n"
        "THREE PEOPLE HAVE DIED IN A BLAZE that broke out at MARFIN EGNATIA BANK, on Stadiou "
        "Street, downtown Athens. The fire started when protesters threw petrol bombs."
    )
    right = (
        "Bank fire kills three in Athens\n\n"
        "Three people died in a fire at a branch of the Marfin bank on Stadiou Street in Athens "
        "after protesters threw petrol bombs, police said."
    )
    report = compare_texts(left, right)
    assert not marks(report, "MARFIN") and not marks(report, "Marfin"), marks(report, "arfin")


def test_hormozgan_province_is_the_hormuzgan_province_spelt_with_another_vowel() -> None:
    left = (
        "Quake hits Iranian island\n\n"
        "A strong earthquake hit Qeshm island on Sunday. Abdolreza Sheikholeslami, the governor "
        "of Hormozgan Province, said 40 percent of the buildings in seven villages were destroyed."
    )
    right = (
        "Earthquake on Qeshm\n\n"
        "A strong earthquake hit Qeshm island on Sunday. A team of experts from the governorate "
        "of the Hormuzgan province arrived in the affected villages to assess the damage."
    )
    report = compare_texts(left, right)
    assert not marks(report, "Hormozgan") and not marks(report, "Hormuzgan"), marks(report, "Hor")


def test_a_province_of_another_name_stays_one_sided() -> None:
    left = (
        "Quake hits Iranian island\n\n"
        "A strong earthquake hit Qeshm island on Sunday. The governor of Kerman Province said "
        "buildings in seven villages were destroyed."
    )
    right = (
        "Earthquake on Qeshm\n\n"
        "A strong earthquake hit Qeshm island on Sunday. A team of experts from the governorate "
        "of the Hormuzgan province arrived in the affected villages to assess the damage."
    )
    report = compare_texts(left, right)
    assert marks(report, "Kerman")
