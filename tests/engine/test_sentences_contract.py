"""The evaluation contract of ``cpcollab extract --sentences``: exact fields, one line per input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpcollab.engine.cli import main
from cpcollab.engine.errors import InvalidInputError
from cpcollab.engine.sentences import CONTRACT_FIELDS, judge, judge_lines

SENTENCES = [
    {
        "id": "a",
        "lang": "en",
        "text": "UNICEF and UNFPA jointly supported the Government of Chad in training social workers.",
    },
    {"id": "b", "lang": "en", "text": "Continue its cooperation with OHCHR (Chile);"},
    {"id": "c", "lang": "en", "text": "The meeting was adjourned at 6 p.m."},
    {"id": "d", "lang": "fr", "text": "Le Fonds des Nations Unies pour l'enfance a publié un rapport."},
]


def test_the_command_writes_exactly_the_contract_fields(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(json.dumps(s) for s in SENTENCES) + "\n", encoding="utf-8")

    status = main(["--sentences", str(source), "--out", str(target)])

    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert status == 0
    assert [line["id"] for line in lines] == ["a", "b", "c", "d"]
    assert all(tuple(line) == CONTRACT_FIELDS for line in lines)
    assert all(line["collaboration"] in {"reported", "called_for", "none"} for line in lines)
    assert all(isinstance(line["score"], float) for line in lines)


def test_judgements_follow_the_guideline_on_plain_cases() -> None:
    joint, recommendation, nothing, french = (judge(s) for s in SENTENCES)

    assert joint["collaboration"] == "reported"
    assert {"UNICEF", "UNFPA", "TCD"} <= set(joint["participants"])
    assert "capacity_building" in joint["kinds"]
    assert recommendation["collaboration"] == "called_for"
    assert recommendation["participants"] == ["OHCHR"]  # Chile recommends; it is not a party
    assert recommendation["states"] == ["CHL"]
    assert nothing == {**nothing, "actors": [], "collaboration": "none", "participants": [], "kinds": []}
    assert french["actors"] == ["UNICEF"]


def test_participants_and_kinds_are_empty_when_there_is_no_collaboration() -> None:
    result = judge({"id": 1, "lang": "en", "text": "The Security Council met on 3 May."})

    assert result["actors"] == ["SC"]
    assert (result["collaboration"], result["participants"], result["kinds"]) == ("none", [], [])


@pytest.mark.parametrize(
    "line",
    [
        "not json",
        "[1, 2]",
        '{"id": 1, "lang": "en"}',
        '{"id": 1, "text": "x", "lang": 3}',
        '{"lang": "en", "text": "x"}',
    ],
)
def test_malformed_lines_are_named_errors_with_their_number(line: str) -> None:
    with pytest.raises(InvalidInputError, match="line 2"):
        list(judge_lines(['{"id": 0, "lang": "en", "text": "ok"}', line]))


def test_an_unknown_language_is_read_as_english() -> None:
    assert judge({"id": 1, "lang": "de", "text": "UNICEF works with UNHCR."})["actors"] == ["UNHCR", "UNICEF"]
