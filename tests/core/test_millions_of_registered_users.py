"""Two stories of a social network's size: "LinkedIn has more than 433 million members" / "The
site has over 433m registered users". A glued "m" before a plural noun counts millions, and a
participle before that noun is one of its adjectives ("registered", "connected", "infected"), so
"over 433m" is 433 million users, not a length of 433 metres; a wall "2m high" stays a length."""

from tests.factories import compare_texts, yellow

_LEFT = (
    "Microsoft agreed on Monday to buy LinkedIn for $26.2 billion in cash. Microsoft will pay "
    "$196 a share, a 50 percent premium to LinkedIn's closing price on Friday. LinkedIn has more "
    "than 433 million members."
)


def _right(site: str) -> str:
    return (
        "Microsoft will acquire the professional network LinkedIn for $196 per share in an "
        "all-cash deal valued at $26.2bn, the companies said Monday. The price is 50% above "
        f"LinkedIn's Friday close. {site}"
    )


def test_over_433m_registered_users_are_told_by_more_than_433_million_members() -> None:
    report = compare_texts(_LEFT, _right("The site has over 433m registered users."))
    assert not {"over 433m", "more than 433 million"} & set(yellow(report))


def test_a_wall_2m_high_is_no_count_of_members() -> None:
    report = compare_texts(_LEFT, _right("Its new office has a wall 2m high."))
    assert "more than 433 million" in yellow(report)
