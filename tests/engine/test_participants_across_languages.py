"""Parties of a collaboration in Arabic, Chinese, French, Russian and Spanish: constructions that
recur across the languages and name a party, or something that only looks like one. A body
that asks is no party; a non-UN organisation named with a State is not that State's body; a
party joined to another by "and", or introduced by "with" or by a mechanism's verb of bringing
together, takes part wherever it stands; armed groups as what children are released from,
countries counted as places, what the collaboration builds, the bodies informed of it and the
operations it is about take no part. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


def _parties(lang: str, text: str) -> list[str]:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration != "none", text
    return analysis.participants


# --- A United Nations body that urges or recommends asks; it takes no part. ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Commission de statistique exhorte les États Membres à coopérer avec le FNUAP pour améliorer les "
            "recensements.",
        ),
        (
            "es",
            "La Comisión de Población y Desarrollo insta a los Estados Miembros a que colaboren con el UNFPA en la "
            "realización de censos.",
        ),
        (
            "ru",
            "Статистическая комиссия настоятельно призывает государства-члены сотрудничать с ЮНФПА в проведении "
            "переписей населения.",
        ),
        ("zh", "统计委员会敦促会员国与人口基金合作开展人口普查。"),
        ("ar", "وتحث اللجنة الإحصائية الدول الأعضاء على التعاون مع صندوق الأمم المتحدة للسكان في إجراء التعدادات."),
    ],
)
def test_a_commission_that_urges_is_no_party(lang: str, text: str) -> None:
    assert _parties(lang, text) == ["OTHER", "UNFPA"]


def test_the_same_commission_taking_part_stays_a_party() -> None:
    text = "La Commission de statistique et le FNUAP ont organisé conjointement un atelier sur les recensements."
    assert _parties("fr", text) == ["UN-OTHER", "UNFPA"]


# --- Organisations outside the United Nations. ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le HCDH a collaboré avec la Commission africaine des droits de l'homme et des peuples à l'élaboration "
            "d'un guide.",
        ),
        ("es", "El ACNUDH colaboró con la Comisión Interamericana de Derechos Humanos en la preparación de una guía."),
        ("ru", "УВКПЧ сотрудничало с Межамериканской комиссией по правам человека в подготовке руководства."),
        ("zh", "人权高专办与非洲人权和民族权委员会合作编写了一份指南。"),
        ("ar", "وتعاونت المفوضية السامية لحقوق الإنسان مع اللجنة الأفريقية لحقوق الإنسان والشعوب في إعداد دليل."),
    ],
)
def test_a_regional_human_rights_commission_is_another_party(lang: str, text: str) -> None:
    assert _parties(lang, text) == ["OHCHR", "OTHER"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Avec l'appui du PNUD et du Conseil de l'Europe, l'Arménie a formé 200 magistrats."),
        ("es", "Con el apoyo del PNUD y el Consejo de Europa, Armenia capacitó a 200 jueces."),
        ("zh", "在开发署和欧洲委员会的支持下，亚美尼亚培训了200名法官。"),
        ("ar", "وبدعم من برنامج الأمم المتحدة الإنمائي ومجلس أوروبا، دربت أرمينيا 200 قاض."),
    ],
)
def test_a_council_of_its_own_is_not_the_body_of_the_state_named(lang: str, text: str) -> None:
    # The Council of Europe holds the word of a State's council, but is no body of Armenia.
    assert _parties(lang, text) == ["ARM", "OTHER", "UNDP"]


# --- Non-UN parties far from the actors. ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Exhorte le Gouvernement centrafricain et les groupes armés signataires de l'accord de paix conclu à "
            "Bangui en février 2019 à coopérer pleinement avec la MINUSCA ;",
        ),
        (
            "es",
            "Insta al Gobierno de la República Centroafricana y a los grupos armados signatarios del acuerdo de paz "
            "concertado en Bangui en febrero de 2019 a que cooperen plenamente con la MINUSCA;",
        ),
        (
            "ru",
            "настоятельно призывает правительство Центральноафриканской Республики и организации гражданского "
            "общества, подписавшие мирное соглашение в Банги в феврале 2019 года, в полной мере сотрудничать с "
            "МИНУСКА;",
        ),
    ],
)
def test_a_party_joined_to_a_state_by_and_takes_part(lang: str, text: str) -> None:
    assert _parties(lang, text) == ["CAF", "DPO", "OTHER"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "En 2022, le PNUD et le PNUE ont organisé conjointement à Genève, pendant trois jours et en marge de la "
            "session annuelle, un séminaire sur l'économie circulaire et la gestion des déchets avec des "
            "organisations de la société civile.",
        ),
        (
            "ru",
            "В 2022 году ПРООН и ЮНЕП совместно провели в Женеве в течение трех дней в рамках ежегодной сессии "
            "семинар по вопросам экономики замкнутого цикла и обращения с отходами с организациями гражданского "
            "общества.",
        ),
    ],
)
def test_a_party_after_with_takes_part(lang: str, text: str) -> None:
    assert _parties(lang, text) == ["OTHER", "UN-OTHER", "UNDP"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'UNICEF et l'OMS codirigent l'Alliance pour la santé des mères et des nouveau-nés dans les situations "
            "de crise humanitaire, qui réunit plus de 300 organisations.",
        ),
        (
            "es",
            "El UNICEF y la OMS codirigen la Alianza para la Salud de las Madres y los Recién Nacidos en Situaciones "
            "de Crisis Humanitaria, que reúne a más de 300 organizaciones.",
        ),
        (
            "ru",
            "ЮНИСЕФ и ВОЗ совместно руководят Альянсом за здоровье матерей и новорожденных в условиях гуманитарных "
            "кризисов, который объединяет более 300 организаций.",
        ),
        (
            "ar",
            "وتشارك اليونيسف ومنظمة الصحة العالمية في قيادة التحالف من أجل صحة الأمهات والمواليد في حالات الأزمات "
            "الإنسانية، الذي يضم أكثر من 300 منظمة.",
        ),
    ],
)
def test_the_members_a_mechanism_brings_together_take_part(lang: str, text: str) -> None:
    assert _parties(lang, text) == ["OTHER", "UNICEF", "WHO"]


# --- Words that look like a party and are none. ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'UNICEF et la MINUSCA ont vérifié conjointement la libération de 300 enfants des groupes armés."),
        ("es", "El UNICEF y la MINUSCA verificaron conjuntamente la separación de 300 niños de grupos armados."),
    ],
)
def test_armed_groups_children_are_released_from_take_no_part(lang: str, text: str) -> None:
    assert _parties(lang, text) == ["DPO", "UNICEF"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El UNFPA y el UNICEF ejecutaron conjuntamente un programa de salud materna en 15 países."),
        ("ru", "ЮНФПА и ЮНИСЕФ совместно осуществляли программу охраны здоровья матерей в 15 странах."),
        ("zh", "人口基金和儿基会在15个国家联合开展了孕产妇保健方案。"),
        ("ar", "ونفذ صندوق الأمم المتحدة للسكان واليونيسف معاً برنامجاً لصحة الأمهات في 15 بلدا."),
    ],
)
def test_countries_counted_as_places_take_no_part(lang: str, text: str) -> None:
    assert _parties(lang, text) == ["UNFPA", "UNICEF"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Solliciter l'appui de l'ONUDC pour renforcer les capacités de la police à lutter contre la "
            "cybercriminalité (Brésil) ;",
        ),
        (
            "es",
            "Recabar el apoyo de la UNODC para reforzar la capacidad de la policía de combatir la ciberdelincuencia "
            "(Brasil);",
        ),
        (
            "ru",
            "обратиться к ЮНОДК за поддержкой в укреплении потенциала полиции в области борьбы с киберпреступностью "
            "(Бразилия);",
        ),
        (
            "ar",
            "التماس دعم مكتب الأمم المتحدة المعني بالمخدرات والجريمة في تعزيز قدرة الشرطة على مكافحة الجريمة "
            "السيبرانية (البرازيل)؛",
        ),
        ("zh", "寻求毒品和犯罪问题办公室的支持，加强警方打击网络犯罪的能力(巴西)；"),
    ],
)
def test_the_police_whose_capacity_is_strengthened_take_part(lang: str, text: str) -> None:
    # Supported by UNODC: a ministry or the officials of a State the sentence does not name.
    assert _parties(lang, text) == ["OTHER", "UNODC"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Establish a national human rights institution with the assistance of OHCHR (Brazil);"),
        ("fr", "Créer une institution nationale des droits de l'homme avec l'assistance du HCDH (Brésil) ;"),
        ("es", "Crear una institución nacional de derechos humanos con la asistencia del ACNUDH (Brasil);"),
        ("zh", "寻求人权高专办的协助，设立国家人权机构(巴西)；"),
    ],
)
def test_a_body_yet_to_be_set_up_takes_no_part(lang: str, text: str) -> None:
    assert _parties(lang, text) == ["OHCHR"]


def test_those_trained_still_take_part() -> None:
    text = (
        "Invite l'ONUDC et l'OIM à coopérer pour former les travailleurs sociaux à l'orientation des victimes de "
        "la traite ;"
    )
    assert _parties("fr", text) == ["IOM", "OTHER", "UNODC"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Bénin a informé le Comité des droits de l'enfant qu'il avait créé, en collaboration avec l'UNICEF, "
            "20 centres d'accueil.",
        ),
        (
            "es",
            "Benin informó al Comité de los Derechos del Niño de que, en colaboración con el UNICEF, había creado 20 "
            "centros de acogida.",
        ),
        ("ru", "Бенин сообщил Комитету по правам ребенка, что в сотрудничестве с ЮНИСЕФ он создал 20 центров приема."),
        ("zh", "贝宁告知儿童权利委员会，它与儿基会合作设立了20个接待中心。"),
    ],
)
def test_the_committee_informed_takes_no_part(lang: str, text: str) -> None:
    assert _parties(lang, text) == ["BEN", "UNICEF"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le HCDH a fourni une assistance technique au Gouvernement béninois pour l'établissement de son rapport "
            "national au titre du troisième cycle de l'Examen périodique universel.",
        ),
        (
            "es",
            "El ACNUDH prestó asistencia técnica al Gobierno de Benin en la preparación de su informe nacional para "
            "el tercer ciclo del examen periódico universal.",
        ),
        ("zh", "人权高专办向贝宁政府提供技术援助，协助其编写第三轮普遍定期审议国家报告。"),
    ],
)
def test_the_review_a_report_is_for_takes_no_part(lang: str, text: str) -> None:
    assert _parties(lang, text) == ["BEN", "OHCHR"]


def test_the_operations_planned_take_no_part() -> None:
    text = (
        "Prie le Secrétaire général de coopérer avec l'Union africaine à la planification des opérations de "
        "maintien de la paix ;"
    )
    assert _parties("fr", text) == ["OTHER", "SG"]


# --- Chinese: what stands around a State. ---


def test_chinese_state_inside_the_name_of_another_party_is_no_party() -> None:
    text = "联合国马里多层面综合稳定团与非洲联盟驻马里特派团联合举办了一次和解会议。"
    assert _parties("zh", text) == ["DPO", "OTHER"]


def test_chinese_state_inside_title_marks_is_no_party() -> None:
    assert _parties("zh", "开发署支持执行《索马里国家发展计划》，并与世界银行密切合作。") == ["UNDP", "WORLDBANK"]


def test_chinese_country_team_for_a_state_is_named_for_it() -> None:
    assert _parties("zh", "安全理事会呼吁联合国伊拉克国家工作队与人权高专办协调努力。") == ["OHCHR", "UN-SYSTEM"]


def test_chinese_funding_word_after_a_list_makes_every_state_a_party() -> None:
    text = "在德国和挪威的资助下，儿基会为海地教育部提供了技术援助。"
    assert _parties("zh", text) == ["DEU", "HTI", "NOR", "UNICEF"]


def test_chinese_state_that_requests_assistance_for_itself_takes_part() -> None:
    assert _parties("zh", "人权事务委员会建议乌干达请求人权高专办提供技术援助。") == ["OHCHR", "UGA"]


# --- An intergovernmental organisation outside the United Nations, named by its acronym, is a party. ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Niger a reçu une assistance technique de l'OMD, de l'OIE et de l'ONUDC."),
        ("en", "The Niger received technical assistance from WCO, OIE and UNODC."),
        ("es", "El Níger recibió asistencia técnica de la OMA, la OIE y la UNODC."),
        ("ru", "Нигер получил техническую помощь от ВТАО, МЭБ и УНП ООН."),
        ("zh", "尼日尔得到了禁化武组织和毒品和犯罪问题办公室的技术援助。"),
        (
            "ar",
            "وتلقت النيجر مساعدة تقنية من منظمة حظر الأسلحة الكيميائية ومكتب الأمم المتحدة المعني بالمخدرات والجريمة.",
        ),
    ],
)
def test_an_intergovernmental_organisation_outside_the_un_is_a_party(lang: str, text: str) -> None:
    assert {"OTHER", "UNODC"} <= set(_parties(lang, text))
