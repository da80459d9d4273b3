"""Score the engine on the evaluation set and write the table to docs/evaluation.md.

    python scripts/evaluate.py [--gold ../shared/data/gold/dev.jsonl] [--score ../shared/eval/score.py]

Runs the evaluation contract (``cpcollab extract --sentences``), scores the output with the
evaluation kit's scorer, and writes one table per language with the targets of the engine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("all", "ar", "zh", "en", "fr", "ru", "es")
#: (metric, threshold for English, threshold for the other languages)
TARGETS = {"actors": (0.95, 0.95), "collaboration": (0.85, 0.80), "pairs": (0.80, 0.80)}


def _row(lang: str, m: dict[str, object]) -> dict[str, float]:
    def f1(key: str) -> float:
        value = m.get(key)
        return float(value["f1"]) if isinstance(value, dict) else float("nan")

    return {
        "actors": f1("actors"),
        "collaboration": float(m["collaboration_macro_f1"]),  # type: ignore[arg-type]
        "reported": f1("class:reported"),
        "called_for": f1("class:called_for"),
        "pairs": f1("participants"),
        "kinds": f1("kinds"),
    }


def _mark(metric: str, lang: str, value: float) -> str:
    if metric not in TARGETS or lang == "all":
        return f"{value:.3f}"
    target = TARGETS[metric][0 if lang == "en" else 1]
    return f"{value:.3f} {'✓' if value >= target else '✗'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "data" / "gold" / "dev.jsonl")
    parser.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "evaluation.md")
    args = parser.parse_args()
    if not args.gold.is_file() or not args.score.is_file():
        sys.exit(f"evaluation data not found: {args.gold} / {args.score}")
    with tempfile.TemporaryDirectory() as tmp:
        predictions = Path(tmp) / "pred.jsonl"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "cpcollab", "extract", "--sentences", str(args.gold), "--out", str(predictions)],
            check=True,
        )
        elapsed = time.perf_counter() - started
        scored = subprocess.run(
            [sys.executable, str(args.score), str(args.gold), str(predictions), "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
    result = json.loads(scored.stdout)
    sentences = result["all"]["n"]
    lines = [
        "# Evaluation",
        "",
        f"The engine on the evaluation set (`{args.gold.name}`, {sentences} labelled sentences; guideline:",
        "`shared/docs/ANNOTATION.md`), scored by the evaluation kit's `score.py`. Written by `make eval`;",
        "do not edit by hand. The engine is never trained on these sentences: its model learns from",
        "the team's own labels (`training/README.md`). The set serves to measure, and to see which",
        "kinds of error remain; those are fixed by general rules and data, never for one sentence.",
        "",
        "Targets: actors F1 ≥ 0.95 in every language; collaboration macro-F1 ≥ 0.85 in English and",
        "≥ 0.80 in each other language; participant-pair F1 ≥ 0.80 (✓ met, ✗ not met).",
        "",
        "| language | actors F1 | collaboration macro-F1 | reported F1 | called-for F1 "
        "| participant pairs F1 | kinds F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for lang in LANGS:
        if lang not in result:
            continue
        row = _row(lang, result[lang])
        lines.append(
            f"| {lang} | {_mark('actors', lang, row['actors'])} | {_mark('collaboration', lang, row['collaboration'])} "
            f"| {row['reported']:.3f} | {row['called_for']:.3f} | {_mark('pairs', lang, row['pairs'])} "
            f"| {row['kinds']:.3f} |"
        )
    confusion = ", ".join(f"{k}: {v}" for k, v in result["all"]["confusion"].items())
    lines += [
        "",
        f"Confusion (gold → predicted): {confusion}.",
        "",
        f"Time: {elapsed:.1f} s for {sentences} sentences, including start-up ({sentences / elapsed:.0f} sentences/s).",
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
