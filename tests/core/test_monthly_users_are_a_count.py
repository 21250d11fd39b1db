"""Two stories of an app's audience: "has about 450 million users" / "a messaging app with 450m
monthly users". A word of a rate set before a noun makes a kind of what is counted (the users who
come each month); the figure stays a count of users, not a rate per month, so neither is left marked
as told by one article alone. After a verb, "monthly" still makes a rate: "paid $1,200 monthly" is
one."""

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "Facebook agreed on Wednesday to buy the messaging service WhatsApp for $19 billion in cash "
    "and stock. WhatsApp has about 450 million users and 55 employees. Its founder Jan Koum "
    "will join Facebook's board."
)
_RIGHT = (
    "Facebook is paying $19bn for WhatsApp, a messaging app with 450m monthly users, the company "
    "said Wednesday. WhatsApp, which employs 55 people, will keep its brand. Co-founder Jan Koum "
    "is joining Facebook's board of directors."
)


def test_450m_monthly_users_are_told_by_about_450_million_users() -> None:
    report = compare_texts(_LEFT, _RIGHT)
    assert not {"450m", "about 450 million"} & set(yellow(report))
    assert not conflict_texts(report)


def test_a_rent_paid_monthly_is_still_a_rate_that_can_clash() -> None:
    report = compare_texts(
        "The landlord said the family paid $1,200 monthly for the flat. The building was sold "
        "on Friday.",
        "The family paid $1,500 monthly for the flat, the landlord said. The building was sold "
        "on Friday.",
    )
    assert conflict_texts(report) == [({"$1,200"}, {"$1,500"})]
