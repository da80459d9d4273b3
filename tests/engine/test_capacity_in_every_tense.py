"""Strengthening capacities is capacity-building in every tense, not only where the verb is an
infinitive ("renforcera les capacités", "se reforzará la capacidad", "укрепит потенциал"). The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.cues import kind_cues


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("fr", "Avec le PNUD, la Mission renforcera les capacités de la police.", "renforcera les capacités"),
        ("fr", "L'UNICEF a renforcé la capacité des services sociaux.", "renforcé la capacité"),
        ("fr", "Le FNUAP renforce leurs capacités en matière de statistiques.", "renforce leurs capacités"),
        ("fr", "en renforçant les capacités des tribunaux", "renforçant les capacités"),
        ("es", "Con el PNUD, se reforzará la capacidad de los tribunales.", "reforzará la capacidad"),
        ("es", "El UNICEF fortaleció las capacidades de los servicios sociales.", "fortaleció las capacidades"),
        ("es", "a fin de fortalecer la capacidad nacional", "fortalecer la capacidad"),
        ("ru", "Миссия вместе с ПРООН укрепит потенциал полиции.", "укрепит потенциал"),
        ("ru", "ЮНИСЕФ укрепляет потенциал социальных служб.", "укрепляет потенциал"),
        ("ru", "ЮНФПА наращивает потенциал статистических органов.", "наращивает потенциал"),
    ],
)
def test_strengthening_capacities_is_capacity_building(lang: str, text: str, words: str) -> None:
    assert kind_cues(lang, text).get(words) == "capacity_building"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Strengthening something else is no capacity-building.
        ("fr", "Le Conseil renforcera les sanctions."),
        ("es", "La Misión reforzará la seguridad del aeropuerto."),
        ("ru", "Миссия укрепит охрану аэропорта."),
    ],
)
def test_strengthening_other_things_is_not(lang: str, text: str) -> None:
    assert "capacity_building" not in kind_cues(lang, text).values()
