"""Recognisers across the six languages, on sentences written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.actors import annotation_code
from cpcollab.engine.recognize.symbols import find_symbols


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The United Nations Children's Fund and the World Health Organization met.", {"UNICEF", "WHO"}),
        (
            "fr",
            "Le Fonds des Nations Unies pour l'enfance et l'Organisation mondiale de la Santé se sont réunis.",
            {"UNICEF", "WHO"},
        ),
        (
            "es",
            "El Fondo de las Naciones Unidas para la Infancia y la Organización Mundial de la Salud se reunieron.",
            {"UNICEF", "WHO"},
        ),
        (
            "ru",
            "Детский фонд Организации Объединенных Наций и Всемирная организация здравоохранения провели встречу.",
            {"UNICEF", "WHO"},
        ),
        ("zh", "联合国儿童基金会和世界卫生组织举行了会议。", {"UNICEF", "WHO"}),
        ("ar", "اجتمعت منظمة الأمم المتحدة للطفولة ومنظمة الصحة العالمية.", {"UNICEF", "WHO"}),
    ],
)
def test_actors_are_named_in_every_language(lang: str, text: str, expected: set[str]) -> None:
    assert set(analyze_sentence(text, lang).actors) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Доклад был представлен Совету Безопасности."),
        ("ru", "Члены Совета Безопасности выслушали брифинг."),
        ("ar", "وقدم التقرير إلى مجلس الأمن."),
        ("ar", "ورحب أعضاء لمجلس الأمن بالتقرير."),
    ],
)
def test_inflected_and_prefixed_forms_are_recognised(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == ["SC"]


def test_a_title_for_a_country_counts_as_its_mission() -> None:
    mali = analyze_sentence("The Special Representative of the Secretary-General for Mali briefed the Council.", "en")
    afghanistan = analyze_sentence(
        "The Special Representative of the Secretary-General for Afghanistan met the press.", "en"
    )

    assert "DPO" in mali.actors and "DPPA" in afghanistan.actors


def test_instruments_and_permanent_missions_name_no_actor() -> None:
    text = "The Permanent Mission of Chile to the United Nations recalled the Charter of the United Nations."

    assert analyze_sentence(text, "en").actors == []


def test_acronyms_inside_document_symbols_are_not_actors() -> None:
    analysis = analyze_sentence("See the compilation prepared by OHCHR (A/HRC/WG.6/8/BLR/2).", "en")

    assert analysis.actors == ["OHCHR"]
    assert [s.value for s in analysis.spans if s.kind == "symbol"] == ["A/HRC/WG.6/8/BLR/2"]


@pytest.mark.parametrize(
    "symbol", ["A/RES/66/139", "S/RES/1612 (2005)", "A/HRC/28/55", "CRC/C/GC/13", "E/ICEF/2015/P/L.3", "A/C.3/68/SR.12"]
)
def test_document_symbols_are_found_whole(symbol: str) -> None:
    assert [s.value for s in find_symbols(f"as in {symbol}, para. 4")] == [symbol]


def test_names_without_a_number_are_not_symbols() -> None:
    assert find_symbols("ILO/IPEC and OIT/IPEC") == []


def test_entities_outside_the_registry_map_to_annotation_codes() -> None:
    assert annotation_code("ECOSOC") == "UN-OTHER"
    assert annotation_code("UNICEF") == "UNICEF"
    assert analyze_sentence("FAO and MONUSCO signed an agreement.", "en").actors == ["DPO", "UN-OTHER"]


def test_countries_short_names_must_be_proper_nouns() -> None:
    assert analyze_sentence("Помимо того, Того сотрудничает с ЮНИСЕФ.", "ru").states == ["TGO"]


BARE_TITLES = {
    "en": "The Office of the Special Representative of the Secretary-General welcomed the report of the Special Rapporteur.",
    "fr": "Le Bureau du Représentant spécial du Secrétaire général a salué le rapport du Rapporteur spécial.",
    "es": "La Oficina del Representante Especial del Secretario General acogió con beneplácito el informe del Relator Especial.",
    "ru": "Канцелярия Специального представителя Генерального секретаря приветствовала доклад.",
    "ar": "رحب مكتب الممثل الخاص للأمين العام بتقرير المقرر الخاص.",
    "zh": "秘书长特别代表办公室欢迎特别报告员的报告。",
}
NAMED_MANDATES = {
    "en": "The Special Rapporteur on the right to food and the Special Representative of the Secretary-General for Mali met.",
    "fr": "Le Rapporteur spécial sur le droit à l'alimentation et le Représentant spécial du Secrétaire général pour le Mali se sont réunis.",
    "es": "El Relator Especial sobre el derecho a la alimentación y el Representante Especial del Secretario General para Malí se reunieron.",
    "ru": "Специальный докладчик по вопросу о праве на питание и Специальный представитель Генерального секретаря по Мали провели встречу.",
    "ar": "اجتمع المقرر الخاص المعني بالحق في الغذاء والممثل الخاص للأمين العام في مالي.",
    "zh": "布隆迪人权状况特别报告员会见了秘书长马里问题特别代表。",
}


@pytest.mark.parametrize("lang", sorted(BARE_TITLES))
def test_a_bare_special_rapporteur_or_representative_is_not_labelled_alone(lang: str) -> None:
    """The guideline labels a bare title only where the sentence identifies it; nor does the
    Secretary-General inside "Special Representative of the Secretary-General" act."""
    assert analyze_sentence(BARE_TITLES[lang], lang).actors == []


@pytest.mark.parametrize("lang", sorted(NAMED_MANDATES))
def test_a_named_mandate_or_a_representative_for_a_country_is_an_actor(lang: str) -> None:
    assert set(analyze_sentence(NAMED_MANDATES[lang], lang).actors) == {"UN-OTHER", "DPO"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The International Narcotics Control Board and UNODC met.", {"UN-OTHER", "UNODC"}),
        ("fr", "L'Organe international de contrôle des stupéfiants et l'ONUDC se sont réunis.", {"UN-OTHER", "UNODC"}),
        (
            "es",
            "La Junta Internacional de Fiscalización de Estupefacientes y la UNODC se reunieron.",
            {"UN-OTHER", "UNODC"},
        ),
        ("ru", "Международный комитет по контролю над наркотиками и ЮНОДК провели встречу.", {"UN-OTHER", "UNODC"}),
        (
            "ar",
            "اجتمعت الهيئة الدولية لمراقبة المخدرات ومكتب الأمم المتحدة المعني بالمخدرات والجريمة.",
            {"UN-OTHER", "UNODC"},
        ),
        ("zh", "国际劳工大会通过了公约。", {"ILO"}),  # 大会 inside is no General Assembly
        ("ar", "التقت المبعوثة الخاصة للأمين العام باليونيسف.", {"DPPA", "UNICEF"}),  # and no Secretary-General
        # Regional bodies named like a UN body
        ("en", "The Inter-American Commission on Human Rights and OHCHR met.", {"OHCHR"}),
        ("ru", "Межамериканская комиссия по правам человека и УВКПЧ провели встречу.", {"OHCHR"}),
        # A State, then the country team: not one body "… и страновая группа ООН"
        (
            "ru",
            "Правительство Таджикистана и страновая группа Организации Объединенных Наций встретились.",
            {"UN-SYSTEM"},
        ),
        # لـ + "اللجنة" is written "للجنة": the Economic and Social Commission for Western Asia
        ("ar", "قدمت اليونيسف الدعم للجنة الاقتصادية والاجتماعية لغربي آسيا.", {"UN-OTHER", "UNICEF"}),
        # A national department named like the United Nations Department of Management
        ("fr", "Le PAM a agi en coordination avec le Département de la gestion des catastrophes.", {"WFP"}),
        ("es", "El PMA actuó en coordinación con el Departamento de Gestión de Desastres.", {"WFP"}),
        # Other names in use: UNHCR with "السامية" before "للأمم المتحدة"; UNODC's short 禁毒办
        ("ar", "وقدمت المفوضية السامية للأمم المتحدة لشؤون اللاجئين الدعم.", {"UNHCR"}),
        ("zh", "禁毒办协助瓦努阿图起草了新的反洗钱法。", {"UNODC"}),
    ],
)
def test_bodies_named_in_full_are_not_mistaken_for_the_organs_inside_their_names(
    lang: str, text: str, expected: set[str]
) -> None:
    assert set(analyze_sentence(text, lang).actors) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The UNFPA-UNICEF Global Programme to End Child Marriage was extended to four more countries."),
        (
            "fr",
            "Le Programme mondial UNFPA-UNICEF visant à accélérer l'action pour mettre fin au mariage d'enfants a été étendu.",
        ),
    ],
)
def test_a_mechanism_named_after_its_members_names_them(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert set(analysis.actors) == {"UNFPA", "UNICEF"}
    members = [s for s in analysis.spans if s.kind == "actor"]
    assert [text[s.start : s.end] for s in members] == ["UNFPA", "UNICEF"]


def test_a_mechanism_whose_name_names_no_member_adds_no_actor() -> None:
    assert analyze_sentence("The Inter-Agency Standing Committee met in Geneva.", "en").actors == []


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("ru", "Грузия и Нигер погасили задолженность.", ["GEO", "NER"]),
        ("ru", "ЮНИСЕФ работает в Нигере и в Нигерии.", ["NER", "NGA"]),  # one stem, two countries
        ("zh", "沿海地区和咸海地区的儿童", []),  # "海地" (Haiti) inside "coastal areas", "the Aral Sea region"
        ("zh", "儿基会在海地提供了支持。", ["HTI"]),
        ("fr", "Réunion-débat organisée avec l'UNICEF sur les droits de l'enfant", []),  # a panel, not Réunion
    ],
)
def test_countries_whose_names_hide_in_other_words_are_told_apart(lang: str, text: str, states: list[str]) -> None:
    assert analyze_sentence(text, lang).states == states


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay welcomed the ratification of CRPD and of its Optional Protocol.", set()),
        ("Sign and ratify the Optional Protocol to the CEDAW (Spain);", set()),
        ("The Convention on the Rights of the Child (CRC) was ratified in 1990.", set()),
        # The committee speaking keeps its acronym.
        ("CRC recommended that Chad cooperate with UNICEF.", {"CRC", "UNICEF"}),
        ("CEDAW also urged Chad to seek assistance from UN-Women.", {"CEDAW", "UN-WOMEN"}),
        ("CRC's concluding observations were shared with UNICEF.", {"CRC", "UNICEF"}),
        ("Prosecute such acts, as recommended by CEDAW (Norway);", {"CEDAW"}),
        ("Implement the recommendations of the CERD on migrants (Brazil);", {"UN-OTHER"}),
        ("It committed itself to present its report to CERD in 2015.", {"UN-OTHER"}),
        ("Protect women, in accordance with CEDAW general recommendation 19 (Hungary);", {"CEDAW"}),
    ],
)
def test_a_bare_treaty_acronym_is_the_convention_unless_its_committee_speaks(text: str, expected: set[str]) -> None:
    found = {s.value for s in analyze_sentence(text, "en").spans if s.kind == "actor"}
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Facilitate the visit of the UN Special Rapporteur on freedom of religion.", {"UN-OTHER"}),
        ("en", "Continue to cooperate with the United Nations special procedures.", {"UN-OTHER"}),
        ("zh", "请联合国统计司提供技术援助。", {"UN-OTHER"}),
        ("ru", "Содействовать визиту Специального докладчика ООН по вопросу о свободе религии.", {"UN-OTHER"}),
        # Named beside another actor, the United Nations is an actor of its own.
        ("en", "The United Nations and UNICEF worked together.", {"UN-SYSTEM", "UNICEF"}),
    ],
)
def test_the_united_nations_qualifying_an_actor_is_part_of_its_name(lang: str, text: str, expected: set[str]) -> None:
    assert set(analyze_sentence(text, lang).actors) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr Mak Sambath, Vice Chair of the National Human Rights Committee of Cambodia, attended.",
        "France mentioned the proposals made by a Parliamentary Commission of Inquiry in its report.",
    ],
)
def test_national_bodies_named_like_treaty_bodies_or_inquiries_are_not_un_actors(text: str) -> None:
    assert analyze_sentence(text, "en").actors == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Consider issuing a standing invitation to all United Nations human rights special procedures (Brazil);",
            {"UN-OTHER"},
        ),
        ("It noted that the country had ratified most United Nations human rights conventions.", set()),
        ("Fully implement the recommendations of the United Nations study on violence against children.", set()),
        ("Lekaukau, Trade Attaché, Botswana Mission to the United Nations,", set()),
        ("Ms. Ruiz, Deputy Ambassador of Chile at the United Nations and other International Organizations.", set()),
        ("Norway appreciated its cooperation with the United Nations human rights system.", {"UN-SYSTEM"}),
    ],
)
def test_the_united_nations_in_instruments_delegations_and_the_human_rights_machinery(
    text: str, expected: set[str]
) -> None:
    assert set(analyze_sentence(text, "en").actors) == expected
