"""``crosscheck`` / ``python -m desktop``: the command line, or the window without a command."""

from __future__ import annotations

import multiprocessing
import sys

CLI_COMMANDS = frozenset({"compare", "export", "--version", "-V", "--help", "-h"})


def main(argv: list[str] | None = None) -> int:
    # The engine process (desktop.core.runtime.engine_process) is started by "spawn": in a frozen
    # build it re-runs this executable, and this call turns that run into the engine, not a second
    # window.
    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in CLI_COMMANDS:
        from desktop.cli import main as cli_main

        return cli_main(args)
    # Imported late so the command line never pays for (or needs) Qt.
    from desktop.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
