"""A reason says whom a sentence relies on; it never says a man's own name and age rest on his
word because the sentence goes on to quote him ("LaCalamita, 38, said nothing")."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts

_LEFT = (
    "Gunman kills one at office\n\nA gunman shot three people at an office building on Monday "
    "morning, police said. The suspect is Anthony LaCalamita, a 38-year-old male weighing 180 "
    "pounds."
)
_RIGHT = (
    "Gunman kills one at office\n\nA former employee shot three people at an office on Monday, "
    "police said. Anthony LaCalamita, 38, said nothing after officers surrounded him."
)


def test_the_suspect_named_in_both_is_not_his_own_source() -> None:
    report = compare_texts(_LEFT, _RIGHT, "2007-04-09")
    named = [
        f
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.PERSON and "LaCalamita" in f.reason
    ]
    assert named, report.findings
    assert all("attributes it to" not in f.reason for f in named), [f.reason for f in named]


def test_a_source_standing_before_said_is_quoted_without_its_comma() -> None:
    report = compare_texts(_LEFT, _RIGHT, "2007-04-09")
    assert not any(",." in f.reason for f in report.findings), [f.reason for f in report.findings]
