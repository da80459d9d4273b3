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
        "The seminar was organised by the Government and the National Commission on Human Rights.",
        # A qualifier before the name, or a State before or after it.
        "The Presidential Human Rights Committee held a meeting with the Government.",
        "The Inter-ministerial Committee on the Rights of the Child met in May.",
        "The Parliamentary Human Rights Committee chaired a working group.",
        "The Senegalese Human Rights Committee, established in 1970, is independent.",
        "The Cambodia Human Rights Committee coordinated the preparation of the report.",
        "The head of the Human Rights Committee of Cambodia attended.",
        "It has been proposed to set up a coordinating Human Rights Council of Lithuania.",
    ],
)
def test_national_bodies_named_like_treaty_bodies_or_inquiries_are_not_un_actors(text: str) -> None:
    assert analyze_sentence(text, "en").actors == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # The review of a State, and the Council's mandate holders in a State, are the Council's.
        ("As had been recommended during the previous UPR of Bhutan, the State adopted the Act.", ["HRC"]),
        ("Consider receiving the Special Rapporteurs of the Human Rights Council in Ethiopia (Norway);", ["UN-OTHER"]),
        ("Chile, the Human Rights Committee and UNICEF met.", ["CCPR", "UNICEF"]),
    ],
)
def test_a_un_body_beside_a_state_is_still_the_un_body(text: str, actors: list[str]) -> None:
    assert analyze_sentence(text, "en").actors == actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Consider issuing a standing invitation to all United Nations human rights special procedures (Brazil);",
            {"UN-OTHER"},
        ),
        ("It noted that the country had ratified most United Nations human rights conventions.", set()),
        ("Fully implement the recommendations of the United Nations study on violence against children.", set()),
        ("It should act in line with the UN Guiding Principles on Business and Human Rights.", set()),
        ("Slovenia ratified the UN Convention on the Rights of Persons with Disabilities.", set()),
        ("Lekaukau, Trade Attaché, Botswana Mission to the United Nations,", set()),
        ("Ms. Ruiz, Deputy Ambassador of Chile at the United Nations and other International Organizations.", set()),
        ("Norway appreciated its cooperation with the United Nations human rights system.", {"UN-OTHER"}),
    ],
)
def test_the_united_nations_in_instruments_delegations_and_the_human_rights_machinery(
    text: str, expected: set[str]
) -> None:
    assert set(analyze_sentence(text, "en").actors) == expected


PANELS_NAMED_WITH_A_COUNTRY = {
    "en": (
        "The Panel of Experts on South Sudan and the Monitoring Group on Somalia and Eritrea shared their findings.",
        {"SSD", "SOM", "ERI"},
    ),
    "fr": (
        "Le Groupe d'experts sur le Soudan du Sud et le Groupe de contrôle pour la Somalie et l'Érythrée ont "
        "échangé leurs conclusions.",
        {"SSD", "SOM", "ERI"},
    ),
    "es": (
        "El Grupo de Expertos sobre Sudán del Sur y el Grupo de Supervisión para Somalia y Eritrea compartieron "
        "sus conclusiones.",
        {"SSD", "SOM", "ERI"},
    ),
    "ru": (
        "Группа экспертов по Южному Судану и Группа контроля по Сомали и Эритрее обменялись выводами.",
        {"SSD", "SOM", "ERI"},
    ),
    "ar": (
        "تبادل فريق الخبراء المعني بجنوب السودان وفريق الرصد المعني بالصومال وإريتريا استنتاجاتهما.",
        {"SSD", "SOM", "ERI"},
    ),
    "zh": ("南苏丹问题专家小组和索马里和厄立特里亚问题监察组交流了调查结果。", {"SSD", "SOM", "ERI"}),
}
BARE_PANELS = {
    "en": "The Panel of Experts travelled to the region and the Group of Experts wrote to the Government.",
    "fr": "Le Groupe d'experts s'est rendu dans la région et a écrit au Gouvernement.",
    "es": "El Grupo de Expertos viajó a la región y escribió al Gobierno.",
    "ru": "Группа экспертов посетила регион и направила письмо правительству.",
    "ar": "سافر فريق الخبراء إلى المنطقة وكتب إلى الحكومة.",
    "zh": "专家小组前往该区域并致函政府。",
}


@pytest.mark.parametrize("lang", sorted(PANELS_NAMED_WITH_A_COUNTRY))
def test_panels_and_monitoring_groups_named_with_their_country_are_actors(lang: str) -> None:
    text, states = PANELS_NAMED_WITH_A_COUNTRY[lang]
    analysis = analyze_sentence(text, lang)
    panels = [s for s in analysis.spans if s.kind == "actor"]

    assert [s.value for s in panels] == ["UN-OTHER", "UN-OTHER"]
    assert set(analysis.states) == states  # the countries stay outside the names


