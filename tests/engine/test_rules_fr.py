"""French constructions that decide who takes part (States ending a name are in
test_names_ending_in_a_state.py): lists that repeat the preposition that gives, demonyms used as
nouns, bodies of a State, and French cue wording. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


def _fr(text: str):
    return analyze_sentence(text, "fr")


# --- "au Kenya, à l'Ouganda et à la Tanzanie": the preposition that gives is repeated. ---


def test_every_state_of_a_list_given_to_is_a_party() -> None:
    analysis = _fr("L'ONUDC a fourni une assistance technique au Ghana, au Togo et au Bénin en 2021.")
    assert analysis.collaboration == "reported"
    assert {"GHA", "TGO", "BEN", "UNODC"} <= set(analysis.participants)


def test_a_list_of_places_stays_a_list_of_places() -> None:
    analysis = _fr("Au Ghana, au Togo et au Bénin, l'UNICEF a coopéré étroitement avec le PAM.")
    assert analysis.collaboration == "reported"
    assert {"GHA", "TGO", "BEN"} <= set(analysis.states)
    assert not {"GHA", "TGO", "BEN"} & set(analysis.participants)


# --- A demonym written as a noun names people; one qualifying a body is the State. ---


def test_a_demonym_noun_names_people_not_the_state() -> None:
    analysis = _fr("Le HCR et l'OIM ont aidé conjointement plus de 5 000 Soudanais à rentrer chez eux.")
    assert analysis.collaboration == "reported"
    assert "SDN" in analysis.states
    assert "SDN" not in analysis.participants
    assert {"UNHCR", "IOM"} <= set(analysis.participants)


def test_a_demonym_qualifying_a_body_is_the_state() -> None:
    analysis = _fr("La FINUL a coopéré étroitement avec les forces armées libanaises dans le sud.")
    assert "LBN" in analysis.participants


# --- Bodies of a State, and what is none. ---


def test_a_non_governmental_organisation_is_no_body_of_the_state_named() -> None:
    analysis = _fr(
        "Au Tchad, la MINUSCA a travaillé en collaboration avec l'UNICEF et des organisations non gouvernementales locales."
    )
    assert analysis.collaboration == "reported"
    assert "OTHER" in analysis.participants


def test_the_authorities_supported_are_those_of_the_state_named() -> None:
    analysis = _fr(
        "La MONUSCO a apporté son soutien aux autorités, à la société civile et aux autres parties prenantes dans les "
        "efforts de stabilisation en République démocratique du Congo."
    )
    assert analysis.collaboration == "reported"
    assert "COD" in analysis.participants


def test_the_netherlands_are_a_state_not_countries() -> None:
    analysis = _fr("Les Pays-Bas ont financé le projet du PNUD consacré aux tribunaux itinérants.")
    assert analysis.collaboration == "reported"
    assert analysis.participants == ["NLD", "UNDP"]


def test_the_netherlands_without_their_hyphen_are_named() -> None:
    assert "NLD" in _fr("L'ambassade des PaysBas a transmis la demande à la Commission.").states


def test_the_country_level_names_no_country() -> None:
    analysis = _fr("5. Encourage le PNUD et l'UNICEF à intensifier leur collaboration au niveau des pays ;")
    assert analysis.collaboration == "called_for"
    assert "OTHER" not in analysis.participants
    assert {"UNDP", "UNICEF"} <= set(analysis.participants)


def test_the_mechanisms_whose_recommendations_are_followed_take_no_part() -> None:
    analysis = _fr(
        "Prie le HCDH de former, en collaboration avec l'Union interparlementaire, des parlementaires au suivi "
        "des recommandations des mécanismes relatifs aux droits de l'homme ;"
    )
    assert analysis.collaboration == "called_for"
    assert "UN-OTHER" in analysis.actors
    assert "UN-OTHER" not in analysis.participants


# --- French cue wording. ---


@pytest.mark.parametrize(
    "text",
    [
        "Pendant l'épidémie, l'OMS a travaillé aux côtés de l'UNICEF dans les centres de santé.",
        "En 2021, le HCDH a conseillé la commission électorale nationale sur la sécurité du scrutin.",
    ],
)
def test_working_alongside_and_advising_are_reported(text: str) -> None:
    assert _fr(text).collaboration == "reported"


def test_advising_a_states_body_makes_the_state_a_party() -> None:
    analysis = _fr("L'ONUDC a conseillé les juges malgaches sur l'application de la nouvelle loi.")
    assert analysis.participants == ["MDG", "UNODC"]


def test_an_adviser_is_no_advice() -> None:
    analysis = _fr("Le Conseiller spécial du Secrétaire général a pris ses fonctions le 3 mars.")
    assert analysis.collaboration == "none"


def test_a_recommendation_to_engage_in_dialogue_is_called_for() -> None:
    analysis = _fr(
        "98.12 Dialoguer de manière constructive avec le Rapporteur spécial sur le droit à l'éducation (Chili) ;"
    )
    assert analysis.collaboration == "called_for"
    assert "CHL" not in analysis.participants
