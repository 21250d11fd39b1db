"""Colours for findings and entity types, as hex strings: one source for the window and the
exporters.

The agreement scale is built on the Okabe-Ito palette (blue / vermillion / yellow), whose hues stay
apart for the common colour-vision deficiencies and also differ in lightness, so they survive
greyscale printing. Colour is never the only cue: the window pairs each kind with an underline style
and the exporters with a symbol (see ``KIND_CUES``).

No Qt here: ``desktop.qt.palette`` wraps these strings in ``QColor``/``QTextCharFormat``.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.model import FindingKind, MentionType


@dataclass(frozen=True, slots=True)
class KindColours:
    strong: str  # underlines, link-map bands, overview marks, legend swatch borders
    tint: str  # background behind an entity-level finding
    faint: str  # background behind a whole sentence ("statement" findings)


@dataclass(frozen=True, slots=True)
class Scheme:
    name: str
    kinds: dict[FindingKind, KindColours]
    types: dict[MentionType, str]
    flash: str  # the brief highlight on a jump target: ink-coloured, unlike any verdict
    flash_text: str
    link: str  # neutral link-map band for aligned sentences without findings


# "Only" is one colour for both sides: the pane already says which side a fact is on, and a fourth
# hue would crowd the colour-blind-safe set. The findings table still names the side.
LIGHT = Scheme(
    name="light",
    kinds={
        FindingKind.AGREE: KindColours(strong="#0072B2", tint="#D3E6F4", faint="#F1F6FB"),
        FindingKind.CONFLICT: KindColours(strong="#D55E00", tint="#F9C9A6", faint="#FCEFE7"),
        FindingKind.LEFT_ONLY: KindColours(strong="#A89400", tint="#F6EE9C", faint="#FBF9E6"),
        FindingKind.RIGHT_ONLY: KindColours(strong="#A89400", tint="#F6EE9C", faint="#FBF9E6"),
    },
    types={
        MentionType.PERSON: "#7B4FD6",
        MentionType.ORGANISATION: "#008C8C",
        MentionType.PLACE: "#3D8B2F",
        MentionType.NATIONALITY: "#6E7F1F",
        MentionType.DATE: "#C2388F",
        MentionType.TIME: "#C2388F",
        MentionType.NUMBER: "#8A5A2B",
        MentionType.QUANTITY: "#8A5A2B",
        MentionType.MONEY: "#8A5A2B",
        MentionType.PERCENT: "#8A5A2B",
        MentionType.EVENT: "#3F6FD1",
        MentionType.QUOTE: "#707070",
        MentionType.STATEMENT: "#909090",
        MentionType.OTHER: "#909090",
    },
    flash="#202020",
    flash_text="#FFFFFF",
    link="#B8C4CE",
)

DARK = Scheme(
    name="dark",
    kinds={
        FindingKind.AGREE: KindColours(strong="#56B4E9", tint="#1D4460", faint="#1B2631"),
        FindingKind.CONFLICT: KindColours(strong="#FF8F4A", tint="#6B3416", faint="#33241B"),
        FindingKind.LEFT_ONLY: KindColours(strong="#F0E442", tint="#55501A", faint="#2C2A19"),
        FindingKind.RIGHT_ONLY: KindColours(strong="#F0E442", tint="#55501A", faint="#2C2A19"),
    },
    types={
        MentionType.PERSON: "#B79CFF",
        MentionType.ORGANISATION: "#4FD1D1",
        MentionType.PLACE: "#7ED36B",
        MentionType.NATIONALITY: "#C3D160",
        MentionType.DATE: "#F07CC4",
        MentionType.TIME: "#F07CC4",
        MentionType.NUMBER: "#D9A067",
        MentionType.QUANTITY: "#D9A067",
        MentionType.MONEY: "#D9A067",
        MentionType.PERCENT: "#D9A067",
        MentionType.EVENT: "#86A8FF",
        MentionType.QUOTE: "#A8A8A8",
        MentionType.STATEMENT: "#808080",
        MentionType.OTHER: "#808080",
    },
    flash="#F0F0F0",
    flash_text="#000000",
    link="#4A5560",
)

# The second, colour-free cue for each kind: the window's underline style and the exporters' symbol.
KIND_CUES: dict[FindingKind, tuple[str, str]] = {
    FindingKind.AGREE: ("solid", "="),
    FindingKind.CONFLICT: ("wave", "≠"),
    FindingKind.LEFT_ONLY: ("dash", "+"),
    FindingKind.RIGHT_ONLY: ("dash", "+"),
}

KIND_LABELS: dict[FindingKind, str] = {
    FindingKind.AGREE: "Corroborated",
    FindingKind.CONFLICT: "Conflict",
    FindingKind.LEFT_ONLY: "Only left",
    FindingKind.RIGHT_ONLY: "Only right",
}

# Entity types grouped the way the legend shows them: one swatch per colour, not per type.
TYPE_GROUPS: tuple[tuple[str, tuple[MentionType, ...]], ...] = (
    ("Person", (MentionType.PERSON,)),
    ("Organisation", (MentionType.ORGANISATION,)),
    ("Place", (MentionType.PLACE,)),
    ("Nationality", (MentionType.NATIONALITY,)),
    ("Date / time", (MentionType.DATE, MentionType.TIME)),
    (
        "Number",
        (MentionType.NUMBER, MentionType.QUANTITY, MentionType.MONEY, MentionType.PERCENT),
    ),
    ("Event", (MentionType.EVENT,)),
)


def scheme(dark: bool) -> Scheme:
    return DARK if dark else LIGHT


def type_colour(type_name: str, *, dark: bool = False) -> str:
    """Colour for a report ``type`` string; unknown types fall back to the neutral grey."""
    try:
        mention_type = MentionType(type_name)
    except ValueError:
        mention_type = MentionType.OTHER
    return scheme(dark).types[mention_type]
