"""Two stories of a price cut: "Samsung cut the price of its Galaxy S10 phone" / "Samsung lowered
the price of the Galaxy S10". A name set right before the kind of device it is ("phone",
"laptop", "tablet", "console") is the device's, not a person's nor a place's: no one is a
phone, and a town has no phone of its own. A town the gazetteer knows stays a place."""

from desktop.core.model import MentionType
from tests.factories import compare_texts


def _names(report: object, kind: MentionType) -> set[str]:
    return {
        s.text
        for f in report.findings  # type: ignore[attr-defined]
        if f.type is kind
        for s in f.left + f.right
    }


def test_a_phone_named_before_phone_is_no_person() -> None:
    report = compare_texts(
        "Samsung cut the price of its Galaxy S10 phone on Thursday, making it $100 cheaper. The "
        "phone now costs $1,099. The company said sales had been slower than expected.",
        "Samsung lowered the price of the Galaxy S10 on Thursday. The handset now starts at "
        "$1,099, down from $1,199. Samsung said demand had fallen short of its forecasts.",
    )
    assert "Galaxy S10" not in _names(report, MentionType.PERSON)


def test_a_phone_named_before_phone_is_no_place_but_a_known_town_is() -> None:
    report = compare_texts(
        "Sony's new Xperia 1 phone has a 6.5-inch screen. It was designed in Tokyo. It will go "
        "on sale in June for $949.",
        "The Xperia 1 from Sony sports a 6.5in display. Sony's Tokyo phone team designed it. "
        "The handset arrives in June, priced at $949.",
    )
    places = _names(report, MentionType.PLACE)
    assert "Xperia 1" not in places
    assert "Tokyo" in places
