"""``cpcollab extract``: the engine on the command line, without the web application.

    cpcollab extract FILE... [--json] [--blocks] [--min-confidence X]
    cpcollab extract --sentences IN.jsonl --out OUT.jsonl

The first form prints each file's metadata and collaboration statements (JSON Lines with
``--json``, one object per file); the second is the evaluation contract
(:mod:`cpcollab.engine.sentences`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from cpcollab.engine.config import PipelineConfig
from cpcollab.engine.errors import EngineError
from cpcollab.engine.pipeline import Extraction, extract, to_json
from cpcollab.engine.sentences import judge_file


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cpcollab extract",
        description="Find collaboration statements in UN documents (PDF, DOCX, ODT, HTML, text).",
    )
    parser.add_argument("files", nargs="*", type=Path, help="documents to read")
    parser.add_argument("--json", action="store_true", help="one JSON object per file (JSON Lines)")
    parser.add_argument("--blocks", action="store_true", help="with --json: include the document's text blocks")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="drop statements below this confidence")
    parser.add_argument("--sentences", type=Path, help="evaluation contract: JSON Lines of {id, lang, text}")
    parser.add_argument("--out", type=Path, help="with --sentences: where to write the judgements")
    return parser


def _print_text(path: Path, extraction: Extraction, out: TextIO) -> None:
    document, metadata = extraction.document, extraction.document.metadata
    out.write(f"== {path}\n")
    out.write(f"   format {document.format}, {document.pages or '-'} pages, language {document.lang}\n")
    out.write(f"   symbol: {', '.join(metadata.symbols) or '-'}\n")
    for label, value in (
        ("date", metadata.date),
        ("session", metadata.session),
        ("agenda item", metadata.agenda_item),
        ("original", metadata.original_language),
        ("title", metadata.title),
        ("author", metadata.author),
    ):
        if value:
            out.write(f"   {label}: {value}\n")
    out.write(f"   {extraction.sentence_count} sentences, {len(extraction.statements)} collaboration statements\n")
    for statement in extraction.statements:
        where = f"p.{statement.page or '-'}" + (f" para. {statement.para_number}" if statement.para_number else "")
        parties = ", ".join(statement.participants)
        out.write(
            f"   [{where}] {statement.collaboration} ({', '.join(statement.kinds)}; {parties}; "
            f"{statement.confidence:.2f}) {statement.sentence.text}\n"
        )


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command; returns the exit status (1 when any file failed)."""
    out = out or sys.stdout
    args = _parser().parse_args(argv)
    if args.sentences:
        if not args.out:
            _parser().error("--sentences needs --out")
        try:
            with args.sentences.open(encoding="utf-8") as source, args.out.open("w", encoding="utf-8") as target:
                count = judge_file(source, target)
        except (EngineError, OSError) as error:
            print(f"cpcollab extract: {error}", file=sys.stderr)
            return 1
        print(f"{count} sentences judged → {args.out}", file=sys.stderr)
        return 0
    if not args.files:
        _parser().error("give at least one file, or --sentences")
    config = PipelineConfig(min_confidence=args.min_confidence)
    failed = 0
    for path in args.files:
        try:
            extraction = extract(path, config=config)
        except EngineError as error:
            failed += 1
            print(f"{path}: {error}", file=sys.stderr)
            continue
        except OSError as error:
            failed += 1
            print(f"{path}: cannot read the file ({error.strerror})", file=sys.stderr)
            continue
        if args.json:
            out.write(
                json.dumps({"file": str(path), **to_json(extraction, include_blocks=args.blocks)}, ensure_ascii=False)
            )
            out.write("\n")
        else:
            _print_text(path, extraction, out)
    return 1 if failed else 0
