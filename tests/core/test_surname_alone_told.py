"""A person named in full is told by the other article giving the surname alone as a person's
("Wolfe said"): no yellow mark says the other side never names her. The same word standing in
a street's name tells no one."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

_LEFT = (
    "Gunman kills one at Troy office\n\n"
    "Two men were wounded and taken to Beaumont Hospital. The families of the two wounded men "
    "asked for privacy, hospital spokeswoman Ilene Wolfe said on Monday."
)


def test_wolfe_said_tells_ilene_wolfe() -> None:
    right = (
        "Troy shooting leaves one dead\n\n"
        "Two men were wounded in the shooting on Monday. Wolfe said the families of the wounded "
        "men asked for privacy."
    )
    assert "Ilene Wolfe" not in yellow(compare_texts(_LEFT, right))


def test_a_street_named_wolfe_tells_no_one() -> None:
    right = (
        "Troy shooting leaves one dead\n\n"
        "Two men were wounded in the shooting on Wolfe Street on Monday. The families of the "
        "wounded men asked for privacy."
    )
    assert "Ilene Wolfe" in yellow(compare_texts(_LEFT, right))