@pytest.mark.parametrize("lang", sorted(BARE_PANELS))
def test_a_bare_panel_or_group_of_experts_is_the_sanctions_committee_panel(lang: str) -> None:
    # UN documents write a sanctions committee's panel capitalised and bare once it is introduced;
    # the guideline counts it as a UN body when it takes part in a collaboration.
    assert analyze_sentence(BARE_PANELS[lang], lang).actors == ["UN-OTHER"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Government convened a group of experts from three universities."),
        ("fr", "Le Gouvernement a réuni un groupe d'experts de trois universités."),
        ("es", "El Gobierno reunió a un grupo de expertos de tres universidades."),
    ],
)
def test_a_group_of_experts_in_lower_case_is_no_body(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Consultations with the Group of Experts on the Democratic Republic of the Congo continued."),
        ("en", "The Panel of Experts established pursuant to resolution 1874 (2009) reported in May."),
        ("en", "The expert group on firearms trafficking met in Vienna."),
        ("fr", "Le Groupe d'experts créé par la résolution 1874 (2009) a fait rapport en mai."),
        ("es", "Se celebró la reunión del grupo de expertos sobre la trata de bienes culturales."),
        ("ar", "قدم فريق الخبراء المنشأ عملا بالقرار 1874 (2009) تقريره في أيار/مايو."),
        ("zh", "第1874(2009)号决议所设专家小组于5月提交了报告。"),
    ],
)
def test_a_group_of_experts_named_by_its_subject_or_resolution_is_an_actor(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == ["UN-OTHER"]


@pytest.mark.parametrize(
    "text",
    [
        "Its conclusions were discussed at an expert group meeting held in Nairobi last year.",
        "The bureau of the second meeting of the Expert Group prepared a working paper.",
    ],
)
def test_an_expert_meeting_or_a_bare_expert_group_names_no_actor(text: str) -> None:
    assert analyze_sentence(text, "en").actors == []


MONITORING_TEAM = {
    "en": "The Analytical Support and Sanctions Monitoring Team briefed the delegations.",
    "fr": "L'Équipe d'appui analytique et de surveillance des sanctions a informé les délégations.",
    "es": "El Equipo de Apoyo Analítico y Vigilancia de las Sanciones informó a las delegaciones.",
    "ru": "Группа по аналитической поддержке и наблюдению за санкциями провела брифинг для делегаций.",
    "ar": "قدم فريق الدعم التحليلي ورصد الجزاءات إحاطة إلى الوفود.",
    "zh": "分析支助和制裁监测组向各代表团作了通报。",
}


@pytest.mark.parametrize("lang", sorted(MONITORING_TEAM))
def test_the_sanctions_monitoring_team_is_an_actor(lang: str) -> None:
    assert analyze_sentence(MONITORING_TEAM[lang], lang).actors == ["UN-OTHER"]


OPEN_ENDED_WORKING_GROUPS = {
    "en": "The Open-ended Working Group on Ageing held its sixth session in New York.",
    "fr": "Le Groupe de travail à composition non limitée sur le vieillissement a tenu sa sixième session.",
    "es": "El Grupo de Trabajo de composición abierta sobre el Envejecimiento celebró su sexto período de sesiones.",
    "ru": "Рабочая группа открытого состава по проблемам старения провела свою шестую сессию.",
    "ar": "عقد الفريق العامل المفتوح العضوية المعني بالشيخوخة دورته السادسة.",
    "zh": "老龄问题不限成员名额工作组举行了第六届会议。",
}
BARE_OPEN_ENDED_WORKING_GROUPS = {
    "en": "A progress report was submitted to the Open-ended Working Group at its fourth meeting.",
    "fr": "Un rapport d'étape a été présenté au Groupe de travail à composition non limitée à sa quatrième réunion.",
    "es": "Se presentó un informe sobre la marcha de los trabajos al Grupo de Trabajo de composición abierta.",
    "ru": "Доклад о ходе работы был представлен Рабочей группе открытого состава на ее четвертом совещании.",
    "ar": "وقد عُرض تقرير مرحلي على الفريق العامل المفتوح العضوية أثناء اجتماعه الرابع.",
    "zh": "进度报告已提交不限成员名额工作组第四次会议。",
}


@pytest.mark.parametrize("lang", sorted(OPEN_ENDED_WORKING_GROUPS))
def test_an_open_ended_working_group_named_with_its_subject_is_an_actor(lang: str) -> None:
    assert analyze_sentence(OPEN_ENDED_WORKING_GROUPS[lang], lang).actors == ["UN-OTHER"]
    assert analyze_sentence(BARE_OPEN_ENDED_WORKING_GROUPS[lang], lang).actors == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Delegates welcomed the report of the Open Working Group on Sustainable Development Goals."),
        ("zh", "代表们欢迎可持续发展目标开放工作组的报告。"),
        ("ar", "رحب المندوبون بتقرير الفريق العامل المفتوح باب العضوية المعني بأهداف التنمية المستدامة."),
    ],
)
def test_the_open_working_group_on_the_goals_is_an_actor(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == ["UN-OTHER"]


STAFF_COLLEGE = {
    "en": "Staff attended a course of the United Nations System Staff College in Turin.",
    "fr": "Des fonctionnaires ont suivi un cours de l'École des cadres du système des Nations Unies à Turin.",
    "es": "Varios funcionarios asistieron a un curso de la Escuela Superior del Personal del Sistema de las Naciones Unidas.",
    "ru": "Сотрудники прошли курс Колледжа персонала системы Организации Объединенных Наций в Турине.",
    "ar": "حضر موظفون دورة تدريبية في كلية موظفي منظومة الأمم المتحدة في تورينو.",
    "zh": "工作人员参加了联合国系统职员学院在都灵举办的课程。",
}


@pytest.mark.parametrize("lang", sorted(STAFF_COLLEGE))
def test_the_staff_college_is_one_body_not_the_united_nations_system(lang: str) -> None:
    assert analyze_sentence(STAFF_COLLEGE[lang], lang).actors == ["UN-OTHER"]


REGIONAL_GROUPS = {
    "en": "Each of the five United Nations regional groups proposed two candidates.",
    "fr": "Chacun des cinq groupes régionaux de l'Organisation des Nations Unies a proposé deux candidats.",
    "es": "Cada uno de los cinco grupos regionales de las Naciones Unidas propuso dos candidatos.",
    "ru": "Каждая из пяти региональных групп Организации Объединенных Наций предложила двух кандидатов.",
    "ar": "اقترحت كل مجموعة من المجموعات الإقليمية الخمس للأمم المتحدة مرشحين اثنين.",
    "zh": "联合国五个区域集团各提名了两名候选人。",
}


@pytest.mark.parametrize("lang", sorted(REGIONAL_GROUPS))
def test_the_regional_groups_of_member_states_are_no_actor(lang: str) -> None:
    assert analyze_sentence(REGIONAL_GROUPS[lang], lang).actors == []


OPCW = {
    "en": "The OPCW Fact-Finding Mission and the Organisation for the Prohibition of Chemical Weapons issued reports.",
    "fr": "La Mission d'établissement des faits de l'Organisation pour l'interdiction des armes chimiques a publié "
    "un rapport.",
    "es": "La Misión de Determinación de los Hechos de la Organización para la Prohibición de las Armas Químicas "
    "publicó un informe.",
    "ru": "Миссия по установлению фактов Организации по запрещению химического оружия опубликовала доклад.",
    "ar": "أصدرت بعثة تقصي الحقائق التابعة لمنظمة حظر الأسلحة الكيميائية تقريرا.",
    "zh": "禁止化学武器组织实况调查团发表了一份报告。",
}


@pytest.mark.parametrize("lang", sorted(OPCW))
def test_the_opcw_and_its_fact_finding_mission_are_not_un_actors(lang: str) -> None:
    assert analyze_sentence(OPCW[lang], lang).actors == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The NGO holds consultative status with the United Nations Economic and Social Council.", ["ECOSOC"]),
        ("en", "The United Nations Commission on the Status of Women opened its session.", ["CSW"]),
        ("en", "The United Nations Department of Peacekeeping Operations deployed observers.", ["DPO"]),
        ("en", "A complaint was sent to the United Nations Human Rights Committee.", ["CCPR"]),
        ("fr", "Le Programme alimentaire mondial des Nations Unies a distribué des vivres.", ["WFP"]),
        ("fr", "La Commission de la condition de la femme des Nations Unies a ouvert sa session.", ["CSW"]),
        ("ru", "Всемирная продовольственная программа Организации Объединенных Наций раздала продовольствие.", ["WFP"]),
        ("zh", "联合国秘书长儿童与武装冲突问题特别代表访问了该国。", ["SRSG-CAAC"]),
        ("fr", "Le Bureau de la coordination des affaires humanitaires des Nations Unies a lancé un appel.", ["OCHA"]),
        ("ru", "Комитет по правам ребенка Организации Объединенных Наций рассмотрел доклад.", ["CRC"]),
        ("zh", "联合国禁止酷刑委员会审议了该报告。", ["CAT"]),
    ],
)
def test_registry_actors_written_with_the_united_nations_keep_their_code(
    lang: str, text: str, expected: list[str]
) -> None:
    assert analyze_sentence(text, lang).actors == expected


