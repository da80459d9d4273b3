"""The ``cpcollab`` command: the project's own commands and every Django management command.

``cpcollab load-reference`` runs the ``load_reference`` management command, ``cpcollab audit
verify`` the ``audit`` command, and so on: hyphens in the command name become underscores.
``cpcollab help`` lists them all. ``cpcollab extract`` runs the engine alone, without Django.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script."""
    args = list(sys.argv if argv is None else argv)
    if len(args) > 1 and args[1] == "extract":
        # The engine stands alone: no settings, no database.
        from cpcollab.engine.cli import main as extract_main

        sys.exit(extract_main(args[2:]))
    if len(args) > 1 and not args[1].startswith("-"):
        args[1] = args[1].replace("-", "_")
    args[0] = "cpcollab"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cpcollab.config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)


if __name__ == "__main__":
    main()
