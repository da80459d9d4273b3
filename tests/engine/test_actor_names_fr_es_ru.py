"""Names of United Nations actors in French, Spanish and Russian as UN documents write them, and
phrases in those languages that name no body although they look like one."""

import pytest

from cpcollab.engine.analyze import analyze_sentence

# An expert group meeting is a meeting, not a panel of experts (English "the Expert Group").
EXPERT_GROUP_MEETINGS = [
    ("fr", "Le rapport de la deuxième réunion du Groupe d'experts a été distribué aux participants."),
    ("es", "El informe de la segunda reunión del Grupo de Expertos se distribuyó a los participantes."),
    ("ru", "Доклад второго совещания Группы экспертов был распространен среди участников."),
]

# A panel named with its subject, or the bare panel a resolution addresses, is still one.
PANELS = [
    ("fr", "La réunion du Groupe d'experts sur la Somalie s'est tenue à Nairobi."),
    ("fr", "Prie le Groupe d'experts de lui présenter un rapport final."),
    ("es", "La reunión del Grupo de Expertos sobre Malí se celebró en Bamako."),
    ("es", "Solicita al Grupo de Expertos que le presente un informe final."),
    ("ru", "Совещание Группы экспертов по Йемену прошло в Аммане."),
    ("ru", "Просит Группу экспертов представить заключительный доклад."),
]


@pytest.mark.parametrize(("lang", "text"), EXPERT_GROUP_MEETINGS)
def test_an_expert_group_meeting_names_no_panel(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == []


@pytest.mark.parametrize(("lang", "text"), PANELS)
def test_a_panel_of_experts_is_still_one(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == ["UN-OTHER"]


def test_a_bare_two_letter_abbreviation_is_no_un_body() -> None:
    # "DS" is also a supreme decree in several Latin American legal systems.
    text = "El Gobierno aprobó el DS 004-2019 sobre la protección de la infancia."
    assert analyze_sentence(text, "es").actors == []


@pytest.mark.parametrize(
    "text",
    [
        "Государства обсудили шкалу взносов Организации Объединенных Наций на следующий период.",
        "Государства обсудили действующую в Организации Объединенных Наций шкалу взносов.",
    ],
)
def test_russian_scale_of_assessments_is_no_actor(text: str) -> None:
    assert analyze_sentence(text, "ru").actors == []


def test_russian_scale_for_the_regular_budget_still_names_the_organization() -> None:
    text = "Суммы распределяются согласно шкале взносов в регулярный бюджет Организации Объединенных Наций."
    assert analyze_sentence(text, "ru").actors == ["UN-SYSTEM"]


@pytest.mark.parametrize(
    "text",
    [
        "Следует учитывать эти вопросы во всех целях и мероприятиях Организации Объединенных Наций.",
        "Эти принципы отражены в целях и деятельности Организации Объединенных Наций.",
    ],
)
def test_russian_activities_of_the_organization_name_it(text: str) -> None:
    assert analyze_sentence(text, "ru").actors == ["UN-SYSTEM"]


def test_russian_purposes_and_principles_stay_an_instrument() -> None:
    text = "Такие меры должны соответствовать целям и принципам Организации Объединенных Наций."
    assert analyze_sentence(text, "ru").actors == []


def test_french_other_entities_end_no_unnamed_entity() -> None:
    # « le Secrétariat et d'autres entités des Nations Unies » lists the Secretariat and the other
    # entities in general; "et d'autres" does not continue a name.
    text = "La Division a collaboré avec le Secrétariat et d'autres entités des Nations Unies."
    analysis = analyze_sentence(text, "fr")
    assert analysis.actors == ["UN-SYSTEM"]
    assert not [s for s in analysis.spans if s.kind == "actor" and "autres" in s.text]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Division for Public Administration and Development Management trained civil servants."),
        (
            "fr",
            "La Division de l'administration publique et de la gestion du développement a formé des fonctionnaires.",
        ),
        ("es", "La División de Administración Pública y Gestión del Desarrollo capacitó a funcionarios."),
        ("ru", "Отдел государственно-административной деятельности и управления развитием провел обучение."),
        ("ar", "ودربت شعبة الإدارة العامة وإدارة التنمية موظفين حكوميين."),
        ("zh", "公共行政和发展管理司培训了公务员。"),
    ],
)
def test_a_division_of_desa_is_a_un_entity(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == ["UN-OTHER"]
