"""The evaluation script's bootstrap intervals: a parallel-corpus line's languages are drawn
together, perfect output has no spread, and the interval holds the figure measured on the whole
set. The labelled sentences here are written for the test."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("evaluate_script", ROOT / "scripts" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _gold() -> list[dict[str, object]]:
    records = []
    for line in range(40):
        for lang in ("en", "fr"):
            positive = line % 3 == 0
            records.append(
                {
                    "id": f"unpc:{line}:{lang}",
                    "lang": lang,
                    "actors": ["UNICEF", "UNDP"] if positive else ["UNICEF"],
                    "states": [],
                    "collaboration": "reported" if positive else "none",
                    "participants": ["UNDP", "UNICEF"] if positive else [],
                    "kinds": ["joint_activity"] if positive else [],
                }
            )
    return records


def test_a_parallel_line_is_one_group_and_other_sentences_are_their_own() -> None:
    script = _script()
    assert script._group("unpc:123:ar") == script._group("unpc:123:zh") == "unpc:123"
    assert script._group("upr:angola2010:44487") == "upr:angola2010:44487"


@pytest.mark.skipif(not SCORER.is_file(), reason=f"the evaluation kit's scorer is not at {SCORER}")
def test_perfect_output_has_no_spread_and_errors_widen_it(tmp_path: Path) -> None:
    script = _script()
    gold = _gold()
    gold_path = _write(tmp_path / "gold.jsonl", gold)

    perfect = script.intervals(SCORER, gold_path, _write(tmp_path / "perfect.jsonl", gold))
    assert perfect["en"]["actors"] == (1.0, 1.0)
    assert perfect["fr"]["pairs"] == (1.0, 1.0)

    # Half the French lines lose UNDP: French actors F1 falls, by more or less depending on the draw.
    worse = [
        dict(r, actors=["UNICEF"]) if r["lang"] == "fr" and int(str(r["id"]).split(":")[1]) % 2 else r for r in gold
    ]
    worse_path = _write(tmp_path / "worse.jsonl", worse)
    spread = script.intervals(SCORER, gold_path, worse_path)
    measured = script._row("fr", _kit().score(script._load(gold_path), script._load(worse_path))["fr"])["actors"]
    low, high = spread["fr"]["actors"]
    assert low < measured < high < 1.0
    assert spread["en"]["actors"] == (1.0, 1.0)


def _kit() -> ModuleType:
    spec = importlib.util.spec_from_file_location("evaluation_kit", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_actor_errors_are_split_by_whether_the_english_line_is_right() -> None:
    script = _script()

    def record(line: int, lang: str, actors: list[str]) -> dict[str, object]:
        return {"id": f"unpc:{line}:{lang}", "lang": lang, "actors": actors}

    gold = {r["id"]: r for line in (1, 2, 3) for lang in ("en", "fr") for r in [record(line, lang, ["UNICEF"])]}
    pred = {
        **{f"unpc:{line}:en": record(line, "en", ["UNICEF"]) for line in (1, 2)},
        "unpc:3:en": record(3, "en", []),  # English misses it too: the French miss can be mended
        "unpc:1:fr": record(1, "fr", ["UNICEF"]),
        "unpc:2:fr": record(2, "fr", []),  # the translation drops the name: English is right
        "unpc:3:fr": record(3, "fr", []),
    }
    french = script.actors_against_english(gold, pred)["fr"]
    assert (french["errors"], french["english_right"]) == (2, 1)
    assert french["f1"] == pytest.approx(2 * 1 / (2 * 1 + 2))
    assert french["ceiling"] == pytest.approx(2 * 2 / (2 * 2 + 1))
    assert "en" not in script.actors_against_english(gold, pred)
