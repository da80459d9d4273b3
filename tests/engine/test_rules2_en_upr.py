"""English wording of review reports and resolutions that decides who takes part: "encouraging"
as a judgement, a body named for its visits, its sessions, its guidelines or as the addressee, a
State named to compare or as an origin, the examples of a kind of party, and a State that speaks
of its own part. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.classify.rules.en import _en_compared, _en_exemplified, _en_origin, _en_speaks_of_itself
from cpcollab.engine.model import Span
from tests.engine.parties import parties_of


def _span(text: str, word: str, kind: str = "country", value: str = "") -> Span:
    start = text.index(word)
    return Span(start, start + len(word), kind, value, word, "test")


# --- "Encouraging" that judges, not asks. ---


def test_encouraging_as_a_judgement_leaves_the_organ_a_party() -> None:
    text = (
        "Peru observed that joint work with the United Nations, notably with the Working Group of the "
        "Security Council on children and armed conflict, had been encouraging."
    )
    assert "SC" in parties_of(text)


def test_the_organ_that_encourages_still_asks() -> None:
    text = "The Security Council encourages UNICEF to cooperate closely with the African Union."
    assert "SC" not in parties_of(text)


# --- A body named for what it does or holds, not as a partner. ---


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Its visits.
        (
            "Ghana praised Togo’s cooperation with UNICEF and noted that two special rapporteurs’ visits had taken place.",
            "UN-OTHER",
        ),
        # Its session: the time of the event.
        (
            "At the fifty-fifth session of the Commission on Population and Development, Kenya and UNFPA jointly hosted a panel on census data.",
            "UN-OTHER",
        ),
        # What it authorizes.
        (
            "Requests the Secretary-General to work with the African Union on the support to missions authorized by the Security Council;",
            "SC",
        ),
        # An invitation to visit.
        (
            "Issue an invitation to the Special Rapporteur on the right to education and cooperate with UNESCO on school curricula (Peru);",
            "UN-OTHER",
        ),
        # Its guidelines: an instrument.
        (
            "UNICEF and the health ministry will jointly update the national vaccination schedule in line with the latest WHO guidelines.",
            "WHO",
        ),
        # The addressee of what a State says.
        (
            "Armenia informed the Committee against Torture that, together with OHCHR, it had trained 300 prison officers.",
            "CAT",
        ),
        (
            "Bhutan informed the Committee on the Rights of the Child that, in partnership with UNICEF, it had built 20 shelters.",
            "CRC",
        ),
        # What it asked for, what is written for it, what it owns or wrote, and its reform.
        (
            "Receive the visits requested by the Special Rapporteur on torture and work with UNICEF on juvenile justice (Chile);",
            "UN-OTHER",
        ),
        (
            "Seek technical assistance from OHCHR for drafting its overdue reports for the treaty bodies (Ghana);",
            "UN-OTHER",
        ),
        (
            "Ratify the core human rights instruments of the United Nations and cooperate with UNHCR on statelessness (Peru);",
            "UN-SYSTEM",
        ),
        (
            "Cooperate with UNICEF to address the gaps found in the treaty bodies’ reports on juvenile justice (Chile);",
            "UN-OTHER",
        ),
        (
            "Sri Lanka will work with OHCHR on proposals for treaty body reform.",
            "UN-OTHER",
        ),
    ],
)
def test_a_body_named_for_something_else_is_no_party(text: str, absent: str) -> None:
    assert absent not in parties_of(text)


def test_a_commission_of_states_that_urges_asks_rather_than_takes_part() -> None:
    text = (
        "The Commission on the Status of Women urges Member States to cooperate with UN-Women in ending child marriage."
    )
    parties = parties_of(text)
    assert "UN-WOMEN" in parties
    assert "CSW" not in parties


# --- States named to compare or as an origin. ---


def test_a_state_named_to_compare_is_no_party() -> None:
    text = "Deepen the cooperation with the treaty bodies and consider accepting individual complaints, as Uruguay has (Uruguay);"
    assert "URY" not in parties_of(text)
    assert _en_compared(text, _span(text, "Uruguay"))


def test_a_state_that_does_something_as_a_cause_stays() -> None:
    text = "As Uruguay has cooperated with OHCHR since 2015, it received training."
    assert not _en_compared(text, _span(text, "Uruguay"))


def test_people_from_other_countries_are_an_origin_not_a_party() -> None:
    text = "Austria commended Jordan for receiving migrants arriving from neighbouring countries in close cooperation with IOM."
    parties = parties_of(text)
    assert "OTHER" not in parties
    assert {"JOR", "IOM"} <= parties
    assert _en_origin(text, _span(text, "countries", "cue.other"))
    other = "UNDP worked with neighbouring countries on border management."
    assert not _en_origin(other, _span(other, "countries", "cue.other"))


def test_children_from_a_state_are_an_origin() -> None:
    text = "In Peru, UNHCR and UNICEF jointly ran twelve child-friendly spaces for children from Venezuela."
    assert "VEN" not in parties_of(text)


# --- The examples of a kind of party. ---


def test_a_kind_whose_example_is_a_un_actor_is_no_other_party() -> None:
    text = "Continue, with technical help from competent international organizations such as UNESCO, to reform the school curricula (Oman);"
    cue = _span(text, "international organizations", "cue.other")
    actors = [_span(text, "UNESCO", "actor", "UNESCO")]
    assert _en_exemplified(text, cue, actors)
    assert parties_of(text) == {"UNESCO"}


def test_a_whole_that_includes_a_un_actor_stays_a_party() -> None:
    text = "Seek assistance from the international community, including UNDP, to rebuild the courts (Chad);"
    cue = _span(text, "the international community", "cue.other")
    assert not _en_exemplified(text, cue, [_span(text, "UNDP", "actor", "UNDP")])
    assert "OTHER" in parties_of(text)


# --- A State that speaks of its own part. ---


def test_a_state_that_goes_on_to_ask_for_help_for_itself_is_a_party() -> None:
    text = "On its overdue reports, Lesotho acknowledged the delays and accordingly requested technical assistance from OHCHR."
    assert {"LSO", "OHCHR"} <= parties_of(text)


def test_a_state_reporting_what_it_did_is_a_party() -> None:
    text = "Mongolia noted that, with support from UNFPA, it had opened five shelters for survivors of violence."
    assert {"MNG", "UNFPA"} <= parties_of(text)


def test_a_state_speaking_of_another_stays_a_speaker() -> None:
    text = "Norway noted that Nepal had requested technical assistance from OHCHR."
    countries = [_span(text, "Norway", value="NOR"), _span(text, "Nepal", value="NPL")]
    assert not _en_speaks_of_itself(text, countries[0], countries)
    assert "NOR" not in parties_of(text)
