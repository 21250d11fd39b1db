"""The journalist's own review, as the editor reads it in the HTML and the PDF."""

from __future__ import annotations

from desktop.core.export import export_html
from tests.core.test_export import saved


def test_the_journalists_note_is_labelled_as_a_note_under_the_review_status() -> None:
    for html in (export_html(saved()), export_html(saved(), for_print=True)):
        conflicts = html.split("Conflicts (1)")[1].split("<h2")[0]
        _, _, after = conflicts.partition("✓ Confirmed")
        assert after.startswith('</b><br><span class="note"><b>Note:</b> Ask the desk')
