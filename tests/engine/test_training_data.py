"""The sentences the team wrote for training: each in the six languages, labelled alike, with
codes the annotation guideline knows."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from cpcollab.engine.analyze import LANGS
from cpcollab.engine.recognize.actors import annotation_codes

SYNTHETIC = sorted((Path(__file__).resolve().parents[2] / "training" / "synthetic").glob("set_*.jsonl"))
LABELS = ("actors", "states", "collaboration", "participants", "kinds")
KINDS = {"joint_activity", "coordination", "technical_assistance", "capacity_building", "funding", "data_research"}


@pytest.mark.parametrize("path", SYNTHETIC, ids=lambda p: p.name)
def test_every_written_sentence_comes_in_six_languages_with_one_set_of_labels(path: Path) -> None:
    groups: dict[str, dict[str, dict[str, object]]] = defaultdict(dict)
    for raw in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(raw)
        assert record["lang"] not in groups[record["group"]], record["id"]
        groups[record["group"]][record["lang"]] = record
    codes = set(annotation_codes().values())
    for group, versions in groups.items():
        assert set(versions) == set(LANGS), group
        labels = {json.dumps([versions[lang][key] for key in LABELS]) for lang in LANGS}
        assert len(labels) == 1, f"{group}: its languages are labelled differently"
        first = versions["en"]
        actors, states = set(first["actors"]), set(first["states"])
        assert actors <= codes, group
        assert first["collaboration"] in {"reported", "called_for", "none"}, group
        assert set(first["participants"]) <= actors | states | {"OTHER"}, group
        assert set(first["kinds"]) <= KINDS, group
        if first["collaboration"] == "none":
            assert not first["participants"] and not first["kinds"], group
