"""Two stories of a chip and a phone: "built on a 22-nanometer process" / "made with 22nm
technology", "a 12-megapixel rear camera" / "a 12MP main camera". A unit spelled out is the unit
abbreviated, so each pair is one figure in two papers' words; another process or another
sensor ("32nm", "5MP") is never agreed with it."""

from tests.factories import agreed_texts, compare_texts, yellow

_CHIPS = (
    "Intel on Monday launched its third-generation Core processors, code-named Ivy Bridge. The "
    "chips are built on a 22-nanometer process. The first laptops using them will arrive in June."
)


def _chips(process: str) -> str:
    return (
        "Intel's 3rd-generation Core chips, known as Ivy Bridge, were launched on Monday. The "
        f"processors are made with {process} technology. Notebooks with the new chips will be in "
        "stores in June."
    )


_CAMERAS = (
    "The Galaxy S9 has a 12-megapixel rear camera and an 8-megapixel front camera. Its screen "
    "measures 5.8 inches. Samsung will start selling it on March 16 for $720."
)


def _cameras(front: str) -> str:
    return (
        f"Samsung's Galaxy S9 features a 12MP main camera and {front} selfie camera. The display "
        "is 5.8 inches across. It goes on sale March 16, priced at $720."
    )


def test_a_22_nanometer_process_is_22nm_technology() -> None:
    report = compare_texts(_CHIPS, _chips("22nm"))
    assert not yellow(report)


def test_a_32nm_process_is_never_agreed_with_a_22_nanometer_one() -> None:
    report = compare_texts(_CHIPS, _chips("32nm"))
    assert not any("32nm" in right for _, right in agreed_texts(report))


def test_megapixels_spelled_out_are_megapixels_abbreviated() -> None:
    report = compare_texts(_CAMERAS, _cameras("an 8MP"))
    assert not yellow(report)


def test_a_5mp_camera_is_never_agreed_with_an_8_megapixel_one() -> None:
    report = compare_texts(_CAMERAS, _cameras("a 5MP"))
    assert not any("5MP" in right for _, right in agreed_texts(report))
