"""Every threshold of the findings stage, with what it separates and the bench figure that set it.

Read them as ``tuning.NAME``. ``stage`` holds the thresholds of the stage's own passes (aligned
statements, figures, claims, leads); ``rules`` those of the rules added one bench at a time since.
When a module nears 500 lines, a new section starts a new module here, imported below.
"""

from desktop.core.findings.tuning.deed_rules import *  # noqa: F403
from desktop.core.findings.tuning.later_rules import *  # noqa: F403
from desktop.core.findings.tuning.more_rules import *  # noqa: F403
from desktop.core.findings.tuning.rules import *  # noqa: F403
from desktop.core.findings.tuning.stage import *  # noqa: F403
