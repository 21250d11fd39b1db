"""The folder Save and Export first offer.

The folder last used in a file dialog, when there is one. A journalist who opened the articles
from the command line or by dropping them has used no dialog yet: the home folder made them walk
back to where the articles are. Then the left article's folder is offered, if it may be written
to and is not the built-in sample's (inside the installed program).
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.model import Report
from desktop.qt.samples import sample_paths


def save_folder(last_dir: str, report: Report | None) -> Path:
    if last_dir:
        return Path(last_dir)
    if report is not None:
        source = Path(report.left.document.source)
        folder = source.parent
        is_sample = source.resolve() in {path.resolve() for path in sample_paths()}
        if not is_sample and folder.is_dir() and os.access(folder, os.W_OK):
            return folder
    return Path.home()
