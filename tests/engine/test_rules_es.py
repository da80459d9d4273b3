"""Spanish constructions that decide who takes part (States ending a name are in
test_names_ending_in_a_state.py): organs asked "a que" collaborate, the sources of recommendations,
bodies of a State, and Spanish wording of parties and pledges. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


def _es(text: str):
    return analyze_sentence(text, "es")


# --- "Alienta a X a que siga colaborando": X is asked to collaborate, so it takes part. ---


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Alienta a la Representante Especial del Secretario General sobre la Violencia contra los Niños a que "
            "siga colaborando con la Organización Mundial de la Salud;",
            {"SRSG-VAC", "WHO"},
        ),
        (
            "Invita al Comité de los Derechos del Niño y al Comité contra la Tortura a que sigan intercambiando "
            "información con el ACNUDH;",
            {"CRC", "CAT", "OHCHR"},
        ),
    ],
)
def test_an_organ_asked_a_que_collaborate_is_a_party(text: str, parties: set[str]) -> None:
    analysis = _es(text)
    assert analysis.collaboration == "called_for"
    assert parties <= set(analysis.participants)


def test_the_organ_asking_stays_out_and_the_one_asked_takes_part() -> None:
    analysis = _es(
        "El Consejo de Seguridad pide al Secretario General que coopere estrechamente con la Unión Africana en la "
        "mediación."
    )
    assert analysis.collaboration == "called_for"
    assert "SG" in analysis.participants
    assert "SC" not in analysis.participants


# --- The source of recommendations is named, not a party. ---


def test_the_mechanisms_whose_recommendations_are_applied_take_no_part() -> None:
    analysis = _es(
        "Solicita al ACNUDH que, en cooperación con el PNUD, preste asistencia técnica para aplicar las "
        "recomendaciones de los mecanismos de derechos humanos;"
    )
    assert analysis.collaboration == "called_for"
    assert "UN-OTHER" in analysis.actors
    assert set(analysis.participants) == {"OHCHR", "UNDP"}


# --- Spanish words of non-UN parties. ---


def test_lower_case_estados_are_no_party() -> None:
    # "los estados financieros": financial statements.
    analysis = _es("El UNICEF examinó con la Junta los estados financieros del ejercicio en cooperación con la OMS.")
    assert analysis.collaboration == "reported"
    assert "OTHER" not in analysis.participants
    assert "OTHER" in _es("El UNICEF colaboró con los Estados de la región.").participants


def test_officers_of_a_named_states_service_fold_into_the_state() -> None:
    analysis = _es(
        "En 2020, la UNODC capacitó a 90 agentes de la Policía Nacional de Ghana en la investigación de delitos "
        "cibernéticos."
    )
    assert analysis.collaboration == "reported"
    assert set(analysis.participants) == {"GHA", "UNODC"}


def test_officials_of_no_named_state_are_another_party() -> None:
    analysis = _es("Invita a la UNODC y a la OIM a que sigan cooperando en la formación de funcionarios de aduanas;")
    assert analysis.collaboration == "called_for"
    assert "OTHER" in analysis.participants


@pytest.mark.parametrize(
    "text",
    [
        "Insta al PNUD a que refuerce su alianza con el Banco Mundial, en particular mediante reuniones entre sus "
        "altos funcionarios;",
        "El PNUD y ONU-Mujeres colaboraron en los países para apoyar la participación política de las mujeres.",
        "El UNFPA patrocinó a dos expertos asociados en la oficina del ACNUR en Jordania.",
        "El UNICEF y la OMS prestaron apoyo técnico conjunto en todas las partes del país.",
    ],
)
def test_phrases_holding_a_party_word_add_no_party(text: str) -> None:
    analysis = _es(text)
    assert analysis.collaboration != "none"
    assert "OTHER" not in analysis.participants


def test_pledges_are_funding() -> None:
    analysis = _es(
        "El Fondo Central para la Acción en Casos de Emergencia recibió en 2022 promesas de contribuciones de 40 "
        "Estados Miembros."
    )
    assert analysis.collaboration == "reported"
    assert "funding" in analysis.kinds
    assert set(analysis.participants) == {"OCHA", "OTHER"}