@pytest.mark.parametrize(
    ("lang", "text", "not_expected"),
    [
        # A name that only ends like a known one, with more than "the United Nations" before it.
        ("zh", "联合国气候变化框架公约缔约方大会通过了该决定。", "GA"),
        ("ar", "عُيّن ممثل خاص للأمين العام في المنطقة.", "SG"),
    ],
)
def test_a_longer_name_that_ends_like_a_known_one_is_not_that_actor(lang: str, text: str, not_expected: str) -> None:
    assert not_expected not in analyze_sentence(text, lang).actors


SECRETARIAT_BODIES = {
    "en": (
        "The Counter-Terrorism Committee Executive Directorate, the High Representative for Disarmament Affairs, "
        "the Procurement Division and the Independent Audit Advisory Committee met.",
        4,
    ),
    "fr": (
        "La Direction exécutive du Comité contre le terrorisme, le Haut-Représentant aux affaires de désarmement, "
        "la Division des achats et le Comité consultatif indépendant pour les questions d'audit se sont réunis.",
        4,
    ),
    "es": (
        "La Dirección Ejecutiva del Comité contra el Terrorismo, el Alto Representante para Asuntos de Desarme, "
        "la División de Adquisiciones y el Comité Asesor de Auditoría Independiente se reunieron.",
        4,
    ),
    "ru": (
        "Исполнительный директорат Контртеррористического комитета, Высокий представитель по вопросам "
        "разоружения, Отдел закупок и Независимый консультативный комитет по ревизии провели встречу.",
        4,
    ),
    "ar": (
        "اجتمعت المديرية التنفيذية للجنة مكافحة الإرهاب والممثل السامي لشؤون نزع السلاح وشعبة المشتريات "
        "واللجنة الاستشارية المستقلة للمراجعة.",
        4,
    ),
    "zh": ("反恐怖主义委员会执行局、裁军事务高级代表、采购司和独立审计咨询委员会举行了会议。", 4),
}


