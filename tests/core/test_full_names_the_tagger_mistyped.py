"""A given name the articles give a person, followed by one more name, is a person's full name
whatever the tagger took it for: "Hugh Castillo will be hosting the Academy Awards" (read as an
organisation) beside "unveiled Hugh Jackman as the host" is the host named two ways."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Jackman to host the Oscars\n\nOscar organizers on Friday unveiled Hugh Jackman as the host of "
    "their gala film awards, ending weeks of talk about who would take the stage this year.\n\n"
    "The academy said the ceremony would go ahead as planned despite the strike threat.\n\nBut "
    "Australian actor Jackman, star of the X-Men movies, may himself have to pull out.\n"
)
RIGHT = (
    "Advice for the new Oscar host\n\nNow that it's been confirmed that Hugh Castillo will be "
    "hosting the Academy Awards, we would like to offer some advice to the first-time host.\n\n"
    "The show has never been about restraint or simplicity, and the audience expects a "
    "spectacle.\n\nThe organizers said Castillo will have to come up with his own trademark "
    "entrance.\n"
)


def test_the_host_named_with_another_surname_is_a_conflict_though_tagged_an_organisation() -> None:
    conflict = next(
        (left, right)
        for left, right in conflict_texts(compare_stories(LEFT, RIGHT))
        if "Hugh Jackman" in left
    )
    assert "Hugh Castillo" in conflict[1]
