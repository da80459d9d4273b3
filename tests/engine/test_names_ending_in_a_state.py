"""A State that ends the name of a fund, plan, strategy or compact ("the Mauritius Strategy", « le
Fonds pour la reconstruction du Libéria », "صندوق إعمار العراق") is named but is in a title, not a
party; a body of the State, a verb or a word relating two parties ("avec", "مع") before it keeps it
a party. ``classify/rules/states.py``'s ``_ends_a_name`` reads this with one reader per word order
(French and Spanish, Arabic here; Russian has its own tests in ``test_rules_ru.py``).
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        (
            "En 2020, le PNUD et l'Union européenne ont financé conjointement l'application de la Stratégie de Maurice.",
            "fr",
            "MUS",
        ),
        (
            "Le Fonds pour la reconstruction du Libéria, géré par la Banque mondiale, a financé trois projets du PNUD.",
            "fr",
            "LBR",
        ),
        ("Le PNUD a coopéré avec des donateurs à la mise en œuvre des Orientations de Samoa.", "fr", "WSM"),
        ("Le BCAH a alloué des fonds aux partenaires du Plan de réponse humanitaire pour le Yémen.", "fr", "YEM"),
        (
            "En 2021, el PNUD y la Unión Europea financiaron conjuntamente la aplicación de la Estrategia de Mauricio.",
            "es",
            "MUS",
        ),
        # Spanish capitalises every word of the name, the head first.
        (
            "El Fondo para la Reconstrucción de Liberia, administrado por el Banco Mundial, financió tres proyectos "
            "del PNUD.",
            "es",
            "LBR",
        ),
        ("El PNUD cooperó con los donantes en la aplicación de la Trayectoria de Samoa.", "es", "WSM"),
        ("La OCAH asignó fondos a los asociados del Plan de Respuesta Humanitaria para el Yemen.", "es", "YEM"),
        ("La OCAH asignó fondos a los asociados del Plan de respuesta humanitaria para el Yemen.", "es", "YEM"),
        (
            "وخصص الصندوق الإنساني للسودان، الذي يديره مكتب تنسيق الشؤون الإنسانية، منحاً لعشرين منظمة غير حكومية.",
            "ar",
            "SDN",
        ),
        ("وموّل صندوق إعمار العراق ثلاثة مشاريع لبرنامج الأمم المتحدة الإنمائي في مجال المياه.", "ar", "IRQ"),
    ],
)
def test_a_state_ending_a_name_is_named_but_takes_no_part(text: str, lang: str, state: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "reported"
    assert state in analysis.states
    assert state not in analysis.participants


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        # A body of the State between the head and the State keeps the State a party.
        (
            "Le Programme national de protection de l'enfance du Niger a été élaboré en coopération avec l'UNICEF.",
            "fr",
            "NER",
        ),
        ("L'UNICEF a coopéré avec le Gouvernement de la Norvège à la préparation du rapport.", "fr", "NOR"),
        # "Avec" relates two parties: no name runs across it.
        ("Le PNUD a lancé un Programme de coopération avec le Cameroun.", "fr", "CMR"),
        (
            "El Programa Nacional de Protección de la Infancia del Níger se elaboró en cooperación con el UNICEF.",
            "es",
            "NER",
        ),
        ("El UNICEF cooperó con el Gobierno de Noruega en la preparación del informe.", "es", "NOR"),
        # A verb after the capitalised words ends the name: Norway is the donor.
        (
            "En 2022, la secretaría del Convenio de Estocolmo sobre Contaminantes recibió de Noruega una "
            "contribución financiera para sus talleres.",
            "es",
            "NOR",
        ),
        ("ووقعت منظمة العمل الدولية اتفاق تعاون مع كينيا بشأن القضاء على عمل الأطفال.", "ar", "KEN"),
    ],
)
def test_a_state_after_a_body_a_verb_or_a_relation_stays_a_party(text: str, lang: str, state: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "reported"
    assert state in analysis.participants