@pytest.mark.parametrize("lang", sorted(SECRETARIAT_BODIES))
def test_secretariat_offices_and_oversight_bodies_are_other_un_entities(lang: str) -> None:
    text, count = SECRETARIAT_BODIES[lang]
    found = [s.value for s in analyze_sentence(text, lang).spans if s.kind == "actor"]
    assert found == ["UN-OTHER"] * count


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Headquarters Committee on Contracts and the Award Review Board reviewed the case."),
        ("en", "The Maritime Safety Committee adopted the amendments."),
        ("en", "The Office of Audit and Investigations issued 40 reports."),
        ("en", "Credits from the Tax Equalization Fund were set off against the assessments."),
        ("en", "The Investigations Division completed 120 cases."),
        ("en", "The rules of procedure of the functional commissions of the Economic and Social Council apply."),
        ("zh", "该规则适用于经济及社会理事会职司委员会。"),
        ("es", "Se aplica el reglamento de las comisiones orgánicas del Consejo Económico y Social."),
        ("en", "The World Humanitarian Summit will be held in Istanbul."),
        ("zh", "世界土著人民大会通过了成果文件。"),
        ("en", "The Scientific and Technical Subcommittee and the Legal Subcommittee met."),
    ],
)
def test_further_named_un_bodies_are_other_entities(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == ["UN-OTHER"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The statute of the United Nations Nelson Rolihlahla Mandela Prize was adopted."),
        ("en", "She was flown out on a United Nations aircraft."),
        ("en", "Holders of a United Nations laissezpasser need a visa."),
        ("en", "Activities follow the applicable rules and regulations of the United Nations."),
        ("en", "The party won 9 of the 18 seats in the Assembly."),
        ("en", "Mechanism: United Nations integrated strategic framework"),
        ("fr", "Elle a voyagé à bord d'un appareil de l'ONU."),
        ("fr", "Ces valeurs et principes essentiels et universels des Nations Unies ont été rappelés."),
        ("es", "El partido obtuvo 9 de los 18 escaños de la Asamblea."),
        ("ru", "Делегации подчеркнули важность эффективного управления людскими ресурсами."),
        ("ru", "Для выполнения просьбы о ВПП необходимо постановление суда."),
        ("zh", "她搭乘一架联合国飞机离开。"),
    ],
)
def test_instruments_property_and_other_assemblies_name_no_actor(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == []


def test_a_sanctions_committee_named_by_its_resolution_in_lower_case_is_the_council() -> None:
    russian = "Оружие ввозилось без санкции Комитета, учрежденного резолюцией 1591."

    assert analyze_sentence("Arms entered Darfur without the approval of the 1591 committee.", "en").actors == ["SC"]
    assert analyze_sentence(russian, "ru").actors == ["SC"]


def test_the_un_development_agenda_and_un_studies_name_no_actor() -> None:
    assert analyze_sentence("Migration belongs in the post-2015 United Nations development agenda.", "en").actors == []
    assert analyze_sentence("Les études de l'ONU sur l'administration publique sont utiles.", "fr").actors == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The United Nations Children's Fund and UNESCO worked with Chad.", ["UNESCO", "UNICEF"]),
        ("The United Nations Office on Drugs and Crime and UNDP organized a workshop.", ["UNDP", "UNODC"]),
    ],
)
def test_a_united_nations_name_does_not_run_on_into_an_acronym_after_and(text: str, codes: list[str]) -> None:
    assert analyze_sentence(text, "en").actors == codes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "联合国国家工作队向卫生部提供了技术援助。"),
        ("zh", "卫生部与国家工作队合作编写了报告。"),
        ("en", "The country team provided technical assistance to the Ministry of Health."),
        ("en", "The humanitarian country team met the Ministry of Health."),
        ("fr", "L'équipe de pays a fourni une assistance technique au Ministère de la santé."),
        ("es", "El equipo de país prestó asistencia técnica al Ministerio de Salud."),
        ("ru", "Страновая группа оказала техническую помощь министерству здравоохранения."),
        ("ar", "قدم الفريق القطري المساعدة التقنية إلى وزارة الصحة."),
    ],
)
def test_a_united_nations_country_team_is_the_un_system(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == ["UN-SYSTEM"]


def test_an_agency_country_team_is_the_agency_alone() -> None:
    assert analyze_sentence("The UNICEF country team visited the camps.", "en").actors == ["UNICEF"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "该文件以阿拉伯文、中文、英文、法文、俄文和西班牙文提交。"),
        ("zh", "手册已译成葡萄牙文和土耳其文。"),
        ("en", "The handbook was translated into German, Portuguese and Turkish."),
        ("en", "Courses in the Greek language are offered to German-speaking pupils."),
        ("fr", "Le manuel a été traduit en allemand, en portugais et en turc."),
        ("fr", "Des cours de langue grecque sont proposés."),
        ("es", "El manual se tradujo al alemán, al portugués y al turco."),
        ("es", "Se ofrecen cursos en griego y en sueco a los alumnos de habla alemana."),
        ("ru", "Руководство переведено на немецкий, португальский и турецкий языки."),
        ("ar", "ترجم الدليل إلى اللغات الألمانية والبرتغالية والتركية."),
        ("ar", "يتوفر الدليل بالألمانية والتركية."),
    ],
)
def test_language_names_are_not_states(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).states == []


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("en", "Detainees in Turkish prisons were visited.", ["TUR"]),
        ("en", "Projects in Spain and Italy were funded by the German Government.", ["DEU", "ESP", "ITA"]),
        ("fr", "Des soldats sont entrés en territoire syrien.", ["SYR"]),
        ("ru", "Германские и турецкие власти провели встречу.", ["DEU", "TUR"]),
        ("ar", "قدمت الحكومة الألمانية والسلطات التركية الدعم.", ["DEU", "TUR"]),
        # A culture, a civilization or illiteracy is the country's, not its language.
        ("zh", "土耳其文化和旅游部与阿富汗文盲问题。", ["AFG", "TUR"]),
    ],
)
def test_country_adjectives_outside_language_names_stay_states(lang: str, text: str, states: list[str]) -> None:
    assert analyze_sentence(text, lang).states == states


