"""The word a date hangs on may be told in another word for the same thing: a run of killings is a
"shooting spree" in one article and a "rampage" in the other, and who hosts a ceremony is its host
or its emcee. The same date told of them, in sentences of their own, is one fact both articles
state; the same date of another deed is not."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories

_SPREE = (
    "Courthouse gunman sentenced\n\nA judge on Tuesday sentenced Carl Denning to life without "
    "parole. Denning was convicted of the June 2009 shooting spree that began outside a Marlow "
    "pharmacy. His lawyers said they would appeal.\n"
)
_RAMPAGE = (
    "Denning gets life\n\nCarl Denning will spend the rest of his life in prison, Judge Ann Porter "
    "ruled. Jurors found him guilty last month for the June 2009 rampage through downtown Marlow. "
    "Prosecutors had sought the death penalty.\n"
)


def test_the_month_of_a_shooting_spree_agrees_with_the_month_of_the_rampage() -> None:
    report = compare_stories(_SPREE, _RAMPAGE)
    assert ({"June 2009"}, {"June 2009"}) in agreed_texts(report)


def test_the_month_of_a_spree_is_not_the_month_of_a_robbery() -> None:
    robbery = _RAMPAGE.replace(
        "rampage through downtown Marlow", "robbery of a downtown Marlow bank"
    )
    report = compare_stories(_SPREE, robbery)
    assert ({"June 2009"}, {"June 2009"}) not in agreed_texts(report)


_HOSTED = (
    "Voss to host the Harbour Awards\n\nComedian Mara Voss will host the Harbour Music Awards in "
    "April, organisers said on Monday. Voss hosted the awards in 2011 and drew the show's largest "
    "audience. Tickets go on sale next week.\n"
)
_EMCEE = (
    "Mara Voss returns\n\nThe Harbour Music Awards have picked Mara Voss for April's show. "
    "The comedian served as emcee at the 2011 ceremony, which ran long. "
    "Her talk show tapes in Chicago.\n"
)


def test_the_year_she_hosted_the_awards_agrees_with_the_year_she_was_their_emcee() -> None:
    report = compare_stories(_HOSTED, _EMCEE)
    assert ({"2011"}, {"2011"}) in agreed_texts(report)


def test_the_year_she_hosted_is_not_the_year_she_sang_at_a_festival() -> None:
    festival = _EMCEE.replace("served as emcee at the 2011 ceremony", "sang at the 2011 festival")
    report = compare_stories(_HOSTED, festival)
    assert ({"2011"}, {"2011"}) not in agreed_texts(report)
