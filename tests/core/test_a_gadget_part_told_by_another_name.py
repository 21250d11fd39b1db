"""Two tech stories name one part of a device, or one deed of a software patch, with other words:
"a 6.5-inch screen" / "a 6.1-inch display", "fixes 23 security flaws" / "patched 23
vulnerabilities", "has about 5,000 employees" / "employs some 4,000 staff". A figure of the part
is a figure of it in either word, so the sizes clash and the counts agree."""

from tests.factories import agreed_texts, compare_texts, conflict_texts, yellow


def _phone(size: str, part: str) -> tuple[str, str]:
    return (
        "Sony's new Xperia 1 phone has a 6.5-inch screen with a resolution of 3840 by 1644 "
        "pixels. The phone runs on a Snapdragon 855 chip. It will go on sale in June for $949.",
        f"The Xperia 1 from Sony sports a {size} {part} at 3,840 x 1,644 pixels. Inside is "
        "Qualcomm's Snapdragon 855 processor. The handset arrives in June, priced at $949.",
    )


def test_a_screen_and_a_display_of_other_sizes_conflict() -> None:
    report = compare_texts(*_phone("6.1-inch", "display"))
    assert ({"6.5-inch"}, {"6.1-inch"}) in conflict_texts(report)


def test_a_screen_and_a_display_of_one_size_agree() -> None:
    report = compare_texts(*_phone("6.5-inch", "display"))
    assert not conflict_texts(report)
    assert "6.5-inch" not in yellow(report)


def test_flaws_and_vulnerabilities_a_patch_fixes_are_one_count() -> None:
    report = compare_texts(
        "Microsoft's monthly update on Tuesday fixes 23 security flaws in Windows and Office. "
        "The company urged users to install the patches quickly.",
        "Microsoft patched 23 vulnerabilities on Tuesday in its regular monthly release, "
        "covering Windows and Office. Users should apply the updates as soon as possible.",
    )
    assert ({"23"}, {"23"}) in agreed_texts(report)
    assert "23" not in yellow(report)


def _staff(count: str) -> str:
    return (
        "Oracle will pay $109 per share in cash for NetSuite, valuing the company at $9.3bn, the "
        f"companies said Thursday. NetSuite employs {count} staff. Oracle co-founder Larry "
        "Ellison owns a large stake in NetSuite."
    )


_EMPLOYEES = (
    "Oracle agreed to buy the cloud software company NetSuite for $9.3 billion on Thursday. "
    "NetSuite has about 5,000 employees. Oracle will pay $109 a share in cash."
)


def test_a_workforce_told_by_its_verb_and_by_its_noun_conflicts_when_it_differs() -> None:
    report = compare_texts(_EMPLOYEES, _staff("some 4,000"))
    assert ({"about 5,000"}, {"some 4,000"}) in conflict_texts(report)


def test_a_workforce_told_by_its_verb_and_by_its_noun_agrees_when_it_is_one() -> None:
    report = compare_texts(_EMPLOYEES, _staff("some 5,000"))
    assert not conflict_texts(report)
    assert "about 5,000" not in yellow(report)
