"""One article tells in two sentences what the other tells in one: "A left hook knocked Morgan
down." + "... but the referee waved the bout off." against "Petrenko knocked Morgan down with a
left hook, and the referee stopped the fight moments later." The second sentence is told there,
in other words, and is no sentence "nothing in the other article reports"."""

from __future__ import annotations

from tests.factories import compare_texts, untold_sentences

_LEFT = (
    "Ivan Petrenko stopped Dale Morgan in the sixth round on Saturday in Kiev.\n\n"
    "Petrenko knocked Morgan down with a left hook in the sixth round, and the referee stopped "
    "the fight moments later as the challenger stumbled.\n\n"
    "Petrenko thanked the crowd and his trainer after the fight in Kiev."
)
_RIGHT = (
    "Ivan Petrenko stopped Dale Morgan in the sixth round on Saturday in Kiev.\n\n"
    "A left hook from Petrenko knocked Morgan down in the sixth round.\n\n"
    "{next}\n\n"
    "Petrenko thanked the crowd and his trainer after the fight in Kiev."
)


def test_the_referee_waving_the_bout_off_is_told_with_the_knockdown_in_one_sentence() -> None:
    retold = "He got back to his feet, but the referee waved the bout off."
    assert retold not in untold_sentences(compare_texts(_LEFT, _RIGHT.format(next=retold)))


def test_a_sentence_sharing_only_a_verb_with_that_sentence_stays_untold() -> None:
    # "stumbled" is a word of the referee's sentence too, but what stumbles here is a horse.
    untold = "Outside the arena, a police horse stumbled and threw its rider onto the pavement."
    assert untold in untold_sentences(compare_texts(_LEFT, _RIGHT.format(next=untold)))
