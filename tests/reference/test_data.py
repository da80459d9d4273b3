"""The reference data files: complete, consistent, in six languages."""

from __future__ import annotations

import pytest

from cpcollab import reference
from cpcollab.reference.languages import LANGUAGES

# The codes of the table in the annotation guideline (docs shared with the evaluation).
ANNOTATION_CODES = {
    "UNICEF", "OHCHR", "UNHCR", "SRSG-CAAC", "SRSG-VAC", "SRSG-SVC", "SR-SALE", "CRC", "HRC", "ILO",
    "UNODC", "WHO", "UNFPA", "UNESCO", "UNDP", "UN-WOMEN", "OCHA", "IOM", "WFP", "UNAIDS", "UNRWA",
    "DPO", "DPPA", "UNHABITAT", "WORLDBANK", "SG", "GA", "SC", "UN-SYSTEM", "UN-OTHER",
}  # fmt: skip


def test_every_annotation_code_is_an_actor_and_extras_map_to_one() -> None:
    actors = {a.code: a for a in reference.actors()}

    assert set(actors) >= ANNOTATION_CODES
    assert len(actors) >= 30
    assert {a.annotation_code for a in actors.values()} <= ANNOTATION_CODES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_actor_is_named_in_each_language(lang: str) -> None:
    for actor in reference.actors():
        name = actor.names[lang]
        assert name.full and name.short, (actor.code, lang)


def test_independent_mandates_are_the_special_representatives_rapporteur_and_treaty_bodies() -> None:
    actors = {a.code: a for a in reference.actors()}

    for code in ("SRSG-CAAC", "SRSG-VAC", "SRSG-SVC", "SR-SALE", "CRC"):
        assert actors[code].independent_mandate, code
    for code in ("UNICEF", "UNODC", "WHO", "DPO"):
        assert not actors[code].independent_mandate, code


def test_countries_hold_193_member_states_two_observers_named_in_six_languages() -> None:
    countries = reference.countries()
    members = [c for c in countries if c.status == "member_state"]
    observers = {c.iso3 for c in countries if c.status == "observer_state"}

    assert len(members) == 193
    assert observers == {"PSE", "VAT"}
    assert all(set(c.names) == set(LANGUAGES) for c in members)
    assert all(c.m49 and len(c.iso3) == 3 and len(c.iso2) == 2 for c in members)


def test_theme_taxonomy_holds_every_required_scheme() -> None:
    themes = {t.code: t for t in reference.themes()}

    assert {"crc-gp", "crc", "op", "grave", "inspire", "sdg", "cpms"} == {
        code for code, t in themes.items() if t.kind == "scheme"
    }
    assert {f"crc-art-{n}" for n in range(1, 55)} <= set(themes)
    assert len([c for c in themes if c.startswith("grave-")]) == 6
    assert len([c for c in themes if c.startswith("inspire-")]) == 7
    assert {"sdg-16.2", "sdg-8.7", "sdg-5.2", "sdg-5.3", "sdg-16.9", "sdg-4.a", "sdg-16.3"} <= set(themes)
    assert len([c for c, t in themes.items() if c.startswith("cpms-") and t.kind == "item"]) == 28


def test_themes_are_named_in_six_languages() -> None:
    for theme in reference.themes():
        assert set(theme.names) == set(LANGUAGES), theme.code


def test_kinds_are_the_six_of_the_guideline() -> None:
    assert [k.code for k in reference.kinds()] == [
        "joint_activity",
        "coordination",
        "technical_assistance",
        "capacity_building",
        "funding",
        "data_research",
    ]


def test_mechanism_members_are_registry_actors() -> None:
    actor_codes = {a.code for a in reference.actors()}
    mechanisms = reference.mechanisms()

    assert {"MRM", "IPJJ", "ICAT"} <= {m.code for m in mechanisms}
    assert all(m.actor in actor_codes for mech in mechanisms for m in mech.members)
