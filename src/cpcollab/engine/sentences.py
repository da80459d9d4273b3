"""The evaluation contract: JSON lines of sentences in, JSON lines of judgements out.

Input lines carry ``id``, ``lang`` and ``text``; output lines carry ``id``, ``actors``,
``states``, ``collaboration``, ``participants``, ``kinds`` and ``score``, with codes of the
annotation guideline. This contract is stable: the evaluation kit reads it.

An input line may also give ``source``: the symbol of the document the sentence comes from
("S/PRST/2015/5", or as the parallel corpus names its files, "2015/s/prst/2015/5"). The
sentence is then read knowing what the symbol says: in an organ's own decision or statement
(« Il souligne … » in S/PRST/2015/5), an opening pronoun with the verb of an organ speaking is
the organ (see :mod:`cpcollab.engine.series`). Other fields are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.errors import InvalidInputError
from cpcollab.engine.recognize.actors import annotation_code
from cpcollab.engine.series import series_of, symbol_of

CONTRACT_FIELDS = ("id", "actors", "states", "collaboration", "participants", "kinds", "score")


def judge(record: dict[str, Any]) -> dict[str, Any]:
    """One input record → one output record."""
    text, lang = record.get("text"), record.get("lang")
    if "id" not in record or not isinstance(text, str) or not isinstance(lang, str):
        raise InvalidInputError("each line needs an id, and text and lang as strings")
    source = record.get("source")
    if source is not None and not isinstance(source, str):
        raise InvalidInputError("source, where given, is a document symbol as a string")
    analysis = analyze_sentence(text, lang, series=series_of(symbol_of(source)) if source else None)
    return {
        "id": record["id"],
        "actors": sorted({annotation_code(code) for code in analysis.actors}),
        "states": analysis.states,
        "collaboration": analysis.collaboration,
        "participants": sorted({annotation_code(code) for code in analysis.participants}),
        "kinds": analysis.kinds,
        "score": analysis.confidence,
    }


def judge_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Judge JSON lines (blank lines skipped); a malformed line raises with its number."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InvalidInputError(f"line {number} is not JSON: {error.msg}") from None
        if not isinstance(record, dict):
            raise InvalidInputError(f"line {number} is not a JSON object")
        try:
            yield judge(record)
        except InvalidInputError as error:
            raise InvalidInputError(f"line {number}: {error.message}") from None


def judge_file(source: IO[str], out: IO[str]) -> int:
    """Stream ``source`` to ``out``; returns the number of sentences judged."""
    count = 0
    for result in judge_lines(source):
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        count += 1
    return count
