"""The engine is a library of its own: importing it loads no Django."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_engine_loads_no_django() -> None:
    code = (
        "import sys, cpcollab.engine, cpcollab.engine.pipeline, cpcollab.engine.cli, cpcollab.engine.sentences;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'django', 'rest_framework'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert result.stdout.strip() == "[]"
