"""A model's or version's name of capitals and a number is one name however the two are
joined: "IE6" / "IE 6", "F-16" / "F16". Another number is another model and stays yellow."""

from __future__ import annotations

from tests.factories import compare_stories
from tests.factories import marks_of as marks

_LEFT = (
    "Browser flaw patched\n\n"
    "The fix can be used for IE6 and every later version of the browser, Microsoft said."
)


def _right(version: str) -> str:
    return (
        "Emergency browser patch\n\n"
        f"The patch applies to every version of Internet Explorer from {version} on, "
        "Microsoft said."
    )


def test_ie6_is_the_ie_6_the_other_article_writes_with_a_space() -> None:
    assert not marks(compare_stories(_LEFT, _right("IE 6")), "IE6")


def test_ie6_is_one_sided_where_the_other_article_starts_from_ie_7() -> None:
    assert marks(compare_stories(_LEFT, _right("IE 7")), "IE6")
