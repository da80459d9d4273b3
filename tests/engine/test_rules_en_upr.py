"""English constructions of Universal Periodic Review reports that decide who takes part: bodies
named as the source or the subject of something, United Nations bodies under general nouns,
non-UN parties in the reports' words, States that speak of their own part, and those who only
benefit. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from tests.engine.parties import parties_of


def _en(text: str):
    return analyze_sentence(text, "en")


# --- A body named as the source or the subject of something is no party. ---


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A commitment, a review cycle, recommendations made or mandated by a body.
        ("Chile welcomed Mongolia’s commitment to the UPR process and its cooperation with UNICEF.", "HRC"),
        (
            "Norway commended Peru for implementing the recommendations of the second UPR and for its cooperation "
            "with OHCHR.",
            "HRC",
        ),
        (
            "112.4 Cooperate with OHCHR in following up on the recommendations made by treaty bodies (Austria);",
            "UN-OTHER",
        ),
        ("Continue to cooperate with the Commission of Inquiry mandated by the Human Rights Council (Chile);", "HRC"),
        ("Bhutan reiterated its cooperation with OHCHR in the context of the Universal Periodic Review.", "HRC"),
        # Reporting to a body, and what a body requests.
        (
            "Ask for technical assistance from UNDP to meet its reporting obligations to treaty bodies (Ghana);",
            "UN-OTHER",
        ),
        ("Strengthen cooperation with UNICEF in line with treaty body reporting procedures (Chile);", "UN-OTHER"),
        (
            "Respond positively to the visits requested by mandate holders and cooperate with OHCHR (Norway);",
            "UN-OTHER",
        ),
        # A convention named after an organization, and the parent of "X of UN HRC".
        ("Enhance cooperation with the UN and consider ratifying ILO Convention No. 189 (Philippines);", "ILO"),
        ("Continue to engage with the special procedures of UN HRC and with OHCHR (Kenya);", "HRC"),
    ],
)
def test_a_body_named_as_source_or_subject_takes_no_part(text: str, absent: str) -> None:
    assert absent not in parties_of(text)


def test_the_body_cooperated_with_stays_a_party_next_to_a_source() -> None:
    parties = parties_of(
        "112.4 Cooperate with OHCHR in following up on the recommendations made by treaty bodies (Austria);"
    )
    assert parties == {"OHCHR"}


# --- United Nations bodies under general nouns are the United Nations, not a non-UN party. ---


def test_united_nations_institutions_are_no_other_party() -> None:
    text = "Seek support from relevant United Nations institutions to reform the juvenile justice system (Egypt);"
    assert parties_of(text) == {"UN-SYSTEM"}


def test_the_united_nations_special_mechanisms_are_its_human_rights_machinery() -> None:
    analysis = _en("Cooperate fully with the various United Nations special mechanisms (Japan);")
    assert analysis.actors == ["UN-OTHER"]
    assert analysis.participants == ["UN-OTHER"]


def test_the_competent_authorities_of_the_united_nations_are_no_other_party() -> None:
    parties = parties_of("Cooperate with OHCHR, the competent authorities of the United Nations and UNDP (Peru);")
    assert "OTHER" not in parties


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Work with the Working Group of the Security Council on Children and Armed Conflict and UNICEF (Belgium);",
            "SC",
        ),
        (
            "Cooperate with the Special Adviser of the Secretary-General on the Prevention of Genocide (Armenia);",
            "UN-OTHER",
        ),
        (
            "Continue cooperation with OCHA and the United Nations Disaster Assessment and Coordination team "
            "(Malaysia);",
            "OCHA",
        ),
    ],
)
def test_named_bodies_get_their_code(text: str, code: str) -> None:
    analysis = _en(text)
    assert code in analysis.participants
    assert "SG" not in analysis.actors


# --- Non-UN parties in the words of UPR reports. ---


@pytest.mark.parametrize(
    "text",
    [
        "Cooperate with the EU and OHCHR in training judges on the rights of the child (Italy);",
        "Work with the African Commission and the United Nations special procedures to protect journalists (Canada);",
        "Work with OHCHR and other sources of assistance to train judges (Egypt);",
        "Continue cooperation with regional and international human rights mechanisms (Jordan);",
        "Strengthen cooperation with UNICEF and local human rights organisations (Chile);",
    ],
)
def test_a_non_un_party_in_upr_words_takes_part(text: str) -> None:
    assert "OTHER" in parties_of(text)


# --- A State that speaks of its own part is a party. ---


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Lesotho expressed its readiness to cooperate with the special procedures.", "LSO"),
        ("Tuvalu requested technical assistance from OHCHR to prepare its national report.", "TUV"),
    ],
)
def test_a_state_speaking_of_its_own_part_is_a_party(text: str, state: str) -> None:
    assert state in parties_of(text)


def test_a_state_judging_another_stays_out() -> None:
    parties = parties_of("Brazil welcomed the cooperation of Malawi with OHCHR.")
    assert parties == {"MWI", "OHCHR"}


def test_a_place_then_said_to_cooperate_is_a_party() -> None:
    parties = parties_of("Sweden noted the progress made in Liberia and its constructive cooperation with OHCHR.")
    assert parties == {"LBR", "OHCHR"}


@pytest.mark.parametrize(
    "text",
    [
        "The delegation referred to a project supported by UNDP and the Government, entitled “Access to justice in "
        "Nepal”.",
        "It had requested assistance from OHCHR-Cambodia.",
    ],
)
def test_a_state_in_a_title_or_an_office_name_is_no_party(text: str) -> None:
    assert not {"NPL", "KHM"} & parties_of(text)


def test_a_body_of_the_named_state_folds_into_it() -> None:
    parties = parties_of("In 2023, the Ombudsman's Office of Peru and OHCHR jointly monitored the elections.")
    assert parties == {"OHCHR", "PER"}


# --- Those supported, what is set up, and parties left unnamed. ---


def test_a_ministry_whose_capacities_are_strengthened_is_a_party() -> None:
    # Supported by UNDP: a ministry of a State the sentence does not name (ANNOTATION.md: OTHER).
    text = "Continue its cooperation with UNDP to strengthen the capacities of the Ministry of Justice (Togo);"
    assert "OTHER" in parties_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Establish a national human rights institution with the assistance of OHCHR (Kenya);",
        "Ensure the independence of the judiciary with the technical assistance of OHCHR (Kenya);",
    ],
)
def test_what_the_collaboration_sets_up_is_no_party(text: str) -> None:
    assert "OTHER" not in parties_of(text)


def test_an_actor_helping_the_subject_leaves_no_party_unnamed() -> None:
    parties = parties_of("The birth registration campaign was carried out with the assistance of UNICEF.")
    assert parties == {"UNICEF"}


@pytest.mark.parametrize(
    "text",
    [
        "UNFPA trained 300 midwives in 2012.",
        "With technical support from UNDP, 40 women's cooperatives set up savings schemes.",
    ],
)
def test_those_helped_by_the_actor_are_a_party(text: str) -> None:
    assert "OTHER" in parties_of(text)


def test_a_committee_recommending_is_no_party() -> None:
    parties = parties_of(
        "The Committee on Enforced Disappearances recommends that the State party cooperate with OHCHR in the search "
        "for disappeared persons."
    )
    assert "UN-OTHER" not in parties
    assert "OHCHR" in parties