@pytest.mark.parametrize(
    "text",
    [
        "نظمت حملة للتطعيم ضد الحصبة والحصبة الألمانية.",
        "تنتشر الملاريا في شبه القارة الهندية وفي الهند الصينية.",
        "عقد الاجتماع في الجزائر العاصمة.",
        "تزرع الأسر جوز الهند.",
    ],
)
def test_arabic_phrases_naming_no_state_add_none(text: str) -> None:
    assert analyze_sentence(text, "ar").states == []


def test_a_state_named_beside_rubella_is_still_found() -> None:
    assert analyze_sentence("نظمت ألمانيا حملة للتطعيم ضد الحصبة الألمانية.", "ar").states == ["DEU"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("رحبت الحكومة بتعيين مبعوثٍ خاصٍ للأمين العام.", ["DPPA"]),
        ("عُيّن مبعوثاً خاصاً للأمين العام في عام 2015.", ["DPPA"]),
        ("عُيّنت ممثلةً خاصةً للأمين العام معنيةً بالأطفال والنزاع المسلح.", ["SRSG-CAAC"]),
        ("رحب المجلس بتعيين ممثل خاص للأمين العام معني بالأطفال والنزاع المسلح.", ["SRSG-CAAC"]),
        # Without a mandate or a country, the title hides the Secretary-General it holds.
        ("عُيّن ممثلاً خاصاً للأمين العام.", []),
        # Indefinite and alone, an envoy is anyone's.
        ("رحبوا بتعيين مبعوثة خاصة من جانب رئيسة المفوضية.", []),
    ],
)
def test_arabic_indefinite_titles_name_what_the_definite_ones_do(text: str, expected: list[str]) -> None:
    assert analyze_sentence(text, "ar").actors == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يتطلب تخطيط وإدارة عمليات السلام موارد كافية.", []),
        ("ناقش الاجتماع تنظيم وإدارة شؤون الإعلام.", []),
        ("تعاونت إدارة الشؤون السياسية وإدارة عمليات السلام.", ["DPO", "DPPA"]),
        ("تعاونت اليونيسيف وإدارة عمليات السلام.", ["DPO", "UNICEF"]),
        ("قدمت إدارة عمليات السلام الدعم إلى البعثة.", ["DPO"]),
    ],
)
def test_arabic_management_joined_to_a_verbal_noun_is_no_department(text: str, expected: list[str]) -> None:
    assert analyze_sentence(text, "ar").actors == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le Comité contre la torture des Nations Unies a examiné le rapport.", ["UN-OTHER"]),
        ("fr", "Le Comité contre la torture de l'ONU a examiné le rapport.", ["UN-OTHER"]),
        ("es", "El Comité de los Derechos del Niño de las Naciones Unidas formuló recomendaciones.", ["CRC"]),
        ("es", "El Consejo de Seguridad de la ONU aprobó la resolución.", ["SC"]),
        (
            "es",
            "La Oficina de Coordinación de Asuntos Humanitarios de las Naciones Unidas coordinó la ayuda.",
            ["OCHA"],
        ),
        ("en", "The Security Council of the United Nations adopted the resolution.", ["SC"]),
        # Named as a party of its own, the United Nations stays.
        ("fr", "Le Comité contre la torture et les Nations Unies ont coopéré.", ["UN-OTHER", "UN-SYSTEM"]),
        ("es", "El UNICEF y las Naciones Unidas cooperaron.", ["UN-SYSTEM", "UNICEF"]),
    ],
)
def test_the_united_nations_after_an_actor_qualifies_it(lang: str, text: str, expected: list[str]) -> None:
    assert sorted({annotation_code(code) for code in analyze_sentence(text, lang).actors}) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Peace and Security Council of the African Union met in Addis Ababa."),
        ("en", "The African Union Peace and Security Council met in Addis Ababa."),
        ("fr", "Le Conseil de paix et de sécurité de l'Union africaine s'est réuni à Addis-Abeba."),
        ("es", "El Consejo de Paz y Seguridad de la Unión Africana se reunió en Addis Abeba."),
        ("ru", "Совет мира и безопасности Африканского союза провел заседание в Аддис-Абебе."),
        ("ar", "اجتمع مجلس السلام والأمن التابع للاتحاد الأفريقي في أديس أبابا."),
        ("zh", "非洲联盟和平与安全理事会在亚的斯亚贝巴举行了会议。"),
    ],
)
def test_the_african_union_peace_and_security_council_is_not_the_security_council(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == []


def test_the_security_council_beside_the_african_union_council_is_found() -> None:
    text = "The African Union Peace and Security Council briefed the Security Council."

    assert analyze_sentence(text, "en").actors == ["SC"]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        (
            "fr",
            "Rapporteur spécial sur la vente et l'exploitation sexuelle d'enfants, y compris la prostitution des "
            "enfants, l'utilisation d'enfants dans la pornographie et tout autre contenu montrant des violences "
            "sexuelles sur enfant",
        ),
        (
            "fr",
            "Rapporteuse spéciale sur la vente et l'exploitation sexuelle d'enfants, y compris la prostitution des "
            "enfants et la pornographie mettant en scène des enfants",
        ),
        (
            "es",
            "Relatora Especial sobre la venta de niños, la prostitución de niños y la utilización de niños en la "
            "pornografía",
        ),
        (
            "ru",
            "Специальный докладчик по вопросу о торговле детьми, сексуальной эксплуатации детей и сексуальных "
            "надругательствах над детьми",
        ),
        ("zh", "买卖儿童和儿童性剥削（包括儿童卖淫、儿童色情制品和其他儿童性虐待材料）问题特别报告员"),
        ("ar", "المقررة الخاصة المعنية ببيع الأطفال واستغلالهم جنسيا والاعتداء عليهم جنسيا"),
    ],
)
def test_the_titles_of_the_mandate_on_the_sale_of_children_are_found_whole(lang: str, title: str) -> None:
    analysis = analyze_sentence(f"{title} : 2024.", lang)

    assert analysis.actors == ["SR-SALE"]
    assert [s.text for s in analysis.spans if s.kind == "actor"] == [title]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The regional meeting was held in Port of Spain in May."),
        ("fr", "La réunion régionale s'est tenue à Port-d'Espagne en mai."),
        ("es", "La reunión regional se celebró en Puerto España en mayo."),
        ("zh", "区域会议于5月在西班牙港举行。"),
    ],
)
def test_the_capital_of_trinidad_and_tobago_is_not_spain(lang: str, text: str) -> None:
    assert "ESP" not in analyze_sentence(text, lang).states


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        (
            "en",
            "The United Nations Relief and Works Agency for Palestine Refugees in the Near East opened a school.",
            ["PSE"],
        ),
        ("en", "UNRWA opened a new school in Amman.", []),
        ("en", "MONUSCO trained 200 police officers last year.", []),
        ("fr", "La Mission des Nations Unies au Soudan du Sud a ouvert un bureau.", ["SSD"]),
        ("zh", "欧洲联盟支持缅甸人权状况特别报告员的工作。", ["MMR"]),
        ("ar", "قدمت لجنة التحقيق الدولية المستقلة المعنية بالجمهورية العربية السورية تقريرها.", ["SYR"]),
    ],
)
def test_a_state_counts_where_the_name_writes_it(lang: str, text: str, states: list[str]) -> None:
    assert analyze_sentence(text, lang).states == states


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Committee established pursuant to resolution 1970 (2011) met in New York."),
        ("en", "Agencies shared evidence with the International, Impartial and Independent Mechanism."),
        ("fr", "Le Comité créé par la résolution 1970 (2011) s'est réuni à New York."),
    ],
)
def test_a_short_name_that_leaves_the_country_out_names_no_state(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)

    assert analysis.actors and analysis.states == []


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("بدعم مالي من النرويج، نظمت اليونيسيف دورة تدريبية للمعلمين.", ["NOR"]),
        ("وبموجب اتفاق مالي جديد، وسع برنامج الأغذية العالمي عملياته.", []),
        ("وعملت اليونيسيف مع حكومة مالي على تسجيل المواليد.", ["MLI"]),
    ],
)
def test_arabic_financial_is_not_mali(text: str, states: list[str]) -> None:
    assert analyze_sentence(text, "ar").states == states


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("والتقت ممثلتي الخاصة المعنية بالأطفال والنزاع المسلح بوزير الدفاع.", ["SRSG-CAAC"]),
        ("وعيّن الأمين العام مبعوثه الخاص إلى منطقة القرن الأفريقي.", ["DPPA", "SG"]),
        ("ورحب المجلس بالممثلة الخاصة الجديدة المعنية بالعنف ضد الأطفال.", ["SRSG-VAC"]),
    ],
)
def test_arabic_titles_with_a_possessive_or_new_name_the_office(text: str, actors: list[str]) -> None:
    assert analyze_sentence(text, "ar").actors == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("ووقعت الحكومة والأمم المتحدة والبنك الدولي اتفاقا للتعاون.", ["UN-SYSTEM", "WORLDBANK"]),
        ("ويعمل المنسق المقيم واليونيسيف معا في المقاطعات الشمالية.", ["UN-SYSTEM", "UNICEF"]),
        ("ونشرت الشعبة الإحصائية للأمم المتحدة بيانات جديدة عن الهجرة.", ["UN-OTHER"]),
    ],
)
def test_arabic_united_nations_before_the_next_actor_of_a_list_stays(text: str, actors: list[str]) -> None:
    found = analyze_sentence(text, "ar").actors
    assert sorted(annotation_code(a) for a in found) == actors


