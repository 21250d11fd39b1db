"""A record set off after a name, in brackets or between commas, is that person's: one article's
"Marek Novak (38-2, 30 KOs)" and the other's "Dale Porter, 25-4, 18 KOs," are two boxers'
records, not two counts of one man's knockouts. One boxer's record told two ways still clashes."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Novak keeps title against Porter\n\n"
    "Marek Novak (38-2, 30 KOs) stopped a tired Dale Porter in the sixth round in Vienna on "
    "Saturday night to keep his world title. Porter had won his last five fights. Novak will "
    "fight again in the spring."
)
_RIGHT = (
    "Novak beats Porter in Vienna\n\n"
    "Dale Porter, 25-4, 18 KOs, was stopped by the champion Marek Novak in six rounds in Vienna "
    "on Saturday. Novak will fight again in the spring."
)


def test_two_boxers_records_in_asides_after_their_names_do_not_clash() -> None:
    assert conflict_texts(compare_stories(_LEFT, _RIGHT)) == []


def test_one_boxers_record_told_two_ways_still_clashes() -> None:
    right = _RIGHT.replace("Dale Porter, 25-4, 18 KOs,", "Marek Novak, 38-2, 31 KOs,").replace(
        "by the champion Marek Novak", "by the champion"
    )
    assert conflict_texts(compare_stories(_LEFT, right)) == [({"30 KOs"}, {"31"})]
