"""Two stories of a graphics card: "The GeForce RTX 2080 has 2,944 cores, compared with 2,560 for
the older GTX 1080" / "packs 2,944 CUDA cores ... the GTX 1080 had 2,560 cores". A figure followed
by a space and capitals counts what the capitals name ("2,944 CUDA cores", "300 NATO troops"); a
telephone number joins its word for digits with a hyphen or a dot ("222-TIPS"). Read as a
number dialled, the right's 2,944 went missing and its 2,560 for the older card was set against
the new card's 2,944."""

from tests.factories import agreed_texts, compare_texts, conflict_texts

_LEFT = (
    "Nvidia's new GeForce RTX 2080 has 2,944 cores, compared with 2,560 for the older GTX 1080. "
    "The card costs $699. It ships on September 20."
)


def _right(cores: str) -> str:
    return (
        f"The GeForce RTX 2080, Nvidia's latest graphics card, packs {cores} CUDA cores and "
        "sells for $699. It will ship Sept. 20. Nvidia's previous flagship, the GTX 1080, had "
        "2,560 cores."
    )


def test_the_new_cards_cores_agree_and_the_old_cards_are_no_conflict() -> None:
    report = compare_texts(_LEFT, _right("2,944"))
    assert not conflict_texts(report)
    assert ({"2,944"}, {"2,944"}) in agreed_texts(report)


def test_a_number_with_a_word_for_digits_is_still_dialled() -> None:
    from desktop.core.findings.bookkeeping.claimable import _DIALLED

    assert [m.group() for m in _DIALLED.finditer("call 713-222-TIPS or 555 1234")] == [
        "713-222-TIPS",
        "555 1234",
    ]
