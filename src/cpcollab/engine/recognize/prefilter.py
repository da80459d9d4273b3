"""Texts that every match of a regular expression contains, to skip running it where it cannot match.

The generic actor patterns (``lang/<code>/actors.toml``) are run over every sentence, and most
sentences match none of them. Many patterns start with a lookbehind or an alternation, which
the regular expression engine must try at every position; a substring test (``"United Nations"
in text``) is much cheaper. :func:`needles` reads a pattern's parse tree and returns a few
literal strings such that any match contains at least one of them - or ``None`` when it cannot
tell (case-insensitive patterns, nothing literal that every match needs), and the pattern is
then always run. A skipped pattern would have found nothing, so the results are unchanged.
The date patterns use it too: those with a month's name are skipped where no month is named.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser behind re.compile (Python 3.11+); without it, no pattern is skipped
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _parser = None


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` contains, or ``None``."""
    if _parser is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        return _required(list(tree))
    except Exception:  # an unknown parse tree only means no prefilter
        return None


def _required(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """The most selective set of literals that a match of the sequence ``items`` must contain."""
    options: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, value in items:
        if op is _sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            options.append(("".join(run),))
            run = []
        found: tuple[str, ...] | None = None
        if op is _sre.BRANCH:
            alternatives = [_required(list(alternative)) for alternative in value[1]]
            if all(alternatives):
                found = tuple(dict.fromkeys(n for alternative in alternatives if alternative for n in alternative))
        elif op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = value
            if not add_flags and not del_flags:
                found = _required(list(sub))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = value
            if low >= 1:
                found = _required(list(sub))
        if found:
            options.append(found)
    if run:
        options.append(("".join(run),))
    if not options:
        return None
    # The option whose shortest literal is longest (fewest literals on ties) rules out the most.
    return max(options, key=lambda option: (min(len(n) for n in option), -len(option)))
