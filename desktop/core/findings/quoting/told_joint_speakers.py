"""A person named in full on one side whose surname the other writes as one of two speakers
joined by "and" ("Producers Tom Grant and Bill Condon called ..." / '"...," Grant and Condon said
in a statement'): a coordinated subject of a verb of saying is a person's name as surely as a
surname standing alone before "said" (``told_forms.surname_told``), so the name is no fact only
one article gives. Deleting a quote that named both producers in full leaves them named there.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.names.told_forms import surname_told
from desktop.core.lexicon.speakers import SPEAKING_FORMS

# After the surname: "and", the other speaker's name (one to three capitalised words), then the
# verb of saying ("Grant and Condon said", "Grant and Bill Condon told"); "according" follows
# no subject.
_JOINT = (
    r"(?=\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+,?\s+(?:"
    + "|".join(sorted(SPEAKING_FORMS - {"according"}))
    + r")\b)"
)


def joint_speaker_told(fact: Fact, theirs: Analysis) -> bool:
    """The other article gives this person's surname as the first of two joined speakers."""
    return surname_told(fact, theirs, _JOINT)