@pytest.mark.parametrize(
    ("lang", "text", "actors", "states"),
    [
        (
            "en",
            "The United Nations Population Fund and United Nations country teams trained 300 midwives.",
            {"UNFPA", "UN-SYSTEM"},
            set(),
        ),
        ("en", "Welcoming the assistance of the United Nations Development Programme to Nepal,", {"UNDP"}, {"NPL"}),
        (
            "es",
            "La Misión de Asistencia de las Naciones Unidas en Somalia y el Fondo de las Naciones Unidas para la "
            "Infancia copresiden el grupo.",
            {"DPPA", "UNICEF"},
            {"SOM"},
        ),
    ],
)
def test_a_generic_name_stops_where_a_list_goes_on(lang: str, text: str, actors: set[str], states: set[str]) -> None:
    analysis = analyze_sentence(text, lang)

    assert {annotation_code(a) for a in analysis.actors} == actors
    assert set(analysis.states) == states


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("秘书长负责儿童与武装冲突问题特别代表办公室与儿基会开展了联合培训。", ["SRSG-CAAC", "UNICEF"]),
        ("大会欢迎秘书长任命新的暴力侵害儿童问题特别代表。", ["GA", "SG", "SRSG-VAC"]),
        ("秘书长及其非洲之角问题特使访问了内罗毕。", ["DPPA", "SG"]),
        ("2025年联合国海洋大会在尼斯举行。", ["UN-OTHER"]),
        ("6月，政府与联合国签署了一项协定。", ["UN-SYSTEM"]),
        ("监测和报告问题国家工作队核实了40起侵权行为。", []),
    ],
)
def test_chinese_generic_patterns_leave_named_actors_their_codes(text: str, actors: list[str]) -> None:
    found = analyze_sentence(text, "zh").actors
    assert sorted(annotation_code(a) for a in found) == actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Commission des droits de l'homme du Kenya a coopéré avec le HCDH."),
        ("ru", "Комиссия по правам человека Кении сотрудничала с УВКПЧ."),
        ("ar", "وتعاونت لجنة حقوق الإنسان في كينيا مع مفوضية الأمم المتحدة السامية لحقوق الإنسان."),
        ("zh", "肯尼亚人权委员会与人权高专办开展了合作。"),
    ],
)
def test_a_states_human_rights_commission_is_not_the_former_commission(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)

    assert analysis.actors == ["OHCHR"] and analysis.states == ["KEN"]


