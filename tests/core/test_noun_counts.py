"""One noun each article counts once: "More than 50 firefighters tackled the blaze" / "Twenty
firefighters fought the flames" give two numbers for the firefighters at one fire, whatever the
verbs; a count of the same noun told with a harm, or of men and children, counts another group
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "More than 50 firefighters tackled a blaze at a supermarket in Wellington on Tuesday. "
    "The roof collapsed. Police said the fire was not suspicious."
)


def test_two_counts_of_the_firefighters_at_one_fire_are_a_conflict() -> None:
    right = (
        "The roof of a Wellington supermarket collapsed in a blaze on Tuesday. Twenty "
        "firefighters fought the flames. Police said the fire was not suspicious."
    )
    assert conflict_texts(compare_stories(LEFT, right)) == [({"More than 50"}, {"Twenty"})]


def test_firefighters_hurt_are_not_the_firefighters_at_the_fire() -> None:
    right = (
        "The roof of a Wellington supermarket collapsed in a blaze on Tuesday. Two "
        "firefighters were injured. Police said the fire was not suspicious."
    )
    assert not conflict_texts(compare_stories(LEFT, right))


def test_an_article_counting_the_noun_twice_tells_of_two_groups() -> None:
    right = (
        "The roof of a Wellington supermarket collapsed in a blaze on Tuesday. Twenty "
        "firefighters fought the flames while 12 firefighters waited outside. Police said the "
        "fire was not suspicious."
    )
    assert not conflict_texts(compare_stories(LEFT, right))


def test_counts_of_men_name_any_group_at_the_scene() -> None:
    left = (
        "Police arrested two men after a brawl outside a Leeds pub on Saturday night. "
        "The pub was closed on Sunday."
    )
    right = (
        "A brawl broke out outside a Leeds pub on Saturday night. Four men ran from the scene. "
        "The pub was closed on Sunday."
    )
    assert not conflict_texts(compare_stories(left, right))


# The two sentences share little but the count (alignment under CONFLICT_NEAR) and neither stands
# in a lead: only the frame, one noun after one verb, says they count the same bombs.
RAID = (
    "Warplanes struck a refugee camp near the northern border on Monday, officials said. Aid "
    "groups condemned the raid and called for calm, saying that families who had fled the "
    "fighting in the hills had nowhere else to go this winter. The camp holds about 20,000 "
    "people. Tom Hale, a former teacher from Ohio who now "
    "runs a small team of volunteer reporters in the region, said he had phoned two nurses and a "
    "driver at the clinic, who told him that three bombs were dropped on the tents."
)


def _raid_told_with(verb: str) -> str:
    return (
        "Officials said warplanes struck a refugee camp near the northern border on Monday. The "
        "army denied any role in the raid and accused rebel fighters of hiding weapons among the "
        "families who had fled to the camp from the hills. Talks between the two sides broke "
        "down in June. "
        f"Six bombs were {verb}, of which five exploded, "
        "according to an opposition statement read on local radio late on Tuesday."
    )


def test_two_counts_of_bombs_dropped_far_apart_in_the_stories_are_a_conflict() -> None:
    report = compare_stories(RAID, _raid_told_with("dropped"))
    assert conflict_texts(report) == [({"three"}, {"Six"})]


def test_bombs_dropped_and_bombs_defused_count_two_groups() -> None:
    assert not conflict_texts(compare_stories(RAID, _raid_told_with("defused")))
