"""A body the other article names in another form, when the link between names went elsewhere.

Names are linked one to one: where an article gives a body's full name and its initials ("the
Central Commission for Elections and Referenda (CEC)"), the other article's "Central Election and
Referendum Commission" links to the full name, and the initials are left with no link. They name the
same body all the same (``core/naming/body_forms``): the other article tells it, so no yellow mark.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.model import MentionType
from desktop.core.naming.body_forms import one_body
from desktop.core.naming.names import org_key


def body_told_in_another_form(fact: Fact, theirs: Analysis) -> bool:
    """This organisation is one the other article names in another form."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    mine = org_key(fact.text)
    return any(one_body(mine, name) for name in theirs.derived("told_body_forms.names", _names))


def _names(analysis: Analysis) -> frozenset[str]:
    """The article's organisations, as their keys read, made once per article."""
    return frozenset(org_key(f.text) for f in analysis.facts if f.type is MentionType.ORGANISATION)