def test_the_former_commission_on_human_rights_is_still_found() -> None:
    text = "La Commission des droits de l'homme a créé ce mandat en 1990."

    assert [annotation_code(a) for a in analyze_sentence(text, "fr").actors] == ["UN-OTHER"]


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("fr", "La réunion consultative annuelle du HCR s'est tenue à Genève.", []),
        ("fr", "L'UNICEF a soutenu les écoles de la Réunion.", ["REU"]),
        ("es", "La reunión técnica anual del ACNUR se celebró en Ginebra.", []),
        ("en", "The French forces and MINUSMA patrolled the road to Gao.", ["FRA"]),
        ("en", "The report is available in French and Spanish from UNICEF.", []),
        ("es", "Las fuerzas francesas y la MINUSMA patrullaron la carretera.", ["FRA"]),
        ("ru", "ЮНИСЕФ и правительство Вьетнама подписали соглашение.", ["VNM"]),
        ("ru", "ООН-Хабитат помогла Тонге подготовить план.", ["TON"]),
        ("ru", "УВКБ помогло более 5000 венесуэльцев.", ["VEN"]),
        ("ar", "ساعدت المفوضية اللاجئين السودانيين في تشاد.", ["SDN", "TCD"]),
        ("ar", "وقدمت المنظمة الدولية للهجرة المساعدة إلى المهاجرين الفنزويليين.", ["VEN"]),
        ("zh", "安全理事会伊拉克和黎凡特伊斯兰国(达伊沙)制裁委员会举行了会议。", []),
        ("en", "UNODC trained judges to prosecute members of the Islamic State in Iraq and the Levant.", []),
    ],
)
def test_country_names_and_adjectives_in_running_text(lang: str, text: str, states: list[str]) -> None:
    assert analyze_sentence(text, lang).states == states


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The High-level Committee on South-South Cooperation met in New York."),
        ("fr", "Le Comité de haut niveau pour la coopération Sud-Sud s'est réuni à New York."),
        ("es", "El Comité de Alto Nivel sobre la Cooperación Sur-Sur se reunió en Nueva York."),
        ("ru", "Комитет высокого уровня по сотрудничеству Юг-Юг провел заседание в Нью-Йорке."),
        ("zh", "南南合作高级别委员会在纽约举行了会议。"),
        ("ar", "واجتمعت اللجنة الرفيعة المستوى المعنية بالتعاون فيما بين بلدان الجنوب في نيويورك."),
    ],
)
def test_the_high_level_committee_on_south_south_cooperation_is_found(lang: str, text: str) -> None:
    assert [annotation_code(a) for a in analyze_sentence(text, lang).actors] == ["UN-OTHER"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Under-Secretary-General for Political and Peacebuilding Affairs visited Kenya."),
        ("ru", "Заместитель Генерального секретаря по политическим вопросам и миростроительству посетил Кению."),
        ("zh", "主管政治和建设和平事务副秘书长访问了肯尼亚。"),
        ("ar", "وزارت وكيلة الأمين العام للشؤون السياسية وبناء السلام كينيا."),
    ],
)
def test_the_head_of_political_and_peacebuilding_affairs_is_dppa(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == ["DPPA"]


@pytest.mark.parametrize(
    ("lang", "text", "actors"),
    [
        (
            "en",
            "The Human Rights Council asked its Advisory Committee to prepare a study on the right to food.",
            {"HRC", "UN-OTHER"},
        ),
        ("en", "The Special Envoy of UNHCR visited refugee camps in Jordan.", {"UNHCR"}),
        ("fr", "L'Envoyé spécial du HCR s'est rendu en Jordanie.", {"UNHCR"}),
        ("en", "The Special Envoy of the Secretary-General for Yemen met UNICEF.", {"DPPA", "UNICEF"}),
        ("ru", "УВКПЧ сотрудничает с региональными правозащитными механизмами.", {"OHCHR"}),
        ("zh", "人权高专办与区域人权机制开展合作。", {"OHCHR"}),
    ],
)
def test_bodies_named_by_whose_they_are(lang: str, text: str, actors: set[str]) -> None:
    found = analyze_sentence(text, lang).actors
    assert {annotation_code(a) for a in found} == actors


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Secretary-General of WMO wrote to the Secretary-General.", "en", ["UN-OTHER", "SG"]),
        ("The Secretary-General of the League of Arab States met the envoy.", "en", []),
        ("The Deputy Secretary-General of the OIC spoke.", "en", []),
        ("The Secretary-General of the United Nations spoke.", "en", ["SG"]),
        ("The Secretary-General of the Organization spoke.", "en", ["SG"]),
        ("El Secretario General de la OMM escribió al Secretario General.", "es", ["UN-OTHER", "SG"]),
        ("El Secretario General de la Liga de los Estados Árabes habló.", "es", []),
        ("El Secretario General de las Naciones Unidas habló.", "es", ["SG"]),
        ("Lo aprueba el Secretario General Adjunto de Seguridad.", "es", ["UN-OTHER"]),
    ],
)
def test_the_secretary_general_of_another_organisation_is_not_the_united_nations(
    text: str, lang: str, expected: list[str]
) -> None:
    spans = analyze_sentence(text, lang).spans
    assert [s.value for s in sorted(spans, key=lambda s: s.start) if s.kind == "actor"] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Правительство сотрудничает с региональной комиссией по правам человека.", "ru", []),
        ("Правительство сотрудничало с Комиссией по правам человека.", "ru", ["UN-OTHER"]),
        ("政府与区域人权委员会合作。", "zh", []),
        ("政府与国家人权委员会合作。", "zh", []),
        ("政府曾与人权委员会合作。", "zh", ["UN-OTHER"]),
    ],
)
def test_regional_and_national_human_rights_commissions_are_not_the_former_commission(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [s.value for s in analyze_sentence(text, lang).spans if s.kind == "actor"] == expected


def test_a_sentence_in_arabic_presentation_forms_is_read_as_its_letters() -> None:
    from cpcollab.engine.analyze import analyze_sentence

    shaped = analyze_sentence("ﺗﻌﺎﻭﻧﺖ ﻣﻨﻈﻤﺔ ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ ﻟﻠﻄﻔﻮﻟﺔ ﻣﻊ ﺍﻟﺤﻜﻮﻣﺔ.", "ar")

    assert shaped.actors == ["UNICEF"]
    assert shaped.collaboration == "reported"
