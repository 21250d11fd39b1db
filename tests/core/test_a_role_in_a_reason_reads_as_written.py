"""The reason of a person conflict names the role both articles give, as the articles write it:
"Russian", not the "russian" the comparison keeps."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories

LEFT = (
    "Two Norwegian sailors died when their patrol boat was struck off the coast on Sunday. "
    "Furthermore, a Norwegian veterans' club identified one of the fallen sailors as Lars Berg, "
    "47, deputy chief of the coastal fleet's engine crews. Norway has pledged to investigate."
)
RIGHT = (
    "Norwegian sailors were killed on Sunday when a patrol boat came under fire at sea. "
    "Among the deceased was Captain Lars Lund, a distinguished and dedicated Norwegian sailor "
    "who had served in many international missions. Captain Lund, 47, joined the navy at 18."
)


def test_a_person_conflict_names_the_shared_role_as_the_articles_write_it() -> None:
    report = compare_stories(LEFT, RIGHT)
    reasons = [
        f.reason
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]
    assert reasons, [(f.kind.value, f.type, f.reason) for f in report.findings]
    # The proper adjective keeps its capital; the common noun stays in lower case, although
    # the right article capitalises neither and a sentence could open with either.
    assert "same role (Norwegian, sailor)" in reasons[0], reasons
